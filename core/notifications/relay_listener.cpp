// The relay listener: control channel, reconnects, token renewal, requests to the handler.
#include "core/notifications/relay_listener.h"

#include "core/graph/loopback.h"

#include "core/notifications/relay_channel.h"
#include "core/notifications/relay_logging.h"
#include "core/notifications/relay_rendezvous.h"
#include "core/notifications/sas_token.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <memory>

namespace moderato {

namespace {

//! 64 kB of body and 32 kB of headers fit with room to spare; rendezvous sockets take more.
constexpr qint64 kMaxControlMessage = 256 * 1024;

std::chrono::milliseconds retryDelay(int attempt, const RelayTimings &timings)
{
    const qint64 first = std::max<qint64>(1, timings.firstRetryDelay.count());
    const qint64 ceiling = std::min<qint64>(timings.maxRetryDelay.count(), first << std::min(attempt, 20));
    // Half fixed, half random: listeners that lost the relay together do not all return at once.
    return std::chrono::milliseconds(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

} // namespace

RelayListener::RelayListener(RelayListenerConfig config, QObject *parent)
    : NotificationListener(parent)
    , m_config(std::move(config))
    , m_listenerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer.setSingleShot(true);
    m_renewTimer.setSingleShot(true);
    m_stableTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcRelay) << "the relay did not answer the control channel's handshake in time";
        retryLater(tr("Cannot reach the relay %1").arg(where()));
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &RelayListener::connectNow);
    connect(&m_renewTimer, &QTimer::timeout, this, &RelayListener::renewToken);
    connect(&m_pingTimer, &QTimer::timeout, this, &RelayListener::keepAlive);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_attempt = 0; });
}

RelayListener::~RelayListener()
{
    dropControlChannel();
}

QUrl RelayListener::publicUrl() const
{
    return QUrl(QStringLiteral("https://") + m_config.relayNamespace.toLower() + QLatin1Char('/')
                + m_config.hybridConnection);
}

QString RelayListener::where() const
{
    return m_config.relayNamespace + QLatin1Char('/') + m_config.hybridConnection;
}

