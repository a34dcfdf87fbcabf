// What the emulated relay makes of a sender's HTTP request for the listener and of the listener's
// answer for the sender (relay-hybrid-connections-protocol.md, "Request operation", "Request
// message", "Responding to requests"). Pure functions; relay_emulator.h moves the messages.
#pragma once

#include "simulator/http_message.h"
#include "simulator/scenario.h"

#include <QJsonObject>
#include <optional>

namespace graphsim {

//! A request on the control channel is at most this large (headers and body); a larger one is
//! announced by its address only and comes over a rendezvous socket.
inline constexpr qsizetype kRelayControlChannelLimit = 64 * 1024;

struct ForwardedRequest
{
    QByteArray method;
    QString target;     //!< "/{path}/…?query" without sb-hc-* parameters (and without $hc)
    HeaderList headers; //!< what the listener gets
    QByteArray body;
};

//! Where a sender's request path points: the hybrid connection and what follows it, or nothing.
//! Both /{path}/… (the documented HTTP address) and /$hc/{path}/… are taken.
std::optional<QString> pathBelowRelay(const QString &requestPath, const ScenarioRelay &relay);

//! The token a sender brings for the relay itself, if any (sb-hc-token, ServiceBusAuthorization,
//! or — only when neither is there — Authorization); \a fromAuthorization says which.
QByteArray senderRelayToken(const HttpRequest &request, bool *fromAuthorization);

//! The request as the listener sees it: RFC 7230 headers (but Via) and ServiceBusAuthorization
//! stripped, Authorization stripped only when \a relayTookAuthorization, the namespace added to
//! Via, sb-hc-* removed from the query.
ForwardedRequest forwardedRequest(const HttpRequest &request, const ScenarioRelay &relay, const QString &below,
                                  bool relayTookAuthorization);

//! {"request": {...}} for the listener: complete, or with only the address and id (\a onlyAddress).
QByteArray requestMessage(const ForwardedRequest &request, const QString &id, const QString &address, bool onlyAddress);

//! Whether the complete request fits on the control channel.
bool fitsControlChannel(const ForwardedRequest &request);

//! A listener's "response" message, read: nothing when it is not one.
struct ListenerResponse
{
    QString requestId;
    int status = 0;
    HeaderList headers;
    bool hasBody = false;
};
std::optional<ListenerResponse> parseListenerResponse(const QJsonObject &message);

//! The HTTP response the sender gets: the listener's status, its headers except RFC 7230 ones,
//! Via naming the namespace (which tells a listener's answer from the relay's own), the body.
HttpResponse senderResponse(const ListenerResponse &response, const QByteArray &body, const ScenarioRelay &relay);

//! The relay's own answer (no Via): 401, 404, 502 no listener, 504 timeout, …
HttpResponse relayError(int status, const QString &message);

} // namespace graphsim
