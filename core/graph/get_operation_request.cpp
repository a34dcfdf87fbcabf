#include "core/graph/get_operation_request.h"

namespace moderato {

GetOperationRequest::GetOperationRequest(const QString &callId, const QString &operationId, QObject *parent)
    : ResourceRequest(Method::Get, callPath(callId, {QStringLiteral("operations"), operationId}), parent)
{
    requireProperty(QLatin1String("status"), tr("the answer is not an operation (it has no status)"));
}

bool GetOperationRequest::notAvailable() const
{
    const int status = error().httpStatus;
    return isFinished() && error().kind == GraphError::Kind::Http && (status == 404 || status == 405 || status == 501);
}

} // namespace moderato
