// The emulated relay: who may connect, listeners' control channels, rendezvous sockets, hooks.
#include "simulator/relay_emulator.h"

#include "simulator/odata.h"
#include "simulator/relay_emulator_p.h"
#include "simulator/relay_sas.h"
#include "simulator/router.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace graphsim {

namespace {

QString queryItem(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

const QList<ScenarioRelay> &RelayEmulatorPrivate::relays() const
{
    return world.scenario().relays;
}

int RelayEmulatorPrivate::relayByPath(const QString &path) const
{
    for (int i = 0; i < relays().size(); ++i) {
        if (relays().at(i).path.compare(path, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int RelayEmulatorPrivate::relayForSender(const HttpRequest &request, QString *below) const
{
    // The namespace from the Host header when it names one; else the path alone decides (relay
    // paths of a scenario never overlap).
    const QString host = QString::fromLatin1(request.header("host")).section(QLatin1Char(':'), 0, 0);
    for (int i = 0; i < relays().size(); ++i) {
        const ScenarioRelay &relay = relays().at(i);
        const bool namespaceHost = std::any_of(relays().begin(), relays().end(), [&](const ScenarioRelay &r) {
            return r.relayNamespace.compare(host, Qt::CaseInsensitive) == 0;
        });
        if (namespaceHost && relay.relayNamespace.compare(host, Qt::CaseInsensitive) != 0)
            continue;
        if (const auto rest = pathBelowRelay(request.path, relay)) {
            *below = *rest;
            return i;
        }
    }
    return -1;
}

RelayEmulator::RelayEmulator(World &world, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<RelayEmulatorPrivate>(this, world))
{}

RelayEmulator::~RelayEmulator()
{
    for (const RelayControl &control : std::as_const(d->controls))
        control.socket->disconnect(this);
    for (QWebSocket *socket : d->rendezvous.keys())
        socket->disconnect(this);
}

void RelayEmulator::reset()
{
    // The new world has other hybrid connections: everything of the old one goes now.
    const QStringList ids = d->pending.keys();
    for (const QString &id : ids)
        d->complete(id, relayError(502, QStringLiteral("The relay was reset.")));
    d->dropAll();
    for (const RelayControl &control : std::as_const(d->controls))
        control.socket->disconnect(this);
    for (QWebSocket *socket : d->rendezvous.keys())
        socket->disconnect(this);
    d->controls.clear();
    d->rendezvous.clear();
    d->rendezvousBySender.clear();
    d->awaitingBody.clear();
    d->counters.clear();
    d->accepts.clear();
    d->acceptRelays.clear();
    d->random.seed(d->world.options().seed);
}

bool RelayEmulator::isRelayAddress(const QUrl &url) const
{
    for (const ScenarioRelay &relay : d->relays()) {
        if (url.host().compare(relay.relayNamespace, Qt::CaseInsensitive) == 0
            && pathBelowRelay(url.path(QUrl::FullyDecoded), relay))
            return true;
    }
    return false;
}

void RelayEmulator::deliver(const QUrl &callbackUrl, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, std::function<void(int)> done)
{
    if (!isRelayAddress(callbackUrl)) {
        done(404);
        return;
    }
    HttpRequest request;
    request.method = "POST";
    request.path = callbackUrl.path(QUrl::FullyDecoded);
    request.rawQuery = callbackUrl.query(QUrl::FullyEncoded);
    request.query = parseFormEncoded(request.rawQuery.toLatin1());
    request.headers.append({"host", callbackUrl.host().toLatin1()});
    for (const auto &header : headers)
        request.headers.append({header.first.toLower(), header.second});
    request.body = body;
    d->send(request, nullptr, [done](const HttpResponse &response) { done(response.status); });
}

bool RelayEmulator::isSenderRequest(const HttpRequest &request) const
{
    QString below;
    return d->relayForSender(request, &below) >= 0;
}

void RelayEmulator::handleSenderRequest(const HttpRequest &request, const HttpConnection &connection)
{
    d->send(request, connection.socket(), [connection](const HttpResponse &response) { connection.send(response); });
}

std::optional<HttpResponse> RelayEmulator::checkUpgrade(const HttpRequest &request)
{
    const QString prefix = QStringLiteral("/$hc/");
    const int relay = request.path.startsWith(prefix) ? d->relayByPath(request.path.mid(prefix.size())) : -1;
    if (relay < 0)
        return relayError(404, QStringLiteral("The hybrid connection path is invalid."));
    const QString action = request.queryValue(QStringLiteral("sb-hc-action"));
    const QString id = request.queryValue(QStringLiteral("sb-hc-id"));
    if (action == QLatin1String("listen")) {
        QByteArray token = request.queryValue(QStringLiteral("sb-hc-token")).toUtf8();
        if (token.isEmpty())
            token = request.header("servicebusauthorization");
        const RelayTokenCheck check = checkRelayToken(token, d->relays().at(relay), nowSeconds());
        if (check.status != 0)
            return relayError(check.status, check.problem);
        return std::nullopt;
    }
    if (action == QLatin1String("request")) {
        if (!d->pending.contains(id) || d->pending.value(id).relay != relay)
            return relayError(403, QStringLiteral("The URL has expired."));
        return std::nullopt;
    }
    if (action == QLatin1String("accept")) {
        if (d->accepts.value(id) != QLatin1String("pending"))
            return relayError(403, QStringLiteral("The URL is not valid."));
        if (request.hasQuery(QStringLiteral("sb-hc-statusCode"))) {
            d->accepts[id] = QStringLiteral("rejected %1 %2")
                                 .arg(request.queryValue(QStringLiteral("sb-hc-statusCode")),
                                      request.queryValue(QStringLiteral("sb-hc-statusDescription")));
            return relayError(410, QStringLiteral("The sender was turned away."));
        }
        return std::nullopt;
    }
    if (action == QLatin1String("connect"))
        return relayError(501, QStringLiteral("WebSocket senders are not emulated."));
    return relayError(400, QStringLiteral("Unrecognized action."));
}

void RelayEmulator::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QUrl url = socket->requestUrl();
    const int relay = d->relayByPath(url.path(QUrl::FullyDecoded).mid(QStringLiteral("/$hc/").size()));
    const QString action = queryItem(url, QStringLiteral("sb-hc-action"));
    const QString id = queryItem(url, QStringLiteral("sb-hc-id"));
    if (relay >= 0 && action == QLatin1String("listen")) {
        QByteArray token = queryItem(url, QStringLiteral("sb-hc-token")).toUtf8();
        if (token.isEmpty())
            token = socket->request().rawHeader("ServiceBusAuthorization");
        const RelayTokenCheck check = checkRelayToken(token, d->relays().at(relay), nowSeconds());
        if (check.status == 0) {
            d->adoptControl(socket, relay, id, check.expiresAt);
            return;
        }
    } else if (relay >= 0 && action == QLatin1String("request")) {
        d->adoptRendezvous(socket, id);
        return;
    }
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    if (relay >= 0 && action == QLatin1String("accept") && d->accepts.contains(id)) {
        // A listener took the WebSocket sender; no sender is emulated, so it goes at once.
        d->accepts[id] = QStringLiteral("accepted");
        socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                      QStringLiteral("The sender client shuts down the connection."));
        return;
    }
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
}

void RelayEmulator::registerHooks(Router &router)
{
    router.add("GET", QStringLiteral("/_sim/relays"), [this] { return HttpResponse::json(200, d->snapshot()); });
    router.add("POST", QStringLiteral("/_sim/relays/drop"), [this] {
        d->dropAll();
        return HttpResponse::noContent();
    });
    router.add("POST", QStringLiteral("/_sim/relays/accept"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &) { return d->sendAccept(r); });
}

void RelayEmulatorPrivate::adoptControl(QWebSocket *socket, int relay, const QString &id, qint64 expiresAt)
{
    RelayControl control;
    control.id = id.isEmpty() ? newUuid() : id;
    control.relay = relay;
    control.socket = socket;
    const QUrl url = socket->requestUrl();
    control.base.setScheme(url.scheme());
    control.base.setHost(url.host());
    control.base.setPort(url.port());
    control.connectedAt = QDateTime::currentDateTimeUtc();
    control.tokenExpiresAt = expiresAt;
    control.expiry = new QTimer(socket);
    control.expiry->setSingleShot(true);
    // The relay drops the control channel when its token expires, unless it was renewed.
    QObject::connect(control.expiry, &QTimer::timeout, socket, [socket] {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("The security token has expired."));
    });
    control.expiry->start(std::max<qint64>(0, expiresAt * 1000 - QDateTime::currentMSecsSinceEpoch()));
    QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                     [this, socket](const QString &t) { onText(socket, t); });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, q,
                     [this, socket](const QByteArray &b) { onBinary(socket, b); });
    QObject::connect(socket, &QWebSocket::disconnected, q, [this, socket] { onClosed(socket); });
    controls.append(control);
}

void RelayEmulatorPrivate::renewToken(RelayControl &control, const QJsonObject &message)
{
    const QByteArray token =
        message.value(QStringLiteral("renewToken")).toObject().value(QStringLiteral("token")).toString().toUtf8();
    const RelayTokenCheck check = checkRelayToken(token, relays().at(control.relay), nowSeconds());
    if (check.status != 0) {
        control.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, check.problem);
        return;
    }
    ++control.renewals;
    control.tokenExpiresAt = check.expiresAt;
    control.expiry->start(std::max<qint64>(0, check.expiresAt * 1000 - QDateTime::currentMSecsSinceEpoch()));
}

void RelayEmulatorPrivate::dropAll()
{
    QList<QWebSocket *> sockets = rendezvous.keys();
    for (const RelayControl &control : std::as_const(controls))
        sockets.append(control.socket);
    for (QWebSocket *socket : sockets) {
        socket->close(QWebSocketProtocol::CloseCodeBadOperation, // 1011
                      QStringLiteral("Something went wrong in the service (simulated relay outage)."));
        QPointer<QWebSocket> guard = socket;
        QTimer::singleShot(2000, q, [guard] {
            if (guard)
                guard->abort();
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace graphsim
