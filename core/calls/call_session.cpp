#include "core/calls/call_session.h"

#include "core/calls/call_session_p.h"
#include "core/calls/roster_page_request.h"
#include "core/calls/roster_parser.h"
#include "core/graph/get_call_request.h"
#include "core/graph/graph_client.h"
#include "core/graph/list_participants_request.h"

#include <QCoreApplication>

namespace moderato {

namespace {
// After failed refreshes the loop slows down: 2×, 4×, … the interval, at most a minute.
constexpr int MaxRefreshBackoffMs = 60000;
} // namespace

CallSession::CallSession(GraphClient *client, const QString &clientId, QObject *parent)
    : QObject(parent)
    , d(new Private(this, client, clientId))
{
    d->refreshTimer.setSingleShot(true);
    connect(&d->refreshTimer, &QTimer::timeout, this, [this] { d->startRefresh(); });
    d->heapReleaseTimer.setSingleShot(true);
    d->heapReleaseTimer.setInterval(Private::HeapReleaseDelayMs);
    connect(&d->heapReleaseTimer, &QTimer::timeout, d->parser, &RosterParseWorker::releaseFreeHeap);
    d->ringTicker.setInterval(1000);
    connect(&d->ringTicker, &QTimer::timeout, this, [this] {
        d->participants->refreshElapsed();
        d->invitations->tick();
        d->syncInvitedRows();
        d->pollOperations();
    });
    connect(d->parser, &RosterParseWorker::parsed, this,
            [this](quint64 ticket, const RosterSnapshot &snapshot, int entries) {
        // The ticket is the generation: a roster of a call no longer open is dropped.
        if (ticket == d->generation && d->refreshInFlight)
            d->onRosterParsed(snapshot, entries);
    });
    connect(client, &GraphClient::throttled, this, [this](const QDateTime &until) { d->onThrottled(until); });
    connect(client, &GraphClient::throttleEnded, this, [this] {
        if (d->state == ConnectionState::RateLimited)
            d->setState(d->refreshInFlight ? ConnectionState::Refreshing : ConnectionState::Live);
    });
    d->participants->setOwnApplicationId(clientId);
    connect(d->leg, &CallLeg::inCall, this, [this](const QString &callId) { d->startCall(callId); });
    connect(d->leg, &CallLeg::stateChanged, this, [this] {
        switch (d->leg->state()) {
        case CallLeg::State::Joining: d->setState(ConnectionState::Joining); break;
        case CallLeg::State::InLobby: d->setState(ConnectionState::InLobby); break;
        case CallLeg::State::Ended: d->onLegEnded(); break;
        case CallLeg::State::None:
        case CallLeg::State::InCall: break;
        }
    });
    connect(d->leg, &CallLeg::keepAliveChanged, this, &CallSession::connectionStateChanged);
    connect(d->leg, &CallLeg::leaveFailed, this, &CallSession::leaveFailed);
    // A burst of roster notifications is applied once, a moment after the last.
    d->notifiedApply.setSingleShot(true);
    d->notifiedApply.setInterval(10);
    connect(&d->notifiedApply, &QTimer::timeout, this, [this] { d->applyNotifiedRoster(); });
    d->participants->setClock([client] { return client->now(); });
    d->invitations->setClock([client] { return client->now(); });
}

CallSession::~CallSession()
{
    delete d;
}

void CallSession::setAuditLog(AuditLog *log) { d->audit = log; }
void CallSession::setRefreshInterval(int milliseconds) { d->refreshInterval = qMax(200, milliseconds); }
void CallSession::setLegCheckIntervals(int wallClockMs, int joinPollMs) { d->leg->setCheckIntervals(wallClockMs, joinPollMs); }
void CallSession::setHomeTenantId(const QString &tenantId) { d->participants->setHomeTenantId(tenantId); }

void CallSession::open(const QString &callId)
{
    d->leg->attach(callId.trimmed()); // inCall() starts the roster
}

void CallSession::join(const MeetingToJoin &meeting)
{
    d->startCall(QString());
    d->refreshTimer.stop();
    d->ringTicker.stop();
    d->setState(ConnectionState::Joining);
    d->leg->join(meeting); // inCall() starts the roster once the call is established
}

void CallSession::leave()
{
    d->leg->leave();
}

QString CallSession::endReason() const { return d->leg->endReason(); }
QDateTime CallSession::lastKeepAlive() const { return d->leg->lastKeepAlive(); }
QString CallSession::keepAliveProblem() const { return d->leg->keepAliveProblem(); }

void CallSession::Private::startCall(const QString &id)
{
    ++generation;
    callId = id;
    info = CallInfo{callId, {}, {}, {}};
    participants->clear();
    invitations->clear();
    everLoaded = false;
    mayBeIncomplete = false;
    notified.reset();
    notificationsProblem.clear();
    operationsGettable = true;
    consecutiveFailures = 0;
    refreshInFlight = false;
    pagedRoster = false;
    lastRefresh = {};
    staleSince = {};
    lastError.clear();
    reports.clear();
    operationPolls.clear();
    // In the order they came: those from before the call id was known, then the rest.
    QList<CommsNotification> early = std::exchange(unclaimed, {});
    early += std::exchange(earlyRoster, {});
    Q_EMIT q->callInfoChanged();
    if (callId.isEmpty())
        return;
    setState(ConnectionState::Loading);
    loadCallInfo();
    startRefresh();
    ringTicker.start();
    if (!early.isEmpty())
        q->applyNotifications(early);
}

void CallSession::Private::onLegEnded()
{
    refreshTimer.stop();
    ringTicker.stop();
    heapReleaseTimer.stop();
    setState(ConnectionState::Ended);
    Q_EMIT q->callInfoChanged();
}

bool CallSession::Private::noticeGone(const GraphError &error)
{
    if (!error.isCallGone())
        return false;
    leg->noticeGone(error);
    return true;
}

QString CallSession::callId() const { return d->callId; }
CallInfo CallSession::callInfo() const { return d->info; }
ParticipantModel *CallSession::participants() const { return d->participants; }
InvitationModel *CallSession::invitations() const { return d->invitations; }
CallSession::ConnectionState CallSession::connectionState() const { return d->state; }
QDateTime CallSession::lastRefresh() const { return d->lastRefresh; }
QDateTime CallSession::staleSince() const { return d->staleSince; }
QDateTime CallSession::rateLimitedUntil() const { return d->client->throttledUntil(); }
QString CallSession::lastRefreshError() const { return d->lastError; }
bool CallSession::rosterMayBeIncomplete() const { return d->mayBeIncomplete; }

void CallSession::refresh()
{
    if (d->callId.isEmpty() || d->state == ConnectionState::Ended)
        return;
    if (d->refreshInFlight) {
        d->refreshAgain = true;
        return;
    }
    d->refreshTimer.stop();
    d->startRefresh();
}

void CallSession::Private::setState(ConnectionState newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q->connectionStateChanged();
}

void CallSession::Private::scheduleRefresh()
{
    int delay = currentRefreshInterval();
    for (int i = 0; i < consecutiveFailures && delay < MaxRefreshBackoffMs; ++i)
        delay *= 2;
    refreshTimer.start(qMin(delay, qMax(currentRefreshInterval(), MaxRefreshBackoffMs)));
}

void CallSession::Private::refreshSoon()
{
    q->refresh();
}

void CallSession::Private::startRefresh()
{
    if (callId.isEmpty() || refreshInFlight || state == ConnectionState::Ended)
        return;
    refreshInFlight = true;
    refreshAgain = false;
    if (everLoaded && state == ConnectionState::Live)
        setState(ConnectionState::Refreshing);
    const quint64 gen = generation;
    // A large roster is not decoded here but on the parse worker, with the rest of the parsing:
    // decoding 10,000 participants takes longer than a frame. The refresh stays in flight until
    // the worker's snapshot is applied.
    ListParticipantsRequest *request = pagedRoster ? new ListParticipantsRequest(callId) : new RosterPageRequest(callId);
    QObject::connect(request, &GraphRequest::finished, q, [this, request, gen] {
        if (gen != generation)
            return;
        if (!request->isSucceeded()) {
            onRosterFailed(request->error());
            endRefresh();
            return;
        }
        const auto *page = qobject_cast<const RosterPageRequest *>(request);
        const bool undecoded = page && page->isUndecoded();
        pending = {undecoded, request->mayBeIncomplete(), request->httpStatus(), request->requestId(),
                   request->clientRequestId()};
        if (undecoded)
            parser->parse(gen, {request->responseBody()}, QJsonArray());
        else
            parser->parse(gen, request->pageBodies(), request->participants());
    });
    client->send(request, GraphClient::Priority::Background);
}

void CallSession::Private::onRosterParsed(const RosterSnapshot &snapshot, int entries)
{
    if (pending.undecoded) {
        if (!snapshot.ok) {
            GraphError error = GraphError::make(GraphError::Kind::InvalidResponse, snapshot.error);
            error.httpStatus = pending.httpStatus;
            error.requestId = pending.requestId;
            error.clientRequestId = pending.clientRequestId;
            onRosterFailed(error);
            endRefresh();
            return;
        }
        if (!snapshot.nextLink.isEmpty()) {
            // A large first page with more to come: ListParticipantsRequest follows pages, so it
            // reads this call from now on (this once, the first page is fetched twice).
            pagedRoster = true;
            refreshInFlight = false;
            startRefresh();
            return;
        }
        pending.mayBeIncomplete = entries == ListParticipantsRequest::SuspectedRosterCap;
    }
    onRosterLoaded(snapshot, pending.mayBeIncomplete);
    endRefresh();
}

void CallSession::Private::endRefresh()
{
    refreshInFlight = false;
    if (state == ConnectionState::Ended)
        return;
    if (refreshAgain)
        q->refresh();
    else
        scheduleRefresh();
}

void CallSession::Private::onRosterLoaded(const RosterSnapshot &snapshot, bool incompletePoll)
{
    if (state == ConnectionState::Ended)
        return;
    bool incomplete = incompletePoll;
    const RosterSnapshot shown = mergePoll(snapshot, &incomplete);
    participants->apply(shown);
    // A large answer leaves megabytes of freed JSON and network buffers behind; without this they
    // would stay resident between refreshes.
    if (participants->rowCount() >= HeapReleaseMinRows)
        heapReleaseTimer.start();
    for (const Participant &p : shown.participants)
        invitations->markJoined(p.id());
    syncInvitedRows();
    const bool wasIncomplete = mayBeIncomplete;
    mayBeIncomplete = incomplete;
    everLoaded = true;
    consecutiveFailures = 0;
    lastRefresh = client->now();
    staleSince = {};
    lastError.clear();
    setState(client->isThrottled() ? ConnectionState::RateLimited : ConnectionState::Live);
    if (wasIncomplete != mayBeIncomplete)
        Q_EMIT q->callInfoChanged();
    Q_EMIT q->refreshed();
}

void CallSession::Private::onRosterFailed(const GraphError &error)
{
    if (noticeGone(error))
        return; // the meeting has ended for Moderato: that is the state, not a stale roster
    ++consecutiveFailures;
    lastError = error.userMessage();
    if (!staleSince.isValid())
        staleSince = client->now();
    if (!everLoaded && (error.httpStatus == 404 || error.kind == GraphError::Kind::Auth
                        || error.httpStatus == 401 || error.httpStatus == 403)) {
        // Nothing to show and nothing a retry will fix: a session-level problem.
        setState(ConnectionState::Stale);
        refreshTimer.stop();
        Q_EMIT q->sessionError(lastError, error.diagnostics());
        return;
    }
    setState(client->isThrottled() ? ConnectionState::RateLimited : ConnectionState::Stale);
    Q_EMIT q->refreshed();
}

void CallSession::Private::loadCallInfo()
{
    auto *request = new GetCallRequest(callId);
    const quint64 gen = generation;
    QObject::connect(request, &GraphRequest::failed, q, [this, gen](const GraphError &error) {
        if (gen == generation)
            noticeGone(error);
    });
    QObject::connect(request, &GraphRequest::succeeded, q, [this, request, gen] {
        if (gen != generation)
            return;
        const QJsonObject call = request->call();
        info.subject = call.value(QLatin1String("subject")).toString();
        info.state = call.value(QLatin1String("state")).toString();
        info.joinWebUrl = call.value(QLatin1String("joinWebUrl")).toString();
        if (info.state == QLatin1String("terminated"))
            leg->noticeGone();
        Q_EMIT q->callInfoChanged();
    });
    client->send(request, GraphClient::Priority::Background);
}

void CallSession::Private::onThrottled(const QDateTime &)
{
    if (!callId.isEmpty() && state != ConnectionState::Ended)
        setState(ConnectionState::RateLimited);
}

QString CallSession::Private::nameOf(const QString &participantId) const
{
    if (const auto p = participants->participant(participantId))
        return p->displayName();
    if (const auto invitation = invitations->invitation(participantId))
        return invitation->invitee.displayName;
    return participantId;
}

} // namespace moderato
