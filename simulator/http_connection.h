// One client connection's reply channel: writes raw HTTP/1.1 responses, or misbehaves on purpose.
#pragma once

#include "simulator/http_message.h"

#include <QPointer>
#include <QTcpSocket>

namespace graphsim {

class HttpConnection
{
public:
    HttpConnection() = default;
    HttpConnection(QTcpSocket *socket, bool closeAfterResponse, bool headRequest);

    bool isOpen() const;
    //! The client's connection (to tell its requests apart from other clients'); may be null.
    QTcpSocket *socket() const { return m_socket; }
    void send(const HttpResponse &response) const;
    //! Promises the whole body in Content-Length, sends about half of it, then closes the connection.
    void sendTruncated(const HttpResponse &response) const;
    //! Resets the connection without a response (the client sees a remote close / reset).
    void abort() const;

private:
    QByteArray head(const HttpResponse &response, qsizetype contentLength) const;

    QPointer<QTcpSocket> m_socket;
    bool m_closeAfterResponse = false;
    bool m_headRequest = false;
};

} // namespace graphsim
