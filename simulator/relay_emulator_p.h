// The emulated relay's inner state: listeners' control channels, rendezvous sockets, requests in
// flight. Internal to relay_emulator.cpp and relay_exchange.cpp.
#pragma once

#include "simulator/relay_emulator.h"
#include "simulator/relay_forwarding.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace graphsim {

class World;
struct ScenarioRelay;

//! One listener's control channel.
struct RelayControl
{
    QString id;    //!< sb-hc-id, or one the relay made up
    int relay = 0; //!< index in the scenario's relays
    QWebSocket *socket = nullptr;
    QUrl base; //!< scheme, host and port the listener reached the relay at
    QDateTime connectedAt;
    qint64 tokenExpiresAt = 0;
    QTimer *expiry = nullptr;
    int renewals = 0;
    int requests = 0;
};

//! A sender's request waiting for its answer.
struct RelayPending
{
    QString id;
    int relay = 0;
    ForwardedRequest request;
    QUrl base;
    std::function<void(const HttpResponse &)> done;
    QPointer<QWebSocket> answerFrom; //!< the socket the answer is expected on
    QPointer<QTcpSocket> sender;     //!< the sender's connection (a rendezvous stays for it)
    bool delivered = false;          //!< the complete request went out (not only its address)
    QTimer *timeout = nullptr;
};

//! A listener's response whose body is the next binary message on its socket.
struct AwaitedBody
{
    ListenerResponse response;
};

struct RelayCounters
{
    int forwarded = 0;
    int withoutListener = 0;
    int timedOut = 0;
    int overRendezvous = 0;
    int refusedSenders = 0;
    int protocolViolations = 0;
};

class RelayEmulatorPrivate
{
public:
    RelayEmulatorPrivate(RelayEmulator *q, World &world)
        : q(q)
        , world(world)
    {}

    const QList<ScenarioRelay> &relays() const;
    int relayForSender(const HttpRequest &request, QString *below) const;
    int relayByPath(const QString &path) const;

    // relay_emulator.cpp: sockets in and out
    void adoptControl(QWebSocket *socket, int relay, const QString &id, qint64 expiresAt);
    void adoptRendezvous(QWebSocket *socket, const QString &requestId);
    void onText(QWebSocket *socket, const QString &text);
    void onBinary(QWebSocket *socket, const QByteArray &data);
    void onClosed(QWebSocket *socket);
    void renewToken(RelayControl &control, const QJsonObject &message);
    void dropAll();
    QJsonObject snapshot() const;
    HttpResponse sendAccept(const HttpRequest &request);

    // relay_exchange.cpp: requests and answers
    void send(const HttpRequest &request, QPointer<QTcpSocket> sender, std::function<void(const HttpResponse &)> done);
    void deliverTo(RelayPending &pending, QWebSocket *socket, bool onlyAddress);
    void complete(const QString &requestId, const HttpResponse &response);
    void answerArrived(QWebSocket *socket, const ListenerResponse &response, const QByteArray &body);
    void failRequestsOn(QWebSocket *socket);
    void closeRendezvousOf(QTcpSocket *sender);

    RelayEmulator *q;
    World &world;
    QRandomGenerator random;
    QList<RelayControl> controls;
    QHash<QString, RelayPending> pending;
    QHash<QWebSocket *, AwaitedBody> awaitingBody;
    QHash<QWebSocket *, int> rendezvous; //!< rendezvous socket → relay
    QHash<QTcpSocket *, QPointer<QWebSocket>> rendezvousBySender;
    QHash<int, RelayCounters> counters;
    QHash<QString, QString> accepts;  //!< accept id → outcome
    QHash<QString, int> acceptRelays; //!< accept id → relay
};

} // namespace graphsim
