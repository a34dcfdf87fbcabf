#pragma once
// CommsNotification: one entry of the commsNotifications body Graph POSTs to the callbackUri —
// a call's state, its roster (whole, or what changed), or an operation's result — read into what
// the session applies. Unknown or malformed entries are skipped and said, never guessed at.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace moderato {

struct CommsNotification
{
    Q_DECLARE_TR_FUNCTIONS(moderato::CommsNotification)
public:
    enum class Kind {
        Call,         //!< /communications/calls/{id}: state changes, termination (changeType deleted)
        Participants, //!< /communications/calls/{id}/participants: the roster, or changes to it
        Operation,    //!< /communications/calls/{id}/operations/{opId}: an action's result
    };
    enum class Change { Created, Updated, Deleted };

    Kind kind = Kind::Call;
    Change change = Change::Updated;
    QString callId;
    QString operationId; //!< for Operation
    //! For Call and Operation: the entity. For Participants: see participants and isDelta.
    QJsonObject entity;
    //! For Participants: the participant objects carried.
    QJsonArray participants;
    //! For Participants: true when they are changes (created / deleted entries, or a
    //! #microsoft.graph.deltaParticipants); false when they are the whole roster.
    bool isDelta = false;
    //! For a deltaParticipants: its sequenceNumber (orders roster notifications), else -1.
    qint64 sequenceNumber = -1;
};

struct CommsNotificationBatch
{
    QList<CommsNotification> notifications;
    //! Entries that were skipped, one sentence each (for the log).
    QStringList skipped;
};

//! Reads a commsNotifications body ({"value": [commsNotification, …]}). Returns nothing and sets
//! \a error when the body itself is unusable (not JSON, no value array, over MaxBodyBytes).
std::optional<CommsNotificationBatch> parseCommsNotifications(const QByteArray &body, QString *error);

//! Larger bodies are refused without being read.
constexpr qsizetype MaxNotificationBodyBytes = 8 * 1024 * 1024;

} // namespace moderato
