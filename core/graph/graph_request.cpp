#include "core/graph/graph_request.h"

#include "core/graph/access_token_source.h"
#include "core/graph/graph_logging.h"
#include "core/graph/one_shot_upload_device.h"
#include "core/graph/user_agent.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace moderato {

namespace {

constexpr int MaxRedirects = 3;
constexpr int MaxPages = 1000;

bool isTransportError(int error)
{
    // 1–99: connection level; 101–199: proxy; ContentReSendError: Qt refused to re-send our
    // one-shot body after the connection dropped; 399: broken framing (e.g. bad chunking).
    return (error >= 1 && error <= 199) || error == QNetworkReply::ContentReSendError
        || error == QNetworkReply::ProtocolFailure;
}

QString describeNetworkError(int error, const QString &text)
{
    return QStringLiteral("%1 (QNetworkReply error %2)").arg(text).arg(error);
}

} // namespace

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
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &GraphRequest::onTimeout);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never earlier than Retry-After
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphRequest::requeueNow);
}

GraphRequest::~GraphRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_client) {
        m_client->remove(this);
        m_client->attemptEnded(this);
    }
}

QByteArray GraphRequest::verb() const
{
    switch (m_method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Delete:
        return "DELETE";
    case Method::Patch:
        return "PATCH";
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
        QMetaObject::invokeMethod(this, [this] {
            finish(GraphError::make(GraphError::Kind::InvalidRequest, m_invalidReason));
        }, Qt::QueuedConnection);
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
    if (m_reply && m_state == State::InFlight) {
        m_reply->abort(); // onReplyFinished() finishes with Cancelled
        return;
    }
    m_retryTimer.stop();
    if (m_client)
        m_client->remove(this);
    releaseSlot();
    finish(GraphError::make(GraphError::Kind::Cancelled));
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
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("client-request-id", m_clientRequestId.toLatin1());
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request.setRawHeader(name, value);
    m_client->applyAuthorization(request, token);
    m_tokenUsed = token;
    m_requestSent = false;
    m_timedOut = false;

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
    } else {
        reply = nam->sendCustomRequest(request, verb());
    }
    m_reply = reply;
    m_state = State::InFlight;
    ++m_attempts;
    qCDebug(lcGraph).noquote() << verb() << m_url.toString(QUrl::RemoveQuery) << "attempt" << m_attempts
                               << "client-request-id" << m_clientRequestId;

    const auto restartTimeout = [this] {
        if (m_state == State::InFlight)
            m_timeoutTimer.start(static_cast<int>(m_client ? m_client->transferTimeout().count() : 30000));
    };
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, restartTimeout);
    connect(reply, &QNetworkReply::downloadProgress, this, restartTimeout);
    connect(reply, &QNetworkReply::finished, this, &GraphRequest::onReplyFinished);
    restartTimeout();
}

