// Fuzz entries for the simulator's request parsing: the invite body, the $batch body (whose items
// run through the same routes) and the form-encoded token request. The simulator's parts are
// wired as GraphSimulator wires them, without a server: requests go straight to the router.
#include "fuzz/targets/fuzz_targets.h"

#include "simulator/batch_handler.h"
#include "simulator/call_lifetime.h"
#include "simulator/call_routes.h"
#include "simulator/churn_engine.h"
#include "simulator/graph_error_body.h"
#include "simulator/invitation_engine.h"
#include "simulator/join_engine.h"
#include "simulator/participant_routes.h"
#include "simulator/router.h"
#include "simulator/scheduler.h"
#include "simulator/sim_clock.h"
#include "simulator/token_service.h"
#include "simulator/user_routes.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace moderato_fuzz {

using namespace graphsim;

namespace {

const QString kTenant = QStringLiteral("0b5c6f3e-2a41-4d7e-9c1a-3f8e5d2b7a10");
const QString kApp = QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f");
const QString kCall = QStringLiteral("7531d31f-d10d-44de-802f-c569dbca451c");

const char kScenario[] = R"({
  "tenants": [{"id": "0b5c6f3e-2a41-4d7e-9c1a-3f8e5d2b7a10", "domains": ["contoso.com"],
    "apps": [{"clientId": "f2fa86af-3c51-4bc2-8fc0-475452d9764f", "secret": "s3cret-value",
              "roles": ["Calls.JoinGroupCall.All", "Calls.InitiateGroupCall.All", "User.Read.All"]}]}],
  "users": [
    {"id": "8b081ef6-4792-4def-b2c9-c363a1bf41d5", "displayName": "Jan Novak", "tenantId": "0b5c6f3e-2a41-4d7e-9c1a-3f8e5d2b7a10",
     "answer": {"after": 2, "outcome": "accept"}},
    {"id": "6e6b6a6d-1111-4222-8333-944455556666", "displayName": "Janet Diaz", "tenantId": "0b5c6f3e-2a41-4d7e-9c1a-3f8e5d2b7a10",
     "answer": {"after": 3, "outcome": "decline"}}],
  "calls": [{"id": "7531d31f-d10d-44de-802f-c569dbca451c", "tenantId": "0b5c6f3e-2a41-4d7e-9c1a-3f8e5d2b7a10",
    "participants": [
      {"id": "0d7664b6-6432-43a1-9d3f-5c8a3e6e9fd9", "info": {"identity": {"user": {"id": "u-1", "displayName": "Ada"}}},
       "mediaStreams": [{"mediaType": "audio", "direction": "sendReceive", "serverMuted": false, "sourceId": "1"}],
       "isMuted": false, "isInLobby": false},
      {"id": "2e0a5c6f-1a7b-4b8e-9d2c-3f4a5b6c7d8e", "info": {"identity": {"phone": {"id": "+14255550123"}}},
       "isMuted": true, "isInLobby": false}]}],
  "options": {"clock": "manual", "startTime": "2025-03-03T09:00:00Z"}
})";

//! The simulated service without its HTTP server.
struct Service
{
    Scenario scenario;
    SimClock clock;
    Scheduler scheduler;
    World world;
    TokenService tokens{world, clock};
    InvitationEngine invitations{world, scheduler, clock};
    Router router;
    ChurnEngine churn{world, scheduler};
    CallLifetime lifetime{world, tokens, scheduler, clock};
    JoinEngine joins{world, scheduler, clock, lifetime, churn};
    CallRoutes callRoutes{world, tokens, joins};
    ParticipantRoutes participantRoutes{world, tokens, invitations};
    UserRoutes userRoutes{world, tokens};
    BatchHandler batch{world, [this](const HttpRequest &r, const RequestContext &c) { return route(r, c); }};
    QByteArray bearer;

    Service()
    {
        QString error;
        const auto parsed = Scenario::parse(QByteArray(kScenario), &error);
        if (!parsed) {
            std::fprintf(stderr, "fuzz scenario: %s\n", qPrintable(error));
            std::abort();
        }
        scenario = *parsed;
        callRoutes.registerOn(router);
        participantRoutes.registerOn(router);
        userRoutes.registerOn(router);
        batch.registerOn(router);
        reset();
        HttpRequest token;
        token.method = "POST";
        token.body = "client_id=" + kApp.toLatin1()
                     + "&client_secret=s3cret-value&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"
                       "&grant_type=client_credentials";
        const HttpResponse answer = tokens.handle(kTenant, token, context(), acceptedScopes());
        bearer =
            "Bearer "
            + QJsonDocument::fromJson(answer.body).object().value(QLatin1String("access_token")).toString().toLatin1();
        if (answer.status != 200)
            violated("the fixed token request of the fuzz service failed");
    }

