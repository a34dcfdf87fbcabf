#include "simulator/invitation_engine.h"

#include "simulator/http_message.h"
#include "simulator/participant_factory.h"
#include "simulator/world.h"

namespace graphsim {

QString invitedIdentityId(const QJsonObject &identitySet)
{
    for (const char *kind : {"user", "phone", "guest"}) {
        const QJsonValue entry = identitySet.value(QLatin1String(kind));
        if (entry.isObject())
            return entry.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

InvitationEngine::InvitationEngine(World &world, Scheduler &scheduler, const SimClock &clock)
    : m_world(world)
    , m_scheduler(scheduler)
    , m_clock(clock)
{}

QJsonObject InvitationEngine::resultInfo(int code, int subcode, const QString &message)
{
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.resultInfo")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("subcode"), subcode},
                       {QStringLiteral("message"), message}};
}

QJsonObject InvitationEngine::failureFor(AnswerOutcome outcome)
{
    switch (outcome) {
    case AnswerOutcome::Decline: return resultInfo(603, 0, QStringLiteral("Call declined by the callee."));
    case AnswerOutcome::Busy: return resultInfo(486, 0, QStringLiteral("The callee is busy."));
    case AnswerOutcome::NoAnswer: return resultInfo(408, 10057, QStringLiteral("The callee did not answer."));
    case AnswerOutcome::Unreachable: return resultInfo(480, 10076, QStringLiteral("The callee is unreachable."));
    case AnswerOutcome::Accept: break;
    }
    return {};
}

const CommsOperation &InvitationEngine::invite(CallState &call, const QJsonArray &invitations,
                                               const QString &clientContext)
{
    CommsOperation operation;
    operation.id = newUuid();
    operation.odataType = QStringLiteral("#microsoft.graph.inviteParticipantsOperation");
    operation.status = QStringLiteral("running");
    operation.clientContext = clientContext;
    operation.participants = invitations;
    operation.hasParticipants = true;
    operation.unresolved = int(invitations.size());

    const qint64 now = m_clock.elapsedMs();
    for (const QJsonValue &value : invitations) {
        const QJsonObject invitation = value.toObject();
        PendingInvitee invitee;
        invitee.participantId = invitation.value(QStringLiteral("participantId")).toString();
        if (invitee.participantId.isEmpty())
            invitee.participantId = newUuid();
        invitee.operationId = operation.id;
        invitee.invitation = invitation;
        double after = m_world.options().ringTimeoutSeconds;
        const ScenarioUser *user =
            m_world.user(invitedIdentityId(invitation.value(QStringLiteral("identity")).toObject()));
        if (user && user->answer) {
            invitee.outcome = user->answer->outcome;
            after = user->answer->afterSeconds;
        }
        invitee.dueMs = now + qint64(after * 1000);
        const QString callId = call.id;
        const QString participantId = invitee.participantId;
        invitee.event =
            m_scheduler.schedule(invitee.dueMs, [this, callId, participantId] { answer(callId, participantId); });
        call.pending.append(invitee);
    }
    return *call.operations.insert(operation.id, operation);
}

void InvitationEngine::answer(const QString &callId, const QString &participantId)
{
    CallState *call = m_world.call(callId);
    if (!call)
        return;
    const qsizetype index = call->indexOfPending(participantId);
    if (index < 0)
        return;
    const PendingInvitee invitee = call->pending.takeAt(index);
    if (invitee.outcome == AnswerOutcome::Accept) {
        const QJsonObject identity = invitee.invitation.value(QStringLiteral("identity")).toObject();
        const ScenarioUser *user = m_world.user(invitedIdentityId(identity));
        call->appendParticipant(ParticipantFactory::fromInvitation(invitee.invitation, invitee.participantId, user,
                                                                   call->tenantId, call->takeSourceId()));
        settle(*call, invitee.operationId, {});
    } else {
        settle(*call, invitee.operationId, failureFor(invitee.outcome));
    }
}

bool InvitationEngine::cancel(CallState &call, const QString &participantId)
{
    const qsizetype index = call.indexOfPending(participantId);
    if (index < 0)
        return false;
    const PendingInvitee invitee = call.pending.takeAt(index);
    m_scheduler.cancel(invitee.event);
    settle(call, invitee.operationId, resultInfo(487, 0, QStringLiteral("Request terminated.")));
    return true;
}

void InvitationEngine::settle(CallState &call, const QString &operationId, const QJsonObject &failure)
{
    auto it = call.operations.find(operationId);
    if (it == call.operations.end())
        return;
    CommsOperation &operation = it.value();
    if (!failure.isEmpty() && operation.firstFailure.isEmpty())
        operation.firstFailure = failure;
    if (--operation.unresolved > 0)
        return;
    // One invitee who did not join fails the whole operation; those who accepted are in the roster anyway.
    if (operation.firstFailure.isEmpty()) {
        operation.status = QStringLiteral("completed");
        operation.resultInfo = resultInfo(200, 0, QStringLiteral("OK"));
    } else {
        operation.status = QStringLiteral("failed");
        operation.resultInfo = operation.firstFailure;
    }
}

} // namespace graphsim
