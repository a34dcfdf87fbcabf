#include "core/graph/get_call_request.h"

namespace moderato {

GetCallRequest::GetCallRequest(const QString &callId, QObject *parent)
    : GraphRequest(Method::Get, callPath(callId), parent)
    , m_callId(callId)
{}

QString GetCallRequest::parseSuccess(const QJsonDocument &body)
{
    m_call = body.object();
    if (!m_call.value(QLatin1String("id")).isString())
        return tr("the answer is not a call (it has no id)");
    return {};
}

} // namespace moderato
