#include "simulator/hold_music_routes.h"

#include "simulator/call_routes.h"
#include "simulator/call_state.h"
#include "simulator/graph_error_body.h"
#include "simulator/invitation_engine.h"
#include "simulator/odata.h"
#include "simulator/scheduler.h"
#include "simulator/sim_clock.h"
#include "simulator/world.h"

namespace graphsim {

namespace {

// Graph's current permission table for both actions (the older revision checked only at join).
const QStringList kHoldRoles = {QStringLiteral("Calls.JoinGroupCallAsGuest.All"),
                                QStringLiteral("Calls.JoinGroupCall.All")};
constexpr int kMaxClientContext = 256;

// Graph documents no error for these actions. The refusals below (a 400 "BadRequest" with a
// plain message) are a plausible guess at what the service answers, kept strict on purpose:
// a second participant on hold, resuming someone who is not on hold, holding someone in the
// lobby.
HttpResponse refusal(const QString &message, const RequestContext &context)
{
    return graphError(400, QStringLiteral("BadRequest"), message, context);
}

HttpResponse operationAnswer(const CallState &call, const CommsOperation &operation, const RequestContext &context)
{
    HttpResponse response = HttpResponse::json(202, operation.toJson());
    response.setHeader(
        "Location",
        (context.root + QStringLiteral("/v1.0/communications/calls/%1/operations/%2").arg(call.id, operation.id))
            .toUtf8());
    return response;
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
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) { return start(r, p, c); });
    router.add("POST", base + QStringLiteral("/stopHoldMusic"),
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) { return stop(r, p, c); });
}

namespace {

//! The checks both actions share; returns the refusal, or nothing with *index set.
std::optional<HttpResponse> commonProblem(CallState &call, const HttpRequest &request, const QString &participantId,
                                          const RequestContext &context, QString *clientContext, qsizetype *index)
{
    const auto body = jsonObjectBody(request.body, true);
    if (!body)
        return invalidJsonPayload(context);
    const QJsonValue value = body->value(QStringLiteral("clientContext"));
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        return badRequest(QStringLiteral("clientContext must be a string."), context);
    if (value.toString().size() > kMaxClientContext)
        return badRequest(QStringLiteral("clientContext must be at most %1 characters.").arg(kMaxClientContext),
                          context);
    *clientContext = value.toString();
    *index = call.indexOfParticipant(participantId);
    if (*index < 0) {
        return graphError(404, QStringLiteral("itemNotFound"),
                          QStringLiteral("Participant '%1' was not found in the call.").arg(participantId), context);
    }
    return std::nullopt;
}

} // namespace

HttpResponse HoldMusicRoutes::start(const HttpRequest &request, const QStringList &params,
                                    const RequestContext &context)
{
    const CallAccess access = accessCall(m_world, m_tokens, request, context, kHoldRoles, params.at(0));
    if (!access.ok())
        return access.refusal;
    CallState *call = access.call;
    const QString participantId = params.at(1);
    QString clientContext;
    qsizetype index = -1;
    if (auto problem = commonProblem(*call, request, participantId, context, &clientContext, &index))
        return *problem;
    const QJsonObject participant = call->roster.at(index);
    if (participant.value(QStringLiteral("isInLobby")).toBool())
        return refusal(
            QStringLiteral("Participant '%1' is waiting in the lobby and cannot be put on hold.").arg(participantId),
            context);
    const QString onHold = currentlyOnHold(*call);
    if (onHold == participantId)
        return refusal(QStringLiteral("Participant '%1' is already on hold.").arg(participantId), context);
    if (!onHold.isEmpty()) {
        return refusal(QStringLiteral("Only one participant can be on hold at a time: '%1' (%2) is on hold.")
                           .arg(onHold, displayNameOf(call->roster.at(call->indexOfParticipant(onHold)))),
                       context);
    }

    call->onHoldId = participantId;
    CommsOperation operation;
    operation.id = newUuid();
    operation.odataType = QStringLiteral("#microsoft.graph.startHoldMusicOperation");
    operation.status = QStringLiteral("running");
    operation.clientContext = clientContext;
    call->operations.insert(operation.id, operation);
    const QString callId = call->id;
    const QString operationId = operation.id;
    m_scheduler.schedule(
        m_clock.elapsedMs() + qint64(m_world.options().holdMusicDelaySeconds * 1000),
        [this, callId, operationId, participantId] { finishStart(callId, operationId, participantId); });
    return operationAnswer(*call, operation, context);
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

HttpResponse HoldMusicRoutes::stop(const HttpRequest &request, const QStringList &params, const RequestContext &context)
{
    const CallAccess access = accessCall(m_world, m_tokens, request, context, kHoldRoles, params.at(0));
    if (!access.ok())
        return access.refusal;
    CallState *call = access.call;
    const QString participantId = params.at(1);
    QString clientContext;
    qsizetype index = -1;
    if (auto problem = commonProblem(*call, request, participantId, context, &clientContext, &index))
        return *problem;
    if (currentlyOnHold(*call) != participantId)
        return refusal(QStringLiteral("Participant '%1' is not on hold.").arg(participantId), context);

    call->onHoldId.clear();
    CommsOperation operation;
    operation.id = newUuid();
    operation.odataType = QStringLiteral("#microsoft.graph.stopHoldMusicOperation");
    operation.status = QStringLiteral("completed");
    operation.clientContext = clientContext;
    call->operations.insert(operation.id, operation);
    return operationAnswer(*call, operation, context);
}

} // namespace graphsim
