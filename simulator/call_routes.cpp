#include "simulator/call_routes.h"

#include "simulator/graph_auth.h"
#include "simulator/graph_error_body.h"
#include "simulator/odata.h"
#include "simulator/participant_factory.h"
#include "simulator/world.h"

namespace graphsim {

namespace {

const QStringList kReadCallRoles = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.Initiate.All"),
                                    QStringLiteral("Calls.AccessMedia.All")};
const QStringList kCreateCallRoles = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.JoinGroupCallAsGuest.All"),
                                      QStringLiteral("Calls.Initiate.All"), QStringLiteral("Calls.InitiateGroupCall.All")};
const QStringList kOperationRoles = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.InitiateGroupCall.All"),
                                     QStringLiteral("Calls.Initiate.All"), QStringLiteral("Calls.JoinGroupCallAsGuest.All")};

QString threadIdOf(const QJsonObject &properties)
{
    return properties.value(QStringLiteral("chatInfo")).toObject().value(QStringLiteral("threadId")).toString();
}

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

HttpResponse callNotFound(const QString &callId, const RequestContext &context)
{
    return graphError(404, QStringLiteral("itemNotFound"), QStringLiteral("Call '%1' was not found.").arg(callId), context);
}

CallRoutes::CallRoutes(World &world, const TokenService &tokens, Scheduler &scheduler, const SimClock &clock)
    : m_world(world)
    , m_tokens(tokens)
    , m_scheduler(scheduler)
    , m_clock(clock)
{
}

void CallRoutes::registerOn(Router &router)
{
    router.add("POST", QStringLiteral("/v1.0/communications/calls"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &c) { return createCall(r, c); });
    router.add("GET", QStringLiteral("/v1.0/communications/calls/{}"),
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) { return getCall(r, p.at(0), c); });
    router.add("DELETE", QStringLiteral("/v1.0/communications/calls/{}"),
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) { return deleteCall(r, p.at(0), c); });
    router.add("GET", QStringLiteral("/v1.0/communications/calls/{}/operations/{}"),
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) { return getOperation(r, p, c); });
}

HttpResponse CallRoutes::createCall(const HttpRequest &request, const RequestContext &context)
{
    const AuthResult auth = authorize(m_tokens, request, context, kCreateCallRoles);
    if (!auth.ok())
        return auth.error;
    const auto body = jsonObjectBody(request.body, false);
    if (!body)
        return invalidJsonPayload(context);
    if (!body->value(QStringLiteral("callbackUri")).isString() || body->value(QStringLiteral("callbackUri")).toString().isEmpty())
        return badRequest(QStringLiteral("Call must have a callbackUri."), context);
    if (!body->value(QStringLiteral("mediaConfig")).isObject())
        return badRequest(QStringLiteral("Call must have a mediaConfig."), context);

    const ScenarioApp *app = m_world.scenario().app(auth.token->tenantId, auth.token->clientId);
    CallState call;
    call.id = newUuid();
    call.tenantId = auth.token->tenantId;
    call.ownerClientId = auth.token->clientId;
    call.state = QStringLiteral("establishing");
    call.properties = *body;
    call.properties.remove(QStringLiteral("@odata.type"));
    call.properties.insert(QStringLiteral("direction"), QStringLiteral("outgoing"));
    call.properties.insert(QStringLiteral("callChainId"), newUuid());
    call.properties.insert(QStringLiteral("callRoutes"), QJsonArray());
    call.properties.insert(QStringLiteral("activeModalities"), QJsonArray());
    call.properties.insert(QStringLiteral("routingPolicies"), QJsonArray());
    call.properties.insert(QStringLiteral("resultInfo"), QJsonValue());

    // Joining a meeting that the scenario already has (same chat thread) shows the people already in it.
    const QString threadId = threadIdOf(*body);
    for (CallState *existing : m_world.calls()) {
        if (!threadId.isEmpty() && threadIdOf(existing->properties) == threadId
            && existing->tenantId.compare(call.tenantId, Qt::CaseInsensitive) == 0) {
            for (const QJsonObject &p : existing->roster) {
                if (!isApplicationParticipant(p))
                    call.roster.append(p);
            }
            call.churn = existing->churn;
            call.nextSourceId = existing->nextSourceId;
            break;
        }
    }
    const QString botName = app && !app->displayName.isEmpty() ? app->displayName : QString();
    call.appendParticipant(ParticipantFactory::bot(auth.token->clientId, botName, call.takeSourceId()));
    CallState &stored = m_world.addCall(call);

    const QString callId = stored.id;
    m_scheduler.schedule(m_clock.elapsedMs() + 1000, [this, callId] {
        CallState *c = m_world.call(callId);
        if (c && c->state == QLatin1String("establishing"))
            c->state = QStringLiteral("established");
    });

    QJsonObject json = stored.toGraphJson();
    json.insert(QStringLiteral("@odata.context"), metadataContext(context, QStringLiteral("communications/calls/$entity")));
    HttpResponse response = HttpResponse::json(201, json);
    response.setHeader("Location", (context.root + QStringLiteral("/v1.0/communications/calls/") + callId).toUtf8());
    return response;
}

HttpResponse CallRoutes::getCall(const HttpRequest &request, const QString &callId, const RequestContext &context)
{
    const AuthResult auth = authorize(m_tokens, request, context, kReadCallRoles);
    if (!auth.ok())
        return auth.error;
    CallState *call = callForToken(m_world, *auth.token, callId);
    if (!call)
        return callNotFound(callId, context);
    QJsonObject json = call->toGraphJson();
    json.insert(QStringLiteral("@odata.context"), metadataContext(context, QStringLiteral("communications/calls/$entity")));
    return HttpResponse::json(200, json);
}

HttpResponse CallRoutes::deleteCall(const HttpRequest &request, const QString &callId, const RequestContext &context)
{
    const AuthResult auth = authorize(m_tokens, request, context, kReadCallRoles);
    if (!auth.ok())
        return auth.error;
    CallState *call = callForToken(m_world, *auth.token, callId);
    if (!call)
        return callNotFound(callId, context);
    // Hanging up ends the bot's own leg; the meeting goes on for everyone else.
    call->state = QStringLiteral("terminated");
    return HttpResponse::noContent();
}

HttpResponse CallRoutes::getOperation(const HttpRequest &request, const QStringList &params, const RequestContext &context)
{
    const AuthResult auth = authorize(m_tokens, request, context, kOperationRoles);
    if (!auth.ok())
        return auth.error;
    CallState *call = callForToken(m_world, *auth.token, params.at(0));
    if (!call)
        return callNotFound(params.at(0), context);
    const auto it = call->operations.constFind(params.at(1));
    if (!m_world.options().operationsGettable || it == call->operations.constEnd()) {
        return graphError(404, QStringLiteral("itemNotFound"),
                          QStringLiteral("Operation '%1' was not found.").arg(params.at(1)), context);
    }
    QJsonObject json = it->toJson();
    json.insert(QStringLiteral("@odata.context"), metadataContext(context, QStringLiteral("communications/calls('%1')/operations/$entity").arg(call->id)));
    return HttpResponse::json(200, json);
}

} // namespace graphsim
