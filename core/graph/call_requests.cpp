#include "core/graph/call_requests.h"

namespace moderato {

GetCallRequest::GetCallRequest(const QString &callId, QObject *parent)
    : ResourceRequest(Method::Get, callPath(callId), parent)
    , m_callId(callId)
{
    requireProperty(QLatin1String("id"), tr("the answer is not a call (it has no id)"));
}

KeepAliveRequest::KeepAliveRequest(const QString &callId, QObject *parent)
    : NoContentRequest(Method::Post, callPath(callId, {QStringLiteral("keepAlive")}), parent)
{
    setIdempotent(true);
}

HangUpRequest::HangUpRequest(const QString &callId, QObject *parent)
    : NoContentRequest(Method::Delete, callPath(callId), parent)
{}

} // namespace moderato
