#pragma once
// The head of an HTTP/1.1 request (request line and header fields) as the local listener reads it:
// strictly, because the port it listens on may be reached by anything, not only by the user's
// tunnel. A pure function, so that it can be tested and fuzzed without a socket.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace moderato {

struct HttpRequestHead
{
    int refusal = 0;                              //!< 0: acceptable; else the 4xx/5xx status to answer with
    QByteArray method;                            //!< as sent (a token)
    QByteArray target;                            //!< origin-form: "/path?query"
    QList<QPair<QByteArray, QByteArray>> headers; //!< names in lower case, values trimmed
    qint64 contentLength = -1;
    bool expectsContinue = false; //!< "Expect: 100-continue": say so before the body comes
};

struct HttpHeadLimits
{
    qint64 maxBody = 1024 * 1024;
    qsizetype maxTarget = 8 * 1024;
    qsizetype maxHeaders = 100;
};

//! Reads \a head: everything before the empty line that ends the header section, without it.
//! Only POST with a Content-Length of at most limits.maxBody is acceptable; anything else is
//! refused with the status RFC 9110/9112 asks for (400, 405, 411, 413, 414, 417, 431, 501, 505).
HttpRequestHead parseHttpRequestHead(QByteArrayView head, const HttpHeadLimits &limits);

} // namespace moderato
