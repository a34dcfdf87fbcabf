#include "core/graph/graph_client.h"

#include "core/graph/graph_logging.h"
#include "core/graph/graph_request.h"

#include <QNetworkRequest>

#include <limits>

namespace moderato {

GraphClient::GraphClient(QNetworkAccessManager *nam, AccessTokenSource *tokens, const QUrl &serviceRoot,
                         QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_serviceRoot(serviceRootOf(serviceRoot))
{
    m_apiRoot = m_serviceRoot;
    m_apiRoot.setPath(m_serviceRoot.path() + QLatin1String("/v1.0"));
    m_pauseTimer.setSingleShot(true);
    // Coarse timers may fire 5 % early; coming back before Retry-After only earns another 429.
    m_pauseTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pauseTimer, &QTimer::timeout, this, &GraphClient::endPause);
}

GraphClient::~GraphClient()
{
    // A request still queued, waiting for a token or a retry, or in flight would otherwise wait
    // forever (its reply dies with the network manager): its failure must reach the caller, and
    // the request must be deleted.
    m_userQueue.clear();
    m_backgroundQueue.clear();
    QList<QPointer<GraphRequest>> sent;
    for (GraphRequest *request : std::as_const(m_sent))
        sent.append(request);
    m_sent.clear();
    for (const QPointer<GraphRequest> &request : std::as_const(sent)) {
        if (request)
            request->cancelForLostClient();
    }
}

QUrl GraphClient::serviceRootOf(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1.0")))
        path.chop(5);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool GraphClient::isGraphUrl(const QUrl &url) const
{
    return url.isValid() && url.scheme().compare(m_serviceRoot.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(m_serviceRoot.host(), Qt::CaseInsensitive) == 0
           && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
                  == m_serviceRoot.port(m_serviceRoot.scheme() == QLatin1String("https") ? 443 : 80);
}

void GraphClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime GraphClient::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void GraphClient::setMaxConcurrentRequests(int count)
{
    m_maxConcurrent = qMax(1, count);
    dispatch();
}

int GraphClient::queuedRequestCount() const
{
    int count = 0;
    for (const auto *queue : {&m_userQueue, &m_backgroundQueue}) {
        for (const auto &request : *queue)
            count += request ? 1 : 0;
    }
    return count;
}

void GraphClient::send(GraphRequest *request, Priority priority)
{
    if (!request || request->m_state != GraphRequest::State::New) {
        qCWarning(lcGraph) << "GraphClient::send: request is null or was already sent";
        return;
    }
    request->m_client = this;
    request->m_priority = priority;
    m_sent.insert(request);
    request->prepare();
}

void GraphClient::enqueue(GraphRequest *request, bool front)
{
    auto &queue = request->m_priority == Priority::User ? m_userQueue : m_backgroundQueue;
    if (front)
        queue.prepend(request);
    else
        queue.append(request);
    request->m_state = GraphRequest::State::Queued;
    dispatch();
}

void GraphClient::forget(GraphRequest *request)
{
    remove(request);
    m_sent.remove(request);
}

void GraphClient::remove(GraphRequest *request)
{
    m_userQueue.removeAll(request);
    m_backgroundQueue.removeAll(request);
}

void GraphClient::attemptEnded(GraphRequest *request)
{
    if (!request->m_holdsSlot)
        return;
    request->m_holdsSlot = false;
    --m_active;
    // Later: the finishing request may still be emitting its signals.
    QMetaObject::invokeMethod(this, &GraphClient::dispatch, Qt::QueuedConnection);
}

void GraphClient::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (m_active < m_maxConcurrent && !isThrottled()) {
        GraphRequest *next = nullptr;
        for (auto *queue : {&m_userQueue, &m_backgroundQueue}) {
            while (!next && !queue->isEmpty()) {
                QPointer<GraphRequest> candidate = queue->takeFirst();
                if (candidate && candidate->m_state == GraphRequest::State::Queued)
                    next = candidate;
            }
            if (next)
                break;
        }
        if (!next)
            break;
        ++m_active;
        next->m_holdsSlot = true;
        next->startAttempt();
    }
    m_dispatching = false;
}

void GraphClient::pauseFor(std::chrono::milliseconds delay)
{
    const qint64 ms = qMax<qint64>(0, delay.count());
    const qint64 remaining = m_pauseTimer.isActive() ? m_pauseTimer.remainingTime() : 0;
    if (m_pauseTimer.isActive() && remaining >= ms)
        return;
    m_pauseTimer.start(static_cast<int>(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    m_throttledUntil = now().addMSecs(ms);
    qCInfo(lcGraph) << "throttled: pausing all requests for" << ms << "ms";
    Q_EMIT throttled(m_throttledUntil);
}

void GraphClient::endPause()
{
    m_throttledUntil = QDateTime();
    Q_EMIT throttleEnded();
    dispatch();
}

void GraphClient::applyAuthorization(QNetworkRequest &request, const QString &token) const
{
    if (!token.isEmpty() && isGraphUrl(request.url()))
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
}

} // namespace moderato
