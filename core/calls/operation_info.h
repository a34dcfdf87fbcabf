#pragma once
// OperationInfo: a commsOperation (inviteParticipantsOperation, muteParticipantOperation, …)
// as returned by an action or carried in a notification.

#include "core/calls/identity.h"
#include "core/calls/result_info.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace moderato {

enum class OperationStatus { NotStarted, Running, Completed, Failed };

//! Case-insensitive ("Running", "running", "NotStarted"…); nullopt for anything else.
std::optional<OperationStatus> operationStatusFromString(QStringView text);
//! Graph's lower-camel spelling: "notStarted", "running", "completed", "failed".
QString operationStatusName(OperationStatus status);

//! One entry of an inviteParticipantsOperation's participants (invitationParticipantInfo).
struct OperationParticipant
{
    QString participantId;        //!< the participantId we generated, when echoed
    ParticipantIdentity identity; //!< the naming identity of its identitySet
    QString replacesCallId;
};

struct OperationInfo
{
    QString id;                            //!< may be empty: the service sometimes sends null
    QString type;                          //!< "inviteParticipantsOperation", from @odata.type, if present
    std::optional<OperationStatus> status; //!< nullopt when missing or not understood
    QString statusText;                    //!< the status exactly as sent
    QString clientContext;
    ResultInfo resultInfo;
    QList<OperationParticipant> participants;

    //! Reads an operation object. Fields of the wrong type read as absent; \a problem is set
    //! (and the result is still usable) when the object has neither an id nor a clientContext
    //! or its status is not understood.
    static OperationInfo fromJson(const QJsonObject &object, QString *problem = nullptr);
    //! Reads an operation from a response body; \a problem explains a body that is not a JSON object.
    static OperationInfo fromJson(const QByteArray &body, QString *problem = nullptr);
    //! The operations in a commsNotifications body (resourceUrl .../operations/...).
    static QList<OperationInfo> fromNotifications(const QJsonObject &commsNotifications);

    //! completed or failed: the service sends nothing more about this operation.
    bool isTerminal() const;
    //! The status, or \a previous when this one said nothing we understand.
    OperationStatus statusOr(OperationStatus previous) const { return status.value_or(previous); }
};

} // namespace moderato
