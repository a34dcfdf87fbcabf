// The "relays" of a scenario: Azure Relay hybrid connections the simulator emulates.
#include "simulator/scenario_json.h"

#include <QRegularExpression>

namespace graphsim {

namespace {

const QStringList &reservedFirstSegments()
{
    // The simulator's own paths: a hybrid connection there could not be told from them.
    static const QStringList reserved = {QStringLiteral("v1.0"), QStringLiteral("beta"), QStringLiteral("_sim"),
                                         QStringLiteral("$hc")};
    return reserved;
}

ScenarioRelay parseRelay(const QJsonValue &value, const QString &path, const Scenario &scenario)
{
    const QJsonObject object = scenariojson::objectAt(value, path);
    scenariojson::allowOnly(object, path,
                            {QStringLiteral("namespace"), QStringLiteral("path"), QStringLiteral("keyName"),
                             QStringLiteral("key"), QStringLiteral("requiresClientAuthorization"),
                             QStringLiteral("requestTimeout")});
    ScenarioRelay relay;
    relay.relayNamespace = scenariojson::stringAt(object, QStringLiteral("namespace"), path, true).toLower();
    static const QRegularExpression host(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")));
    if (!host.match(relay.relayNamespace).hasMatch())
        scenariojson::fail(path + QStringLiteral(".namespace"),
                           QStringLiteral("must be a host name such as contoso.servicebus.windows.net"));
    relay.path = scenariojson::stringAt(object, QStringLiteral("path"), path, true);
    static const QRegularExpression segments(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*")));
    if (!segments.match(relay.path).hasMatch())
        scenariojson::fail(
            path + QStringLiteral(".path"),
            QStringLiteral("must be a hybrid connection name: letters, digits, . _ ~ - and inner slashes"));
    const QString first = relay.path.section(QLatin1Char('/'), 0, 0);
    if (reservedFirstSegments().contains(first, Qt::CaseInsensitive) || scenario.tenant(first))
        scenariojson::fail(
            path + QStringLiteral(".path"),
            QStringLiteral("\"%1\" is a path the simulator serves already (Graph, tokens, hooks)").arg(first));
    relay.keyName = scenariojson::stringAt(object, QStringLiteral("keyName"), path, true);
    relay.key = scenariojson::stringAt(object, QStringLiteral("key"), path, true);
    relay.requiresClientAuthorization =
        scenariojson::boolAt(object, QStringLiteral("requiresClientAuthorization"), path, false);
    relay.requestTimeoutSeconds = scenariojson::numberAt(object, QStringLiteral("requestTimeout"), path, 60, 0.1);
    return relay;
}

bool overlaps(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    return x == y || x.startsWith(y + QLatin1Char('/')) || y.startsWith(x + QLatin1Char('/'));
}

} // namespace

QList<ScenarioRelay> scenariojson::parseRelays(const QJsonArray &relays, const Scenario &scenario)
{
    QList<ScenarioRelay> out;
    for (qsizetype i = 0; i < relays.size(); ++i) {
        const QString path = QStringLiteral("$.relays[%1]").arg(i);
        const ScenarioRelay relay = parseRelay(relays.at(i), path, scenario);
        for (const ScenarioRelay &other : std::as_const(out)) {
            // Senders are told apart by path alone when they reach the simulator's own address.
            if (overlaps(other.path, relay.path))
                fail(path + QStringLiteral(".path"),
                     QStringLiteral("\"%1\" overlaps hybrid connection \"%2\"").arg(relay.path, other.path));
        }
        out.append(relay);
    }
    return out;
}

} // namespace graphsim
