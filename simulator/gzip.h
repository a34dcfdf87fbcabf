// gzip for answers: Graph compresses when the request accepts it, so the simulator does too, and a
// client that could not read a compressed answer fails here rather than against the service.
#pragma once

#include <QByteArray>

namespace graphsim {

//! \a data as a gzip member (RFC 1952); empty when compression fails.
QByteArray gzipCompress(const QByteArray &data);

//! Whether an Accept-Encoding header value accepts gzip (and does not refuse it with q=0).
bool acceptsGzip(const QByteArray &acceptEncoding);

} // namespace graphsim
