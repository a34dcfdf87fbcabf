#pragma once
// One WebSocket on which Azure Relay hands over HTTP requests and takes the answers: the control
// channel, or a rendezvous socket. A request is a text message, followed by one binary message
// with its body when it has one; a response is the same the other way round.

#include "core/notifications/relay_message.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWebSocket;

namespace moderato {

class RelayChannel : public QObject
{
    Q_OBJECT
public:
    //! On the control channel, a request's body and a response's body are at most 64 kB; a larger
    //! response goes over a rendezvous socket.
    static constexpr qsizetype kControlChannelBodyLimit = 64 * 1024;

    enum class Role { Control, Rendezvous };
    //! Called for each complete request (body read); answer with sendResponse() on \a channel.
    using RequestHandler =
        std::function<void(RelayChannel *channel, const RelayRequest &request, const QByteArray &body)>;
    using AcceptHandler = std::function<void(const RelayAccept &accept)>;

    //! Reads from \a socket and becomes its child (it goes when the socket goes).
    RelayChannel(QWebSocket *socket, Role role);

    void setRequestHandler(RequestHandler handler) { m_onRequest = std::move(handler); }
    void setAcceptHandler(AcceptHandler handler) { m_onAccept = std::move(handler); }

    //! Sends the response to \a requestId; false when the socket is no longer open.
    bool sendResponse(const QString &requestId, int status, const QByteArray &body);
    bool isOpen() const;
    Role role() const { return m_role; }
    //! Messages that were not the protocol's, since the channel opened (diagnostics).
    int protocolErrors() const { return m_protocolErrors; }

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void refuseMalformed(const RelayMessage &message);

    QPointer<QWebSocket> m_socket;
    Role m_role;
    RequestHandler m_onRequest;
    AcceptHandler m_onAccept;
    std::optional<RelayRequest> m_awaitingBody; //!< the next binary message is its body
    bool m_skipNextBinary = false;              //!< the body of a request that was refused
    int m_protocolErrors = 0;
};

//! The status Moderato may give the relay: 502 and 504 are the relay's own and not allowed from a
//! listener, and anything outside 100-599 is not HTTP; those become 500.
int relayableStatus(int status);

//! Response headers for \a body: Content-Type application/json when there is a body.
RelayHeaders responseHeadersFor(const QByteArray &body);

} // namespace moderato
