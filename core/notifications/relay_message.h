#pragma once
// The JSON messages of Azure Relay's Hybrid Connections protocol that a listener reads and writes,
// as pure functions: what the relay sends on the control channel or a rendezvous socket
// ("request", "accept") and what the listener answers ("response", "renewToken").
// relay-hybrid-connections-protocol.md, "Protocol reference".

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace moderato {

using RelayHeaders = QList<QPair<QByteArray, QByteArray>>;

//! An HTTP request the relay forwards.
struct RelayRequest
{
    QString id;           //!< the relay's id of the request; the response names it
    QUrl address;         //!< rendezvous address for this request (ws:// or wss://), may be empty
    QByteArray method;    //!< "POST"
    QString target;       //!< requestTarget: path on the namespace and query, sb-hc-* removed
    RelayHeaders headers; //!< names in lower case
    bool hasBody = false; //!< one binary message with the body follows
    //! The request was too large for the control channel: only its address came, and the whole
    //! request follows on a rendezvous socket the listener opens there.
    bool onlyAddress = false;
};

//! A WebSocket sender wants a connection (Moderato declines: it serves HTTP only).
struct RelayAccept
{
    QString id;
    QUrl address;
};

struct RelayMessage
{
    enum class Kind {
        Request, //!< see request
        Accept,  //!< see accept
        Ignored, //!< a well-formed message this listener has no use for
        Invalid, //!< not a message of the protocol; see problem
    };
    Kind kind = Kind::Invalid;
    RelayRequest request; //!< for Invalid too, id and hasBody when they could be read
    RelayAccept accept;
    QString problem; //!< for Invalid: what is wrong, never the message's content
};

//! Reads one text message from the relay. Anything malformed is Invalid with a reason.
RelayMessage parseRelayMessage(QByteArrayView json);

//! {"response": {...}} for \a requestId; a binary message with the body follows when \a hasBody.
QByteArray relayResponseMessage(const QString &requestId, int statusCode, const RelayHeaders &headers, bool hasBody);

//! {"renewToken": {"token": ...}}: replaces the token of the control channel before it expires.
QByteArray relayRenewTokenMessage(const QByteArray &token);

//! The HTTP status with which a WebSocket handshake was refused, read from QWebSocket's error
//! text ("… Unhandled http status code: 401 (Unauthorized)."); 0 when it names none.
int handshakeRefusalStatus(const QString &webSocketError);

} // namespace moderato
