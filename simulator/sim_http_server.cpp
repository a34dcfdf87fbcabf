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

} // namespace

SimHttpServer::SimHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
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
    const bool close = req.header("connection").toLower().contains("close");
    const HttpConnection connection(socket, close, req.method == "HEAD");
    if (m_handler)
        m_handler(req, connection);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    HttpResponse response;
    response.status = 404;
    HttpConnection(socket, true, false).send(response);
}

} // namespace graphsim
