#pragma once
// Invitee: one person to invite, and the one set of rules for what can be invited — used by the
// invite request, the session, the invite dialog and moderato-cli alike.
#include <QJsonObject>
#include <QString>

namespace moderato {

//! One person to invite into a call: a user by object id, or a phone number. Graph invites
//! nobody else; a person without an account joins with the meeting link.
struct Invitee
{
    enum class Kind { User, Phone };
    Kind kind = Kind::User;
    QString id;          //!< Entra object id (User) or E.164 number (Phone)
    QString displayName; //!< shown in the invitation list; sent along when set
    //! The participant id the invitation asks for: a UUID Moderato generates, so the pending
    //! invitation can be cancelled (DELETE …/participants/{participantId}) before it is answered.
    QString participantId{};
    //! For a user of another tenant (a federated user): their tenant id, sent along as
    //! identity.user.tenantId. Empty for the home tenant's users.
    QString tenantId{};

    //! A fresh UUID without braces.
    static QString newParticipantId();
    //! An Entra object id: a GUID as Graph writes it, without braces.
    static bool isObjectId(const QString &text);
    //! "+", a non-zero digit, 7 to 15 digits in all.
    static bool isE164(const QString &number);
    //! \a input without spaces, dashes, dots, slashes and brackets when that is E.164; else empty.
    static QString normalisedPhoneNumber(const QString &input);
    //! Looks like a sign-in name or email address (name@example.com), to be looked up first.
    static bool isSignInName(const QString &text);

    //! Why this invitee cannot be invited, or an empty string.
    QString validationError() const;
    //! The documented invitationParticipantInfo object.
    QJsonObject toInvitationParticipantInfo() const;
};

} // namespace moderato
