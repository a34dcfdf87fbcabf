// The small readers a scenario file is parsed with: each names the JSON path of what is wrong.
// Internal to the scenario parser.
#pragma once

#include "simulator/scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace graphsim::scenariojson {

// Thrown inside Scenario::parse() only; turned into the *error message at its boundary.
struct ScenarioError
{
    QString message;
};

[[noreturn]] inline void fail(const QString &path, const QString &what)
{
    throw ScenarioError{path + QStringLiteral(": ") + what};
}

inline void allowOnly(const QJsonObject &object, const QString &path, const QStringList &keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            fail(path,
                 QStringLiteral("unknown key \"%1\" (allowed: %2)").arg(it.key(), keys.join(QStringLiteral(", "))));
    }
}

inline QJsonObject objectAt(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        fail(path, QStringLiteral("must be an object"));
    return value.toObject();
}

inline QJsonArray arrayAt(const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isArray())
        fail(path + QLatin1Char('.') + key, QStringLiteral("must be an array"));
    return value.toArray();
}

inline QString stringAt(const QJsonObject &parent, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty())
        fail(path + QLatin1Char('.') + key, QStringLiteral("must be a non-empty string"));
    return value.toString();
}

inline bool boolAt(const QJsonObject &parent, const QString &key, const QString &path, bool fallback)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        fail(path + QLatin1Char('.') + key, QStringLiteral("must be true or false"));
    return value.toBool();
}

inline double numberAt(const QJsonObject &parent, const QString &key, const QString &path, double fallback, double min)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() < min)
        fail(path + QLatin1Char('.') + key, QStringLiteral("must be a number >= %1").arg(min));
    return value.toDouble();
}

inline int intAt(const QJsonObject &parent, const QString &key, const QString &path, int fallback, int min)
{
    const double value = numberAt(parent, key, path, fallback, min);
    if (value != double(int(value)))
        fail(path + QLatin1Char('.') + key, QStringLiteral("must be a whole number"));
    return int(value);
}

inline QStringList stringListAt(const QJsonObject &parent, const QString &key, const QString &path)
{
    QStringList out;
    const QJsonArray array = arrayAt(parent, key, path, false);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), QStringLiteral("must be a string"));
        out.append(array.at(i).toString());
    }
    return out;
}

//! An array of Graph participant objects, each with a unique id.
QList<QJsonObject> participantsAt(const QJsonObject &parent, const QString &path);
//! {"joinEvery", "leaveEvery"}, when present.
ScenarioChurn churnAt(const QJsonObject &parent, const QString &path);
//! One entry of "meetings".
ScenarioMeeting parseMeeting(const QJsonValue &value, const QString &path, const Scenario &scenario);
//! The "relays" array, checked against each other and against the paths the simulator serves.
QList<ScenarioRelay> parseRelays(const QJsonArray &relays, const Scenario &scenario);

//! The tenant an entry names by id or domain ("tenantId"), or the scenario's first tenant; its id.
inline QString tenantIdAt(const QJsonObject &object, const QString &path, const Scenario &scenario)
{
    QString id = stringAt(object, QStringLiteral("tenantId"), path, false);
    if (id.isEmpty())
        id = scenario.tenants.first().id;
    const ScenarioTenant *tenant = scenario.tenant(id);
    if (!tenant)
        fail(path + QStringLiteral(".tenantId"), QStringLiteral("no tenant with id %1").arg(id));
    return tenant->id; // a domain name works too
}

} // namespace graphsim::scenariojson
