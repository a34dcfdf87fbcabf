#pragma once
// One connection to the local listener: reads one POST (head, then exactly Content-Length bytes of
// body), hands it on, writes the answer and closes. Anything else gets a 4xx/5xx and a close;
// a client that is too slow is cut off.

#include "core/notifications/http_request_head.h"
#include "core/notifications/notification_listener.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace moderato {

struct LocalHttpLimits
{
    HttpHeadLimits head;
    qsizetype maxHeadBytes = 16 * 1024;
    int headTimeoutMs = 10 * 1000;    //!< from accept to the end of the head
    int requestTimeoutMs = 30 * 1000; //!< from accept to the end of the body
    int answerTimeoutMs = 60 * 1000;  //!< for the handler to answer
};

class LocalHttpConnection : public QObject
{
    Q_OBJECT
public:
    using RequestHandler =
        std::function<void(QByteArray method, QByteArray target, QList<QPair<QByteArray, QByteArray>> headers,
                           QByteArray body, NotificationListener::Responder respond)>;

    //! Takes over \a socket (becomes its parent) and deletes itself when it closes.
    LocalHttpConnection(QTcpSocket *socket, const LocalHttpLimits &limits, RequestHandler onRequest, QObject *parent);

private:
    void onReadyRead();
    void readHead();
    void readBody();
    void answer(int status, const QByteArray &body);
    void refuse(int status);
    void giveUp();

    //! Done: answered, the rest of what the client sends is read and dropped for a moment (so
    //! that closing does not reset the connection before the client has read a refusal);
    //! Closing: the socket is being closed.
    enum class Stage { Head, Body, Answering, Done, Closing };
    QTcpSocket *m_socket;
    LocalHttpLimits m_limits;
    RequestHandler m_onRequest;
    Stage m_stage = Stage::Head;
    QByteArray m_buffer;
    HttpRequestHead m_head;
    QTimer m_deadline;
};

//! "HTTP/1.1 {status} {reason}" with Content-Length, Connection: close and, for a body,
//! Content-Type: application/json.
QByteArray httpResponse(int status, const QByteArray &body);

} // namespace moderato
