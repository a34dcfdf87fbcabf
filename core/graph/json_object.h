#pragma once
// One JSON object from bytes, for callers that only need to know whether there is one.

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace moderato {

//! The object \a bytes hold, or nothing when they are not JSON or not an object.
std::optional<QJsonObject> jsonObjectFrom(const QByteArray &bytes);

} // namespace moderato
