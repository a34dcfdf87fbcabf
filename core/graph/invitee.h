#pragma once
#include <QJsonObject>
#include <QString>

namespace moderato {

//! One person to invite into a call.
struct Invitee {
    enum class Kind { User, Phone, Guest };
    Kind kind = Kind::User;
    QString id; //!< Entra object id (User), E.164 number (Phone); generated for a Guest if empty
    QString displayName; //!< required for a Guest
    //! The participant id the invitation asks for: a UUID Moderato generates, so the pending
    //! invitation can be cancelled (DELETE …/participants/{participantId}) before it is answered.
    QString participantId;

    //! A fresh UUID without braces.
    static QString newParticipantId();
    //! Why this invitee cannot be invited, or an empty string.
    QString validationError() const;
    //! The documented invitationParticipantInfo object.
    QJsonObject toInvitationParticipantInfo() const;
};

} // namespace moderato
