#include "core/notifications/openid_key_cache.h"

#include "core/graph/json_object.h"
#include "core/graph/loopback.h"
#include "core/graph/http_exchange.h"
#include "core/notifications/notifications_logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace moderato {

namespace {

//! RS256 among the algorithms the configuration says it signs with, when it says. The Bot
//! Framework's published configuration spells it "RSA256"; both name the same algorithm.
bool signsWithRs256(const QJsonObject &configuration)
{
    const QJsonValue algorithms = configuration.value(QLatin1String("id_token_signing_alg_values_supported"));
    if (algorithms.isUndefined())
        return true;
    const QJsonArray list = algorithms.toArray();
    return list.contains(QJsonValue(QLatin1String("RS256"))) || list.contains(QJsonValue(QLatin1String("RSA256")));
}

} // namespace

QUrl OpenIdKeyCache::defaultConfigurationUrl()
{
    return QUrl(QStringLiteral("https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration"));
}

OpenIdKeyCache::OpenIdKeyCache(QNetworkAccessManager *nam, const QUrl &configurationUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_configurationUrl(configurationUrl)
{}

OpenIdKeyCache::~OpenIdKeyCache()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OpenIdKeyCache::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime OpenIdKeyCache::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool OpenIdKeyCache::mayFetchNow() const
{
    return !m_lastFetchStart.isValid() || now() >= m_lastFetchStart.addMSecs(qint64(m_refetchInterval.count()));
}

KeyLookup OpenIdKeyCache::lookUp(const QString &kid) const
{
    KeyLookup lookup;
    const auto found = m_keys.constFind(kid);
    if (found != m_keys.cend()) {
        lookup.outcome = KeyLookup::Outcome::Found;
        lookup.key = *found;
    } else if (!m_keysFetchedAt.isValid() && !m_lastError.isEmpty()) {
        lookup.outcome = KeyLookup::Outcome::Unavailable;
        lookup.error = m_lastError;
    }
    return lookup;
}

void OpenIdKeyCache::findKey(const QString &kid, LookupCallback callback)
{
    const bool stale = !m_keysFetchedAt.isValid() || now() >= m_keysFetchedAt.addMSecs(qint64(m_maximumAge.count()));
    const bool known = m_keys.contains(kid);
    if ((known && !stale) || (!isFetching() && !mayFetchNow())) {
        callback(lookUp(kid));
        return;
    }
    m_waiting.append({kid, std::move(callback)});
    if (!isFetching())
        startFetch();
}

QNetworkReply *OpenIdKeyCache::get(const QUrl &url)
{
    QNetworkReply *reply = m_nam->get(HttpExchange::request(url, m_transferTimeout));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maximumDocumentSize || total > maximumDocumentSize)
            reply->abort();
    });
    return reply;
}

void OpenIdKeyCache::startFetch()
{
    ++m_fetchCount;
    m_lastFetchStart = now();
    if (!m_nam || !isHttpsOrLoopbackHttp(m_configurationUrl)) {
        finishFetch(tr("The OpenID configuration address must be https (plain http only on this "
                       "computer)."));
        return;
    }
    m_reply = get(m_configurationUrl);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onConfigurationFetched(reply); });
}

std::optional<QByteArray> OpenIdKeyCache::bodyOf(QNetworkReply *reply, const char *what, QString *error) const
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        *error = tr("Fetching the %1 took too long or its answer was too large.").arg(tr(what));
        return std::nullopt;
    }
    if (status != 200) {
        *error = status == 0 ? tr("The %1 could not be fetched: %2.").arg(tr(what), reply->errorString())
                             : tr("The %1 could not be fetched (HTTP %2).").arg(tr(what)).arg(status);
        return std::nullopt;
    }
    QByteArray body = reply->readAll();
    if (body.size() > maximumDocumentSize) {
        *error = tr("Fetching the %1 took too long or its answer was too large.").arg(tr(what));
        return std::nullopt;
    }
    return body;
}

void OpenIdKeyCache::onConfigurationFetched(QNetworkReply *reply)
{
    QString error;
    const std::optional<QByteArray> body =
        bodyOf(reply, QT_TRANSLATE_NOOP("moderato::OpenIdKeyCache", "OpenID configuration"), &error);
    if (!body)
        return finishFetch(error);
    const std::optional<QJsonObject> configuration = jsonObjectFrom(*body);
    if (!configuration)
        return finishFetch(tr("The OpenID configuration is not a JSON object."));
    const QUrl jwksUrl(configuration->value(QLatin1String("jwks_uri")).toString(), QUrl::StrictMode);
    if (!isHttpsOrLoopbackHttp(jwksUrl))
        return finishFetch(tr("The OpenID configuration has no jwks_uri, or one that is not https."));
    if (!signsWithRs256(*configuration))
        return finishFetch(tr("The OpenID configuration does not list RS256 among its signing "
                              "algorithms."));
    m_reply = get(jwksUrl);
    QNetworkReply *keysReply = m_reply;
    connect(keysReply, &QNetworkReply::finished, this, [this, keysReply] { onKeySetFetched(keysReply); });
}

void OpenIdKeyCache::onKeySetFetched(QNetworkReply *reply)
{
    QString error;
    const std::optional<QByteArray> body =
        bodyOf(reply, QT_TRANSLATE_NOOP("moderato::OpenIdKeyCache", "signing key set"), &error);
    if (!body)
        return finishFetch(error);
    const std::optional<QJsonObject> keySet = jsonObjectFrom(*body);
    if (!keySet || !keySet->value(QLatin1String("keys")).isArray())
        return finishFetch(tr("The signing key set is not a JSON object with a \"keys\" array."));
    QHash<QString, RsaPublicKey> keys;
    for (const QJsonValue &entry : keySet->value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = entry.toObject();
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        QString keyError;
        const std::optional<RsaPublicKey> key = RsaPublicKey::fromJwk(jwk, &keyError);
        if (kid.isEmpty() || !key) {
            qCDebug(lcNotifications) << "skipping a signing key:"
                                     << (kid.isEmpty() ? QStringLiteral("it has no kid") : keyError);
            continue;
        }
        keys.insert(kid, *key);
    }
    if (keys.isEmpty())
        return finishFetch(tr("The signing key set has no usable RSA key."));
    m_keys = std::move(keys);
    m_keysFetchedAt = now();
    finishFetch({});
}

void OpenIdKeyCache::finishFetch(const QString &error)
{
    m_reply = nullptr;
    m_lastError = error;
    if (!error.isEmpty())
        qCWarning(lcNotifications).noquote() << "signing keys not fetched:" << error;
    // Callbacks may look up keys again: they see the finished state and an empty queue.
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    const QPointer<OpenIdKeyCache> alive(this);
    Q_EMIT fetchFinished(error);
    for (const Waiting &entry : waiting) {
        if (!alive)
            return; // destroyed by a callback: the others are not called, as documented
        entry.callback(lookUp(entry.kid));
    }
}

} // namespace moderato
