#include "core/graph/batch_runner.h"

#include "core/graph/batch_item_request.h"
#include "core/graph/batch_request.h"
#include "core/graph/graph_logging.h"
#include "core/graph/graph_request.h"
#include "core/graph/participant_requests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace moderato {

namespace {

bool isCommunications(const BatchItem &item)
{
    return item.url.startsWith(QLatin1String("/communications/"));
}

RawHeaders headersFromJson(const QJsonObject &object)
{
    RawHeaders headers;
    for (auto it = object.begin(); it != object.end(); ++it)
        headers.append({it.key().toLatin1(), it.value().toVariant().toString().toLatin1()});
    return headers;
}

} // namespace

BatchItem BatchItem::fromRequest(const QString &key, const GraphRequest &request)
{
    BatchItem item;
    item.key = key;
    item.method = request.verb();
    item.url = request.path();
    const QByteArray body = request.requestBody();
    if (!body.isEmpty())
        item.body = QJsonDocument::fromJson(body).object();
    item.idempotent = request.isIdempotent();
    item.invalidReason = request.invalidReason();
    return item;
}

BatchItem BatchItem::removeParticipant(const QString &callId, const QString &participantId)
{
    return fromRequest(participantId, DeleteParticipantRequest(callId, participantId));
}

BatchItem BatchItem::muteParticipant(const QString &callId, const QString &participantId)
{
    return fromRequest(participantId, MuteParticipantRequest(callId, participantId));
}

BatchRunner::BatchRunner(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

BatchRunner::~BatchRunner()
{
    for (const auto &request : std::as_const(m_inFlight)) {
        if (request) {
            request->disconnect(this);
            request->abort();
        }
    }
}

void BatchRunner::addItem(const BatchItem &item)
{
    if (m_started) {
        qCWarning(lcGraph) << "BatchRunner::addItem after start() is ignored";
        return;
    }
    m_entries.append({item, {}, false});
}

QHash<QString, BatchItemResult> BatchRunner::results() const
{
    QHash<QString, BatchItemResult> results;
    for (const Entry &entry : m_entries) {
        if (entry.done)
            results.insert(entry.item.key, entry.result);
    }
    return results;
}

void BatchRunner::start(GraphClient::Priority priority)
{
    if (m_started)
        return;
    m_started = true;
    m_priority = priority;
    QSet<QString> keys;
    for (int i = 0; i < m_entries.size(); ++i) {
        const BatchItem &item = m_entries.at(i).item;
        QString problem = item.invalidReason;
        if (problem.isEmpty() && (item.key.isEmpty() || keys.contains(item.key)))
            problem = tr("the key \"%1\" is empty or used twice").arg(item.key);
        if (problem.isEmpty() && !item.url.startsWith(QLatin1Char('/')))
            problem = tr("the item's URL must start with '/'");
        keys.insert(item.key);
        if (problem.isEmpty()) {
            m_ready.append(i);
        } else {
            // Reported on the next turn of the event loop, like every other outcome.
            m_entries[i].result.error = GraphError::make(GraphError::Kind::InvalidRequest, problem);
            QTimer::singleShot(0, this, [this, i] { complete(i, m_entries.at(i).result); });
        }
    }
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &BatchRunner::flush);
}

void BatchRunner::abort()
{
    m_ready.clear();
    m_waiting = 0; // their timers find the items done and do nothing
    const auto inFlight = m_inFlight;
    for (const auto &request : inFlight) {
        if (request)
            request->abort(); // fails its items with Cancelled
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).done) {
            BatchItemResult result = m_entries.at(i).result;
            result.error = GraphError::make(GraphError::Kind::Cancelled);
            complete(i, result);
        }
    }
}

//! \a request was withdrawn before any attempt reached the network: the service never saw it.
static bool neverSent(const GraphRequest &request)
{
    return request.error().kind == GraphError::Kind::Cancelled && request.attemptCount() == 0;
}

void BatchRunner::withdrawItem(int index)
{
    BatchItemResult result = m_entries.at(index).result;
    result.status = 0;
    result.error = GraphError::make(GraphError::Kind::Cancelled);
    result.withdrawn = true;
    complete(index, result);
}

