#include "simulator/graph_simulator.h"

#include "simulator/batch_handler.h"
#include "simulator/call_lifetime.h"
#include "simulator/call_routes.h"
#include "simulator/churn_engine.h"
#include "simulator/fault_plan.h"
#include "simulator/graph_error_body.h"
#include "simulator/gzip.h"
#include "simulator/hold_music_routes.h"
#include "simulator/invitation_engine.h"
#include "simulator/join_engine.h"
#include "simulator/notification_delivery.h"
#include "simulator/notification_tokens.h"
#include "simulator/online_meeting_routes.h"
#include "simulator/openid_routes.h"
#include "simulator/participant_routes.h"
#include "simulator/relay_emulator.h"
#include "simulator/request_log.h"
#include "simulator/router.h"
#include "simulator/scheduler.h"
#include "simulator/sim_clock.h"
#include "simulator/sim_hooks.h"
#include "simulator/sim_http_server.h"
#include "simulator/token_service.h"
#include "simulator/user_routes.h"
#include "simulator/world.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace graphsim {

namespace {

constexpr int kRealClockTickMs = 200;

bool isTokenPath(const QString &path)
{
    const QStringList s = Router::segments(path);
    return s.size() == 4 && s.at(1) == QLatin1String("oauth2") && s.at(2) == QLatin1String("v2.0")
           && s.at(3) == QLatin1String("token");
}

HttpResponse routeResponse(const Router &router, const HttpRequest &request, const RequestContext &context)
{
    const Router::Resolution r = router.resolve(request.method, request.path);
    if (r.kind == Router::Resolution::Kind::Found)
        return (*r.handler)(request, r.params, context);
    if (r.kind == Router::Resolution::Kind::MethodNotAllowed) {
        HttpResponse response =
            graphError(405, QStringLiteral("Request_BadRequest"),
                       QStringLiteral("Specified HTTP method is not allowed for the request target."), context);
        response.setHeader("Allow", r.allowedMethods.join(", "));
        return response;
    }
    const QStringList segments = Router::segments(request.path);
    return graphError(404, QStringLiteral("NotFound"),
                      QStringLiteral("Resource not found for the segment '%1'.")
                          .arg(segments.isEmpty() ? QString() : segments.last()),
                      context);
}

HttpResponse injectedTokenError(int status, const QString &code, const RequestContext &context)
{
    const bool transient = status == 429 || status >= 500;
    const QString error = !code.isEmpty() ? code
                          : status == 401 ? QStringLiteral("invalid_client")
                          : transient     ? QStringLiteral("temporarily_unavailable")
                                          : QStringLiteral("invalid_request");
    const int aadsts = status == 429 ? 90055 : status == 401 ? 7000215 : 50000;
    return TokenService::aadError(status, error, aadsts,
                                  transient
                                      ? QStringLiteral("The service is temporarily unavailable. Please try again.")
                                      : QStringLiteral("The request could not be completed."),
                                  context);
}

const char kHtmlErrorPage[] =
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    "<body><h1>502 Bad Gateway</h1><p>The proxy server received an invalid response from an upstream server.</p>"
    "</body></html>\n";

} // namespace

class GraphSimulatorPrivate
{
public:
    explicit GraphSimulatorPrivate(GraphSimulator *q);

    void onRequest(const HttpRequest &request, const HttpConnection &connection);
    void complete(qint64 seq, const HttpRequest &request, RequestContext context, const HttpConnection &connection,
                  const FaultDecision &fault);
    HttpResponse dispatchBatchItem(const HttpRequest &request, const RequestContext &context);
    RequestContext contextFor(const HttpRequest &request) const;
    void finalize(HttpResponse &response, const RequestContext &context) const;
    //! Like Entra ID: a token is for one of the clouds' Graph resources, never for the address the
    //! simulator answers on.
    static QStringList acceptedScopes();
    void runDue()
    {
        if (scheduler.runDue(clock.elapsedMs()) > 0)
            notifications.scheduleFlush();
    }

    GraphSimulator *q;
    SimHttpServer server;
    SimClock clock;
    Scheduler scheduler;
    World world;
    TokenService tokens{world, clock};
    InvitationEngine invitations{world, scheduler, clock};
    ChurnEngine churn{world, scheduler};
    FaultPlan faults;
    RequestLog log;
    Router graphRouter;
    Router hookRouter;
    CallLifetime lifetime{world, tokens, scheduler, clock};
    JoinEngine joins{world, scheduler, clock, lifetime, churn};
    CallRoutes callRoutes{world, tokens, joins};
    ParticipantRoutes participantRoutes{world, tokens, invitations};
    HoldMusicRoutes holdMusicRoutes{world, tokens, scheduler, clock};
    UserRoutes userRoutes{world, tokens};
    OnlineMeetingRoutes onlineMeetingRoutes{world, tokens};
    BatchHandler batch{world,
                       [this](const HttpRequest &r, const RequestContext &c) { return dispatchBatchItem(r, c); }};
    SimHooks hooks{log,
                   faults,
                   clock,
                   tokens,
                   world,
                   [this] { runDue(); },
                   [this](const QString &callId) { return joins.admit(callId); }};
    NotificationTokens notificationTokens{world, clock};
    OpenIdRoutes openIdRoutes{notificationTokens.signer()};
    RelayEmulator relays{world};
    NotificationDelivery notifications{world, notificationTokens, relays};
    QTimer tick;
    QUrl baseUrl;
};

