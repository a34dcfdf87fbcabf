#pragma once
// LocalListener: hears Graph's callbacks on a local port, for moderators who run their own tunnel
// or reverse proxy (ngrok, a dev tunnel, nginx) that forwards their https address to it. A small,
// strict HTTP/1.1 server: POST with a Content-Length only, one request per connection, limits on
// every size and time, because whatever can reach the port can send anything.

#include "core/notifications/local_http_connection.h"
#include "core/notifications/notification_listener.h"

#include <QHostAddress>
#include <QPointer>
#include <QUrl>

class QTcpServer;

namespace moderato {

struct LocalListenerConfig
{
    QHostAddress address = QHostAddress::LocalHost; //!< loopback unless the user says otherwise
    quint16 port = 0;                               //!< 0: any free port (tests)
    QUrl publicUrl; //!< the user's https address that reaches this port ("https://x.ngrok.app/moderato")
    int maxConnections = 32;
    LocalHttpLimits limits;
};

class LocalListener : public NotificationListener
{
    Q_OBJECT
public:
    explicit LocalListener(LocalListenerConfig config, QObject *parent = nullptr);
    ~LocalListener() override;

    void start() override;
    void stop() override;
    QUrl publicUrl() const override { return m_config.publicUrl; }
    //! The port listened on (the one chosen when the config said 0); 0 when not listening.
    quint16 serverPort() const;

private:
    void onNewConnection();
    void onRequest(QByteArray method, QByteArray target, QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                   const Responder &respond);
    QString hostAndPort() const;

    LocalListenerConfig m_config;
    QPointer<QTcpServer> m_server;
    int m_open = 0; //!< connections being served
};

} // namespace moderato
