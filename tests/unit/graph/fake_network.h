#pragma once
// A scripted QNetworkAccessManager for unit tests of one request class at a time: every request
// is recorded and answered by a handler (status, headers, body, or a transport failure).

#include "core/graph/access_token_source.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace testing {

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    //! A transport failure instead of (or after, with status > 0) the answer.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool requestSent = true; //!< emit requestSent() before failing
    bool hang = false;       //!< never answer (until aborted)
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        FakeResponse response;
        response.status = status;
        response.body = body;
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        response.headers = headers;
        return response;
    }
    static FakeResponse noContent() { return FakeResponse{204, {}, {}}; }
    static FakeResponse dropped(bool sent)
    {
        FakeResponse response;
        response.status = 0;
        response.error = sent ? QNetworkReply::RemoteHostClosedError : QNetworkReply::ConnectionRefusedError;
        response.requestSent = sent;
        return response;
    }
};

struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    bool hasHeader(const QByteArray &name) const { return request.hasRawHeader(name); }
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const FakeResponse &response,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setOperation(operation);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!response.hang)
            QTimer::singleShot(response.delayMs, this, [this, response] { deliver(response); });
        else if (response.requestSent)
            QTimer::singleShot(0, this, [this] { Q_EMIT requestSent(); });
        // As Qt's own replies do: no byte within the request's transfer timeout ends the transfer.
        if (request.transferTimeout() > 0 && (response.hang || response.delayMs > request.transferTimeout()))
            QTimer::singleShot(request.transferTimeout(), this, [this] { abort(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }

private:
    void deliver(const FakeResponse &response)
    {
        if (isFinished())
            return;
        if (response.requestSent)
            Q_EMIT requestSent();
        if (response.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
            for (const auto &[name, value] : response.headers)
                setRawHeader(name, value);
            m_data = response.body;
            Q_EMIT metaDataChanged();
        }
        if (response.error != NoError) {
            setError(response.error, QStringLiteral("fake transport failure"));
            Q_EMIT errorOccurred(response.error);
        } else if (response.status >= 400) {
            setError(ContentOperationNotPermittedError, QStringLiteral("HTTP error"));
        }
        setFinished(true);
        if (!m_data.isEmpty())
            Q_EMIT readyRead();
        Q_EMIT finished();
    }

    QByteArray m_data;
    qint64 m_position = 0;
};

class FakeNetwork : public QNetworkAccessManager
{
public:
    using Handler = std::function<FakeResponse(const RecordedRequest &request)>;
    explicit FakeNetwork(QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
    {}

    Handler handler = [](const RecordedRequest &) { return FakeResponse::json(200, "{}"); };
    QList<RecordedRequest> requests;
    QList<QPointer<FakeReply>> replies;

    int count(const QByteArray &verb) const
    {
        int n = 0;
        for (const auto &request : requests)
            n += request.verb == verb ? 1 : 0;
        return n;
    }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        RecordedRequest recorded;
        switch (operation) {
        case GetOperation: recorded.verb = "GET"; break;
        case PostOperation: recorded.verb = "POST"; break;
        case PutOperation: recorded.verb = "PUT"; break;
        case DeleteOperation: recorded.verb = "DELETE"; break;
        case HeadOperation: recorded.verb = "HEAD"; break;
        default: recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
        }
        recorded.url = request.url();
        recorded.request = request;
        if (outgoing)
            recorded.body = outgoing->readAll();
        requests.append(recorded);
        auto *reply = new FakeReply(request, operation, handler(recorded), this);
        replies.append(reply);
        return reply;
    }
};

//! Hands out "token-1", then "token-2" after each invalidation; or fails.
class FakeTokenSource : public moderato::AccessTokenSource
{
public:
    int generation = 1;
    int requests = 0;
    QStringList invalidated;
    moderato::GraphError failure;

    QString currentToken() const { return QStringLiteral("token-%1").arg(generation); }
    void requestToken(QObject *context, TokenCallback callback) override
    {
        ++requests;
        QTimer::singleShot(0, context,
                           [this, callback] { callback(failure.isError() ? QString() : currentToken(), failure); });
    }
    void invalidateToken(const QString &token) override
    {
        invalidated.append(token);
        if (token == currentToken())
            ++generation;
    }
};

} // namespace testing
