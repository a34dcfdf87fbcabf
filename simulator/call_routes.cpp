#include "simulator/call_routes.h"

#include "simulator/call_lifetime.h"
#include "simulator/invitation_engine.h"
#include "simulator/join_engine.h"

#include "simulator/graph_auth.h"
#include "simulator/graph_error_body.h"
#include "simulator/odata.h"
#include "simulator/participant_factory.h"
#include "simulator/world.h"

namespace graphsim {

namespace {

const QStringList kReadCallRoles = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.Initiate.All"),
                                    QStringLiteral("Calls.AccessMedia.All")};
const QStringList kCreateCallRoles = {
    QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.JoinGroupCallAsGuest.All"),
    QStringLiteral("Calls.Initiate.All"), QStringLiteral("Calls.InitiateGroupCall.All")};
const QStringList kOperationRoles = {
    QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.InitiateGroupCall.All"),
    QStringLiteral("Calls.Initiate.All"), QStringLiteral("Calls.JoinGroupCallAsGuest.All")};

} // namespace

CallState *callForToken(World &world, const IssuedToken &token, const QString &callId)
{
    CallState *call = world.call(callId);
    if (!call || call->state == QLatin1String("terminated"))
        return nullptr;
    if (call->tenantId.compare(token.tenantId, Qt::CaseInsensitive) != 0)
        return nullptr;
    if (!call->ownerClientId.isEmpty() && call->ownerClientId.compare(token.clientId, Qt::CaseInsensitive) != 0)
        return nullptr;
    return call;
}

RouteHandler onCall(World &world, const TokenService &tokens, const QStringList &anyOfRoles,
                    std::function<HttpResponse(const OnCall &)> handler)
{
    return [&world, &tokens, anyOfRoles, handler = std::move(handler)](
               const HttpRequest &request, const QStringList &params, const RequestContext &context) {
        const AuthResult auth = authorize(tokens, request, context, anyOfRoles);
        if (!auth.ok())
            return auth.error;
        CallState *call = callForToken(world, *auth.token, params.at(0));
        if (!call) // the calling service's own code for a call that has ended or never was
            return graphError(404, QStringLiteral("8522"), QStringLiteral("Call not found."), context);
        return handler(OnCall{*call, *auth.token, request, params, context});
    };
}

CallRoutes::CallRoutes(World &world, const TokenService &tokens, JoinEngine &joins)
    : m_world(world)
    , m_tokens(tokens)
    , m_joins(joins)
{}

void CallRoutes::registerOn(Router &router)
{
    router.add("POST", QStringLiteral("/v1.0/communications/calls"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &c) { return createCall(r, c); });
    const QString call = QStringLiteral("/v1.0/communications/calls/{}");
    router.add("GET", call, onCall(m_world, m_tokens, kReadCallRoles, std::bind_front(&CallRoutes::getCall, this)));
    router.add("DELETE", call,
               onCall(m_world, m_tokens, kReadCallRoles, std::bind_front(&CallRoutes::deleteCall, this)));
    router.add("GET", call + QStringLiteral("/operations/{}"),
               onCall(m_world, m_tokens, kOperationRoles, std::bind_front(&CallRoutes::getOperation, this)));
}

HttpResponse CallRoutes::createCall(const HttpRequest &request, const RequestContext &context)
{
    const AuthResult auth = authorize(m_tokens, request, context, kCreateCallRoles);
    if (!auth.ok())
        return auth.error;
    return m_joins.join(*auth.token, request.body, context);
}

HttpResponse CallRoutes::getCall(const OnCall &on)
{
    QJsonObject json = on.call.toGraphJson();
    json.insert(QStringLiteral("@odata.context"),
                metadataContext(on.context, QStringLiteral("communications/calls/$entity")));
    return HttpResponse::json(200, json);
}

HttpResponse CallRoutes::deleteCall(const OnCall &on)
{
    // Hanging up ends the bot's own leg; the meeting goes on for everyone else.
    CallLifetime::end(on.call, InvitationEngine::resultInfo(200, 5001, QStringLiteral("The conversation has ended.")));
    return HttpResponse::noContent();
}

HttpResponse CallRoutes::getOperation(const OnCall &on)
{
    const QString operationId = on.params.at(1);
    const auto it = on.call.operations.constFind(operationId);
    if (!m_world.options().operationsGettable || it == on.call.operations.constEnd()) {
        return graphError(404, QStringLiteral("itemNotFound"),
                          QStringLiteral("Operation '%1' was not found.").arg(operationId), on.context);
    }
    QJsonObject json = it->toJson();
    json.insert(
        QStringLiteral("@odata.context"),
        metadataContext(on.context, QStringLiteral("communications/calls('%1')/operations/$entity").arg(on.call.id)));
    return HttpResponse::json(200, json);
}

} // namespace graphsim
