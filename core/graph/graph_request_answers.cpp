// How GraphRequest reads an attempt's outcome: transport failures, HTTP errors, redirects,
// success bodies and next pages — and which of them are worth another attempt.
#include "core/graph/graph_request.h"

#include "core/graph/access_token_source.h"
#include "core/graph/graph_logging.h"

#include <QJsonParseError>
#include <QNetworkReply>

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

void GraphRequest::onAnswered(const HttpAnswer &answer)
{
    const int status = answer.status;
    const int networkError = answer.networkError;
    m_httpStatus = status;
    m_headers = answer.headers;
    m_body = answer.body;
    m_requestId = QString::fromLatin1(headerValue(m_headers, "request-id"));
    m_networkErrorText =
        answer.networkErrorText.isEmpty() ? QString() : describeNetworkError(networkError, answer.networkErrorText);
    m_requestSent = answer.requestSent;
    m_timedOut = answer.timedOut;
    releaseSlot();

    qCDebug(lcGraph).noquote() << verb() << m_url.toString(QUrl::RemoveQuery) << "->" << status << "request-id"
                               << m_requestId << "network error" << networkError;

    if (answer.cancelled) {
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
        GraphError error =
            GraphError::make(GraphError::Kind::InvalidResponse, tr("the answer was cut off: %1").arg(detail));
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

void GraphRequest::reportTokenRefused()
{
    if (m_client && m_client->tokenSource())
        m_client->tokenSource()->invalidateToken(m_tokenUsed);
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
        reportTokenRefused();
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
    if (decodesBody() && (!empty || expectsBody())) {
        QJsonParseError parseError;
        document = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            GraphError error =
                GraphError::make(GraphError::Kind::InvalidResponse,
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
    if (!m_client || !m_client->isGraphUrl(m_nextLink) || !m_nextLink.path().startsWith(apiPath) || m_nextLink == m_url
        || ++m_pages >= MaxPages) {
        GraphError error =
            GraphError::make(GraphError::Kind::InvalidResponse,
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
    const auto next = nextDelay(m_retries, error.retryAfter, m_client->retryPolicy());
    if (!next)
        return false;
    const std::chrono::milliseconds delay = *next;
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

} // namespace moderato
