#pragma once
// Lenient readers for Graph JSON fields: the service and its documentation disagree on types
// (codes as strings, booleans as strings), and nulls appear anywhere. None of these throws or
// asserts; a value of the wrong kind reads as "absent".

#include <QJsonValue>
#include <QString>

#include <optional>

namespace moderato::json {

//! A string, or an integral number written as text; anything else is empty.
QString string(const QJsonValue &value);

//! true/false, also from the strings "true"/"false" (any case) and the numbers 1/0.
std::optional<bool> boolean(const QJsonValue &value);

//! An integer from a number or a decimal string ("5001"); nullopt otherwise.
std::optional<qint64> integer(const QJsonValue &value);

//! A short description of the JSON type, for problem reports ("a string", "null", …).
QString typeName(const QJsonValue &value);

} // namespace moderato::json
