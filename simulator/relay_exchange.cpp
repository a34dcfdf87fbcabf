// The emulated relay's exchanges: a sender's request to a listener and the listener's answer back,
// over the control channel or a rendezvous socket.
#include "simulator/relay_emulator_p.h"
#include "simulator/relay_sas.h"
#include "simulator/world.h"

#include <QJsonDocument>

namespace graphsim {

void RelayEmulatorPrivate::send(const HttpRequest &request, QPointer<QTcpSocket> sender,
                                std::function<void(const HttpResponse &)> done)
{
    QString below;
    const int relayIndex = relayForSender(request, &below);
    if (relayIndex < 0) {
        done(relayError(404, QStringLiteral("The hybrid connection path is invalid.")));
        return;
    }
    const ScenarioRelay &relay = relays().at(relayIndex);
    RelayCounters &count = counters[relayIndex];
    bool tokenInAuthorization = false;
    if (relay.requiresClientAuthorization) {
        const QByteArray token = senderRelayToken(request, &tokenInAuthorization);
        const RelayTokenCheck check = token.isEmpty()
                                          ? RelayTokenCheck{401, QStringLiteral("The security token is missing."), 0}
                                          : checkRelayToken(token, relay, QDateTime::currentSecsSinceEpoch());
        if (check.status != 0) {
            ++count.refusedSenders;
            done(relayError(check.status, check.problem));
            return;
        }
    }
    RelayPending entry;
    entry.id = newUuid();
    entry.relay = relayIndex;
    entry.request = forwardedRequest(request, relay, below, tokenInAuthorization);
    entry.done = std::move(done);
    entry.sender = sender;
    // A sender whose earlier request went over a rendezvous socket keeps it for its next ones.
    QWebSocket *kept = sender ? rendezvousBySender.value(sender.data()).data() : nullptr;
    if (kept && rendezvous.value(kept, -1) != relayIndex)
        kept = nullptr; // that rendezvous belongs to another hybrid connection
    RelayControl *control = nullptr;
    if (!kept) {
        QList<int> candidates;
        for (int i = 0; i < controls.size(); ++i) {
            if (controls.at(i).relay == relayIndex)
                candidates.append(i);
        }
        if (candidates.isEmpty()) {
            ++count.withoutListener;
            entry.done(relayError(502, QStringLiteral("There are no listeners connected for the endpoint.")));
            return;
        }
        // "If there are two or more active listeners, incoming connections are balanced across
        // them in random order."
        control = &controls[candidates.at(int(random.bounded(quint32(candidates.size()))))];
        ++control->requests;
        entry.base = control->base;
    } else {
        entry.base = kept->requestUrl().adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    }
    ++count.forwarded;
    entry.timeout = new QTimer(q);
    entry.timeout->setSingleShot(true);
    const QString id = entry.id;
    QObject::connect(entry.timeout, &QTimer::timeout, q, [this, id, relayIndex] {
        ++counters[relayIndex].timedOut;
        complete(id, relayError(504, QStringLiteral("The request was routed to a listener, but the listener did not "
                                                    "acknowledge receipt in the required time.")));
    });
    entry.timeout->start(int(relay.requestTimeoutSeconds * 1000));
    RelayPending &stored = pending.insert(id, entry).value();
    if (kept)
        deliverTo(stored, kept, false);
    else
        deliverTo(stored, control->socket, !fitsControlChannel(stored.request));
}

void RelayEmulatorPrivate::deliverTo(RelayPending &entry, QWebSocket *socket, bool onlyAddress)
{
    QUrl address = entry.base;
    address.setPath(QStringLiteral("/$hc/") + relays().at(entry.relay).path);
    address.setQuery(QStringLiteral("sb-hc-action=request&sb-hc-id=") + entry.id);
    socket->sendTextMessage(
        QString::fromUtf8(requestMessage(entry.request, entry.id, address.toString(), onlyAddress)));
    if (!onlyAddress && !entry.request.body.isEmpty())
        socket->sendBinaryMessage(entry.request.body);
    if (onlyAddress)
        ++counters[entry.relay].overRendezvous;
    entry.delivered = !onlyAddress;
    entry.answerFrom = socket;
}

void RelayEmulatorPrivate::adoptRendezvous(QWebSocket *socket, const QString &requestId)
{
    rendezvous.insert(socket, pending.value(requestId).relay);
    QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                     [this, socket](const QString &t) { onText(socket, t); });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, q,
                     [this, socket](const QByteArray &b) { onBinary(socket, b); });
    QObject::connect(socket, &QWebSocket::disconnected, q, [this, socket] { onClosed(socket); });
    const auto it = pending.find(requestId);
    if (it == pending.end()) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                      QStringLiteral("The sender client shuts down the connection."));
        return;
    }
    RelayPending &entry = it.value();
    if (!entry.delivered)
        deliverTo(entry, socket, false); // the whole request now, on the rendezvous socket
    else
        entry.answerFrom = socket; // the listener answers here (its answer is larger than 64 kB)
    // The relay keeps the rendezvous for as long as the sender's connection lasts.
    if (QTcpSocket *sender = entry.sender.data(); sender && !rendezvousBySender.contains(sender)) {
        rendezvousBySender.insert(sender, socket);
        QObject::connect(sender, &QTcpSocket::disconnected, q, [this, sender] { closeRendezvousOf(sender); });
        QObject::connect(sender, &QObject::destroyed, q, [this, sender] { closeRendezvousOf(sender); });
    }
}

