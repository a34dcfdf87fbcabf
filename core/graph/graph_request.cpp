#include "core/graph/graph_request.h"

#include "core/graph/access_token_source.h"
#include "core/graph/graph_logging.h"
#include "core/graph/one_shot_upload_device.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace moderato {

GraphRequest::GraphRequest(Method method, const QStringList &pathSegments, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(encodePath(pathSegments))
    , m_idempotent(method == Method::Get || method == Method::Delete)
{
    for (const QString &segment : pathSegments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..")) {
            setInvalid(tr("an identifier in the request path is empty or not valid (\"%1\")").arg(segment));
            break;
        }
    }
    setUpTimers();
}

GraphRequest::GraphRequest(Method method, EncodedPathTag, const QString &encodedPath, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_idempotent(method == Method::Get || method == Method::Delete)
{
    const qsizetype question = encodedPath.indexOf(QLatin1Char('?'));
    m_path = question < 0 ? encodedPath : encodedPath.left(question);
    m_query = question < 0 ? QString() : encodedPath.mid(question + 1);
    if (!m_path.startsWith(QLatin1Char('/')) || m_path.contains(QLatin1String("/../"))
        || m_path.endsWith(QLatin1String("/..")))
        setInvalid(tr("the request path is not valid (\"%1\")").arg(encodedPath));
    setUpTimers();
}

void GraphRequest::setRawJsonBody(const QByteArray &body)
{
    m_hasBody = true;
    m_bodyBytes = body;
}

void GraphRequest::setUpTimers()
{
    connect(&m_exchange, &HttpExchange::answered, this, &GraphRequest::onAnswered);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never earlier than Retry-After
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphRequest::requeueNow);
}

GraphRequest::~GraphRequest()
{
    m_exchange.drop();
    if (m_client) {
        m_client->forget(this);
        m_client->attemptEnded(this);
    }
}

void GraphRequest::cancelForLostClient()
{
    m_client = nullptr;
    m_holdsSlot = false;
    if (m_state == State::Finished)
        return;
    m_cancelled = true;
    m_exchange.drop();
    finish(GraphError::make(GraphError::Kind::Cancelled));
}

QByteArray GraphRequest::verb() const
{
    switch (m_method) {
    case Method::Get: return "GET";
    case Method::Post: return "POST";
    case Method::Delete: return "DELETE";
    case Method::Patch: return "PATCH";
    }
    return "GET";
}

QString GraphRequest::encodePath(const QStringList &segments)
{
    QString path;
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment, "!$&'()*+,;=:@"));
    return path;
}

QByteArray GraphRequest::responseHeader(QByteArrayView name) const
{
    return headerValue(m_headers, name);
}

void GraphRequest::addQueryItem(const QString &name, const QString &value)
{
    if (!m_query.isEmpty())
        m_query += QLatin1Char('&');
    m_query += QString::fromLatin1(QUrl::toPercentEncoding(name, "$") + '=' + QUrl::toPercentEncoding(value));
}

void GraphRequest::setJsonBody(const QJsonObject &body)
{
    m_hasBody = true;
    m_bodyBytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void GraphRequest::setRequestHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.append({name, value});
}

void GraphRequest::setInvalid(const QString &reason)
{
    if (m_invalidReason.isEmpty())
        m_invalidReason = reason;
}

void GraphRequest::followNextLink(const QUrl &url)
{
    m_nextLink = url;
}

void GraphRequest::prepare()
{
    if (!m_invalidReason.isEmpty()) {
        m_state = State::WaitingRetry; // not New any more; finishes on the next turn of the loop
        QMetaObject::invokeMethod(
            this, [this] { finish(GraphError::make(GraphError::Kind::InvalidRequest, m_invalidReason)); },
            Qt::QueuedConnection);
        return;
    }
    m_url = m_client->apiRoot();
    m_url.setPath(m_client->apiRoot().path() + m_path, QUrl::StrictMode);
    if (!m_query.isEmpty())
        m_url.setQuery(m_query, QUrl::StrictMode);
    m_client->enqueue(this, false);
}

void GraphRequest::abort()
{
    if (m_state == State::Finished || m_state == State::New)
        return;
    m_cancelled = true;
    if (m_exchange.isRunning() && m_state == State::InFlight) {
        m_exchange.abort(); // onAnswered() finishes with Cancelled
        return;
    }
    m_retryTimer.stop();
    if (m_client)
        m_client->remove(this);
    releaseSlot();
    finish(GraphError::make(GraphError::Kind::Cancelled));
}

bool GraphRequest::withdraw()
{
    if (m_state == State::Finished || m_state == State::New || m_state == State::InFlight || m_attempts > 0)
        return false;
    abort();
    return true;
}

void GraphRequest::startAttempt()
{
    m_state = State::Authorizing;
    const int serial = ++m_attemptSerial;
    AccessTokenSource *tokens = m_client ? m_client->tokenSource() : nullptr;
    if (!tokens || !m_client->isGraphUrl(m_url)) {
        sendAttempt(QString());
        return;
    }
    tokens->requestToken(this, [this, serial](const QString &token, const GraphError &error) {
        if (serial != m_attemptSerial || m_state != State::Authorizing)
            return;
        if (error.isError()) {
            releaseSlot();
            GraphError authError = error;
            if (authError.kind == GraphError::Kind::None)
                authError.kind = GraphError::Kind::Auth;
            finish(authError);
            return;
        }
        sendAttempt(token);
    });
}

void GraphRequest::sendAttempt(const QString &token)
{
    if (!m_client) {
        finish(GraphError::make(GraphError::Kind::Cancelled));
        return;
    }
    QNetworkRequest request = HttpExchange::request(m_url, m_client->transferTimeout());
    m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("client-request-id", m_clientRequestId.toLatin1());
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request.setRawHeader(name, value);
    m_client->applyAuthorization(request, token);
    m_tokenUsed = token;

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (m_hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (m_idempotent) {
            reply = nam->sendCustomRequest(request, verb(), m_bodyBytes);
        } else {
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_bodyBytes.size());
            auto *device = new OneShotUploadDevice(m_bodyBytes);
            reply = nam->sendCustomRequest(request, verb(), device);
            device->setParent(reply);
        }
    } else if (m_method == Method::Post) {
        // A POST without a body (keepAlive) still says so: "Content-Length: 0".
        reply = nam->sendCustomRequest(request, verb(), QByteArray());
    } else {
        reply = nam->sendCustomRequest(request, verb());
    }
    m_exchange.follow(reply);
    m_state = State::InFlight;
    ++m_attempts;
    qCDebug(lcGraph).noquote() << verb() << m_url.toString(QUrl::RemoveQuery) << "attempt" << m_attempts
                               << "client-request-id" << m_clientRequestId;
}

void GraphRequest::requeueNow()
{
    if (m_state == State::Finished)
        return;
    if (!m_client) {
        finish(GraphError::make(GraphError::Kind::Cancelled));
        return;
    }
    m_client->enqueue(this, true);
}

void GraphRequest::releaseSlot()
{
    if (m_client)
        m_client->attemptEnded(this);
}

void GraphRequest::finish(const GraphError &error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_retryTimer.stop();
    m_error = error;
    if (m_requestId.isEmpty())
        m_requestId = error.requestId;
    if (error.isError()) {
        qCInfo(lcGraph).noquote() << verb() << m_url.toString(QUrl::RemoveQuery) << "failed:" << error.diagnostics();
        Q_EMIT failed(m_error);
    } else {
        Q_EMIT succeeded();
    }
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace moderato
