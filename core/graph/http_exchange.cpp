#include "core/graph/http_exchange.h"

#include "core/graph/user_agent.h"

#include <QNetworkRequest>

namespace moderato {

HttpExchange::HttpExchange(QObject *parent)
    : QObject(parent)
{}

HttpExchange::~HttpExchange()
{
    drop();
}

QNetworkRequest HttpExchange::request(const QUrl &url, std::chrono::milliseconds transferTimeout)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(static_cast<int>(transferTimeout.count()));
    return request;
}

void HttpExchange::follow(QNetworkReply *reply)
{
    drop();
    m_reply = reply;
    m_requestSent = false;
    m_cancelled = false;
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::abort()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows
}

void HttpExchange::drop()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.networkError = reply->error();
    if (answer.networkError != QNetworkReply::NoError)
        answer.networkErrorText = reply->errorString();
    answer.headers = reply->rawHeaderPairs();
    answer.body = reply->readAll();
    answer.cancelled = m_cancelled;
    // Qt 6.4 ends a transfer that outlived its transfer timeout as if it had been aborted (later
    // versions say TimeoutError): an abort nobody here asked for is that timeout.
    answer.timedOut = !m_cancelled
                      && (answer.networkError == QNetworkReply::OperationCanceledError
                          || answer.networkError == QNetworkReply::TimeoutError);
    answer.requestSent = m_requestSent;
    Q_EMIT answered(answer);
}

} // namespace moderato
