// CallSession's roster actions: remove, cancel invitation, mute.
#include "core/calls/action_targets.h"
#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/call_session_p.h"
#include "core/graph/batch_runner.h"
#include "core/graph/delete_participant_request.h"
#include "core/graph/graph_client.h"
#include "core/graph/mute_participant_request.h"

#include <QCoreApplication>

#include <memory>

namespace moderato {

namespace {

QString removalSetupLine(const QString &clientId)
{
    return QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"%1\"}")
        .arg(clientId);
}

AuditEntry::Action auditAction(ActionOutcome::Action action)
{
    switch (action) {
    case ActionOutcome::Action::Remove: return AuditEntry::Action::Remove;
    case ActionOutcome::Action::CancelInvitation: return AuditEntry::Action::Cancel;
    case ActionOutcome::Action::Invite: return AuditEntry::Action::Invite;
    case ActionOutcome::Action::Mute: return AuditEntry::Action::Mute;
    }
    return AuditEntry::Action::Remove;
}

//! Every id refused with \a reason: the meeting has ended for Moderato.
TargetCheck refuseAll(ActionOutcome::Action action, const QStringList &ids, const QString &reason)
{
    TargetCheck check;
    for (const QString &id : ids) {
        ActionOutcome outcome;
        outcome.action = action;
        outcome.result = ActionOutcome::Result::Refused;
        outcome.participantId = id;
        outcome.message = reason;
        check.refused.append(outcome);
    }
    return check;
}

AuditEntry::Outcome auditOutcome(ActionOutcome::Result result)
{
    switch (result) {
    case ActionOutcome::Result::Done: return AuditEntry::Outcome::Done;
    case ActionOutcome::Result::AlreadyGone: return AuditEntry::Outcome::AlreadyGone;
    case ActionOutcome::Result::Failed: return AuditEntry::Outcome::Failed;
    case ActionOutcome::Result::Unknown: return AuditEntry::Outcome::Unknown;
    case ActionOutcome::Result::NotInCall: return AuditEntry::Outcome::NotInCall;
    case ActionOutcome::Result::Refused: return AuditEntry::Outcome::Refused;
    }
    return AuditEntry::Outcome::Unknown;
}

} // namespace

ActionOutcome outcomeFromError(ActionOutcome::Action action, const QString &participantId, const QString &name,
                               const GraphError &error, const QString &clientId, bool verified)
{
    using A = ActionOutcome::Action;
    ActionOutcome outcome;
    outcome.action = action;
    outcome.participantId = participantId;
    outcome.displayName = name;
    outcome.requestId = error.requestId;
    outcome.httpStatus = error.httpStatus;
    if (!error.isError()) {
        outcome.result = ActionOutcome::Result::Done;
        return outcome;
    }
    if (error.isCallGone()) {
        // The call is gone, not the person: nobody "had already left".
        outcome.result = ActionOutcome::Result::Failed;
        outcome.message = error.userMessage();
        return outcome;
    }
    if (error.httpStatus == 404 && action != A::Invite) {
        const bool cancel = action == A::CancelInvitation;
        if (verified) {
            outcome.result = ActionOutcome::Result::AlreadyGone;
            outcome.message = cancel ? QCoreApplication::translate("moderato::CallSession",
                                                                   "The invitation to %1 had already ended.")
                                     : QCoreApplication::translate("moderato::CallSession",
                                                                   "%1 had already left the call.");
        } else {
            outcome.result = ActionOutcome::Result::NotInCall;
            outcome.message = cancel ? QCoreApplication::translate("moderato::CallSession",
                                                                   "No invitation to %1 is ringing in this call.")
                                     : QCoreApplication::translate("moderato::CallSession", "%1 is not in this call.");
        }
        outcome.message = outcome.message.arg(outcome.who());
        return outcome;
    }
    outcome.result = error.kind == GraphError::Kind::OutcomeUnknown ? ActionOutcome::Result::Unknown
                                                                     : ActionOutcome::Result::Failed;
    outcome.message = error.userMessage();
    if (error.httpStatus == 403 && action == A::Remove && error.missingPermission().isEmpty()) {
        outcome.message = QCoreApplication::translate(
            "moderato::CallSession",
            "The tenant does not allow this application to remove participants. "
            "A Teams administrator can allow it with this PowerShell line:");
        outcome.adminHint = removalSetupLine(clientId);
    }
    return outcome;
}

int CallSession::Private::beginReport(ActionOutcome::Action action, const QStringList &ids)
{
    const int id = ++nextReportId;
    PendingReport &pending = reports[id];
    pending.report.action = action;
    pending.order = ids;
    pending.remaining = ids.size();
    return id;
}

void CallSession::Private::report(int reportId, const ActionOutcome &outcome)
{
    if (audit) {
        AuditEntry entry;
        entry.callId = callId;
        entry.action = auditAction(outcome.action);
        entry.targetId = outcome.participantId;
        entry.targetName = outcome.displayName;
        entry.outcome = auditOutcome(outcome.result);
        entry.requestId = outcome.requestId;
        entry.message = outcome.message;
        audit->append(entry);
    }
    Q_EMIT q->actionFinished(outcome);
    const auto it = reports.find(reportId);
    if (it == reports.end())
        return;
    it->report.outcomes.append(outcome);
    if (--it->remaining > 0)
        return;
    PendingReport done = reports.take(reportId);
    // In the order the moderator asked for them, whatever order the answers came in.
    std::stable_sort(done.report.outcomes.begin(), done.report.outcomes.end(),
                     [&done](const ActionOutcome &a, const ActionOutcome &b) {
        return done.order.indexOf(a.participantId) < done.order.indexOf(b.participantId);
    });
    Q_EMIT q->actionCompleted(done.report);
}

