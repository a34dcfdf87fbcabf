// Graph's documented error body: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
#pragma once

#include "simulator/http_message.h"

#include <QJsonObject>
#include <QString>

namespace graphsim {

QJsonObject graphErrorBody(const QString &code, const QString &message, const RequestContext &context);
HttpResponse graphError(int status, const QString &code, const QString &message, const RequestContext &context);
//! The error a fault rule injects: the throttling sample's shape for 429, a plain Graph error otherwise.
HttpResponse injectedGraphError(int status, const QString &code, const RequestContext &context);
QString defaultErrorCode(int status);

} // namespace graphsim
