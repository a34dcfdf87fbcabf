// The emulated relay's test hooks: what is connected, and a WebSocket sender knocking.
#include "simulator/odata.h"
#include "simulator/relay_emulator_p.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace graphsim {

QJsonObject RelayEmulatorPrivate::snapshot() const
{
    QJsonArray out;
    for (int i = 0; i < relays().size(); ++i) {
        const ScenarioRelay &relay = relays().at(i);
        QJsonArray listeners;
        for (const RelayControl &control : controls) {
            if (control.relay != i)
                continue;
            listeners.append(
                QJsonObject{{QStringLiteral("id"), control.id},
                            {QStringLiteral("connectedAt"), control.connectedAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("tokenExpiresAt"),
                             QDateTime::fromSecsSinceEpoch(control.tokenExpiresAt, Qt::UTC).toString(Qt::ISODate)},
                            {QStringLiteral("tokenRenewals"), control.renewals},
                            {QStringLiteral("requests"), control.requests}});
        }
        QJsonObject accepted;
        for (auto it = accepts.begin(); it != accepts.end(); ++it) {
            if (acceptRelays.value(it.key()) == i)
                accepted.insert(it.key(), it.value());
        }
        const RelayCounters count = counters.value(i);
        out.append(QJsonObject{{QStringLiteral("namespace"), relay.relayNamespace},
                               {QStringLiteral("path"), relay.path},
                               {QStringLiteral("listeners"), listeners},
                               {QStringLiteral("requestsForwarded"), count.forwarded},
                               {QStringLiteral("requestsWithoutListener"), count.withoutListener},
                               {QStringLiteral("requestsTimedOut"), count.timedOut},
                               {QStringLiteral("requestsOverRendezvous"), count.overRendezvous},
                               {QStringLiteral("sendersRefused"), count.refusedSenders},
                               {QStringLiteral("protocolViolations"), count.protocolViolations},
                               {QStringLiteral("accepts"), accepted}});
    }
    return QJsonObject{{QStringLiteral("relays"), out}};
}

HttpResponse RelayEmulatorPrivate::sendAccept(const HttpRequest &request)
{
    RequestContext context;
    context.requestId = newUuid();
    const auto body = jsonObjectBody(request.body, true);
    if (!body)
        return invalidJsonPayload(context);
    const QString path = body->value(QStringLiteral("path")).toString();
    const int relay = path.isEmpty() ? (relays().isEmpty() ? -1 : 0) : relayByPath(path);
    if (relay < 0)
        return badRequest(QStringLiteral("No hybrid connection '%1' in the scenario.").arg(path), context);
    QList<const RelayControl *> candidates;
    for (const RelayControl &control : controls) {
        if (control.relay == relay)
            candidates.append(&control);
    }
    if (candidates.isEmpty())
        return HttpResponse::json(409,
                                  QJsonObject{{QStringLiteral("error"), QStringLiteral("No listener is connected.")}});
    const RelayControl *control = candidates.at(int(random.bounded(quint32(candidates.size()))));
    const QString id = newUuid();
    QUrl address = control->base;
    address.setPath(QStringLiteral("/$hc/") + relays().at(relay).path);
    address.setQuery(QStringLiteral("sb-hc-action=accept&sb-hc-id=") + id);
    const QJsonObject accept{{QStringLiteral("address"), address.toString()},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("connectHeaders"),
                              QJsonObject{{QStringLiteral("Host"), relays().at(relay).relayNamespace},
                                          {QStringLiteral("Sec-WebSocket-Version"), QStringLiteral("13")}}}};
    control->socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("accept"), accept}}).toJson(QJsonDocument::Compact)));
    accepts.insert(id, QStringLiteral("pending"));
    acceptRelays.insert(id, relay);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), id}});
}

} // namespace graphsim
