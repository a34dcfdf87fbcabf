#include "core/calls/roster_refresher.h"

#include "core/calls/roster_page_request.h"
#include "core/calls/roster_parse_worker.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/list_participants_request.h"
#include "core/graph/retry_policy.h"

namespace moderato {

namespace {
constexpr int MaxBackoffMs = 60000;
} // namespace

RosterRefresher::RosterRefresher(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_parser(new RosterParseWorker(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RosterRefresher::send);
    connect(m_parser, &RosterParseWorker::parsed, this,
            [this](quint64 ticket, const RosterSnapshot &snapshot, int entries) {
                // The ticket is the generation: a roster of a call no longer read is dropped.
                if (ticket == m_generation && m_inFlight)
                    onParsed(snapshot, entries);
            });
}

void RosterRefresher::start(const QString &callId)
{
    ++m_generation;
    m_callId = callId;
    m_consecutiveFailures = 0;
    m_inFlight = false;
    m_again = false;
    m_paged = false;
    m_active = !callId.isEmpty();
    m_timer.stop();
    if (m_active)
        send();
}

void RosterRefresher::stop()
{
    m_active = false;
    m_timer.stop();
}

void RosterRefresher::refreshNow()
{
    if (!m_active)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    send();
}

void RosterRefresher::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_timer.isActive() && m_timer.remainingTime() > milliseconds)
        m_timer.start(milliseconds);
}

void RosterRefresher::send()
{
    if (!m_active || m_inFlight)
        return;
    m_inFlight = true;
    m_again = false;
    Q_EMIT started();
    const quint64 gen = m_generation;
    // A large roster is not decoded here but on the parse worker, with the rest of the parsing:
    // decoding 10,000 participants takes longer than a frame. The read stays in flight until the
    // worker's snapshot is handed on.
    ListParticipantsRequest *request =
        m_paged ? new ListParticipantsRequest(m_callId) : new RosterPageRequest(m_callId);
    connect(request, &GraphRequest::finished, this, [this, request, gen] {
        if (gen != m_generation)
            return;
        if (!request->isSucceeded()) {
            ++m_consecutiveFailures;
            Q_EMIT failed(request->error());
            finish();
            return;
        }
        const auto *page = qobject_cast<const RosterPageRequest *>(request);
        const bool undecoded = page && page->isUndecoded();
        m_pending = {undecoded, request->mayBeIncomplete(), request->httpStatus(), request->requestId(),
                     request->clientRequestId()};
        if (undecoded)
            m_parser->parse(gen, {request->responseBody()}, QJsonArray());
        else
            m_parser->parse(gen, request->pageBodies(), request->participants());
    });
    m_client->send(request, GraphClient::Priority::Background);
}

void RosterRefresher::onParsed(const RosterSnapshot &snapshot, int entries)
{
    if (m_pending.undecoded) {
        if (!snapshot.ok) {
            GraphError error = GraphError::make(GraphError::Kind::InvalidResponse, snapshot.error);
            error.httpStatus = m_pending.httpStatus;
            error.requestId = m_pending.requestId;
            error.clientRequestId = m_pending.clientRequestId;
            ++m_consecutiveFailures;
            Q_EMIT failed(error);
            finish();
            return;
        }
        if (!snapshot.nextLink.isEmpty()) {
            // A large first page with more to come: ListParticipantsRequest follows pages, so it
            // reads this call from now on (this once, the first page is fetched twice).
            m_paged = true;
            m_inFlight = false;
            send();
            return;
        }
        m_pending.mayBeIncomplete = entries == ListParticipantsRequest::SuspectedRosterCap;
    }
    m_consecutiveFailures = 0;
    Q_EMIT loaded(snapshot, m_pending.mayBeIncomplete);
    finish();
}

void RosterRefresher::finish()
{
    m_inFlight = false;
    if (!m_active)
        return;
    if (m_again) {
        refreshNow();
        return;
    }
    // The poll never gives up; after failures it waits the interval doubled per failure, at most a
    // minute (or the interval, when that is longer) — without jitter: one client, one call.
    RetryPolicy slowing;
    slowing.backoffBase = std::chrono::milliseconds(m_interval);
    slowing.backoffCap = std::chrono::milliseconds(qMax(m_interval, MaxBackoffMs));
    m_timer.start(int(backoffCeiling(m_consecutiveFailures, slowing).count()));
}

} // namespace moderato
