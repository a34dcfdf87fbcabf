#pragma once
// InviteeEntry: the rules for what the moderator types into the invite dialog by hand.

#include <QCoreApplication>
#include <QString>

#include "core/calls/call_session.h"

namespace moderato {

class InviteeEntry
{
    Q_DECLARE_TR_FUNCTIONS(moderato::InviteeEntry)
public:
    static constexpr int InviteesPerRequest = 5; //!< Graph's limit per invite request

    //! True for an E.164 number: "+", a non-zero digit, 7 to 15 digits in all.
    static bool isE164(const QString &number);
    //! \a input without spaces, dashes, dots and brackets when that is E.164; else empty.
    static QString normalisedPhoneNumber(const QString &input);
    static bool isObjectId(const QString &text);
    static bool isUserPrincipalName(const QString &text);

    //! A user invitee from an object id or UPN; \a error says what is wrong otherwise.
    static bool userTarget(const QString &text, InviteTarget *target, QString *error);
    static bool phoneTarget(const QString &text, InviteTarget *target, QString *error);
    static bool guestTarget(const QString &name, InviteTarget *target, QString *error);

    static int requestCount(int invitees);
    //! "Sends 2 invitation requests (up to 5 people each)" and friends.
    static QString requestSummary(int invitees);
};

} // namespace moderato
