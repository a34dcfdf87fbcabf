#include "core/graph/call_leg_requests.h"

namespace moderato {

KeepAliveRequest::KeepAliveRequest(const QString &callId, QObject *parent)
    : GraphRequest(Method::Post, callPath(callId, {QStringLiteral("keepAlive")}), parent)
{
    setIdempotent(true);
}

HangUpRequest::HangUpRequest(const QString &callId, QObject *parent)
    : GraphRequest(Method::Delete, callPath(callId), parent)
{}

} // namespace moderato
