#pragma once
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace moderato {

class BatchRequest;

//! One sub-request of a $batch, under a key of the caller's choosing (e.g. a participant id).
struct BatchItem
{
    QString key;
    QByteArray method = "DELETE";
    QString url;                     //!< relative to /v1.0 and percent-encoded (GraphRequest::encodePath)
    std::optional<QJsonObject> body; //!< sent with Content-Type: application/json
    bool idempotent = true;          //!< may be repeated harmlessly (DELETE, GET, mute)
    QString invalidReason;           //!< set by the helpers below for an unusable id

    //! The same method, path, body and idempotency as \a request, which is not sent itself: one
    //! definition of each endpoint serves single requests and $batch items alike.
    static BatchItem fromRequest(const QString &key, const class GraphRequest &request);
    //! DELETE …/participants/{id}: remove a participant or cancel an invitation. Key = participant
    //! id.
    static BatchItem removeParticipant(const QString &callId, const QString &participantId);
    //! POST …/participants/{id}/mute with a fresh clientContext. Key = participant id.
    static BatchItem muteParticipant(const QString &callId, const QString &participantId);
};

//! The outcome of one BatchItem.
struct BatchItemResult
{
    int status = 0; //!< the item's own HTTP status; 0 if the batch itself failed
    RawHeaders headers;
    QJsonValue body;
    GraphError error; //!< Kind::None on a 2xx
    int attempts = 0; //!< how many batches carried this item
    //! Stopped by BatchRunner::stopSending() before it reached the service: nothing happened.
    bool withdrawn = false;
    //! The item's own request-id header, else that of the $batch that carried it (last attempt).
    QString requestId;
    bool ok() const { return !error.isError(); }
};

//! Runs many sub-requests as POST /$batch requests of at most 20 items, through the client's rate
//! limiter. Whether Graph takes /communications/… requests in a $batch is not documented: an item
//! of those answered 400 is sent once more on its own, and if that works the client remembers that
//! such requests go alone (at most MaxAloneInFlight at a time) for the rest of the session. Items throttled inside a
//! batch (429/503) are sent again in a later batch after their own Retry-After (bounded by the client's RetryPolicy);
//! an item refused with 401 (an expired token: Graph did not act on it) is sent once more at once, with a new token. A
//! batch that fails as a whole fails all its items with that error (after the usual retries when every item is
//! idempotent).
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxItemsPerBatch = 20;
    static constexpr int MaxAloneInFlight = 4;

    explicit BatchRunner(GraphClient *client, QObject *parent = nullptr);
    ~BatchRunner() override;

    //! Keys must be unique; a duplicate or invalid item fails on its own when started.
    void addItem(const BatchItem &item);
    void start(GraphClient::Priority priority = GraphClient::Priority::User);
    //! Cancels what has not finished yet (Kind::Cancelled).
    void abort();
    //! Sends nothing more: items not yet on the wire (waiting for a free slot, for their token, or
    //! for a Retry-After after a 429) finish at once with Kind::Cancelled and withdrawn set; items
    //! already sent are left to finish with the service's answer.
    void stopSending();

    bool isFinished() const { return m_finished; }
    QHash<QString, BatchItemResult> results() const;
    int batchesSent() const { return m_batchesSent; }

Q_SIGNALS:
    void itemFinished(const QString &key, const moderato::BatchItemResult &result);
    void finished();

private:
    struct Entry
    {
        BatchItem item;
        BatchItemResult result;
        bool done = false;
        bool authReplayed = false;   //!< already sent again after a 401
        bool refusedInBatch = false; //!< a /communications item the batch answered 400
        bool waiting = false;        //!< waiting for its Retry-After
    };
    //! Finishes \a index as withdrawn: never sent (or sent and throttled, which Graph did not act on).
    void withdrawItem(int index);
    void flush();
    //! Sends the items that go alone, a few at a time.
    void sendAlone();
    void onBatchFinished(BatchRequest *request, const QList<int> &indexes);
    //! Settles one answered item; returns the delay if it is to be sent again.
    std::optional<std::chrono::milliseconds> settleItem(int index, const QJsonObject &response);
    void complete(int index, const BatchItemResult &result);
    void retryItemsLater(const QList<int> &indexes, std::chrono::milliseconds delay);
    void checkFinished();

    QPointer<GraphClient> m_client;
    GraphClient::Priority m_priority = GraphClient::Priority::User;
    QList<Entry> m_entries;
    QList<int> m_ready;
    QList<QPointer<BatchRequest>> m_inFlight;
    int m_waiting = 0;                             //!< items waiting for their Retry-After
    QList<int> m_alone;                            //!< items to send on their own
    QList<QPointer<GraphRequest>> m_aloneRequests; //!< those sent on their own, until they finish
    int m_aloneInFlight = 0;
    int m_batchesSent = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_flushScheduled = false;
};

} // namespace moderato

Q_DECLARE_METATYPE(moderato::BatchItemResult)
