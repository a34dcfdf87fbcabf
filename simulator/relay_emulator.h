// The emulated Azure Relay: the scenario's hybrid connections ("relays") at the simulator's own
// address. Listeners open their control channel at ws://{simulator}/$hc/{path}?sb-hc-action=listen
// with a token signed with the scenario's key; senders post to /{path}/… (or /$hc/{path}/…) and get
// the answer of a listener picked at random, 502 when none is connected, 504 when it does not
// answer in time. Requests larger than 64 kB go over rendezvous sockets, as on the real relay.
// Timings (token expiry, request timeout) follow the real clock, not the simulated one.
#pragma once

#include "simulator/http_connection.h"
#include "simulator/http_message.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace graphsim {

class Router;
class World;
class RelayEmulatorPrivate;

class RelayEmulator : public QObject
{
    Q_OBJECT
public:
    explicit RelayEmulator(World &world, QObject *parent = nullptr);
    ~RelayEmulator() override;

    //! A new scenario: every listener is disconnected and every pending request fails.
    void reset();

    //! Whether \a url is a hybrid connection's address: its host is a relay namespace of the
    //! scenario and its path that hybrid connection's path or below it.
    bool isRelayAddress(const QUrl &url) const;
    //! Posts \a body to \a callbackUrl exactly as an HTTP sender would, without a socket;
    //! \a done gets the status the sender would see (404 for an address that is no relay's).
    void deliver(const QUrl &callbackUrl, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                 std::function<void(int status)> done);

    //! Sender side: whether a plain HTTP request is addressed to a hybrid connection.
    bool isSenderRequest(const HttpRequest &request) const;
    void handleSenderRequest(const HttpRequest &request, const HttpConnection &connection);

    //! Listener side: nothing when the WebSocket upgrade may go ahead, else the refusal (404 path,
    //! 401/403 token, 400 action, 410 for a declined sender …).
    std::optional<HttpResponse> checkUpgrade(const HttpRequest &request);
    //! Takes a WebSocket that the HTTP server upgraded after checkUpgrade() let it through.
    void adopt(std::unique_ptr<QWebSocket> socket);

    //! GET /_sim/relays, POST /_sim/relays/drop, POST /_sim/relays/accept (sim-hooks.md).
    void registerHooks(Router &router);

private:
    std::unique_ptr<RelayEmulatorPrivate> d;
};

} // namespace graphsim
