#include "simulator/participant_routes.h"

#include "simulator/call_routes.h"
#include "simulator/graph_auth.h"
#include "simulator/graph_error_body.h"
#include "simulator/invitation_engine.h"
#include "simulator/odata.h"
#include "simulator/participant_action.h"
#include "simulator/world.h"

#include <QRegularExpression>
#include <QSet>

namespace graphsim {

namespace {

const QStringList kListRoles = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.Initiate.All"),
                                QStringLiteral("Calls.AccessMedia.All")};
const QStringList kParticipantRoles = {QStringLiteral("Calls.JoinGroupCall.All"),
                                       QStringLiteral("Calls.JoinGroupCallAsGuest.All")};
const QStringList kInviteRoles = {QStringLiteral("Calls.InitiateGroupCall.All")};
constexpr int kMaxInvitees = 5;

QString identityProblem(const QJsonValue &identityValue, qsizetype index)
{
    const QString where = QStringLiteral("participants[%1]").arg(index);
    if (!identityValue.isObject())
        return where + QStringLiteral(": identity is required.");
    const QJsonObject identity = identityValue.toObject();
    const QJsonValue user = identity.value(QStringLiteral("user"));
    const QJsonValue phone = identity.value(QStringLiteral("phone"));
    if (user.isObject()) {
        if (user.toObject().value(QStringLiteral("id")).toString().isEmpty())
            return where + QStringLiteral(": identity.user.id is required.");
        return {};
    }
    if (phone.isObject()) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        const QString number = phone.toObject().value(QStringLiteral("id")).toString();
        if (!e164.match(number).hasMatch())
            return where
                   + QStringLiteral(": identity.phone.id must be a phone number in E.164 format, e.g. +14255550123.");
        return {};
    }
    // Graph invites users (by object id) and phone numbers; there is no guest invitation.
    return where + QStringLiteral(": identity must contain a user or a phone identity.");
}

} // namespace

ParticipantRoutes::ParticipantRoutes(World &world, const TokenService &tokens, InvitationEngine &invitations)
    : m_world(world)
    , m_tokens(tokens)
    , m_invitations(invitations)
{}

void ParticipantRoutes::registerOn(Router &router)
{
    const QString base = QStringLiteral("/v1.0/communications/calls/{}/participants");
    router.add("GET", base, onCall(m_world, m_tokens, kListRoles, std::bind_front(&ParticipantRoutes::list, this)));
    router.add("GET", base + QStringLiteral("/{}"),
               onCall(m_world, m_tokens, kParticipantRoles, std::bind_front(&ParticipantRoutes::get, this)));
    router.add("DELETE", base + QStringLiteral("/{}"),
               onCall(m_world, m_tokens, kParticipantRoles, std::bind_front(&ParticipantRoutes::remove, this)));
    router.add("POST", base + QStringLiteral("/invite"),
               onCall(m_world, m_tokens, kInviteRoles, std::bind_front(&ParticipantRoutes::invite, this)));
    router.add("POST", base + QStringLiteral("/{}/mute"),
               onCall(m_world, m_tokens, kParticipantRoles, std::bind_front(&ParticipantRoutes::mute, this)));
}

HttpResponse ParticipantRoutes::list(const OnCall &on)
{
    const CallState *call = &on.call;
    QJsonArray roster;
    const int cap = m_world.options().rosterCap;
    const QString bot = call->myParticipantId();
    const qsizetype botIndex = call->indexOfParticipant(bot);
    // A bot waiting in the lobby sees nobody but itself until it is admitted (Graph docs).
    const bool inLobby = botIndex >= 0 && call->roster.at(botIndex).value(QStringLiteral("isInLobby")).toBool();
    for (const QJsonObject &p : call->roster) {
        if (cap > 0 && roster.size() >= cap)
            break; // Graph lists at most 100 participants and no next link
        if (inLobby && p.value(QStringLiteral("id")).toString() != bot)
            continue;
        roster.append(p);
    }
    const auto page = pageOf(roster, m_world.options().pageSize, on.request, on.context);
    if (!page)
        return badRequest(QStringLiteral("The $skiptoken value is not valid."), on.context);
    QJsonObject body{
        {QStringLiteral("@odata.context"),
         metadataContext(on.context, QStringLiteral("communications/calls('%1')/participants").arg(call->id))},
        {QStringLiteral("value"), page->items}};
    if (!page->nextLink.isEmpty())
        body.insert(QStringLiteral("@odata.nextLink"), page->nextLink);
    return HttpResponse::json(200, body);
}

HttpResponse ParticipantRoutes::get(const OnCall &on)
{
    const qsizetype index = on.call.indexOfParticipant(on.params.at(1));
    if (index < 0)
        return participantNotFound(on.params.at(1), on.context);
    QJsonObject json = on.call.roster.at(index);
    json.insert(
        QStringLiteral("@odata.context"),
        metadataContext(on.context, QStringLiteral("communications/calls('%1')/participants/$entity").arg(on.call.id)));
    return HttpResponse::json(200, json);
}

