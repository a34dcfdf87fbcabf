// How the emulated Azure Relay checks a Service Bus shared access signature, as the service does:
// the key it names, its HMAC-SHA256 signature, its expiry, and the resource it was issued for.
#pragma once

#include "simulator/scenario.h"

#include <QByteArray>
#include <QString>

namespace graphsim {

struct RelayTokenCheck
{
    int status = 0;       //!< 0: valid; 401: missing, malformed, wrong key, expired; 403: other resource
    QString problem;      //!< for the status description
    qint64 expiresAt = 0; //!< se, Unix seconds
};

//! Checks "SharedAccessSignature sr=…&sig=…&se=…&skn=…" for the hybrid connection \a relay at
//! \a nowUnixSeconds. The resource may be the hybrid connection (http, https, sb, ws or wss
//! scheme, with or without a trailing slash) or its whole namespace.
RelayTokenCheck checkRelayToken(const QByteArray &token, const ScenarioRelay &relay, qint64 nowUnixSeconds);

} // namespace graphsim
