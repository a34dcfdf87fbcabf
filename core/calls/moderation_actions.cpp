#include "core/calls/moderation_actions.h"

#include "core/calls/action_reports.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "core/graph/batch_runner.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/participant_requests.h"

#include <QCoreApplication>
#include <QHash>

namespace moderato {

namespace {

QString removalSetupLine(const QString &clientId)
{
    return QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"%1\"}")
        .arg(clientId);
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

} // namespace

void ModerationActions::stopSending()
{
    const auto runners = m_runners;
    for (const auto &runner : runners)
        if (runner)
            runner->stopSending();
}

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
            outcome.message =
                cancel ? QCoreApplication::translate("moderato::CallSession", "The invitation to %1 had already ended.")
                       : QCoreApplication::translate("moderato::CallSession", "%1 had already left the call.");
        } else {
            outcome.result = ActionOutcome::Result::NotInCall;
            outcome.message = cancel ? QCoreApplication::translate("moderato::CallSession",
                                                                   "No invitation to %1 is ringing in this call.")
                                     : QCoreApplication::translate("moderato::CallSession", "%1 is not in this call.");
        }
        outcome.message = outcome.message.arg(outcome.who());
        return outcome;
    }
    outcome.result =
        error.kind == GraphError::Kind::OutcomeUnknown ? ActionOutcome::Result::Unknown : ActionOutcome::Result::Failed;
    outcome.message = error.userMessage();
    if (error.httpStatus == 403 && action == A::Remove && error.missingPermission().isEmpty()) {
        outcome.message = QCoreApplication::translate(
            "moderato::CallSession", "The tenant does not allow this application to remove participants. "
                                     "A Teams administrator can allow it with this PowerShell line:");
        outcome.adminHint = removalSetupLine(clientId);
    }
    return outcome;
}

QString ModerationActions::nameOf(const QString &participantId) const
{
    if (const auto p = m_participants->participant(participantId))
        return p->displayName();
    if (const auto invitation = m_invitations->invitation(participantId))
        return invitation->invitee.displayName;
    return participantId;
}

void ModerationActions::run(ActionOutcome::Action action, const QStringList &ids, const RosterFacts &facts,
                            const std::optional<QString> &endedReason)
{
    using A = ActionOutcome::Action;
    if (m_callId.isEmpty() || ids.isEmpty())
        return;
    TargetCheck check = endedReason ? refuseAll(action, ids, *endedReason)
                                    : checkTargets(action, ids, *m_participants, *m_invitations, facts,
                                                   [this](const QString &id) { return nameOf(id); });
    for (ActionOutcome &refused : check.refused) {
        if (refused.displayName.isEmpty())
            refused.displayName = nameOf(refused.participantId);
    }
    const int reportId = m_reports->begin(action, ids);
    const QStringList toSend = check.verified + check.unverified;
    switch (action) {
    case A::Remove: m_participants->setPending(toSend, ParticipantModel::RowState::Removing); break;
    case A::Mute: m_participants->setPending(toSend, ParticipantModel::RowState::Muting); break;
    case A::CancelInvitation:
        m_participants->setPending(toSend, ParticipantModel::RowState::Cancelling);
        m_invitations->setCancelling(toSend, true);
        break;
    case A::Invite:
    case A::Hold: // HoldMusic's, never run here
    case A::Resume: break;
    }
    for (const ActionOutcome &refused : std::as_const(check.refused))
        m_reports->add(reportId, refused);
    if (!toSend.isEmpty())
        send(action, reportId, toSend, QSet<QString>(check.unverified.cbegin(), check.unverified.cend()));
}

ModerationActions::Target ModerationActions::targetOf(const QString &participantId) const
{
    Target target{nameOf(participantId), {}};
    if (const auto p = m_participants->participant(participantId)) {
        target.identity = p->identity(p->kind()).value_or(ParticipantIdentity{});
        target.identity.kind = p->kind();
        if (target.identity.displayName.isEmpty())
            target.identity.displayName = target.name;
    }
    return target;
}

