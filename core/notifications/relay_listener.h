#pragma once
// RelayListener: hears Graph's callbacks through an Azure Relay hybrid connection. Moderato connects
// out over a WebSocket (the control channel) to wss://{namespace}/$hc/{path} as the listener; the
// relay forwards each HTTP request sent to https://{namespace}/{path}/… and takes the answer back.
//
// What reaches Moderato of the sender's request (relay-hybrid-connections-protocol.md, "Request
// operation" and "Request message"): the method, the request target (path and query, every
// sb-hc-* query parameter removed), the body, and the headers except
//  - the headers of RFC 7230 other than Via (Connection, Content-Length, Host, TE, Trailer,
//    Transfer-Encoding, Upgrade, Close): they concern only the connection to the relay;
//  - ServiceBusAuthorization, always stripped (and checked when the hybrid connection requires
//    client authorization);
//  - Authorization, which is checked and stripped only when the hybrid connection requires client
//    authorization and the request carries neither sb-hc-token nor ServiceBusAuthorization.
//    Otherwise it "is always passed on as-is".
// Graph sends its JWT as "Authorization: Bearer …" and no relay token, so the hybrid connection
// must be created with "Requires Client Authorization" off: then Graph's Authorization header
// reaches Moderato unchanged and Moderato verifies it. With it on, the relay would take Graph's
// header for its own token and refuse the request (401) before Moderato sees it.
// The relay adds its namespace to Via. A request of more than 64 kB comes over a rendezvous socket.

#include "core/notifications/notification_listener.h"
#include "core/notifications/relay_message.h"

#include <QByteArray>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QWebSocket;

namespace moderato {

class RelayChannel;

//! Where and with which key to listen.
struct RelayListenerConfig
{
    QString relayNamespace;   //!< "contoso-moderato.servicebus.windows.net"
    QString hybridConnection; //!< the hybrid connection's name (its path), "moderato"
    QString keyName;          //!< a shared access policy with the Listen right
    QByteArray key;           //!< that policy's key; never logged, never stored by the listener
    //! Optional: the relay's network address (wss://host[:port]) when it is not the namespace's;
    //! ws:// only on a loopback address (the simulator).
    QUrl relayAddress;
};

//! How long things take; the defaults are the production values, tests shorten them.
struct RelayTimings
{
    std::chrono::seconds tokenLifetime{3600};           //!< renewed after three quarters of it
    std::chrono::milliseconds keepAliveInterval{30000}; //!< a ping; no pong by the next: reconnect
    std::chrono::milliseconds firstRetryDelay{1000};    //!< then 2 s, 4 s, … with jitter
    std::chrono::milliseconds maxRetryDelay{60000};
    std::chrono::milliseconds stableAfter{30000};    //!< connected this long: retries start over
    std::chrono::milliseconds connectTimeout{30000}; //!< for the control channel's handshake
};

class RelayListener : public NotificationListener
{
    Q_OBJECT
public:
    explicit RelayListener(RelayListenerConfig config, QObject *parent = nullptr);
    ~RelayListener() override;

    void setTimings(const RelayTimings &timings) { m_timings = timings; }

    void start() override;
    void stop() override;
    //! https://{namespace}/{hybrid connection}
    QUrl publicUrl() const override;

    //! Token renewals sent on the current control channel.
    int tokenRenewals() const { return m_renewals; }
    //! Control channels opened since start() (the first one included).
    int connections() const { return m_connections; }
    //! The id this listener gives the relay for tracing (sb-hc-id), the same on every reconnect.
    QString listenerId() const { return m_listenerId; }

private:
    QString configProblem() const;
    QString where() const;
    QUrl controlChannelUrl(const QByteArray &token) const;
    QByteArray newToken();
    bool isUsableRendezvous(const QUrl &address) const;

    void connectNow();
    void onConnected();
    void onSocketError();
    void onDisconnected();
    void retryLater(const QString &what);
    void fail(const QString &sentence);
    void renewToken();
    void keepAlive();
    void dropControlChannel();

    void onRequest(RelayChannel *channel, const RelayRequest &request, const QByteArray &body);
    void declineAccept(const RelayAccept &accept);
    IncomingRequest incoming(const RelayRequest &request, const QByteArray &body) const;

    RelayListenerConfig m_config;
    RelayTimings m_timings;
    QString m_listenerId;
    QWebSocket *m_control = nullptr;
    QTimer m_retryTimer;
    QTimer m_renewTimer;
    QTimer m_pingTimer;
    QTimer m_stableTimer;
    QTimer m_connectTimer;
    bool m_running = false;
    bool m_wasListening = false;
    bool m_awaitingPong = false;
    int m_attempt = 0;
    int m_renewals = 0;
    int m_connections = 0;
    qint64 m_tokenExpiresAt = 0; //!< Unix seconds
};

} // namespace moderato
