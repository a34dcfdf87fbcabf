// CallSession: the front that wires the parts of one open call together — Moderato's leg, the
// roster refresher, the moderation actions and the invitation tracker — and keeps the state the
// front ends read.
#include "core/calls/call_session.h"

#include "core/calls/call_session_p.h"
#include "core/graph/call_requests.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"

namespace moderato {

CallSession::CallSession(GraphClient *client, const QString &clientId, QObject *parent)
    : QObject(parent)
    , d(new Private(this, client, clientId))
{
    d->ticker.setInterval(1000);
    connect(&d->ticker, &QTimer::timeout, this, [this] {
        d->participants->refreshElapsed();
        d->tracker->tick();
    });
    connect(d->refresher, &RosterRefresher::started, this, [this] {
        if (d->everLoaded && d->state == ConnectionState::Live)
            d->setState(ConnectionState::Refreshing);
    });
    connect(d->refresher, &RosterRefresher::loaded, this,
            [this](const RosterSnapshot &snapshot, bool incomplete) { d->onRosterLoaded(snapshot, incomplete); });
    connect(d->refresher, &RosterRefresher::failed, this,
            [this](const GraphError &error) { d->onRosterFailed(error); });
    connect(client, &GraphClient::throttled, this, [this] { d->onThrottled(); });
    connect(client, &GraphClient::throttleEnded, this, [this] {
        if (d->state == ConnectionState::RateLimited)
            d->setState(d->refresher->isInFlight() ? ConnectionState::Refreshing : ConnectionState::Live);
    });

    connect(d->reports, &ActionReports::finished, this, &CallSession::actionFinished);
    connect(d->reports, &ActionReports::completed, this, &CallSession::actionCompleted);
    connect(d->reports, &ActionReports::progressed, this, &CallSession::actionProgress);
    connect(d->actions, &ModerationActions::callGone, this, [this](const GraphError &error) { d->noticeGone(error); });
    connect(d->actions, &ModerationActions::leftTheCall, this,
            [this](const QString &id) { d->notified.leftTheCall(id); });
    connect(d->actions, &ModerationActions::answered, this, &CallSession::refresh);
    connect(d->actions, &ModerationActions::invitationsChanged, d->tracker, &InvitationTracker::syncInvitedRows);
    connect(d->tracker, &InvitationTracker::callGone, this, [this](const GraphError &error) { d->noticeGone(error); });
    connect(d->holdMusic, &HoldMusic::callGone, this, [this](const GraphError &error) { d->noticeGone(error); });
    connect(d->holdMusic, &HoldMusic::answered, this, &CallSession::refresh);
    connect(d->tracker, &InvitationTracker::rosterNeeded, this, &CallSession::refresh);

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

void CallSession::setAuditLog(AuditLog *log)
{
    d->reports->setAuditLog(log);
}

void CallSession::setRefreshInterval(int milliseconds)
{
    d->refreshInterval = qMax(200, milliseconds);
    d->updateRefreshInterval();
}

void CallSession::setLegCheckIntervals(int wallClockMs, int joinPollMs)
{
    d->leg->setCheckIntervals(wallClockMs, joinPollMs);
}
void CallSession::setHomeTenantId(const QString &tenantId)
{
    d->participants->setHomeTenantId(tenantId);
}

void CallSession::open(const QString &callId)
{
    d->leg->attach(callId.trimmed()); // inCall() starts the roster
}

void CallSession::join(const MeetingToJoin &meeting)
{
    d->startCall(QString());
    d->setState(ConnectionState::Joining);
    d->leg->join(meeting); // inCall() starts the roster once the call is established
}

void CallSession::leave()
{
    d->leg->leave();
}

QString CallSession::endReason() const
{
    return d->leg->endReason();
}
QDateTime CallSession::lastKeepAlive() const
{
    return d->leg->lastKeepAlive();
}
QString CallSession::keepAliveProblem() const
{
    return d->leg->keepAliveProblem();
}

void CallSession::Private::startCall(const QString &id)
{
    ++generation;
    callId = id;
    info = CallInfo{};
    info.id = callId;
    participants->clear();
    invitations->clear();
    reports->clear();
    reports->setCallId(callId);
    actions->setCall(callId);
    tracker->setCall(callId);
    holdMusic->startCall(callId);
    everLoaded = false;
    mayBeIncomplete = false;
    notified.reset();
    notificationsProblem.clear();
    updateRefreshInterval();
    lastRefresh = {};
    staleSince = {};
    lastError.clear();
    ticker.stop();
    // In the order they came: those from before the call id was known, then the rest.
    QList<CommsNotification> early = std::exchange(unclaimed, {});
    early += std::exchange(earlyRoster, {});
    Q_EMIT q->callInfoChanged();
    if (callId.isEmpty()) {
        refresher->stop();
        return;
    }
    setState(ConnectionState::Loading);
    loadCallInfo();
    refresher->start(callId);
    ticker.start();
    if (!early.isEmpty())
        q->applyNotifications(early);
}

void CallSession::Private::onLegEnded()
{
    holdMusic->callEnded();
    refresher->stop();
    ticker.stop();
    setState(ConnectionState::Ended);
    Q_EMIT q->callInfoChanged();
}

void CallSession::Private::noticeGone(const GraphError &error)
{
    if (error.isCallGone())
        leg->noticeGone(error);
}

QString CallSession::callId() const
{
    return d->callId;
}
CallInfo CallSession::callInfo() const
{
    return d->info;
}
ParticipantModel *CallSession::participants() const
{
    return d->participants;
}
InvitationModel *CallSession::invitations() const
{
    return d->invitations;
}
CallSession::ConnectionState CallSession::connectionState() const
{
    return d->state;
}
QDateTime CallSession::lastRefresh() const
{
    return d->lastRefresh;
}
QDateTime CallSession::staleSince() const
{
    return d->staleSince;
}
QDateTime CallSession::rateLimitedUntil() const
{
    return d->client->throttledUntil();
}
QString CallSession::lastRefreshError() const
{
    return d->lastError;
}
bool CallSession::rosterMayBeIncomplete() const
{
    return d->mayBeIncomplete;
}

void CallSession::refresh()
{
    if (d->callId.isEmpty() || d->state == ConnectionState::Ended)
        return;
    d->refresher->refreshNow();
}

void CallSession::remove(const QStringList &participantIds)
{
    d->act(ActionOutcome::Action::Remove, participantIds);
}

void CallSession::stopActions()
{
    d->actions->stopSending();
}

void CallSession::cancelInvitations(const QStringList &participantIds)
{
    d->act(ActionOutcome::Action::CancelInvitation, participantIds);
}

void CallSession::mute(const QStringList &participantIds)
{
    d->act(ActionOutcome::Action::Mute, participantIds);
}

void CallSession::hold(const QString &participantId)
{
    d->actOnHold(ActionOutcome::Action::Hold, participantId);
}

void CallSession::resume(const QString &participantId)
{
    d->actOnHold(ActionOutcome::Action::Resume, participantId);
}

void CallSession::setHoldConfirmationTimeout(int milliseconds)
{
    d->holdMusic->setConfirmationTimeout(milliseconds);
}

void CallSession::Private::actOnHold(ActionOutcome::Action action, const QString &participantId)
{
    std::optional<QString> ended;
    if (state == ConnectionState::Ended)
        ended = leg->endReason();
    holdMusic->run(action, participantId, {everLoaded, mayBeIncomplete}, ended,
                   [this](const QString &id) { return actions->nameOf(id); });
}

void CallSession::Private::act(ActionOutcome::Action action, const QStringList &ids)
{
    std::optional<QString> ended;
    if (state == ConnectionState::Ended)
        ended = leg->endReason();
    actions->run(action, ids, {everLoaded, mayBeIncomplete}, ended);
}

QStringList CallSession::invite(const QList<InviteTarget> &targets)
{
    if (d->state == ConnectionState::Ended)
        return {};
    return d->tracker->invite(targets);
}

InviteBackPlan CallSession::inviteBack(const QList<ParticipantIdentity> &people)
{
    InviteBackPlan plan = planInviteBack(people, d->participants->homeTenantId(), d->participants);
    if (d->state == ConnectionState::Ended) {
        plan.invitees.clear();
        return plan;
    }
    const QStringList ids = d->tracker->invite(plan.invitees);
    for (qsizetype i = 0; i < plan.invitees.size() && i < ids.size(); ++i)
        plan.invitees[i].participantId = ids.at(i);
    return plan;
}

void CallSession::retryInvitation(const QString &participantId)
{
    if (d->state != ConnectionState::Ended)
        d->tracker->retry(participantId);
}

void CallSession::Private::setState(ConnectionState newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q->connectionStateChanged();
}

void CallSession::Private::onRosterLoaded(const RosterSnapshot &snapshot, bool incompletePoll)
{
    if (state == ConnectionState::Ended)
        return;
    bool incomplete = incompletePoll;
    const RosterSnapshot shown = mergePoll(snapshot, &incomplete);
    participants->apply(shown);
    for (const Participant &p : shown.participants)
        invitations->markJoined(p.id());
    tracker->syncInvitedRows();
    const bool wasIncomplete = mayBeIncomplete;
    mayBeIncomplete = incomplete;
    everLoaded = true;
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
    if (error.isCallGone()) {
        leg->noticeGone(error);
        return; // the meeting has ended for Moderato: that is the state, not a stale roster
    }
    lastError = error.userMessage();
    if (!staleSince.isValid())
        staleSince = client->now();
    if (!everLoaded
        && (error.httpStatus == 404 || error.kind == GraphError::Kind::Auth || error.httpStatus == 401
            || error.httpStatus == 403)) {
        // Nothing to show: a session-level problem. The refresher goes on slowly (an administrator
        // may grant the permission meanwhile).
        setState(ConnectionState::Stale);
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
        if (gen != generation)
            return;
        noticeGone(error);
        Q_EMIT q->callInfoChanged();
    });
    QObject::connect(request, &GraphRequest::succeeded, q, [this, request, gen] {
        if (gen != generation)
            return;
        const QJsonObject call = request->call();
        info.subject = call.value(QLatin1String("subject")).toString();
        reports->setCallSubject(info.subject);
        info.state = call.value(QLatin1String("state")).toString();
        info.joinWebUrl = call.value(QLatin1String("joinWebUrl")).toString();
        info.organizerId = call.value(QLatin1String("meetingInfo"))
                               .toObject()
                               .value(QLatin1String("organizer"))
                               .toObject()
                               .value(QLatin1String("user"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        if (info.state == QLatin1String("terminated"))
            leg->noticeGone();
        Q_EMIT q->callInfoChanged();
    });
    client->send(request, GraphClient::Priority::Background);
}

void CallSession::Private::onThrottled()
{
    if (!callId.isEmpty() && state != ConnectionState::Ended)
        setState(ConnectionState::RateLimited);
}

} // namespace moderato