void ModerationActions::finish(ActionOutcome::Action action, int reportId, const QString &participantId,
                               const Target &target, const GraphError &error, bool verified, bool withdrawn)
{
    ActionOutcome outcome = outcomeFromError(action, participantId, target.name, error, m_clientId, verified);
    outcome.identity = target.identity;
    if (withdrawn) {
        outcome.result = ActionOutcome::Result::Stopped;
        outcome.message = tr("Nothing was sent for %1: the action was stopped.").arg(outcome.who());
        outcome.identity = {};
    }
    if (error.isCallGone())
        Q_EMIT callGone(error);
    switch (action) {
    case ActionOutcome::Action::Remove:
        // A removed row stays "removing…" until the roster no longer has it.
        if (!outcome.isSuccess())
            m_participants->clearPending({participantId});
        else
            Q_EMIT leftTheCall(participantId);
        break;
    case ActionOutcome::Action::CancelInvitation:
        m_invitations->setCancelling({participantId}, false);
        if (outcome.isSuccess()) {
            m_invitations->markCancelled(participantId);
            Q_EMIT leftTheCall(participantId);
        }
        m_participants->clearPending({participantId});
        Q_EMIT invitationsChanged();
        break;
    case ActionOutcome::Action::Mute:
    case ActionOutcome::Action::Invite:
    case ActionOutcome::Action::Hold:
    case ActionOutcome::Action::Resume: m_participants->clearPending({participantId}); break;
    }
    m_reports->add(reportId, outcome);
}

void ModerationActions::send(ActionOutcome::Action action, int reportId, const QStringList &participantIds,
                             const QSet<QString> &unverified)
{
    // Names and identities are taken now: by the time the answer comes the row may be gone.
    QHash<QString, Target> targets;
    for (const QString &id : participantIds)
        targets.insert(id, targetOf(id));
    const quint64 gen = m_generation;
    const bool muting = action == ActionOutcome::Action::Mute;

    if (participantIds.size() == 1) {
        const QString id = participantIds.first();
        GraphRequest *request = muting ? static_cast<GraphRequest *>(new MuteParticipantRequest(m_callId, id))
                                       : new DeleteParticipantRequest(m_callId, id);
        connect(request, &GraphRequest::finished, this,
                [this, request, action, reportId, id, targets, unverified, gen] {
                    if (gen != m_generation)
                        return;
                    GraphError error = request->error();
                    // A 2xx is the service's confirmation; the body of a remove, cancel or mute
                    // answer carries nothing Moderato needs, so an unreadable one does not undo the
                    // success.
                    if (error.kind == GraphError::Kind::InvalidResponse && error.httpStatus >= 200
                        && error.httpStatus < 300)
                        error = GraphError();
                    if (error.requestId.isEmpty())
                        error.requestId = request->requestId();
                    finish(action, reportId, id, targets.value(id), error, !unverified.contains(id));
                    Q_EMIT answered();
                });
        m_client->send(request, GraphClient::Priority::User);
        return;
    }

    // Several at once go as $batch requests of up to 20, each item with its own outcome.
    auto *runner = new BatchRunner(m_client, this);
    for (const QString &id : participantIds)
        runner->addItem(muting ? BatchItem::muteParticipant(m_callId, id) : BatchItem::removeParticipant(m_callId, id));
    connect(runner, &BatchRunner::itemFinished, this,
            [this, action, reportId, targets, unverified, gen](const QString &id, const BatchItemResult &result) {
                if (gen != m_generation)
                    return;
                GraphError error = result.error;
                if (error.requestId.isEmpty())
                    error.requestId = result.requestId;
                finish(action, reportId, id, targets.value(id), error, !unverified.contains(id), result.withdrawn);
            });
    m_runners.append(runner);
    connect(runner, &BatchRunner::finished, this, [this, runner, gen] {
        m_runners.removeAll(runner);
        runner->deleteLater();
        if (gen == m_generation)
            Q_EMIT answered();
    });
    runner->start(GraphClient::Priority::User);
}

} // namespace moderato
