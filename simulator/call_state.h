// One call's live state: Graph participants kept as raw JSON, pending invitations and operations.
#pragma once

#include "simulator/scenario.h"
#include "simulator/scheduler.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace graphsim {

struct PendingInvitee
{
    QString participantId;
    QString operationId;
    QJsonObject invitation; // the invitationParticipantInfo as sent
    AnswerOutcome outcome = AnswerOutcome::NoAnswer;
    qint64 dueMs = 0;
    Scheduler::EventId event = 0;
};

struct CommsOperation
{
    QString id;
    QString odataType; // e.g. "#microsoft.graph.inviteParticipantsOperation"
    QString status;    // notStarted, running, completed, failed
    QString clientContext;
    QJsonValue resultInfo = QJsonValue::Null;
    QJsonArray participants; // invitees echo, invite operations only
    bool hasParticipants = false;
    int unresolved = 0;
    QJsonObject firstFailure;

    QJsonObject toJson() const;
};

struct CallState
{
    QString id;
    QString tenantId;
    QString state;
    QString ownerClientId;
    QJsonObject properties;
    QList<QJsonObject> roster;
    QList<PendingInvitee> pending;
    QHash<QString, CommsOperation> operations;
    ScenarioChurn churn;
    qint64 rosterSequence = 0;
    //! Who is on hold (from the startHoldMusic request on), or empty; Graph allows one at a time.
    QString onHoldId;
    int nextSourceId = 1;
    qint64 lastKeepAliveMs = 0;         //!< simulated time of the last keepAlive (or the join)
    Scheduler::EventId expiryEvent = 0; //!< ends the call 45 minutes after lastKeepAliveMs

    qsizetype indexOfParticipant(const QString &participantId) const;
    qsizetype indexOfPending(const QString &participantId) const;
    bool hasParticipantOrInvitee(const QString &participantId) const;
    void appendParticipant(QJsonObject participant);
    QString myParticipantId() const;
    int takeSourceId() { return nextSourceId++; }
    QJsonObject toGraphJson() const;
};

//! True for the participant of an application (a bot) rather than a person.
bool isApplicationParticipant(const QJsonObject &participant);

} // namespace graphsim