GraphSimulatorPrivate::GraphSimulatorPrivate(GraphSimulator *owner)
    : q(owner)
{
    callRoutes.registerOn(graphRouter);
    lifetime.registerOn(graphRouter);
    participantRoutes.registerOn(graphRouter);
    holdMusicRoutes.registerOn(graphRouter);
    userRoutes.registerOn(graphRouter);
    onlineMeetingRoutes.registerOn(graphRouter);
    batch.registerOn(graphRouter);
    graphRouter.add("POST", QStringLiteral("/{}/oauth2/v2.0/token"),
                    [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) {
                        return tokens.handle(p.at(0), r, c, acceptedScopes());
                    });
    hooks.registerOn(hookRouter);
    openIdRoutes.registerOn(hookRouter);
    relays.registerHooks(hookRouter);
    notifications.registerHooks(hookRouter);
    server.setHandler([this](const HttpRequest &r, const HttpConnection &c) { onRequest(r, c); });
    server.setWebSocketHandlers([this](const HttpRequest &r) { return relays.checkUpgrade(r); },
                                [this](std::unique_ptr<QWebSocket> socket) { relays.adopt(std::move(socket)); });
    tick.setInterval(kRealClockTickMs);
    QObject::connect(&tick, &QTimer::timeout, q, [this] { runDue(); });
    clock.start(SimClock::Mode::Real, QDateTime::currentDateTimeUtc());
}

QStringList GraphSimulatorPrivate::acceptedScopes()
{
    return {QStringLiteral("https://graph.microsoft.com/.default"),
            QStringLiteral("https://graph.microsoft.us/.default"),
            QStringLiteral("https://dod-graph.microsoft.us/.default"),
            QStringLiteral("https://microsoftgraph.chinacloudapi.cn/.default")};
}

RequestContext GraphSimulatorPrivate::contextFor(const HttpRequest &request) const
{
    RequestContext context;
    context.requestId = newUuid();
    const QString clientRequestId = QString::fromUtf8(request.header("client-request-id")).trimmed();
    context.clientRequestId = clientRequestId.isEmpty() ? context.requestId : clientRequestId;
    context.now = clock.now();
    const QByteArray host = request.header("host");
    context.root = host.isEmpty() ? baseUrl.toString() : QStringLiteral("http://") + QString::fromLatin1(host);
    return context;
}

void GraphSimulatorPrivate::finalize(HttpResponse &response, const RequestContext &context) const
{
    response.setHeader("request-id", context.requestId.toLatin1());
    response.setHeader("client-request-id", context.clientRequestId.toUtf8());
    response.setHeader("Date", httpDate(context.now));
    if (response.header("Cache-Control").isEmpty())
        response.setHeader("Cache-Control", "no-cache");
}

void GraphSimulatorPrivate::onRequest(const HttpRequest &request, const HttpConnection &connection)
{
    runDue();
    if (relays.isSenderRequest(request)) {
        // To a hybrid connection: the relay's business, not Graph's (not in the request log).
        relays.handleSenderRequest(request, connection);
        return;
    }
    if (request.path.startsWith(QLatin1String("/_sim/"))) {
        const RequestContext context = contextFor(request);
        HttpResponse response = routeResponse(hookRouter, request, context);
        finalize(response, context);
        connection.send(response);
        if (request.method != "GET")
            notifications.scheduleFlush(); // hooks admit, add and remove people
        return;
    }
    const qint64 seq = log.append(request);
    const FaultDecision fault = faults.decide(request.method, request.path, false);
    const RequestContext context = contextFor(request);
    if (fault.latencyMs > 0) {
        QTimer::singleShot(fault.latencyMs, q, [this, seq, request, context, connection, fault] {
            complete(seq, request, context, connection, fault);
        });
        return;
    }
    complete(seq, request, context, connection, fault);
}

