#include "simulator/graph_error_body.h"

namespace graphsim {

namespace {

QString innerErrorDate(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString defaultMessage(int status)
{
    switch (status) {
    case 401: return QStringLiteral("Access token validation failure.");
    case 403: return QStringLiteral("Insufficient privileges to complete the operation.");
    case 404: return QStringLiteral("Resource not found.");
    case 429: return QStringLiteral("Please retry again later.");
    case 500: return QStringLiteral("An internal server error occurred.");
    case 502: return QStringLiteral("Bad gateway.");
    case 503: return QStringLiteral("The service is temporarily unavailable. Please retry later.");
    case 504: return QStringLiteral("The request timed out.");
    default: return QStringLiteral("The request failed.");
    }
}

} // namespace

QString defaultErrorCode(int status)
{
    switch (status) {
    case 400: return QStringLiteral("BadRequest");
    case 401: return QStringLiteral("InvalidAuthenticationToken");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("itemNotFound");
    case 409: return QStringLiteral("Conflict");
    case 429: return QStringLiteral("TooManyRequests");
    case 500: return QStringLiteral("InternalServerError");
    case 502: return QStringLiteral("BadGateway");
    case 503: return QStringLiteral("serviceNotAvailable");
    case 504: return QStringLiteral("GatewayTimeout");
    default: return QStringLiteral("generalException");
    }
}

QJsonObject graphErrorBody(const QString &code, const QString &message, const RequestContext &context)
{
    const QJsonObject inner{{QStringLiteral("date"), innerErrorDate(context.now)},
                            {QStringLiteral("request-id"), context.requestId},
                            {QStringLiteral("client-request-id"), context.clientRequestId}};
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                             {QStringLiteral("message"), message},
                                                             {QStringLiteral("innerError"), inner}}}};
}

HttpResponse graphError(int status, const QString &code, const QString &message, const RequestContext &context)
{
    return HttpResponse::json(status, graphErrorBody(code, message, context));
}

HttpResponse injectedGraphError(int status, const QString &code, const RequestContext &context)
{
    const QString effectiveCode = code.isEmpty() ? defaultErrorCode(status) : code;
    QJsonObject body = graphErrorBody(effectiveCode, defaultMessage(status), context);
    if (status == 429) {
        QJsonObject error = body.value(QStringLiteral("error")).toObject();
        QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
        inner.insert(QStringLiteral("code"), QStringLiteral("429"));
        inner.insert(QStringLiteral("status"), QStringLiteral("429"));
        inner.insert(QStringLiteral("message"), QStringLiteral("Please retry after"));
        error.insert(QStringLiteral("innerError"), inner);
        body.insert(QStringLiteral("error"), error);
    }
    return HttpResponse::json(status, body);
}

} // namespace graphsim
