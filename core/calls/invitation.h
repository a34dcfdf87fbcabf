#pragma once
// Invitation: one invitee of one invite request, and what became of it.

#include "core/calls/identity.h"
#include "core/calls/operation_info.h"
#include "core/calls/result_info.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace moderato {

//! Where an invitation's current status came from — shown so the moderator knows how sure it is.
enum class StatusSource {
    Request,       //!< the invite response (or its failure)
    OperationPoll, //!< GET .../operations/{id}
    Notification,  //!< an operation notification from Graph
    Roster,        //!< our participantId appeared in the roster
    Timeout,       //!< ringing longer than the timeout with no answer
    Cancel,        //!< we cancelled it
};

//! "request", "operation", "roster", "timeout", "cancel".
QString statusSourceName(StatusSource source);

//! Whom an invitation is for. kind is User, Phone or Guest.
struct InvitationInvitee
{
    IdentityKind kind = IdentityKind::User;
    QString id; //!< user object id or UPN; E.164 number; empty for a guest
    QString displayName;
    QString tenantId{}; //!< a user of another tenant: theirs (see Invitee::tenantId)

    //! The display name, else the id, else "Guest".
    QString label() const;
    friend bool operator==(const InvitationInvitee &, const InvitationInvitee &) = default;
};

struct Invitation
{
    QString participantId; //!< the UUID we generated and sent; cancel = DELETE of it
    InvitationInvitee invitee;
    QString clientContext; //!< of the request that carried it (shared by up to five invitees)
    QString operationId;   //!< once the service told us
    OperationStatus status = OperationStatus::NotStarted;
    InvitationOutcome outcome = InvitationOutcome::Ringing;
    StatusSource source = StatusSource::Request;
    QDateTime sentAt;
    QDateTime endedAt; //!< when the outcome stopped being Ringing
    ResultInfo result; //!< code/subcode/message from the service or our own failure message

    bool isPending() const { return outcome == InvitationOutcome::Ringing; }
    //! Whole seconds spent ringing: from sentAt to endedAt, or to \a now while still ringing.
    qint64 elapsedRinging(const QDateTime &now) const;

    friend bool operator==(const Invitation &, const Invitation &) = default;
};

} // namespace moderato

Q_DECLARE_METATYPE(moderato::Invitation)