void GraphSimulatorPrivate::complete(qint64 seq, const HttpRequest &request, RequestContext context,
                                     const HttpConnection &connection, const FaultDecision &fault)
{
    runDue();
    context.now = clock.now();
    const QString label = fault.label();
    if (fault.reset == ResetFault::BeforeAction) {
        connection.abort();
        log.complete(seq, 0, label);
        return;
    }
    HttpResponse response;
    if (fault.status != 0) {
        response = isTokenPath(request.path) ? injectedTokenError(fault.status, fault.code, context)
                                             : injectedGraphError(fault.status, fault.code, context);
        if (!fault.retryAfter.isEmpty())
            response.setHeader("Retry-After", fault.retryAfter.toUtf8());
    } else {
        response = routeResponse(graphRouter, request, context);
    }
    if (fault.body != BodyFault::None && response.status == 204)
        response.status = 200;
    switch (fault.body) {
    case BodyFault::Truncated:
        if (response.body.size() < 2)
            response.body = "{\"value\":[]}";
        break;
    case BodyFault::Malformed:
        response.body = response.body.isEmpty() ? QByteArray("{") : response.body.chopped(1) + ",";
        response.setHeader("Content-Type", kODataJson);
        break;
    case BodyFault::Html:
        response.status = 502;
        response.body = kHtmlErrorPage;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        break;
    case BodyFault::WrongShape:
        response.body = "{\"value\":42}";
        response.setHeader("Content-Type", kODataJson);
        break;
    case BodyFault::None: break;
    }
    // Compressed when asked for, as Graph's answers are (an injected broken body stays as it is).
    if (fault.body == BodyFault::None && !response.body.isEmpty() && acceptsGzip(request.header("accept-encoding"))) {
        const QByteArray compressed = gzipCompress(response.body);
        if (!compressed.isEmpty()) {
            response.body = compressed;
            response.setHeader("Content-Encoding", "gzip");
            response.setHeader("Vary", "Accept-Encoding");
        }
    }
    finalize(response, context);
    if (request.method != "GET")
        notifications.scheduleFlush();
    if (fault.reset == ResetFault::AfterAction) {
        connection.abort();
        log.complete(seq, 0, label);
        return;
    }
    if (fault.body == BodyFault::Truncated)
        connection.sendTruncated(response);
    else
        connection.send(response);
    log.complete(seq, response.status, label);
}

HttpResponse GraphSimulatorPrivate::dispatchBatchItem(const HttpRequest &request, const RequestContext &context)
{
    const FaultDecision fault = faults.decide(request.method, request.path, true);
    if (fault.status != 0) {
        HttpResponse response = injectedGraphError(fault.status, fault.code, context);
        if (!fault.retryAfter.isEmpty())
            response.setHeader("Retry-After", fault.retryAfter.toUtf8());
        return response;
    }
    return routeResponse(graphRouter, request, context);
}

GraphSimulator::GraphSimulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<GraphSimulatorPrivate>(this))
{}

GraphSimulator::~GraphSimulator() = default;

bool GraphSimulator::loadScenario(const QByteArray &json, QString *error)
{
    const auto scenario = Scenario::parse(json, error);
    if (!scenario)
        return false;
    d->scheduler.clear();
    d->tokens.clear();
    d->faults.clear();
    d->log.clear();
    d->world.load(*scenario);
    d->relays.reset();
    d->notifications.reset();
    d->faults.seed(scenario->options.seed);
    const QDateTime origin =
        scenario->options.startTime.isValid() ? scenario->options.startTime : QDateTime::currentDateTimeUtc();
    d->clock.start(scenario->options.clock, origin);
    d->churn.start(0);
    // The calls the scenario starts with count as joined now: 45 minutes without keepAlive ends them.
    for (CallState *call : d->world.calls())
        d->lifetime.keepAlive(*call);
    if (scenario->options.clock == SimClock::Mode::Real)
        d->tick.start();
    else
        d->tick.stop();
    return true;
}

bool GraphSimulator::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read scenario %1: %2").arg(path, file.errorString());
        return false;
    }
    QString parseError;
    if (!loadScenario(file.readAll(), &parseError)) {
        if (error)
            *error = path + QStringLiteral(": ") + parseError;
        return false;
    }
    return true;
}

quint16 GraphSimulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = d->server.listen(address, port);
    if (bound == 0)
        return 0;
    QString host;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + address.toString() + QLatin1Char(']');
    else
        host = address.toString();
    d->baseUrl = QUrl(QStringLiteral("http://%1:%2").arg(host).arg(bound));
    return bound;
}

QUrl GraphSimulator::baseUrl() const
{
    return d->baseUrl;
}

QByteArray GraphSimulator::notificationToken(const QString &audienceClientId) const
{
    return d->notificationTokens.notificationToken(audienceClientId);
}

NotificationTokens &GraphSimulator::notificationTokens()
{
    return d->notificationTokens;
}

RelayEmulator &GraphSimulator::relays()
{
    return d->relays;
}

void GraphSimulator::advanceClock(double seconds)
{
    d->clock.advance(qint64(seconds * 1000));
    d->runDue();
}

} // namespace graphsim
