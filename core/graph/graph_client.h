#pragma once
#include "core/graph/retry_policy.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace moderato {

class AccessTokenSource;
class GraphRequest;

//! Sends GraphRequests to one Graph service root, with one rate limiter for all of them:
//! at most maxConcurrentRequests() attempts in flight, user actions ahead of background polling,
//! and a pause of everything queued while Graph asks us to wait (429, or 503 with Retry-After).
//!
//! Four concurrent requests by default: the calls API's published limits (tens of thousands of
//! requests per 15 s per app and tenant) are far away, but Graph throttles bursts from one app
//! long before averages matter, retries count against the limits, and other Graph workloads
//! document four concurrent requests per app. Four also stays under QNetworkAccessManager's six
//! connections per host, so a running bulk action ($batch) never starves a roster refresh.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    enum class Priority { User, Background };
    Q_ENUM(Priority)
    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultMaxConcurrentRequests = 4;

    //! \a serviceRoot is the cloud's Graph root, e.g. https://graph.microsoft.com (a trailing
    //! "/v1.0" is accepted too). Neither \a nam nor \a tokens is owned; \a tokens may be null
    //! for a service that needs no token.
    GraphClient(QNetworkAccessManager *nam, AccessTokenSource *tokens, const QUrl &serviceRoot,
                QObject *parent = nullptr);
    ~GraphClient() override;

    //! Queues \a request. It runs when a slot is free; its signals report the outcome. The
    //! request deletes itself after finished() unless GraphRequest::setAutoDelete(false).
    //! Destroying the client cancels every request it has not finished (Kind::Cancelled).
    void send(GraphRequest *request, Priority priority = Priority::User);

    QUrl serviceRoot() const { return m_serviceRoot; }
    //! \a url without trailing slashes, a trailing "/v1.0", query or fragment.
    static QUrl serviceRootOf(QUrl url);
    QUrl apiRoot() const { return m_apiRoot; } //!< serviceRoot() + "/v1.0"
    //! Whether \a url has the Graph root's scheme, host and port: only such URLs get the token.
    bool isGraphUrl(const QUrl &url) const;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    AccessTokenSource *tokenSource() const { return m_tokens; }

    void setClock(Clock clock);
    QDateTime now() const;
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setMaxConcurrentRequests(int count);
    //! Graph refused /communications/… requests inside $batch: BatchRunner sends them one by one
    //! for the rest of this client's life.
    void setCommunicationsBatchRefused(bool refused) { m_communicationsBatchRefused = refused; }
    bool communicationsBatchRefused() const { return m_communicationsBatchRefused; }
    int maxConcurrentRequests() const { return m_maxConcurrent; }

    int activeRequestCount() const { return m_active; }
    int queuedRequestCount() const;
    bool isThrottled() const { return m_pauseTimer.isActive(); }
    //! When the current pause ends (by the injected clock); invalid when not throttled.
    QDateTime throttledUntil() const { return isThrottled() ? m_throttledUntil : QDateTime(); }

Q_SIGNALS:
    //! Graph asked to wait: nothing is sent before \a until. Emitted again if the pause grows.
    void throttled(const QDateTime &until);
    void throttleEnded();

private:
    friend class GraphRequest;
    void enqueue(GraphRequest *request, bool front);
    void remove(GraphRequest *request); //!< from the queues
    void forget(GraphRequest *request); //!< being deleted
    void attemptEnded(GraphRequest *request);
    void pauseFor(std::chrono::milliseconds delay);
    //! The one place the bearer token is put on a request.
    void applyAuthorization(QNetworkRequest &request, const QString &token) const;
    void dispatch();
    void endPause();

    QNetworkAccessManager *m_nam;
    AccessTokenSource *m_tokens;
    QUrl m_serviceRoot;
    QUrl m_apiRoot;
    Clock m_clock;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout{30000};
    bool m_communicationsBatchRefused = false;
    int m_maxConcurrent = DefaultMaxConcurrentRequests;
    int m_active = 0;
    QList<QPointer<GraphRequest>> m_userQueue;
    QList<QPointer<GraphRequest>> m_backgroundQueue;
    QSet<GraphRequest *> m_sent; //!< every request sent through this client and not yet deleted
    QTimer m_pauseTimer;
    QDateTime m_throttledUntil;
    bool m_dispatching = false;
};

} // namespace moderato
