#include "core/calls/json_fields.h"

#include <cmath>

namespace moderato::json {

namespace {
// Doubles beyond 2^53 are not integers we can trust.
constexpr double maxExactInteger = 9007199254740992.0;

std::optional<qint64> integralDouble(double d)
{
    if (!std::isfinite(d) || std::fabs(d) > maxExactInteger || d != std::trunc(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}
} // namespace

QString string(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double:
        if (const auto n = integralDouble(value.toDouble()))
            return QString::number(*n);
        return {};
    default: return {};
    }
}

std::optional<bool> boolean(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::String: {
        const QString s = value.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        return std::nullopt;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == 1.0)
            return true;
        if (d == 0.0)
            return false;
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<qint64> integer(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: return integralDouble(value.toDouble());
    case QJsonValue::String: {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

} // namespace moderato::json