void BatchRunner::stopSending()
{
    if (!m_started || m_finished)
        return;
    for (int index : std::exchange(m_ready, {}))
        withdrawItem(index);
    for (int index : std::exchange(m_alone, {}))
        withdrawItem(index);
    for (int index = 0; index < m_entries.size(); ++index) {
        if (m_entries.at(index).waiting && !m_entries.at(index).done) {
            m_entries[index].waiting = false;
            --m_waiting;
            withdrawItem(index);
        }
    }
    // A request still queued in the client never reached the service: its items are withdrawn
    // through onBatchFinished() / the alone handler when it finishes as Cancelled.
    const auto batches = m_inFlight;
    for (const auto &request : batches)
        if (request)
            request->withdraw();
    const auto alone = m_aloneRequests;
    for (const auto &request : alone)
        if (request)
            request->withdraw();
    checkFinished();
}

void BatchRunner::flush()
{
    m_flushScheduled = false;
    if (!m_client) {
        for (int index : std::exchange(m_ready, {})) {
            BatchItemResult result = m_entries.at(index).result;
            result.error = GraphError::make(GraphError::Kind::Cancelled);
            complete(index, result);
        }
        return;
    }
    if (m_client->communicationsBatchRefused()) {
        // This session's Graph does not take calling requests in a batch: they go alone.
        for (qsizetype i = m_ready.size() - 1; i >= 0; --i) {
            if (isCommunications(m_entries.at(m_ready.at(i)).item))
                m_alone.prepend(m_ready.takeAt(i));
        }
    }
    sendAlone();
    while (!m_ready.isEmpty()) {
        const QList<int> indexes = m_ready.mid(0, MaxItemsPerBatch);
        m_ready.remove(0, indexes.size());
        QJsonArray requests;
        bool idempotent = true;
        for (int n = 0; n < indexes.size(); ++n) {
            Entry &entry = m_entries[indexes.at(n)];
            ++entry.result.attempts;
            QJsonObject request{{QStringLiteral("id"), QString::number(n + 1)},
                                {QStringLiteral("method"), QString::fromLatin1(entry.item.method)},
                                {QStringLiteral("url"), entry.item.url}};
            if (entry.item.body) {
                request.insert(QStringLiteral("body"), *entry.item.body);
                request.insert(QStringLiteral("headers"),
                               QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
            }
            requests.append(request);
            idempotent = idempotent && entry.item.idempotent;
        }
        auto *request = new BatchRequest(requests, idempotent, this);
        m_inFlight.append(request);
        ++m_batchesSent;
        connect(request, &GraphRequest::finished, this,
                [this, request, indexes] { onBatchFinished(request, indexes); });
        m_client->send(request, m_priority);
    }
    checkFinished();
}

void BatchRunner::onBatchFinished(BatchRequest *request, const QList<int> &indexes)
{
    m_inFlight.removeAll(request);
    if (!request->isSucceeded()) {
        for (int index : indexes) {
            BatchItemResult result = m_entries.at(index).result;
            result.status = 0;
            result.error = request->error();
            result.requestId = request->requestId();
            result.withdrawn = neverSent(*request);
            complete(index, result);
        }
        checkFinished();
        return;
    }
    const QHash<QString, QJsonObject> responses = request->responses();
    // Items throttled with the same delay go out again together, in one batch.
    QMap<qint64, QList<int>> retries;
    for (int n = 0; n < indexes.size(); ++n) {
        m_entries[indexes.at(n)].result.requestId = request->requestId();
        const QJsonObject response = responses.value(QString::number(n + 1));
        if (response.isEmpty()) {
            BatchItemResult result = m_entries.at(indexes.at(n)).result;
            result.error =
                GraphError::make(GraphError::Kind::InvalidResponse, tr("the batch answer left this item out"));
            result.error.requestId = request->requestId();
            complete(indexes.at(n), result);
        } else if (response.value(QLatin1String("status")).toInt() == 400
                   && isCommunications(m_entries.at(indexes.at(n)).item)
                   && !m_entries.at(indexes.at(n)).refusedInBatch) {
            // Perhaps refused for being in a batch: Graph did not act on it, so it is safe to
            // send once more on its own, even when it is not idempotent.
            m_entries[indexes.at(n)].refusedInBatch = true;
            m_entries[indexes.at(n)].result.status = 400;
            m_alone.append(indexes.at(n));
        } else if (const auto delay = settleItem(indexes.at(n), response)) {
            retries[delay->count()].append(indexes.at(n));
        }
    }
    for (auto it = retries.cbegin(); it != retries.cend(); ++it)
        retryItemsLater(it.value(), std::chrono::milliseconds(it.key()));
    sendAlone();
    checkFinished();
}

void BatchRunner::sendAlone()
{
    while (m_client && m_aloneInFlight < MaxAloneInFlight && !m_alone.isEmpty()) {
        const int index = m_alone.takeFirst();
        ++m_aloneInFlight;
        ++m_entries[index].result.attempts;
        auto *request = new BatchItemRequest(m_entries.at(index).item, this);
        m_aloneRequests.append(request);
        connect(request, &GraphRequest::finished, this, [this, request, index] {
            --m_aloneInFlight;
            m_aloneRequests.removeAll(request);
            BatchItemResult result = request->result();
            result.attempts = m_entries.at(index).result.attempts;
            result.withdrawn = neverSent(*request);
            // Refused in a batch, taken alone: that is how this session's Graph wants them.
            if (m_entries.at(index).refusedInBatch && request->isSucceeded() && m_client)
                m_client->setCommunicationsBatchRefused(true);
            complete(index, result);
            sendAlone();
            checkFinished();
        });
        m_client->send(request, m_priority);
    }
}

std::optional<std::chrono::milliseconds> BatchRunner::settleItem(int index, const QJsonObject &response)
{
    BatchItemResult result = m_entries.at(index).result;
    result.status = response.value(QLatin1String("status")).toInt();
    result.headers = headersFromJson(response.value(QLatin1String("headers")).toObject());
    result.body = response.value(QLatin1String("body"));
    if (const QByteArray itemRequestId = headerValue(result.headers, "request-id"); !itemRequestId.isEmpty())
        result.requestId = QString::fromLatin1(itemRequestId);
    if (result.status >= 200 && result.status < 300) {
        result.error = GraphError();
        complete(index, result);
        return std::nullopt;
    }
    const QByteArray body =
        result.body.isObject() ? QJsonDocument(result.body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
    result.error = GraphError::fromReply(result.status, result.headers, body, m_client ? m_client->now() : QDateTime());
    m_entries[index].result = result;

    if (result.status == 401 && !m_entries.at(index).authReplayed && m_client) {
        // BatchRequest has made the token source forget the refused token; the next batch
        // carries a new one. Graph acted on nothing, so this is safe for any item.
        m_entries[index].authReplayed = true;
        return std::chrono::milliseconds(0);
    }
    if ((result.status == 429 || result.status == 503) && m_client) {
        // attempts counts the first one too: attempts - 1 repeats so far.
        if (const auto delay = nextDelay(result.attempts - 1, result.error.retryAfter, m_client->retryPolicy()))
            return delay;
    }
    complete(index, result);
    return std::nullopt;
}

void BatchRunner::retryItemsLater(const QList<int> &indexes, std::chrono::milliseconds delay)
{
    m_waiting += int(indexes.size());
    for (int index : indexes)
        m_entries[index].waiting = true;
    qCInfo(lcGraph) << indexes.size() << "batch items to be sent again in" << delay.count() << "ms";
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, indexes] {
        for (int index : indexes) {
            if (m_entries.at(index).done)
                continue;
            m_entries[index].waiting = false;
            --m_waiting;
            m_ready.append(index);
        }
        if (!m_flushScheduled && !m_ready.isEmpty()) {
            m_flushScheduled = true;
            QTimer::singleShot(0, this, &BatchRunner::flush);
        }
    });
}

void BatchRunner::complete(int index, const BatchItemResult &result)
{
    Entry &entry = m_entries[index];
    if (entry.done)
        return;
    entry.done = true;
    entry.result = result;
    Q_EMIT itemFinished(entry.item.key, entry.result);
    checkFinished();
}

void BatchRunner::checkFinished()
{
    if (m_finished || !m_started || m_flushScheduled || !m_ready.isEmpty() || m_waiting > 0 || !m_alone.isEmpty()
        || m_aloneInFlight > 0)
        return;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.done)
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace moderato
