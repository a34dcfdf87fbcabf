// QAbstractHttpServer that hands every request to one callback with a connection it can answer later,
// and WebSocket upgrades (the relay emulation's listeners) to another once a check let them through.
#pragma once

#include "simulator/http_connection.h"
#include "simulator/http_message.h"

#include <QAbstractHttpServer>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace graphsim {

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, const HttpConnection &)>;
    //! Nothing: the upgrade goes ahead; a response: the upgrade is refused with it.
    using UpgradeCheck = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    void setHandler(Handler handler);
    //! Without these, every WebSocket upgrade is refused with 404.
    void setWebSocketHandlers(UpgradeCheck check, WebSocketHandler handler);

    static HttpRequest toHttpRequest(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    UpgradeCheck m_upgradeCheck;
    WebSocketHandler m_webSocketHandler;
};

} // namespace graphsim