void RelayEmulatorPrivate::onText(QWebSocket *socket, const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QStringLiteral("renewToken"))) {
        for (RelayControl &control : controls) {
            if (control.socket == socket)
                renewToken(control, message);
        }
        return;
    }
    const std::optional<ListenerResponse> response = parseListenerResponse(message);
    if (!response) {
        for (const RelayControl &control : std::as_const(controls)) {
            if (control.socket == socket)
                ++counters[control.relay].protocolViolations;
        }
        return;
    }
    if (response->hasBody)
        awaitingBody.insert(socket, AwaitedBody{*response});
    else
        answerArrived(socket, *response, {});
}

void RelayEmulatorPrivate::onBinary(QWebSocket *socket, const QByteArray &data)
{
    const auto it = awaitingBody.find(socket);
    if (it == awaitingBody.end())
        return; // belongs to no response: dropped, as a body nobody announced
    const ListenerResponse response = it->response;
    awaitingBody.erase(it);
    answerArrived(socket, response, data);
}

void RelayEmulatorPrivate::answerArrived(QWebSocket *socket, const ListenerResponse &response, const QByteArray &body)
{
    const auto it = pending.find(response.requestId);
    if (it == pending.end())
        return; // too late: the sender already got 504
    const int relay = it->relay;
    const bool onControl =
        std::any_of(controls.begin(), controls.end(), [socket](const RelayControl &c) { return c.socket == socket; });
    if (onControl && body.size() > kRelayControlChannelLimit) {
        ++counters[relay].protocolViolations;
        complete(response.requestId, relayError(502, QStringLiteral("The listener answered with more than 64 kB on "
                                                                    "the control channel instead of a rendezvous.")));
        return;
    }
    complete(response.requestId, senderResponse(response, body, relays().at(relay)));
}

void RelayEmulatorPrivate::complete(const QString &requestId, const HttpResponse &response)
{
    const auto it = pending.find(requestId);
    if (it == pending.end())
        return;
    RelayPending entry = it.value();
    pending.erase(it);
    entry.timeout->deleteLater();
    entry.done(response);
    // Without a sender connection (an in-process delivery) a rendezvous has nothing to stay for.
    if (!entry.sender && entry.answerFrom && rendezvous.contains(entry.answerFrom.data()))
        entry.answerFrom->close(QWebSocketProtocol::CloseCodeGoingAway,
                                QStringLiteral("The sender client shuts down the connection."));
}

void RelayEmulatorPrivate::failRequestsOn(QWebSocket *socket)
{
    QStringList lost;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (it->answerFrom == socket || !it->answerFrom)
            lost.append(it.key());
    }
    for (const QString &id : std::as_const(lost))
        complete(id, relayError(502, QStringLiteral("The listener's connection to the relay was lost.")));
}

void RelayEmulatorPrivate::onClosed(QWebSocket *socket)
{
    for (qsizetype i = 0; i < controls.size(); ++i) {
        if (controls.at(i).socket == socket)
            controls.removeAt(i--);
    }
    rendezvous.remove(socket);
    for (auto it = rendezvousBySender.begin(); it != rendezvousBySender.end();) {
        if (it.value() == socket || !it.value())
            it = rendezvousBySender.erase(it);
        else
            ++it;
    }
    awaitingBody.remove(socket);
    failRequestsOn(socket);
    socket->disconnect(q);
    socket->deleteLater();
}

void RelayEmulatorPrivate::closeRendezvousOf(QTcpSocket *sender)
{
    const QPointer<QWebSocket> socket = rendezvousBySender.take(sender);
    if (socket)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                      QStringLiteral("The sender client shuts down the connection."));
}

} // namespace graphsim
