#include "simulator/sim_http_server.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUrl>

namespace graphsim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

} // namespace

SimHttpServer::SimHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    // Qt 6.4 hands an upgrade to its WebSocket server only while this signal is connected, and
    // only when handleRequest() returned true for it.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (m_webSocketHandler)
                m_webSocketHandler(std::move(socket));
        }
    });
}

void SimHttpServer::setWebSocketHandlers(UpgradeCheck check, WebSocketHandler handler)
{
    m_upgradeCheck = std::move(check);
    m_webSocketHandler = std::move(handler);
}

void SimHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

HttpRequest SimHttpServer::toHttpRequest(const QHttpServerRequest &request)
{
    HttpRequest out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyDecoded);
    out.rawQuery = url.query(QUrl::FullyEncoded);
    out.query = parseFormEncoded(out.rawQuery.toLatin1());
    for (const auto &h : request.headers())
        out.headers.append({h.first.toLower(), h.second});
    out.body = request.body();
    return out;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req = toHttpRequest(request);
    if (isWebSocketUpgrade(request)) {
        std::optional<HttpResponse> refusal;
        if (!m_upgradeCheck || !m_webSocketHandler) {
            refusal = HttpResponse();
            refusal->status = 404;
        } else {
            refusal = m_upgradeCheck(req);
        }
        if (!refusal)
            return true; // Qt upgrades the connection and emits newWebSocketConnection()
        // Refused: answered here; Qt then calls missingHandler(), which leaves it alone, and closes.
        HttpConnection(socket, true, false).send(*refusal);
        return false;
    }
    const bool close = req.header("connection").toLower().contains("close");
    const HttpConnection connection(socket, close, req.method == "HEAD");
    if (m_handler)
        m_handler(req, connection);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request))
        return; // refused in handleRequest()
    HttpResponse response;
    response.status = 404;
    HttpConnection(socket, true, false).send(response);
}

} // namespace graphsim
