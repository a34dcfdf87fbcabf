#include "core/graph/batch_request.h"

namespace moderato {

BatchRequest::BatchRequest(const QJsonArray &requests, bool idempotent, QObject *parent)
    : GraphRequest(Method::Post, QStringList{QStringLiteral("$batch")}, parent)
{
    setIdempotent(idempotent);
    setJsonBody({{QStringLiteral("requests"), requests}});
}

QString BatchRequest::parseSuccess(const QJsonDocument &body)
{
    const QJsonValue responses = body.object().value(QLatin1String("responses"));
    if (!responses.isArray())
        return tr("the batch answer has no \"responses\" array");
    bool tokenRefused = false;
    for (const QJsonValue value : responses.toArray()) {
        const QJsonObject response = value.toObject();
        const QJsonValue id = response.value(QLatin1String("id"));
        const QJsonValue status = response.value(QLatin1String("status"));
        if (!id.isString() || !status.isDouble())
            return tr("the batch answer contains an item without id or status");
        // Ids are case-insensitive per the $batch format; ours are digits anyway.
        m_responses.insert(id.toString().toLower(), response);
        tokenRefused = tokenRefused || status.toInt() == 401;
    }
    // Graph checks the token per item: an expired one makes every item 401 inside a 200.
    if (tokenRefused)
        reportTokenRefused();
    return {};
}

} // namespace moderato
