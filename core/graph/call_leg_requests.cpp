#include "core/graph/call_leg_requests.h"

namespace moderato {

KeepAliveRequest::KeepAliveRequest(const QString &callId, QObject *parent)
    : GraphRequest(Method::Post,
                   {QStringLiteral("communications"), QStringLiteral("calls"), callId, QStringLiteral("keepAlive")},
                   parent)
{
    setIdempotent(true);
}

HangUpRequest::HangUpRequest(const QString &callId, QObject *parent)
    : GraphRequest(Method::Delete, {QStringLiteral("communications"), QStringLiteral("calls"), callId}, parent)
{}

} // namespace moderato