    //! A fresh world for every input, so that no input depends on the ones before it.
    void reset()
    {
        scheduler.clear();
        clock.start(SimClock::Mode::Manual, scenario.options.startTime);
        world.load(scenario);
    }
    static QStringList acceptedScopes() { return {QStringLiteral("https://graph.microsoft.com/.default")}; }
    RequestContext context() const
    {
        return {QStringLiteral("11111111-0000-4000-8000-000000000001"),
                QStringLiteral("22222222-0000-4000-8000-000000000002"), clock.now(),
                QStringLiteral("http://127.0.0.1:1")};
    }
    HttpResponse route(const HttpRequest &request, const RequestContext &context)
    {
        const Router::Resolution r = router.resolve(request.method, request.path);
        if (r.kind == Router::Resolution::Kind::Found)
            return (*r.handler)(request, r.params, context);
        return graphError(404, QStringLiteral("NotFound"), QStringLiteral("no route"), context);
    }
    //! Lets every invitation ring and settle.
    void runFor(qint64 ms)
    {
        clock.advance(ms);
        scheduler.runDue(clock.elapsedMs());
    }
};

Service &service()
{
    static Service instance;
    return instance;
}

HttpRequest graphPost(const QString &path, const QByteArray &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.headers = {{"authorization", service().bearer}, {"content-type", "application/json"}};
    request.body = body;
    return request;
}

void checkAnswer(const HttpResponse &response)
{
    if (response.status < 200 || response.status > 599)
        violated("an answer with an impossible status");
    if (response.status >= 400) {
        const QJsonObject error =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toObject();
        if (error.value(QLatin1String("code")).toString().isEmpty()
            || error.value(QLatin1String("message")).toString().isEmpty())
            violated("a Graph error answer without code and message");
    }
}

} // namespace

void simInvite(const QByteArray &input)
{
    Service &s = service();
    s.reset();
    const HttpResponse response = s.route(
        graphPost(QStringLiteral("/v1.0/communications/calls/") + kCall + QStringLiteral("/participants/invite"),
                  input),
        s.context());
    checkAnswer(response);
    if (response.status != 200 && response.status < 400)
        violated("an invite answered with neither 200 nor an error");
    s.runFor(120000);
}

void simBatch(const QByteArray &input)
{
    Service &s = service();
    s.reset();
    const HttpResponse response = s.batch.handle(graphPost(QStringLiteral("/v1.0/$batch"), input), s.context());
    checkAnswer(response);
    if (response.status == 200) {
        const QJsonValue responses = QJsonDocument::fromJson(response.body).object().value(QLatin1String("responses"));
        if (!responses.isArray() || responses.toArray().isEmpty()
            || responses.toArray().size() > BatchHandler::kMaxRequests)
            violated("a $batch answer without 1..20 responses");
    }
    s.runFor(120000);
}

void simToken(const QByteArray &input)
{
    Service &s = service();
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/") + kTenant + QStringLiteral("/oauth2/v2.0/token");
    request.headers = {{"content-type", "application/x-www-form-urlencoded"}};
    request.body = input;
    if (input.startsWith("Authorization: ")) {
        const qsizetype end = input.indexOf('\n');
        const QByteArray header = input.mid(15, end < 0 ? -1 : end - 15);
        request.headers.append({"authorization", header});
        request.body = end < 0 ? QByteArray() : input.mid(end + 1);
    }
    for (const auto &[key, value] : parseFormEncoded(request.body)) {
        if (key.contains(QLatin1Char('&')) && !request.body.contains('%'))
            violated("a form key containing '&' decoded from a body without escapes");
        (void)value;
    }
    // A token service of its own: tokens issued here would otherwise pile up over millions of
    // inputs (and would not disturb the other entries' fixed token anyway).
    TokenService tokens(s.world, s.clock);
    const HttpResponse response = tokens.handle(kTenant, request, s.context(), Service::acceptedScopes());
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    if (response.status == 200) {
        const QString token = answer.value(QLatin1String("access_token")).toString();
        if (token.isEmpty() || !tokens.find(token))
            violated("a 200 token answer without a token the service knows");
    } else if (answer.value(QLatin1String("error")).toString().isEmpty()
               || answer.value(QLatin1String("error_codes")).toArray().isEmpty()) {
        violated("a token error without error and error_codes");
    }
}

} // namespace moderato_fuzz
