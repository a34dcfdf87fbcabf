#include "simulator/http_connection.h"

#include <QTimer>

namespace graphsim {

HttpConnection::HttpConnection(QTcpSocket *socket, bool closeAfterResponse, bool headRequest)
    : m_socket(socket)
    , m_closeAfterResponse(closeAfterResponse)
    , m_headRequest(headRequest)
{
    // Without TCP_NODELAY every answer waited ~40 ms for Nagle's algorithm and the client's
    // delayed ACK: the service answers at once, and tests run thousands of requests.
    if (m_socket)
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpConnection::head(const HttpResponse &response, qsizetype contentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers) {
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    if (response.status != 204 && response.status >= 200)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (m_closeAfterResponse)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

void HttpConnection::send(const HttpResponse &response) const
{
    if (!isOpen())
        return;
    const bool withBody = !m_headRequest && response.status != 204;
    m_socket->write(head(response, withBody ? response.body.size() : 0));
    if (withBody)
        m_socket->write(response.body);
    if (m_closeAfterResponse)
        m_socket->disconnectFromHost();
}

void HttpConnection::sendTruncated(const HttpResponse &response) const
{
    if (!isOpen())
        return;
    const qsizetype sent = qMax<qsizetype>(0, qMin(response.body.size() / 2, response.body.size() - 1));
    m_socket->write(head(response, response.body.size()));
    m_socket->write(response.body.left(sent));
    m_socket->flush();
    // Closing on the next turn of the event loop keeps QtHttpServer's own bookkeeping for this
    // request (which runs after our handler returns) away from a socket that is going away.
    QPointer<QTcpSocket> socket = m_socket;
    QTimer::singleShot(0, socket, [socket] {
        if (socket)
            socket->disconnectFromHost();
    });
}

void HttpConnection::abort() const
{
    QPointer<QTcpSocket> socket = m_socket;
    if (!socket)
        return;
    QTimer::singleShot(0, socket, [socket] {
        if (socket)
            socket->abort();
    });
}

} // namespace graphsim
