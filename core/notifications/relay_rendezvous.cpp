// A rendezvous socket of the relay listener.
#include "core/notifications/relay_rendezvous.h"

#include "core/notifications/relay_logging.h"

#include <QWebSocket>

namespace moderato {

namespace {
constexpr qint64 kMaxRendezvousMessage = 8 * 1024 * 1024;
}

RelayRendezvous::RelayRendezvous(const QUrl &address, RelayChannel::RequestHandler onRequest, QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_channel(new RelayChannel(m_socket, RelayChannel::Role::Rendezvous))
{
    m_socket->setMaxAllowedIncomingMessageSize(kMaxRendezvousMessage);
    m_channel->setRequestHandler(
        [this, onRequest](RelayChannel *channel, const RelayRequest &request, const QByteArray &body) {
            m_idle.start();
            if (request.onlyAddress) // an address on a rendezvous socket leads nowhere new
                channel->sendResponse(request.id, 400, {});
            else
                onRequest(channel, request, body);
        });
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->close(); });
    connect(m_socket, &QWebSocket::connected, this, &RelayRendezvous::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                qCWarning(lcRelay).noquote() << "rendezvous with the relay failed:" << m_socket->errorString();
                if (m_socket->state() == QAbstractSocket::UnconnectedState)
                    deleteLater();
            });
    m_idle.start();
    m_socket->open(address);
}

void RelayRendezvous::sendWhenOpen(const QString &requestId, int status, const QByteArray &body)
{
    m_queued.append({requestId, status, body});
    flush();
}

void RelayRendezvous::onConnected()
{
    m_idle.start();
    flush();
}

void RelayRendezvous::flush()
{
    if (!m_channel->isOpen())
        return;
    for (const Queued &response : std::as_const(m_queued))
        m_channel->sendResponse(response.requestId, response.status, response.body);
    m_queued.clear();
}

} // namespace moderato
