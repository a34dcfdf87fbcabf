// The relay listener's requests: from the relay's messages to the handler and back.
#include "core/notifications/relay_channel.h"
#include "core/notifications/relay_listener.h"
#include "core/notifications/relay_logging.h"
#include "core/notifications/relay_rendezvous.h"

#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace moderato {

namespace {

//! How long a declined WebSocket sender's rendezvous may take before it is given up.
constexpr int kDeclineTimeoutMs = 30 * 1000;

} // namespace

IncomingRequest RelayListener::incoming(const RelayRequest &request, const QByteArray &body) const
{
    IncomingRequest in;
    in.method = request.method.toUpper();
    in.headers = request.headers;
    in.body = body;
    // The relay's request target is the path on the namespace: the hybrid connection's own path
    // first, then what the sender put below it.
    QString target = request.target;
    const QString prefix = QLatin1Char('/') + m_config.hybridConnection;
    if (target.startsWith(prefix, Qt::CaseInsensitive)
        && (target.size() == prefix.size() || target.at(prefix.size()) == u'/' || target.at(prefix.size()) == u'?'))
        target.remove(0, prefix.size());
    if (!target.startsWith(QLatin1Char('/')))
        target.prepend(QLatin1Char('/'));
    in.target = target;
    return in;
}

void RelayListener::onRequest(RelayChannel *channel, const RelayRequest &request, const QByteArray &body)
{
    const auto handleOnRendezvous = [this](RelayChannel *on, const RelayRequest &next, const QByteArray &nextBody) {
        onRequest(on, next, nextBody);
    };
    if (request.onlyAddress) {
        // Too large for the control channel: the whole request comes over a rendezvous socket.
        if (!isUsableRendezvous(request.address)) {
            qCWarning(lcRelay) << "relay named a rendezvous address Moderato does not go to";
            return;
        }
        new RelayRendezvous(request.address, handleOnRendezvous, this);
        return;
    }
    QPointer<RelayChannel> answerOn = channel;
    QPointer<RelayListener> self = this;
    const bool onControl = channel->role() == RelayChannel::Role::Control;
    const QString id = request.id;
    const QUrl address = request.address;
    auto answered = std::make_shared<bool>(false);
    dispatch(incoming(request, body), [=](int status, const QByteArray &answer) {
        if (*answered)
            return;
        *answered = true;
        if (!answerOn) {
            qCWarning(lcRelay) << "an answer came after its relay connection was gone";
            return;
        }
        if (onControl && answer.size() > RelayChannel::kControlChannelBodyLimit) {
            // The control channel takes at most 64 kB: a larger answer goes over a rendezvous.
            if (self && self->isUsableRendezvous(address)) {
                auto *rendezvous = new RelayRendezvous(address, handleOnRendezvous, self);
                rendezvous->sendWhenOpen(id, status, answer);
            } else {
                answerOn->sendResponse(id, 500, {});
            }
            return;
        }
        answerOn->sendResponse(id, status, answer);
    });
}

void RelayListener::declineAccept(const RelayAccept &accept)
{
    // Moderato takes HTTP requests only. A WebSocket sender is turned away as the protocol says:
    // a handshake with the accept address plus a status, which the relay ends with 410.
    if (!isUsableRendezvous(accept.address))
        return;
    QUrl reject = accept.address;
    reject.setQuery(
        accept.address.query(QUrl::FullyEncoded) + QStringLiteral("&sb-hc-statusCode=404&sb-hc-statusDescription=")
        + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("This listener takes HTTP requests only"))));
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), socket, &QObject::deleteLater);
    connect(socket, &QWebSocket::connected, socket, [socket] { socket->close(); });
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kDeclineTimeoutMs, socket, &QObject::deleteLater);
    socket->open(reject);
}

} // namespace moderato
