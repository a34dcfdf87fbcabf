// CallSession's roster actions: remove, cancel invitation, mute.
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

} // namespace

ActionOutcome outcomeFromError(ActionOutcome::Action action, const QString &participantId,
                               const QString &name, const GraphError &error, const QString &clientId)
{
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
    if (error.httpStatus == 404 && action != ActionOutcome::Action::Invite) {
        outcome.result = ActionOutcome::Result::AlreadyGone;
        outcome.message = action == ActionOutcome::Action::CancelInvitation
            ? QCoreApplication::translate("moderato::CallSession", "The invitation had already ended.")
            : QCoreApplication::translate("moderato::CallSession", "%1 had already left the call.")
                  .arg(name);
        return outcome;
    }
    outcome.result = error.kind == GraphError::Kind::OutcomeUnknown ? ActionOutcome::Result::Unknown
                                                                     : ActionOutcome::Result::Failed;
    outcome.message = error.userMessage();
    if (error.httpStatus == 403 && action == ActionOutcome::Action::Remove
        && error.missingPermission().isEmpty()) {
        outcome.message = QCoreApplication::translate(
            "moderato::CallSession",
            "The tenant does not allow this application to remove participants. "
            "A Teams administrator can allow it with this PowerShell line:");
        outcome.adminHint = removalSetupLine(clientId);
    }
    return outcome;
}

void CallSession::Private::report(ActionOutcome outcome)
{
    if (audit) {
        AuditEntry entry;
        entry.callId = callId;
        entry.action = AuditEntry::Action(int(outcome.action)); // same order: remove, cancel, invite, mute
        entry.targetId = outcome.participantId;
        entry.targetName = outcome.displayName;
        entry.outcome = outcome.result == ActionOutcome::Result::Done          ? AuditEntry::Outcome::Done
                        : outcome.result == ActionOutcome::Result::AlreadyGone ? AuditEntry::Outcome::AlreadyGone
                        : outcome.result == ActionOutcome::Result::Failed      ? AuditEntry::Outcome::Failed
                                                                               : AuditEntry::Outcome::Unknown;
        entry.requestId = outcome.requestId;
        entry.message = outcome.message;
        audit->append(entry);
    }
    Q_EMIT q->actionFinished(outcome);
}

void CallSession::remove(const QStringList &participantIds)
{
    if (d->callId.isEmpty() || participantIds.isEmpty())
        return;
    d->participants->setPending(participantIds, ParticipantModel::RowState::Removing);
    d->runOnEach(ActionOutcome::Action::Remove, participantIds);
}

void CallSession::cancelInvitations(const QStringList &participantIds)
{
    if (d->callId.isEmpty() || participantIds.isEmpty())
        return;
    d->participants->setPending(participantIds, ParticipantModel::RowState::Cancelling);
    d->invitations->setCancelling(participantIds, true);
    d->runOnEach(ActionOutcome::Action::CancelInvitation, participantIds);
}

void CallSession::mute(const QStringList &participantIds)
{
    if (d->callId.isEmpty() || participantIds.isEmpty())
        return;
    d->participants->setPending(participantIds, ParticipantModel::RowState::Muting);
    d->runOnEach(ActionOutcome::Action::Mute, participantIds);
}

} // namespace moderato

namespace moderato {

void CallSession::Private::finishAction(ActionOutcome::Action action, const QString &participantId,
                                        const QString &name, const GraphError &error)
{
    const ActionOutcome outcome = outcomeFromError(action, participantId, name, error, clientId);
    const bool done = outcome.result == ActionOutcome::Result::Done
                      || outcome.result == ActionOutcome::Result::AlreadyGone;
    switch (action) {
    case ActionOutcome::Action::Remove:
        // A removed row stays "removing…" until the roster no longer has it.
        if (!done)
            participants->clearPending({participantId});
        break;
    case ActionOutcome::Action::CancelInvitation:
        invitations->setCancelling({participantId}, false);
        if (done)
            invitations->markCancelled(participantId);
        participants->clearPending({participantId});
        syncInvitedRows();
        break;
    case ActionOutcome::Action::Mute:
    case ActionOutcome::Action::Invite:
        participants->clearPending({participantId});
        break;
    }
    report(outcome);
}

void CallSession::Private::runOnEach(ActionOutcome::Action action, const QStringList &participantIds)
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
        QObject::connect(request, &GraphRequest::finished, q, [this, request, action, id, names, gen] {
            if (gen != generation)
                return;
            GraphError error = request->error();
            // A 2xx is the service's confirmation; the body of a remove, cancel or mute answer
            // carries nothing Moderato needs, so an unreadable one does not undo the success.
            if (error.kind == GraphError::Kind::InvalidResponse && error.httpStatus >= 200 && error.httpStatus < 300)
                error = GraphError();
            if (error.requestId.isEmpty())
                error.requestId = request->requestId();
            finishAction(action, id, names.value(id), error);
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
                     [this, action, names, gen](const QString &id, const BatchItemResult &result) {
        if (gen == generation)
            finishAction(action, id, names.value(id), result.error);
    });
    QObject::connect(runner, &BatchRunner::finished, q, [this, runner, gen] {
        runner->deleteLater();
        if (gen == generation)
            refreshSoon();
    });
    runner->start(GraphClient::Priority::User);
}

} // namespace moderato
