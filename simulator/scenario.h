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
    //! Registered as a calling bot (Azure Bot with calling on its Teams channel); false makes
    //! every POST /communications/calls answer 403 with code 7503, as Graph does.
    bool callingEnabled = true;
    //! The Teams application access policy (New-/Grant-CsApplicationAccessPolicy) that lets the app
    //! use online meetings on behalf of users: granted to everyone (-Global) or to these user ids.
    //! Not granted unless the scenario says so: /users/{id}/onlineMeetings then answers 403.
    bool accessPolicyGlobal = false;
    QStringList accessPolicyUsers;
    bool mayActForUser(const QString &userId) const
    {
        return accessPolicyGlobal || accessPolicyUsers.contains(userId, Qt::CaseInsensitive);
    }
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
    QJsonObject properties; // the Graph user as served by /users (no simulator-only keys)
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
    QJsonObject properties; // further call properties served by GET call (subject, chatInfo, ...)
    QList<QJsonObject> participants;
    ScenarioChurn churn;
};

//! A scheduled Teams meeting that an app can join (POST /communications/calls): each join makes a
//! call of its own for that app, whose roster is the meeting's people plus the app's bot.
struct ScenarioMeeting
{
    QString joinWebUrl;
    QString joinMeetingId; //!< digits only
    QString passcode;
    QString threadId; //!< "19:meeting_…@thread.v2"
    QString tenantId; //!< the organiser's tenant
    QString organizerId;
    QString organizerName;
    QString subject;
    bool lobbyForApps = false; //!< a joining bot waits in the lobby until admitted (/_sim/ hook)
    //! The online meeting's options (onlineMeetingBase properties) as scenario "meetingOptions"
    //! set them over the defaults of a new Teams meeting (online_meetings.h).
    QJsonObject meetingOptions;
    QList<QJsonObject> participants;
    ScenarioChurn churn;
};

//! An Azure Relay hybrid connection the simulator stands in for (relay_emulator.h): listeners
//! connect to /$hc/{path}, senders post to /{path}/… (or /$hc/{path}/…).
struct ScenarioRelay
{
    QString relayNamespace; //!< "contoso-moderato.servicebus.windows.net" (lower case)
    QString path;           //!< the hybrid connection's name, "moderato"
    QString keyName;        //!< a shared access policy with the Listen and Send rights
    QString key;
    //! Senders must bring a Send token (sb-hc-token, ServiceBusAuthorization, or Authorization).
    //! Off by default: Graph cannot bring one.
    bool requiresClientAuthorization = false;
    double requestTimeoutSeconds = 60; //!< a listener that does not answer: 504 to the sender
};

//! Whether Graph takes /communications/… requests inside $batch (undocumented either way).
enum class BatchCommunications { Supported, Refused };

struct ScenarioOptions
{
    int pageSize = 0;
    //! GET …/participants answers at most this many, with no next link, as Graph does (0: all).
    int rosterCap = 100;
    //! v1.0 documents no GET for operations: 404 unless a scenario asks for it.
    bool operationsGettable = false;
    double joinDelaySeconds = 1; //!< establishing → established after a join
    BatchCommunications batchCommunications = BatchCommunications::Supported;
    int tokenLifetime = 3599;
    SimClock::Mode clock = SimClock::Mode::Real;
    QDateTime startTime; // invalid = the real time when the scenario is loaded
    quint32 seed = 1;
    double ringTimeoutSeconds = 30;
    //! How long a startHoldMusic operation runs before it completes (and is notified).
    double holdMusicDelaySeconds = 0.5;
    bool reverseBatchResponses = false;
};

struct Scenario
{
    QList<ScenarioTenant> tenants;
    QList<ScenarioUser> users;
    QList<ScenarioCall> calls;
    QList<ScenarioMeeting> meetings;
    QList<ScenarioRelay> relays;
    ScenarioOptions options;

    //! Parses and validates; on failure returns nothing and sets *error to a message naming the JSON path.
    static std::optional<Scenario> parse(const QByteArray &json, QString *error);

    const ScenarioTenant *tenant(const QString &idOrDomain) const;
    const ScenarioApp *app(const QString &tenantId, const QString &clientId) const;
};

QString outcomeName(AnswerOutcome outcome);

} // namespace graphsim
