#pragma once
// A rendezvous socket of Azure Relay: the listener opens it at a request's address when the request
// or its response is too large for the control channel. The relay then carries that sender's
// requests and Moderato's answers on it, until the sender goes (the relay closes it) or it idles.

#include "core/notifications/relay_channel.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace moderato {

class RelayRendezvous : public QObject
{
    Q_OBJECT
public:
    //! Closed after this long without a request.
    static constexpr int kIdleTimeoutMs = 120 * 1000;

    //! Connects to \a address at once; requests that arrive go to \a onRequest with this
    //! rendezvous' channel to answer on. Deletes itself when the socket closes.
    RelayRendezvous(const QUrl &address, RelayChannel::RequestHandler onRequest, QObject *parent);

    //! Sends this response as soon as the socket is open (a response too large for the control
    //! channel, to a request that came there).
    void sendWhenOpen(const QString &requestId, int status, const QByteArray &body);
    RelayChannel *channel() const { return m_channel; }

private:
    void onConnected();
    void flush();

    QWebSocket *m_socket;
    RelayChannel *m_channel;
    QTimer m_idle;
    struct Queued
    {
        QString requestId;
        int status;
        QByteArray body;
    };
    QList<Queued> m_queued;
};

} // namespace moderato
