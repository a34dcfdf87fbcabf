#pragma once
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/http_exchange.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace moderato {

//! One Graph call. Subclasses say only their method, path, body, whether repeating them is
//! harmless, and how to read a successful answer. The base owns everything else: the
//! Authorization header (only towards the Graph root), a fresh client-request-id per attempt,
//! User-Agent, Accept, the transfer timeout, JSON decoding, mapping failures to GraphError,
//! retries (429/503/504 after Retry-After or backoff; idempotent requests also after connection
//! failures and timeouts), one replay after a 401 with a fresh token, manual redirects, and
//! following next-page links. A non-idempotent request whose connection drops after sending
//! ends with GraphError::Kind::OutcomeUnknown and is never sent again.
class GraphRequest : public QObject
{
    Q_OBJECT
public:
    enum class Method { Get, Post, Delete, Patch };
    ~GraphRequest() override;

    Method method() const { return m_method; }
    QByteArray verb() const;
    //! Path relative to the API root, percent-encoded, e.g. "/communications/calls/abc".
    QString path() const { return m_path; }
    bool isIdempotent() const { return m_idempotent; }
    //! The JSON body sent, or empty.
    QByteArray requestBody() const { return m_hasBody ? m_bodyBytes : QByteArray(); }
    //! Why send() would fail at once with Kind::InvalidRequest, or empty.
    QString invalidReason() const { return m_invalidReason; }

    bool isFinished() const { return m_state == State::Finished; }
    bool isSucceeded() const { return isFinished() && !m_error.isError(); }
    const GraphError &error() const { return m_error; }
    QString requestId() const { return m_requestId; }             //!< of the final attempt
    QString clientRequestId() const { return m_clientRequestId; } //!< sent with the final attempt
    int httpStatus() const { return m_httpStatus; }               //!< of the final attempt; 0 if none
    int attemptCount() const { return m_attempts; }               //!< network attempts, all pages
    QByteArray responseHeader(QByteArrayView name) const;         //!< of the final answer
    QByteArray responseBody() const { return m_body; }            //!< of the final answer

    //! Deleted (deleteLater) after finished() by default; turn off to read results later.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    //! Gives up: finishes with Kind::Cancelled unless already finished.
    void abort();
    //! Gives up only if no attempt has reached the network yet (queued, or waiting for its
    //! token): then it finishes with Kind::Cancelled and returns true — the service never saw it.
    //! Once an attempt went out it may have been acted on, so it is left to finish.
    bool withdraw();

    //! Percent-encodes each segment (so an id can never add a path level) and joins them.
    static QString encodePath(const QStringList &segments);

Q_SIGNALS:
    void succeeded();
    void failed(const moderato::GraphError &error);
    void finished();

protected:
    //! \a pathSegments are plain (unencoded) path segments below /v1.0; an empty segment, "." or
    //! ".." makes the request fail with Kind::InvalidRequest when sent.
    GraphRequest(Method method, const QStringList &pathSegments, QObject *parent = nullptr);
    //! The segments of /communications/calls/{callId} followed by \a below.
    static QStringList callPath(const QString &callId, const QStringList &below = {})
    {
        return QStringList{QStringLiteral("communications"), QStringLiteral("calls"), callId} + below;
    }
    //! A path already percent-encoded, with its query if any ("/users?$top=5"), as a $batch item
    //! carries it; it must start with '/' and go below the API root.
    struct EncodedPathTag
    {};
    GraphRequest(Method method, EncodedPathTag, const QString &encodedPath, QObject *parent = nullptr);
    //! The JSON body as bytes, for a request made from a $batch item.
    void setRawJsonBody(const QByteArray &body);

    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }
    //! Query items, given unencoded; each is percent-encoded completely (also '+' and '&').
    void addQueryItem(const QString &name, const QString &value);
    void setJsonBody(const QJsonObject &body);
    void setRequestHeader(const QByteArray &name, const QByteArray &value);
    //! Makes send() fail at once with Kind::InvalidRequest and \a reason.
    void setInvalid(const QString &reason);

    //! Reads a 2xx answer (a null document when the body is empty and expectsBody() is false).
    //! Returns an empty string if it is understood, else what is wrong with it.
    virtual QString parseSuccess(const QJsonDocument &body) = 0;
    //! Whether a 2xx answer must carry a JSON object; false for "204 No Content" endpoints.
    virtual bool expectsBody() const { return true; }
    //! Whether a 2xx body is decoded as JSON for parseSuccess(). A request that reads
    //! responseBody() itself (e.g. a large roster parsed on a worker thread, off the GUI thread)
    //! returns false and gets a null document; it cannot follow next-page links then.
    virtual bool decodesBody() const { return true; }
    //! Called from parseSuccess(): fetch \a url next (Graph root only) before finishing.
    void followNextLink(const QUrl &url);
    //! Graph refused the token this attempt carried (e.g. 401 inside a $batch answered with 200):
    //! the token source forgets it, so the next request fetches a new one.
    void reportTokenRefused();

    GraphClient *client() const { return m_client; }

private:
    friend class GraphClient;
    enum class State { New, Queued, Authorizing, InFlight, WaitingRetry, Finished };

    void setUpTimers();
    void prepare();
    void startAttempt();
    void sendAttempt(const QString &token);
    void onAnswered(const HttpAnswer &answer);
    void handleTransportFailure(int status, int networkError);
    void handleHttpAnswer(int status);
    void handleRedirect(int status);
    void handleSuccess(int status);
    bool retryLater(const GraphError &error, bool pauseEveryone);
    void requeueNow();
    void releaseSlot();
    //! The client is being destroyed: finish with Kind::Cancelled, whatever the state.
    void cancelForLostClient();
    void finish(const GraphError &error);

    Method m_method;
    QString m_path;
    QString m_query;
    bool m_idempotent = false;
    bool m_hasBody = false;
    QByteArray m_bodyBytes;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    QString m_invalidReason;

    QPointer<GraphClient> m_client;
    GraphClient::Priority m_priority = GraphClient::Priority::User;
    State m_state = State::New;
    bool m_holdsSlot = false;
    bool m_autoDelete = true;

    QUrl m_url;
    QUrl m_nextLink;
    HttpExchange m_exchange;
    QTimer m_retryTimer;
    QString m_tokenUsed;
    int m_attemptSerial = 0;
    int m_attempts = 0;
    int m_retries = 0;
    int m_redirects = 0;
    int m_pages = 0;
    bool m_authReplayed = false;
    bool m_requestSent = false;
    bool m_timedOut = false;
    bool m_cancelled = false;

    GraphError m_error;
    QString m_networkErrorText;
    QString m_requestId;
    QString m_clientRequestId;
    int m_httpStatus = 0;
    RawHeaders m_headers;
    QByteArray m_body;
};

} // namespace moderato
