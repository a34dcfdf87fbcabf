#include "core/graph/json_object.h"

#include <QJsonDocument>

namespace moderato {

std::optional<QJsonObject> jsonObjectFrom(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace moderato
