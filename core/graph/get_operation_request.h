#pragma once
#include "core/graph/resource_request.h"

namespace moderato {

//! GET /communications/calls/{id}/operations/{id}. Not documented for v1.0: where the service does
//! not answer it (404, 405, 501) notAvailable() is true and callers infer the status from the
//! roster.
class GetOperationRequest : public ResourceRequest
{
    Q_OBJECT
public:
    GetOperationRequest(const QString &callId, const QString &operationId, QObject *parent = nullptr);
    QJsonObject operation() const { return resource(); }
    //! notStarted, running, completed or failed — as sent; compare case-insensitively.
    QString status() const { return resource().value(QLatin1String("status")).toString(); }
    QJsonObject resultInfo() const { return resource().value(QLatin1String("resultInfo")).toObject(); }
    bool notAvailable() const;
};

} // namespace moderato
