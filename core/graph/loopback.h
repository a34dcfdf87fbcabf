#pragma once
// Which hosts are this computer. Plain http is allowed only to them: tokens, secrets and the keys
// that decide what Moderato trusts must never cross a network in the clear.

#include <QString>

class QUrl;

namespace moderato {

//! Whether \a host is this computer: "localhost", 127.0.0.0/8 or ::1.
bool isLoopbackHost(const QString &host);

//! Whether \a url is https, or plain http to a loopback host.
bool isHttpsOrLoopbackHttp(const QUrl &url);

} // namespace moderato