void CallSession::remove(const QStringList &participantIds)
{
    d->act(ActionOutcome::Action::Remove, participantIds);
}

void CallSession::cancelInvitations(const QStringList &participantIds)
{
    d->act(ActionOutcome::Action::CancelInvitation, participantIds);
}

void CallSession::mute(const QStringList &participantIds)
{
    d->act(ActionOutcome::Action::Mute, participantIds);
}

void CallSession::Private::act(ActionOutcome::Action action, const QStringList &ids)
{
    using A = ActionOutcome::Action;
    if (callId.isEmpty() || ids.isEmpty())
        return;
    TargetCheck check = state == CallSession::ConnectionState::Ended
        ? refuseAll(action, ids, leg->endReason())
        : checkTargets(action, ids, *participants, *invitations, {everLoaded, mayBeIncomplete},
                                           [this](const QString &id) { return nameOf(id); });
    for (ActionOutcome &refused : check.refused) {
        if (refused.displayName.isEmpty())
            refused.displayName = nameOf(refused.participantId);
    }
    QStringList asked;
    for (const QString &id : ids)
        if (!asked.contains(id))
            asked.append(id);
    const int reportId = beginReport(action, asked);
    const QStringList toSend = check.verified + check.unverified;
    switch (action) {
    case A::Remove: participants->setPending(toSend, ParticipantModel::RowState::Removing); break;
    case A::Mute: participants->setPending(toSend, ParticipantModel::RowState::Muting); break;
    case A::CancelInvitation:
        participants->setPending(toSend, ParticipantModel::RowState::Cancelling);
        invitations->setCancelling(toSend, true);
        break;
    case A::Invite: break;
    }
    for (const ActionOutcome &refused : check.refused)
        report(reportId, refused);
    if (!toSend.isEmpty())
        runOnEach(action, reportId, toSend, QSet<QString>(check.unverified.cbegin(), check.unverified.cend()));
}

void CallSession::Private::finishAction(ActionOutcome::Action action, int reportId, const QString &participantId,
                                        const QString &name, const GraphError &error, bool verified)
{
    const ActionOutcome outcome = outcomeFromError(action, participantId, name, error, clientId, verified);
    noticeGone(error);
    switch (action) {
    case ActionOutcome::Action::Remove:
        // A removed row stays "removing…" until the roster no longer has it.
        if (!outcome.isSuccess())
            participants->clearPending({participantId});
        break;
    case ActionOutcome::Action::CancelInvitation:
        invitations->setCancelling({participantId}, false);
        if (outcome.isSuccess())
            invitations->markCancelled(participantId);
        participants->clearPending({participantId});
        syncInvitedRows();
        break;
    case ActionOutcome::Action::Mute:
    case ActionOutcome::Action::Invite:
        participants->clearPending({participantId});
        break;
    }
    report(reportId, outcome);
}

void CallSession::Private::runOnEach(ActionOutcome::Action action, int reportId, const QStringList &participantIds,
                                     const QSet<QString> &unverified)
{
    // Names are taken now: by the time the answer comes the row may be gone.
    QHash<QString, QString> names;
    for (const QString &id : participantIds)
        names.insert(id, nameOf(id));
    const quint64 gen = generation;
    const bool muting = action == ActionOutcome::Action::Mute;

    if (participantIds.size() == 1) {
        const QString id = participantIds.first();
        GraphRequest *request = muting ? static_cast<GraphRequest *>(new MuteParticipantRequest(callId, id))
                                       : new DeleteParticipantRequest(callId, id);
        QObject::connect(request, &GraphRequest::finished, q,
                         [this, request, action, reportId, id, names, unverified, gen] {
            if (gen != generation)
                return;
            GraphError error = request->error();
            // A 2xx is the service's confirmation; the body of a remove, cancel or mute answer
            // carries nothing Moderato needs, so an unreadable one does not undo the success.
            if (error.kind == GraphError::Kind::InvalidResponse && error.httpStatus >= 200 && error.httpStatus < 300)
                error = GraphError();
            if (error.requestId.isEmpty())
                error.requestId = request->requestId();
            finishAction(action, reportId, id, names.value(id), error, !unverified.contains(id));
            refreshSoon();
        });
        client->send(request, GraphClient::Priority::User);
        return;
    }

    // Several at once go as $batch requests of up to 20, each item with its own outcome.
    auto *runner = new BatchRunner(client, q);
    for (const QString &id : participantIds)
        runner->addItem(muting ? BatchItem::muteParticipant(callId, id) : BatchItem::removeParticipant(callId, id));
    QObject::connect(runner, &BatchRunner::itemFinished, q,
                     [this, action, reportId, names, unverified, gen](const QString &id, const BatchItemResult &result) {
        if (gen != generation)
            return;
        GraphError error = result.error;
        if (error.requestId.isEmpty())
            error.requestId = result.requestId;
        finishAction(action, reportId, id, names.value(id), error, !unverified.contains(id));
    });
    QObject::connect(runner, &BatchRunner::finished, q, [this, runner, gen] {
        runner->deleteLater();
        if (gen == generation)
            refreshSoon();
    });
    runner->start(GraphClient::Priority::User);
}

} // namespace moderato