HttpResponse ParticipantRoutes::remove(const OnCall &on)
{
    CallState *call = &on.call;
    const QString participantId = on.params.at(1);
    const ScenarioApp *app = m_world.scenario().app(on.token.tenantId, on.token.clientId);
    if (!app || !app->allowRemoveParticipant) {
        return graphError(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Removing participants is not allowed for the application '%1' in this tenant. "
                           "A tenant administrator must allow it with "
                           "Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"%1\"}.")
                .arg(on.token.clientId),
            on.context);
    }
    const qsizetype index = call->indexOfParticipant(participantId);
    if (index >= 0) {
        call->roster.removeAt(index);
        ++call->rosterSequence;
        return HttpResponse::noContent();
    }
    if (m_invitations.cancel(*call, participantId))
        return HttpResponse::noContent();
    return participantNotFound(participantId, on.context);
}

QString ParticipantRoutes::inviteProblem(const CallState &call, const QJsonObject &body) const
{
    const QJsonValue participants = body.value(QStringLiteral("participants"));
    if (!participants.isArray() || participants.toArray().isEmpty())
        return QStringLiteral("participants is required and must list at least one invitee.");
    const QJsonArray invitees = participants.toArray();
    if (invitees.size() > kMaxInvitees)
        return QStringLiteral("Cannot invite more than %1 participants in one request (got %2).")
            .arg(kMaxInvitees)
            .arg(invitees.size());
    QSet<QString> participantIds;
    for (qsizetype i = 0; i < invitees.size(); ++i) {
        if (!invitees.at(i).isObject())
            return QStringLiteral("participants[%1] must be an invitationParticipantInfo object.").arg(i);
        const QJsonObject invitee = invitees.at(i).toObject();
        const QString problem = identityProblem(invitee.value(QStringLiteral("identity")), i);
        if (!problem.isEmpty())
            return problem;
        const QJsonValue pid = invitee.value(QStringLiteral("participantId"));
        if (pid.isUndefined() || pid.isNull())
            continue;
        if (!pid.isString() || pid.toString().isEmpty())
            return QStringLiteral("participants[%1].participantId must be a non-empty string.").arg(i);
        if (participantIds.contains(pid.toString()) || call.hasParticipantOrInvitee(pid.toString()))
            return QStringLiteral("participants[%1].participantId %2 is already in use in this call.")
                .arg(i)
                .arg(pid.toString());
        participantIds.insert(pid.toString());
    }
    return clientContextProblem(body.value(QStringLiteral("clientContext")));
}

HttpResponse ParticipantRoutes::invite(const OnCall &on)
{
    CallState *call = &on.call;
    const auto body = jsonObjectBody(on.request.body, false);
    if (!body)
        return invalidJsonPayload(on.context);
    const QString problem = inviteProblem(*call, *body);
    if (!problem.isEmpty())
        return badRequest(problem, on.context);

    const QJsonValue clientContext = body->value(QStringLiteral("clientContext"));
    const CommsOperation &operation =
        m_invitations.invite(*call, body->value(QStringLiteral("participants")).toArray(),
                             clientContext.isString() ? clientContext.toString() : QString());
    QJsonObject json = operation.toJson();
    json.insert(QStringLiteral("status"), QStringLiteral("Running")); // the documented response spells it so
    return operationAnswer(200, *call, json, operation.id, on.context);
}

HttpResponse ParticipantRoutes::mute(const OnCall &on)
{
    const ParticipantAction action = acceptParticipantAction(on);
    if (!action.ok())
        return action.refusal;
    CallState *call = action.call;
    QJsonObject participant = call->roster.at(action.index);
    participant.insert(QStringLiteral("isMuted"), true);
    QJsonArray streams = participant.value(QStringLiteral("mediaStreams")).toArray();
    for (qsizetype i = 0; i < streams.size(); ++i) {
        QJsonObject stream = streams.at(i).toObject();
        if (stream.value(QStringLiteral("mediaType")).toString() == QLatin1String("audio")) {
            stream.insert(QStringLiteral("serverMuted"), true);
            streams.replace(i, stream);
        }
    }
    participant.insert(QStringLiteral("mediaStreams"), streams);
    ++call->rosterSequence;
    if (participant.contains(QStringLiteral("rosterSequenceNumber")))
        participant.insert(QStringLiteral("rosterSequenceNumber"), call->rosterSequence);
    call->roster.replace(action.index, participant);

    const CommsOperation &operation = recordOperation(
        action, QStringLiteral("#microsoft.graph.muteParticipantOperation"), QStringLiteral("completed"));
    QJsonObject json = operation.toJson();
    json.insert(QStringLiteral("@odata.context"),
                metadataContext(on.context, QStringLiteral("muteParticipantOperation")));
    return operationAnswer(200, *call, json, operation.id, on.context);
}

} // namespace graphsim
