#include "core/graph/batch_item_request.h"

namespace moderato {

namespace {

GraphRequest::Method methodOf(const QByteArray &verb)
{
    if (verb == "GET")
        return GraphRequest::Method::Get;
    if (verb == "DELETE")
        return GraphRequest::Method::Delete;
    if (verb == "PATCH")
        return GraphRequest::Method::Patch;
    return GraphRequest::Method::Post;
}

} // namespace

BatchItemRequest::BatchItemRequest(const BatchItem &item, QObject *parent)
    : GraphRequest(methodOf(item.method), EncodedPathTag{}, item.url, parent)
{
    setIdempotent(item.idempotent);
    if (item.body)
        setRawJsonBody(QJsonDocument(*item.body).toJson(QJsonDocument::Compact));
    if (!item.invalidReason.isEmpty())
        setInvalid(item.invalidReason);
}

QString BatchItemRequest::parseSuccess(const QJsonDocument &body)
{
    m_body = body.isObject() ? QJsonValue(body.object()) : QJsonValue();
    return {};
}

BatchItemResult BatchItemRequest::result() const
{
    BatchItemResult result;
    result.status = httpStatus();
    result.body = m_body;
    result.error = error();
    result.attempts = attemptCount();
    result.requestId = requestId();
    const QByteArray location = responseHeader("Location");
    if (!location.isEmpty())
        result.headers.append({QByteArrayLiteral("Location"), location});
    return result;
}

} // namespace moderato
