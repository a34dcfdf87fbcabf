// The local listener's strict reading of an HTTP/1.1 request head.
#include "core/notifications/http_request_head.h"

namespace moderato {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

//! field-value: visible characters, obs-text, spaces and tabs; no other control characters.
bool isFieldValue(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

//! origin-form: '/' then visible ASCII only.
bool isOriginForm(QByteArrayView target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

HttpRequestHead refused(int status)
{
    HttpRequestHead head;
    head.refusal = status;
    return head;
}

bool parseLength(QByteArrayView value, qint64 *length)
{
    if (value.isEmpty() || value.size() > 15)
        return false;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *length = n;
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

HttpRequestHead parseHttpRequestHead(QByteArrayView text, const HttpHeadLimits &limits)
{
    HttpRequestHead head;
    qsizetype lineEnd = text.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? text : text.first(lineEnd);
    // request-line = method SP request-target SP HTTP-version, single spaces.
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return refused(400);
    head.method = requestLine.first(firstSpace).toByteArray();
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(head.method))
        return refused(400);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool looksLikeHttp = version.startsWith("HTTP/") && version.size() == 8;
        return refused(looksLikeHttp ? 505 : 400);
    }
    if (target.size() > limits.maxTarget)
        return refused(414);
    if (!isOriginForm(target))
        return refused(400);
    head.target = target.toByteArray();

    int hosts = 0;
    int lengths = 0;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = text.indexOf("\r\n", start);
        const QByteArrayView line = text.sliced(start, (lineEnd < 0 ? text.size() : lineEnd) - start);
        if (line.contains('\r') || line.contains('\n'))
            return refused(400); // a bare CR or LF
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refused(400); // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return refused(400); // includes whitespace before the colon
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return refused(400);
        if (head.headers.size() >= limits.maxHeaders)
            return refused(431);
        head.headers.append({name, value.toByteArray()});
        if (name == "host")
            ++hosts;
        else if (name == "transfer-encoding")
            return refused(501); // no chunked bodies: Graph sends a Content-Length
        else if (name == "content-length") {
            ++lengths;
            if (lengths > 1 || !parseLength(value, &head.contentLength))
                return refused(400);
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return refused(417);
            head.expectsContinue = true;
        }
    }
    if (version == "HTTP/1.1" && hosts != 1)
        return refused(400);
    if (hosts > 1)
        return refused(400);
    if (head.method != "POST") {
        head.refusal = 405;
        return head;
    }
    if (lengths == 0)
        return refused(411);
    if (head.contentLength > limits.maxBody)
        return refused(413);
    return head;
}

} // namespace moderato
