// Requests and responses on one of the relay's WebSockets.
#include "core/notifications/relay_channel.h"

#include "core/notifications/relay_logging.h"

#include <QWebSocket>

namespace moderato {

RelayChannel::RelayChannel(QWebSocket *socket, Role role)
    : QObject(socket)
    , m_socket(socket)
    , m_role(role)
{
    connect(socket, &QWebSocket::textMessageReceived, this, &RelayChannel::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &RelayChannel::onBinary);
}

bool RelayChannel::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RelayChannel::sendResponse(const QString &requestId, int status, const QByteArray &body)
{
    if (!isOpen())
        return false;
    const QByteArray message =
        relayResponseMessage(requestId, relayableStatus(status), responseHeadersFor(body), !body.isEmpty());
    m_socket->sendTextMessage(QString::fromUtf8(message));
    if (!body.isEmpty())
        m_socket->sendBinaryMessage(body);
    return true;
}

void RelayChannel::onText(const QString &text)
{
    if (m_awaitingBody) {
        // A body was announced but another message came: that request cannot be read.
        ++m_protocolErrors;
        qCWarning(lcRelay) << "relay sent a message where a request body was due";
        const QString id = m_awaitingBody->id;
        m_awaitingBody.reset();
        sendResponse(id, 400, {});
    }
    m_skipNextBinary = false;
    const RelayMessage message = parseRelayMessage(text.toUtf8());
    switch (message.kind) {
    case RelayMessage::Kind::Request:
        if (message.request.hasBody && !message.request.onlyAddress)
            m_awaitingBody = message.request;
        else if (m_onRequest)
            m_onRequest(this, message.request, {});
        break;
    case RelayMessage::Kind::Accept:
        if (m_onAccept)
            m_onAccept(message.accept);
        break;
    case RelayMessage::Kind::Ignored: qCDebug(lcRelay) << "relay message ignored"; break;
    case RelayMessage::Kind::Invalid: refuseMalformed(message); break;
    }
}

void RelayChannel::onBinary(const QByteArray &data)
{
    if (m_skipNextBinary) {
        m_skipNextBinary = false;
        return;
    }
    if (!m_awaitingBody) {
        ++m_protocolErrors;
        qCWarning(lcRelay) << "relay sent a binary message that belongs to no request";
        return;
    }
    const RelayRequest request = *m_awaitingBody;
    m_awaitingBody.reset();
    if (m_onRequest)
        m_onRequest(this, request, data);
}

void RelayChannel::refuseMalformed(const RelayMessage &message)
{
    ++m_protocolErrors;
    qCWarning(lcRelay).noquote() << "relay message not understood:" << message.problem;
    // A request that names itself gets an answer at once, so that its sender is not left waiting
    // for the relay's 60-second timeout; its body, if any, is skipped.
    if (!message.request.id.isEmpty()) {
        sendResponse(message.request.id, 400, {});
        m_skipNextBinary = message.request.hasBody;
    }
}

int relayableStatus(int status)
{
    if (status < 100 || status > 599 || status == 502 || status == 504)
        return 500;
    return status;
}

RelayHeaders responseHeadersFor(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    return {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
}

} // namespace moderato