QString RelayListener::configProblem() const
{
    static const QRegularExpression host(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")));
    static const QRegularExpression path(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*")));
    if (!host.match(m_config.relayNamespace).hasMatch())
        return tr("The relay namespace is missing or not a host name.");
    if (!path.match(m_config.hybridConnection).hasMatch())
        return tr("The hybrid connection's name is missing or not a plain path.");
    if (m_config.keyName.isEmpty() || m_config.key.isEmpty())
        return tr("The relay's key name or key is missing.");
    const QUrl &address = m_config.relayAddress;
    if (address.isEmpty())
        return {};
    const QString scheme = address.scheme().toLower();
    if (!address.isValid() || address.host().isEmpty() || (scheme != u"wss" && scheme != u"ws"))
        return tr("The relay address must be a wss:// address.");
    if (scheme == u"ws" && !isLoopbackHost(address.host()))
        return tr("An unencrypted ws:// relay address is allowed only on this computer.");
    return {};
}

bool RelayListener::isUsableRendezvous(const QUrl &address) const
{
    const QString scheme = address.scheme().toLower();
    if (scheme == u"wss")
        return true;
    // ws:// only from a relay that is itself reached over ws:// on this computer (the simulator).
    return scheme == u"ws" && m_config.relayAddress.scheme().toLower() == u"ws" && isLoopbackHost(address.host());
}

QByteArray RelayListener::newToken()
{
    m_tokenExpiresAt = QDateTime::currentSecsSinceEpoch() + m_timings.tokenLifetime.count();
    return sharedAccessSignature(relayTokenResource(m_config.relayNamespace, m_config.hybridConnection),
                                 m_config.keyName, m_config.key, m_tokenExpiresAt);
}

QUrl RelayListener::controlChannelUrl(const QByteArray &token) const
{
    QUrl url = m_config.relayAddress.isEmpty() ? QUrl(QStringLiteral("wss://") + m_config.relayNamespace)
                                               : m_config.relayAddress;
    url.setPath(QStringLiteral("/$hc/") + m_config.hybridConnection);
    const QByteArray query = "sb-hc-action=listen&sb-hc-id=" + m_listenerId.toLatin1()
                             + "&sb-hc-token=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
    url.setQuery(QString::fromLatin1(query));
    return url;
}

void RelayListener::start()
{
    if (m_running)
        return;
    if (const QString problem = configProblem(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    m_running = true;
    m_attempt = 0;
    m_connections = 0;
    connectNow();
}

void RelayListener::stop()
{
    m_running = false;
    m_retryTimer.stop();
    if (m_control && m_control->state() == QAbstractSocket::ConnectedState) {
        // A clean close, so that the relay forgets this listener at once; the socket goes when
        // the relay has answered the close, or after a few seconds.
        QWebSocket *socket = m_control;
        m_control = nullptr;
        socket->disconnect(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    }
    dropControlChannel();
    setState(State::Stopped, tr("Not listening for Graph's notifications."));
}

void RelayListener::connectNow()
{
    if (!m_running)
        return;
    dropControlChannel();
    m_wasListening = false;
    setState(State::Connecting, tr("Connecting to the relay %1…").arg(where()));
    m_control = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_control->setMaxAllowedIncomingMessageSize(kMaxControlMessage);
    auto *channel = new RelayChannel(m_control, RelayChannel::Role::Control);
    channel->setRequestHandler([this](RelayChannel *on, const RelayRequest &request, const QByteArray &body) {
        onRequest(on, request, body);
    });
    channel->setAcceptHandler([this](const RelayAccept &accept) { declineAccept(accept); });
    connect(m_control, &QWebSocket::connected, this, &RelayListener::onConnected);
    connect(m_control, &QWebSocket::disconnected, this, &RelayListener::onDisconnected);
    connect(m_control, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &RelayListener::onSocketError);
    connect(m_control, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    m_connectTimer.start(m_timings.connectTimeout);
    m_control->open(controlChannelUrl(newToken()));
}

void RelayListener::onConnected()
{
    m_connectTimer.stop();
    ++m_connections;
    m_renewals = 0;
    m_wasListening = true;
    m_awaitingPong = false;
    qCInfo(lcRelay).noquote() << "listening through" << where();
    setState(State::Listening, tr("Listening through %1").arg(where()));
    m_stableTimer.start(m_timings.stableAfter);
    m_pingTimer.start(m_timings.keepAliveInterval);
    const qint64 left = m_tokenExpiresAt * 1000 - QDateTime::currentMSecsSinceEpoch();
    m_renewTimer.start(std::max<qint64>(500, left * 3 / 4));
}

void RelayListener::onSocketError()
{
    if (!m_control || sender() != m_control)
        return;
    const QString error = m_control->errorString();
    switch (handshakeRefusalStatus(error)) {
    case 401:
        fail(tr("The relay %1 refused the key named '%2': check the key name and the key.")
                 .arg(where(), m_config.keyName));
        return;
    case 403:
        fail(tr("The key named '%2' may not listen on %1: it needs the Listen right there.")
                 .arg(where(), m_config.keyName));
        return;
    case 404:
        fail(tr("The relay %1 has no hybrid connection named '%2'.")
                 .arg(m_config.relayNamespace, m_config.hybridConnection));
        return;
    default:
        qCWarning(lcRelay).noquote() << "relay connection:" << error;
        retryLater(m_wasListening ? tr("Connection to the relay lost") : tr("Cannot reach the relay %1").arg(where()));
    }
}

void RelayListener::onDisconnected()
{
    if (!m_control || sender() != m_control)
        return;
    qCWarning(lcRelay).noquote() << "relay closed the control channel:" << m_control->closeCode()
                                 << m_control->closeReason();
    retryLater(m_wasListening ? tr("Connection to the relay lost") : tr("Cannot reach the relay %1").arg(where()));
}

void RelayListener::retryLater(const QString &what)
{
    dropControlChannel();
    if (!m_running)
        return;
    const std::chrono::milliseconds delay = retryDelay(m_attempt++, m_timings);
    const qint64 seconds = (delay.count() + 999) / 1000;
    setState(State::Reconnecting, tr("%1; trying again in %2 s").arg(what).arg(seconds));
    m_retryTimer.start(delay);
}

void RelayListener::fail(const QString &sentence)
{
    m_running = false;
    m_retryTimer.stop();
    dropControlChannel();
    qCWarning(lcRelay).noquote() << sentence;
    setState(State::Failed, sentence);
}

void RelayListener::renewToken()
{
    if (!m_control || m_control->state() != QAbstractSocket::ConnectedState)
        return;
    m_control->sendTextMessage(QString::fromLatin1(relayRenewTokenMessage(newToken())));
    ++m_renewals;
    const qint64 left = m_tokenExpiresAt * 1000 - QDateTime::currentMSecsSinceEpoch();
    m_renewTimer.start(std::max<qint64>(500, left * 3 / 4));
}

void RelayListener::keepAlive()
{
    if (!m_control)
        return;
    if (m_awaitingPong) {
        qCWarning(lcRelay) << "no answer to the last ping: the control channel is gone";
        retryLater(tr("The relay stopped answering"));
        return;
    }
    m_awaitingPong = true;
    m_control->ping();
}

void RelayListener::dropControlChannel()
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_renewTimer.stop();
    m_stableTimer.stop();
    if (!m_control)
        return;
    QWebSocket *socket = m_control;
    m_control = nullptr;
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState && socket->state() != QAbstractSocket::ClosingState)
        socket->abort();
    socket->deleteLater();
}

} // namespace moderato
