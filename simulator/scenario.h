// A scenario file: tenants and their apps, the directory, calls with raw Graph participants, options.
#pragma once

#include "simulator/sim_clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace graphsim {

struct ScenarioApp
{
    QString clientId;
    QString secret;
    QString displayName;
    QStringList roles;
    bool allowRemoveParticipant = true;
};

struct ScenarioTenant
{
    QString id;
    QString displayName;
    QStringList domains;
    QList<ScenarioApp> apps;
};

enum class AnswerOutcome { Accept, Decline, Busy, NoAnswer, Unreachable };

struct ScenarioAnswer
{
    double afterSeconds = 0;
    AnswerOutcome outcome = AnswerOutcome::NoAnswer;
};

struct ScenarioUser
{
    QString id;
    QString tenantId;
    QJsonObject properties;  // the Graph user as served by /users (no simulator-only keys)
    std::optional<ScenarioAnswer> answer;
};

struct ScenarioChurn
{
    double joinEverySeconds = 0;
    double leaveEverySeconds = 0;
};

struct ScenarioCall
{
    QString id;
    QString tenantId;
    QString state;
    QString ownerClientId;
    QJsonObject properties;  // further call properties served by GET call (subject, chatInfo, ...)
    QList<QJsonObject> participants;
    ScenarioChurn churn;
};

struct ScenarioOptions
{
    int pageSize = 0;
    int rosterCap = 0;
    bool operationsGettable = true;
    int tokenLifetime = 3599;
    SimClock::Mode clock = SimClock::Mode::Real;
    QDateTime startTime;  // invalid = the real time when the scenario is loaded
    quint32 seed = 1;
    double ringTimeoutSeconds = 30;
    bool reverseBatchResponses = false;
};

struct Scenario
{
    QList<ScenarioTenant> tenants;
    QList<ScenarioUser> users;
    QList<ScenarioCall> calls;
    ScenarioOptions options;

    //! Parses and validates; on failure returns nothing and sets *error to a message naming the JSON path.
    static std::optional<Scenario> parse(const QByteArray &json, QString *error);

    const ScenarioTenant *tenant(const QString &idOrDomain) const;
    const ScenarioApp *app(const QString &tenantId, const QString &clientId) const;
};

QString outcomeName(AnswerOutcome outcome);

} // namespace graphsim