void GraphRequest::onTimeout()
{
    if (m_state != State::InFlight || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void GraphRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int networkError = reply->error();
    m_httpStatus = status;
    m_headers = reply->rawHeaderPairs();
    m_body = reply->readAll();
    m_requestId = QString::fromLatin1(headerValue(m_headers, "request-id"));
    m_networkErrorText = networkError != QNetworkReply::NoError
        ? describeNetworkError(networkError, reply->errorString())
        : QString();
    releaseSlot();

    qCDebug(lcGraph).noquote() << verb() << m_url.toString(QUrl::RemoveQuery) << "->" << status
                               << "request-id" << m_requestId << "network error" << networkError;

    if (m_cancelled && !m_timedOut) {
        finish(GraphError::make(GraphError::Kind::Cancelled));
        return;
    }
    if (m_timedOut || status == 0 || isTransportError(networkError)) {
        handleTransportFailure(status, networkError);
        return;
    }
    handleHttpAnswer(status);
}

void GraphRequest::handleTransportFailure(int status, int networkError)
{
    const QString detail = m_timedOut
        ? tr("no answer within %1 ms").arg(m_client ? m_client->transferTimeout().count() : 0)
        : m_networkErrorText;

    if (status >= 200 && status < 300) {
        // Headers came, then the connection broke: the body is cut off.
        GraphError error = GraphError::make(GraphError::Kind::InvalidResponse,
                                            tr("the answer was cut off: %1").arg(detail));
        error.httpStatus = status;
        error.requestId = m_requestId;
        if (!m_idempotent || !retryLater(error, false))
            finish(error);
        return;
    }
    if (status >= 300) {
        handleHttpAnswer(status);
        return;
    }

    const bool maybeSent = m_requestSent || networkError == QNetworkReply::ContentReSendError;
    if (!m_idempotent && maybeSent) {
        GraphError error = GraphError::make(GraphError::Kind::OutcomeUnknown, detail);
        error.clientRequestId = m_clientRequestId;
        finish(error);
        return;
    }
    // Idempotent, or nothing reached the server yet: trying again is harmless.
    GraphError error = GraphError::make(m_timedOut ? GraphError::Kind::Timeout : GraphError::Kind::Network, detail);
    error.clientRequestId = m_clientRequestId;
    if (!retryLater(error, false))
        finish(error);
}

void GraphRequest::handleHttpAnswer(int status)
{
    if (status >= 300 && status < 400 && status != 304) {
        handleRedirect(status);
        return;
    }
    if (status >= 200 && status < 300) {
        handleSuccess(status);
        return;
    }

    GraphError error = GraphError::fromReply(status, m_headers, m_body, m_client ? m_client->now() : QDateTime());
    if (error.clientRequestId.isEmpty())
        error.clientRequestId = m_clientRequestId;
    if (m_requestId.isEmpty())
        m_requestId = error.requestId;

    if (status == 401 && !m_authReplayed && m_client && m_client->tokenSource()) {
        // Typically an expired token: Graph did not act on the request, so replaying is safe.
        m_authReplayed = true;
        m_client->tokenSource()->invalidateToken(m_tokenUsed);
        qCInfo(lcGraph) << "401: fetching a new token and replaying once";
        requeueNow();
        return;
    }
    if (status == 429 || status == 503) {
        if (!retryLater(error, status == 429 || error.retryAfter.has_value()))
            finish(error);
        return;
    }
    if (status == 504) {
        if (!m_idempotent) {
            // A gateway timeout says nothing about whether the service behind it acted.
            error.kind = GraphError::Kind::OutcomeUnknown;
            finish(error);
            return;
        }
        if (!retryLater(error, false))
            finish(error);
        return;
    }
    finish(error);
}

void GraphRequest::handleRedirect(int status)
{
    GraphError error = GraphError::fromReply(status, m_headers, m_body, m_client ? m_client->now() : QDateTime());
    const QByteArray location = headerValue(m_headers, "Location");
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    const bool keepsMethod = status == 307 || status == 308;
    const bool downgrade = m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
    if (location.isEmpty() || !target.isValid() || downgrade || ++m_redirects > MaxRedirects
        || (!keepsMethod && m_method != Method::Get)) {
        error.message = tr("unexpected redirect (HTTP %1) to %2")
                            .arg(status)
                            .arg(target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
        finish(error);
        return;
    }
    // The token goes only to the Graph root: applyAuthorization() checks the new URL.
    qCInfo(lcGraph).noquote() << "following redirect" << status << "to"
                              << target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_url = target;
    requeueNow();
}

void GraphRequest::handleSuccess(int status)
{
    QJsonDocument document;
    const bool empty = m_body.trimmed().isEmpty();
    if (!empty || expectsBody()) {
        QJsonParseError parseError;
        document = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            GraphError error = GraphError::make(
                GraphError::Kind::InvalidResponse,
                parseError.error != QJsonParseError::NoError
                    ? tr("the answer is not JSON (%1 at offset %2; Content-Type %3)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)
                          .arg(QString::fromLatin1(headerValue(m_headers, "Content-Type")))
                    : tr("the answer is not a JSON object"));
            error.httpStatus = status;
            error.requestId = m_requestId;
            error.clientRequestId = m_clientRequestId;
            finish(error);
            return;
        }
    }

    m_nextLink.clear();
    const QString problem = parseSuccess(document);
    if (!problem.isEmpty()) {
        GraphError error = GraphError::make(GraphError::Kind::InvalidResponse, problem);
        error.httpStatus = status;
        error.requestId = m_requestId;
        error.clientRequestId = m_clientRequestId;
        finish(error);
        return;
    }
    if (m_nextLink.isEmpty()) {
        finish(GraphError());
        return;
    }

    const QString apiPath = m_client ? m_client->apiRoot().path() + QLatin1Char('/') : QString();
    if (!m_client || !m_client->isGraphUrl(m_nextLink) || !m_nextLink.path().startsWith(apiPath)
        || m_nextLink == m_url || ++m_pages >= MaxPages) {
        GraphError error = GraphError::make(
            GraphError::Kind::InvalidResponse,
            tr("the next-page link %1 does not lead to the same Graph root; it was not followed")
                .arg(m_nextLink.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        error.httpStatus = status;
        error.requestId = m_requestId;
        finish(error);
        return;
    }
    m_url = m_nextLink;
    m_retries = 0;
    m_redirects = 0;
    m_authReplayed = false;
    requeueNow();
}

bool GraphRequest::retryLater(const GraphError &error, bool pauseEveryone)
{
    if (!m_client)
        return false;
    const RetryPolicy &policy = m_client->retryPolicy();
    if (m_retries >= policy.maxRetries)
        return false;
    if (error.retryAfter && *error.retryAfter > policy.maxRetryAfter)
        return false;
    const std::chrono::milliseconds delay = error.retryAfter ? *error.retryAfter : backoffDelay(m_retries, policy);
    ++m_retries;
    m_error = error; // reported if the request is cancelled while waiting
    qCInfo(lcGraph).noquote() << verb() << m_url.toString(QUrl::RemoveQuery) << "retry" << m_retries << "in"
                              << delay.count() << "ms after" << error.httpStatus << error.message;
    m_state = State::WaitingRetry;
    if (pauseEveryone) {
        m_client->pauseFor(delay);
        m_client->enqueue(this, true); // held by the pause, then first in line
    } else {
        m_retryTimer.start(static_cast<int>(delay.count()));
    }
    return true;
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
    m_timeoutTimer.stop();
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
