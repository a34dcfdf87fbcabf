// One connection to the local listener.
#include "core/notifications/local_http_connection.h"

#include "core/notifications/relay_logging.h"

#include <QTcpSocket>

#include <memory>
#include <utility>

namespace moderato {

namespace {

constexpr int kLingerMs = 500;
constexpr int kCloseTimeoutMs = 10 * 1000;

QByteArray reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

} // namespace

QByteArray httpResponse(int status, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (status == 405)
        out += "Allow: POST\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + body;
}

LocalHttpConnection::LocalHttpConnection(QTcpSocket *socket, const LocalHttpLimits &limits, RequestHandler onRequest,
                                         QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_onRequest(std::move(onRequest))
{
    socket->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LocalHttpConnection::giveUp);
    connect(socket, &QTcpSocket::readyRead, this, &LocalHttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_deadline.start(m_limits.headTimeoutMs);
    onReadyRead();
}

void LocalHttpConnection::onReadyRead()
{
    if (m_stage == Stage::Head)
        readHead();
    if (m_stage == Stage::Body)
        readBody();
    if (m_stage != Stage::Head && m_stage != Stage::Body)
        m_socket->readAll(); // one request per connection: whatever else comes is dropped
}

void LocalHttpConnection::readHead()
{
    // Reads no more than the head may be long (plus its blank line), so that a client cannot
    // make the buffer grow.
    const qsizetype room = m_limits.maxHeadBytes + 4 - m_buffer.size();
    m_buffer += m_socket->read(std::max<qsizetype>(0, room));
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() >= m_limits.maxHeadBytes + 4)
            refuse(431);
        return;
    }
    m_head = parseHttpRequestHead(QByteArrayView(m_buffer).first(end), m_limits.head);
    m_buffer.remove(0, end + 4);
    if (m_head.refusal != 0) {
        refuse(m_head.refusal);
        return;
    }
    m_stage = Stage::Body;
    m_deadline.start(std::max(0, m_limits.requestTimeoutMs - m_limits.headTimeoutMs));
    if (m_head.expectsContinue && m_buffer.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void LocalHttpConnection::readBody()
{
    const qint64 missing = m_head.contentLength - m_buffer.size();
    if (missing > 0)
        m_buffer += m_socket->read(missing);
    if (m_buffer.size() < m_head.contentLength)
        return;
    m_buffer.truncate(m_head.contentLength);
    m_stage = Stage::Answering;
    m_deadline.start(m_limits.answerTimeoutMs);
    QPointer<LocalHttpConnection> self = this;
    auto answered = std::make_shared<bool>(false);
    m_onRequest(m_head.method, m_head.target, m_head.headers, std::exchange(m_buffer, {}),
                [self, answered](int status, const QByteArray &body) {
                    if (*answered || !self)
                        return;
                    *answered = true;
                    self->answer(status, body);
                });
}

void LocalHttpConnection::answer(int status, const QByteArray &body)
{
    if (m_stage == Stage::Done || m_stage == Stage::Closing)
        return;
    const bool wholeRequestRead = m_stage == Stage::Answering;
    m_stage = Stage::Done;
    if (status < 100 || status > 599)
        status = 500;
    m_socket->write(httpResponse(status, body));
    m_socket->readAll();
    if (wholeRequestRead)
        giveUp(); // closes now
    else
        m_deadline.start(kLingerMs);
}

void LocalHttpConnection::refuse(int status)
{
    qCInfo(lcRelay) << "local listener refused a request with" << status;
    answer(status, {});
}

void LocalHttpConnection::giveUp()
{
    switch (m_stage) {
    case Stage::Head:
    case Stage::Body: refuse(408); break;
    case Stage::Answering:
        answer(503, {}); // the handler never answered
        break;
    case Stage::Done:
        m_stage = Stage::Closing;
        m_deadline.start(kCloseTimeoutMs);
        m_socket->disconnectFromHost(); // after what is written has gone out
        break;
    case Stage::Closing:
        m_socket->abort(); // the client does not read
        break;
    }
}

} // namespace moderato
