#include "simulator/hold_music_routes.h"

#include "simulator/call_routes.h"
#include "simulator/call_state.h"
#include "simulator/graph_error_body.h"
#include "simulator/invitation_engine.h"
#include "simulator/odata.h"
#include "simulator/participant_action.h"
#include "simulator/scheduler.h"
#include "simulator/sim_clock.h"
#include "simulator/world.h"

namespace graphsim {

namespace {

// Graph's current permission table for both actions (the older revision checked only at join).
const QStringList kHoldRoles = {QStringLiteral("Calls.JoinGroupCallAsGuest.All"),
                                QStringLiteral("Calls.JoinGroupCall.All")};

// Graph documents no error for these actions. The refusals below (a 400 "BadRequest" with a
// plain message) are a plausible guess at what the service answers, kept strict on purpose:
// a second participant on hold, resuming someone who is not on hold, holding someone in the
// lobby.
HttpResponse refusal(const QString &message, const RequestContext &context)
{
    return graphError(400, QStringLiteral("BadRequest"), message, context);
}

QString displayNameOf(const QJsonObject &participant)
{
    const QJsonObject identity =
        participant.value(QStringLiteral("info")).toObject().value(QStringLiteral("identity")).toObject();
    for (auto it = identity.constBegin(); it != identity.constEnd(); ++it) {
        const QString name = it.value().toObject().value(QStringLiteral("displayName")).toString();
        if (!name.isEmpty())
            return name;
    }
    return participant.value(QStringLiteral("id")).toString();
}

//! The participant on hold, or empty; someone who left the call is no longer on hold.
QString currentlyOnHold(CallState &call)
{
    if (!call.onHoldId.isEmpty() && call.indexOfParticipant(call.onHoldId) < 0)
        call.onHoldId.clear();
    return call.onHoldId;
}

} // namespace

HoldMusicRoutes::HoldMusicRoutes(World &world, const TokenService &tokens, Scheduler &scheduler, const SimClock &clock)
    : m_world(world)
    , m_tokens(tokens)
    , m_scheduler(scheduler)
    , m_clock(clock)
{}

void HoldMusicRoutes::registerOn(Router &router)
{
    const QString base = QStringLiteral("/v1.0/communications/calls/{}/participants/{}");
    router.add("POST", base + QStringLiteral("/startHoldMusic"),
               onCall(m_world, m_tokens, kHoldRoles, std::bind_front(&HoldMusicRoutes::start, this)));
    router.add("POST", base + QStringLiteral("/stopHoldMusic"),
               onCall(m_world, m_tokens, kHoldRoles, std::bind_front(&HoldMusicRoutes::stop, this)));
}

HttpResponse HoldMusicRoutes::start(const OnCall &on)
{
    const ParticipantAction action = acceptParticipantAction(on);
    if (!action.ok())
        return action.refusal;
    CallState *call = action.call;
    const QString participantId = action.participantId;
    if (call->roster.at(action.index).value(QStringLiteral("isInLobby")).toBool())
        return refusal(
            QStringLiteral("Participant '%1' is waiting in the lobby and cannot be put on hold.").arg(participantId),
            on.context);
    const QString onHold = currentlyOnHold(*call);
    if (onHold == participantId)
        return refusal(QStringLiteral("Participant '%1' is already on hold.").arg(participantId), on.context);
    if (!onHold.isEmpty()) {
        return refusal(QStringLiteral("Only one participant can be on hold at a time: '%1' (%2) is on hold.")
                           .arg(onHold, displayNameOf(call->roster.at(call->indexOfParticipant(onHold)))),
                       on.context);
    }

    call->onHoldId = participantId;
    const CommsOperation &operation =
        recordOperation(action, QStringLiteral("#microsoft.graph.startHoldMusicOperation"), QStringLiteral("running"));
    const QString callId = call->id;
    const QString operationId = operation.id;
    m_scheduler.schedule(
        m_clock.elapsedMs() + qint64(m_world.options().holdMusicDelaySeconds * 1000),
        [this, callId, operationId, participantId] { finishStart(callId, operationId, participantId); });
    return operationAnswer(202, *call, operation.toJson(), operation.id, on.context);
}

void HoldMusicRoutes::finishStart(const QString &callId, const QString &operationId, const QString &participantId)
{
    CallState *call = m_world.call(callId);
    if (!call)
        return;
    const auto it = call->operations.find(operationId);
    if (it == call->operations.end() || it->status != QLatin1String("running"))
        return;
    if (call->indexOfParticipant(participantId) >= 0) {
        it->status = QStringLiteral("completed");
        return;
    }
    // Gone before the music started.
    if (call->onHoldId == participantId)
        call->onHoldId.clear();
    it->status = QStringLiteral("failed");
    it->resultInfo = InvitationEngine::resultInfo(404, 0, QStringLiteral("The participant left the call."));
}

HttpResponse HoldMusicRoutes::stop(const OnCall &on)
{
    const ParticipantAction action = acceptParticipantAction(on);
    if (!action.ok())
        return action.refusal;
    if (currentlyOnHold(*action.call) != action.participantId)
        return refusal(QStringLiteral("Participant '%1' is not on hold.").arg(action.participantId), on.context);

    action.call->onHoldId.clear();
    const CommsOperation &operation =
        recordOperation(action, QStringLiteral("#microsoft.graph.stopHoldMusicOperation"), QStringLiteral("completed"));
    return operationAnswer(202, *action.call, operation.toJson(), operation.id, on.context);
}

} // namespace graphsim
