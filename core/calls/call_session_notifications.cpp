// CallSession: what Graph's notifications change — the call's state, its roster and the results
// of operations — and how polling steps back while they flow.
#include "core/calls/call_session_p.h"

#include "core/calls/operation_info.h"
#include "core/notifications/comms_notification.h"

namespace moderato {

bool CallSession::isFollowing(const QString &callId) const
{
    return !callId.isEmpty()
           && (callId.compare(d->callId, Qt::CaseInsensitive) == 0
               || callId.compare(d->leg->callId(), Qt::CaseInsensitive) == 0);
}

bool CallSession::isAwaitingCallId() const
{
    return d->leg->state() == CallLeg::State::Joining && d->leg->callId().isEmpty();
}

int CallSession::applyNotifications(const QList<CommsNotification> &notifications)
{
    int applied = 0;
    for (const CommsNotification &n : notifications) {
        if (!isFollowing(n.callId)) {
            if (isAwaitingCallId() && d->unclaimed.size() < 64)
                d->unclaimed.append(n);
            continue;
        }
        ++applied;
        switch (n.kind) {
        case CommsNotification::Kind::Call:
            d->leg->noticeCallState(n.entity, n.change == CommsNotification::Change::Deleted);
            break;
        case CommsNotification::Kind::Participants: {
            if (d->state == ConnectionState::Ended)
                break;
            if (d->callId.isEmpty()) {
                d->earlyRoster.append(n); // joining: kept until the call is established
                break;
            }
            const int interval = d->currentRefreshInterval();
            if (!n.isDelta) {
                d->notified.replaceAll(n.participants);
                d->notificationsProblem.clear();
            } else if (!d->notified.applyDelta(n.participants, n.change == CommsNotification::Change::Deleted,
                                               n.sequenceNumber)) {
                d->notificationsMissed(tr("Notifications skipped a change to the roster."));
            }
            if (d->currentRefreshInterval() != interval) // the first notification, or the first after a gap
                d->updateRefreshInterval();
            d->notifiedApply.start();
            break;
        }
        case CommsNotification::Kind::Operation: {
            OperationInfo operation = OperationInfo::fromJson(n.entity);
            if (operation.id.isEmpty()) // the hold-music examples carry it only in the resource URL
                operation.id = n.operationId;
            if (!d->holdMusic->applyOperation(operation))
                d->tracker->applyOperation(operation, StatusSource::Notification);
            break;
        }
        }
    }
    return applied;
}

void CallSession::setNotificationsListening(bool listening)
{
    if (d->notificationsListening == listening)
        return;
    d->notificationsListening = listening;
    d->holdMusic->setNotificationsListening(listening);
    if (!listening)
        d->notificationsProblem.clear();
    // A faster poll starts now; a slower one after the next refresh.
    d->updateRefreshInterval();
    Q_EMIT connectionStateChanged();
}

QString CallSession::notificationsProblem() const
{
    return d->notificationsListening ? d->notificationsProblem : QString();
}

bool CallSession::notificationsInUse() const
{
    return d->notificationsListening && d->notified.hasNotifications();
}

int CallSession::Private::currentRefreshInterval() const
{
    return notificationsListening && notificationsProblem.isEmpty() && notified.hasNotifications()
               ? qMax(refreshInterval, NotifiedRefreshMs)
               : refreshInterval;
}

void CallSession::Private::notificationsMissed(const QString &why)
{
    const bool first = notificationsProblem.isEmpty();
    notificationsProblem = why + QLatin1Char(' ') + CallSession::tr("The roster is read every few seconds again.");
    if (first)
        updateRefreshInterval();
    Q_EMIT q->connectionStateChanged();
}

void CallSession::Private::applyNotifiedRoster()
{
    if (callId.isEmpty() || state == ConnectionState::Ended)
        return;
    RosterSnapshot snapshot;
    snapshot.participants = notified.participants();
    participants->apply(snapshot);
    for (const Participant &p : std::as_const(snapshot.participants))
        invitations->markJoined(p.id());
    tracker->syncInvitedRows();
    const bool wasIncomplete = mayBeIncomplete;
    if (notified.isCompleteFromNotifications())
        mayBeIncomplete = false;
    everLoaded = true;
    if (wasIncomplete != mayBeIncomplete)
        Q_EMIT q->callInfoChanged();
    Q_EMIT q->refreshed();
}

RosterSnapshot CallSession::Private::mergePoll(const RosterSnapshot &snapshot, bool *incomplete)
{
    if (!notificationsListening && !notified.hasNotifications())
        return snapshot;
    if (!notified.applyPoll(snapshot.participants, *incomplete))
        notificationsMissed(CallSession::tr("The roster differed from what notifications had said."));
    if (*incomplete && notified.isCompleteFromNotifications())
        *incomplete = false;
    RosterSnapshot merged = snapshot;
    merged.participants = notified.participants();
    return merged;
}

} // namespace moderato
