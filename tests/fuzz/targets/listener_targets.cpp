// Fuzz entries for what reaches Moderato's notification listeners from outside: the relay's
// control-channel messages and the head of a request on the local listener's port.
#include "fuzz/targets/fuzz_targets.h"

#include "core/notifications/http_request_head.h"
#include "core/notifications/relay_message.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace moderato_fuzz {

using namespace moderato;

namespace {

bool isLowerCaseToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z')
            return false;
        if (static_cast<unsigned char>(c) <= 0x20 || c == ':' || static_cast<unsigned char>(c) >= 0x7f)
            return false;
    }
    return true;
}

bool hasLineBreak(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n') || text.contains('\0');
}

bool isRendezvousAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0
               || url.scheme().compare(QLatin1String("ws"), Qt::CaseInsensitive) == 0);
}

void checkRequest(const RelayRequest &request)
{
    if (request.onlyAddress) {
        if (!isRendezvousAddress(request.address))
            violated("a request to fetch over a rendezvous without a WebSocket address");
        return;
    }
    if (request.id.isEmpty())
        violated("a request without an id to answer");
    if (request.method.isEmpty() || request.method.compare("CONNECT", Qt::CaseInsensitive) == 0)
        violated("a request without a method, or with CONNECT");
    if (!request.target.startsWith(QLatin1Char('/')) || request.target.contains(QLatin1Char('\n'))
        || request.target.contains(QLatin1Char('\r')) || request.target.contains(QLatin1Char(' ')))
        violated("a request target that is not a path");
    for (const auto &header : request.headers) {
        if (!isLowerCaseToken(header.first) || hasLineBreak(header.second))
            violated("a request header that could split an HTTP message");
    }
    // The answer names the request it answers, whatever its id holds.
    const QJsonObject answer = QJsonDocument::fromJson(relayResponseMessage(request.id, 202, {}, false)).object();
    if (answer.value(QLatin1String("response"))[QLatin1String("requestId")].toString() != request.id)
        violated("a response that does not name its request");
}

} // namespace

void relayMessage(const QByteArray &input)
{
    const RelayMessage message = parseRelayMessage(input);
    switch (message.kind) {
    case RelayMessage::Kind::Request: checkRequest(message.request); break;
    case RelayMessage::Kind::Accept:
        if (!isRendezvousAddress(message.accept.address))
            violated("an accept without a WebSocket address");
        break;
    case RelayMessage::Kind::Ignored: break;
    case RelayMessage::Kind::Invalid:
        if (message.problem.isEmpty())
            violated("a message refused without a reason");
        break;
    }
    const int status = handshakeRefusalStatus(QString::fromUtf8(input));
    if (status != 0 && (status < 100 || status > 599))
        violated("a handshake refusal status that is not HTTP");
}

void httpRequestHead(const QByteArray &input)
{
    HttpHeadLimits limits;
    limits.maxBody = 4096;
    limits.maxTarget = 512;
    limits.maxHeaders = 20;
    const HttpRequestHead head = parseHttpRequestHead(input, limits);
    if (head.refusal != 0) {
        if (head.refusal < 400 || head.refusal > 599)
            violated("a refusal that is not an error status");
        return;
    }
    if (head.method != "POST")
        violated("a request other than POST accepted");
    if (head.contentLength < 0 || head.contentLength > limits.maxBody)
        violated("a body length outside the limit accepted");
    if (!head.target.startsWith('/') || head.target.size() > limits.maxTarget || hasLineBreak(head.target)
        || head.target.contains(' '))
        violated("a request target that is not a path accepted");
    if (head.headers.size() > limits.maxHeaders)
        violated("more headers than the limit accepted");
    for (const auto &header : head.headers) {
        if (!isLowerCaseToken(header.first) || hasLineBreak(header.second))
            violated("a header that could split an HTTP message accepted");
    }
}

} // namespace moderato_fuzz
