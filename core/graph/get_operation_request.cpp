#include "core/graph/get_operation_request.h"

namespace moderato {

GetOperationRequest::GetOperationRequest(const QString &callId, const QString &operationId, QObject *parent)
    : GraphRequest(Method::Get, callPath(callId, {QStringLiteral("operations"), operationId}), parent)
{}

bool GetOperationRequest::notAvailable() const
{
    const int status = error().httpStatus;
    return isFinished() && error().kind == GraphError::Kind::Http && (status == 404 || status == 405 || status == 501);
}

QString GetOperationRequest::parseSuccess(const QJsonDocument &body)
{
    m_operation = body.object();
    if (!m_operation.value(QLatin1String("status")).isString())
        return tr("the answer is not an operation (it has no status)");
    return {};
}

} // namespace moderato
