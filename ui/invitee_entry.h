#pragma once
// InviteeEntry: what the invite dialog says about what the moderator types by hand; the rules
// themselves are Invitee's, shared with the session and moderato-cli.

#include <QCoreApplication>
#include <QString>

#include "core/calls/call_session.h"

namespace moderato {

class InviteeEntry
{
    Q_DECLARE_TR_FUNCTIONS(moderato::InviteeEntry)
public:
    //! A user invitee from an object id or sign-in name (the rules are Invitee's); \a error says
    //! what is wrong otherwise.
    static bool userTarget(const QString &text, InviteTarget *target, QString *error);
    static bool phoneTarget(const QString &text, InviteTarget *target, QString *error);

    //! "3 people will be called, each with an invitation of their own." and friends.
    static QString requestSummary(int invitees);
};

} // namespace moderato
