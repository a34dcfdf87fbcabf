#include "core/auth/token_provider.h"

#include "core/auth/fixed_secret_source.h"
#include "core/auth/secret_source.h"
#include "core/graph/graph_logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

namespace moderato {

namespace {

GraphError authError(const QString &message)
{
    return GraphError::make(GraphError::Kind::Auth, message);
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *nam, const CloudEndpoints &endpoints, const QString &tenantId,
                             const QString &clientId, SecretSource *secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoints(endpoints)
    , m_tenantId(tenantId.trimmed())
    , m_clientId(clientId.trimmed())
    , m_secrets(secrets)
{
    connect(&m_exchange, &HttpExchange::answered, this, &TokenProvider::onAnswered);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &TokenProvider::startFetch);
}

TokenProvider::~TokenProvider()
{
    m_exchange.drop();
    scrub(m_token);
}

std::chrono::seconds TokenProvider::renewalMargin(std::chrono::seconds lifetime)
{
    return std::min(std::chrono::seconds(300), lifetime / 10);
}

QDateTime TokenProvider::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

SignInContext TokenProvider::signInContext() const
{
    return {m_tenantId, m_clientId, m_endpoints.scope(), m_endpoints.loginRoot.host()};
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && now() < m_renewAt;
}

void TokenProvider::clear()
{
    scrub(m_token);
    m_expiresAt = QDateTime();
    m_renewAt = QDateTime();
}

void TokenProvider::invalidateToken(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcGraph) << "access token refused by Graph; it will be renewed";
        clear();
    }
}

void TokenProvider::requestToken(QObject *context, TokenCallback callback)
{
    if (hasValidToken()) {
        QTimer::singleShot(0, context, [callback = std::move(callback), token = m_token] { callback(token, {}); });
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_fetching) {
        m_fetching = true;
        m_retries = 0;
        // Later, so that every caller of this turn of the event loop shares the one request.
        QTimer::singleShot(0, this, &TokenProvider::startFetch);
    }
}

void TokenProvider::startFetch()
{
    static const QRegularExpression tenantPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]*$"));
    static const QRegularExpression clientPattern(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!tenantPattern.match(m_tenantId).hasMatch()) {
        completeAll(
            {}, authError(tr("Sign-in failed: \"%1\" is not a tenant ID (a GUID) or a domain name.").arg(m_tenantId)));
        return;
    }
    if (!clientPattern.match(m_clientId).hasMatch()) {
        completeAll({}, authError(tr("Sign-in failed: \"%1\" is not an application (client) ID.").arg(m_clientId)));
        return;
    }
    if (!m_secrets) {
        completeAll({}, authError(tr("Sign-in failed: no client secret is available.")));
        return;
    }
    const int serial = ++m_fetchSerial;
    m_secrets->fetchSecret(this, [this, serial](const QString &secret, const QString &error) {
        if (serial != m_fetchSerial)
            return;
        if (!error.isEmpty() || secret.isEmpty()) {
            completeAll({}, authError(error.isEmpty() ? tr("Sign-in failed: the client secret is empty.") : error));
            return;
        }
        postTokenRequest(secret);
    });
}

void TokenProvider::postTokenRequest(QString secret)
{
    QByteArray encodedSecret = QUrl::toPercentEncoding(secret);
    scrub(secret);
    QByteArray body = "client_id=" + QUrl::toPercentEncoding(m_clientId)
                      + "&scope=" + QUrl::toPercentEncoding(m_endpoints.scope()) + "&client_secret=" + encodedSecret
                      + "&grant_type=client_credentials";
    scrub(encodedSecret);

    QNetworkRequest request = HttpExchange::request(m_endpoints.tokenUrl(m_tenantId), m_timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    m_exchange.follow(m_nam->post(request, body));
    scrub(body);
    ++m_requestsSent;
    qCDebug(lcGraph).noquote() << "POST" << m_endpoints.tokenUrl(m_tenantId).toString()
                               << "(token request, body redacted)";
}

void TokenProvider::onAnswered(const HttpAnswer &answer)
{
    const int status = answer.status;
    QByteArray body = answer.body;
    const SignInContext context = signInContext();

    // A 2xx whose body was cut off by a dropped connection is a network failure, not an answer.
    const bool cutOff = status >= 200 && status < 300 && answer.networkError != QNetworkReply::NoError;
    if (status == 0 || answer.timedOut || cutOff) {
        const GraphError error =
            authError((answer.timedOut ? tr("Sign-in failed: the sign-in service at %1 did not answer in time.")
                                       : tr("Sign-in failed: could not reach the sign-in service at %1 (%2). "
                                            "Check the network "
                                            "connection and the sign-in URL."))
                          .arg(context.loginHost, answer.networkErrorText));
        if (!retryLater(error))
            completeAll({}, error);
        return;
    }
    if (status == 429 || status >= 500) {
        GraphError error = tokenErrorFromReply(status, body, context);
        error.retryAfter = parseRetryAfter(headerValue(answer.headers, "Retry-After"), now());
        if (!retryLater(error))
            completeAll({}, error);
        return;
    }
    if (status != 200) {
        completeAll({}, tokenErrorFromReply(status, body, context));
        return;
    }

    const QJsonObject object = QJsonDocument::fromJson(body).object();
    scrub(body);
    QString token = object.value(QLatin1String("access_token")).toString();
    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    // Entra ID tokens live 60-90 minutes (24 hours at most when configured); an absurd lifetime
    // would overflow the expiry time and make every request fetch a new token, so it is capped.
    constexpr qint64 MaxLifetime = 24 * 3600;
    const qint64 lifetime =
        std::min(MaxLifetime, expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger());
    const QString tokenType = object.value(QLatin1String("token_type")).toString();
    if (token.isEmpty() || lifetime <= 0 || tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        completeAll({}, authError(tr("Sign-in failed: the sign-in service at %1 answered without a usable bearer "
                                     "token.")
                                      .arg(context.loginHost)));
        return;
    }
    m_token = token;
    scrub(token);
    const QDateTime issued = now();
    m_expiresAt = issued.addSecs(lifetime);
    m_renewAt = m_expiresAt.addSecs(-renewalMargin(std::chrono::seconds(lifetime)).count());
    qCInfo(lcGraph) << "access token acquired; valid for" << lifetime << "s";
    completeAll(m_token, {});
}

bool TokenProvider::retryLater(const GraphError &error)
{
    const auto next = nextDelay(m_retries, error.retryAfter, m_retryPolicy);
    if (!next)
        return false;
    const std::chrono::milliseconds delay = *next;
    ++m_retries;
    qCInfo(lcGraph) << "token request failed (HTTP" << error.httpStatus << "); retry" << m_retries << "in"
                    << delay.count() << "ms";
    m_retryTimer.start(static_cast<int>(delay.count()));
    return true;
}

void TokenProvider::completeAll(const QString &token, const GraphError &error)
{
    m_fetching = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error.isError()) {
        qCInfo(lcGraph).noquote() << "token request failed:" << error.code << error.message;
        Q_EMIT tokenFailed(error);
    }
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}

} // namespace moderato
