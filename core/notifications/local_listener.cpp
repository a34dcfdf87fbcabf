// The local listener: a QTcpServer handing each connection to a LocalHttpConnection.
#include "core/notifications/local_listener.h"

#include "core/notifications/relay_logging.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace moderato {

LocalListener::LocalListener(LocalListenerConfig config, QObject *parent)
    : NotificationListener(parent)
    , m_config(std::move(config))
{}

LocalListener::~LocalListener()
{
    stop();
}

quint16 LocalListener::serverPort() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

QString LocalListener::hostAndPort() const
{
    const QString host = m_config.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_config.address.toString() + QLatin1Char(']')
                             : m_config.address.toString();
    return host + QLatin1Char(':') + QString::number(m_server ? serverPort() : m_config.port);
}

void LocalListener::start()
{
    if (m_server)
        return;
    const QUrl &url = m_config.publicUrl;
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        setState(State::Failed, tr("The public address must be an https:// address, such as the "
                                   "one your tunnel gives you."));
        return;
    }
    setState(State::Connecting, tr("Opening %1…").arg(hostAndPort()));
    auto *server = new QTcpServer(this);
    server->setMaxPendingConnections(m_config.maxConnections);
    if (!server->listen(m_config.address, m_config.port)) {
        const QString why = server->errorString();
        delete server;
        setState(State::Failed, tr("Cannot listen on %1: %2.").arg(hostAndPort(), why));
        return;
    }
    m_server = server;
    connect(server, &QTcpServer::newConnection, this, &LocalListener::onNewConnection);
    setState(State::Listening, tr("Listening on %1 for %2").arg(hostAndPort(), url.toString(QUrl::RemoveUserInfo)));
}

void LocalListener::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
    }
    if (state() != State::Stopped)
        setState(State::Stopped, tr("Not listening for Graph's notifications."));
}

void LocalListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= m_config.maxConnections) {
            // Busy: refused at once rather than queued, so that a flood cannot pile up.
            socket->write(httpResponse(503, {}));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        ++m_open;
        auto *connection = new LocalHttpConnection(
            socket, m_config.limits,
            [this](QByteArray method, QByteArray target, QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                   Responder respond) {
                onRequest(std::move(method), std::move(target), std::move(headers), std::move(body), respond);
            },
            this);
        connect(connection, &QObject::destroyed, this, [this] { --m_open; });
    }
}

void LocalListener::onRequest(QByteArray method, QByteArray target, QList<QPair<QByteArray, QByteArray>> headers,
                              QByteArray body, const Responder &respond)
{
    IncomingRequest request;
    request.method = std::move(method);
    request.headers = std::move(headers);
    request.body = std::move(body);
    // A proxy may pass the public address' path on or strip it: the handler sees what lies below.
    QString path = QString::fromLatin1(target);
    QString prefix = m_config.publicUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.isEmpty() && path.startsWith(prefix)
        && (path.size() == prefix.size() || path.at(prefix.size()) == u'/' || path.at(prefix.size()) == u'?'))
        path.remove(0, prefix.size());
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    request.target = path;
    dispatch(request, respond);
}

} // namespace moderato
