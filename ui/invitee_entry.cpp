#include "ui/invitee_entry.h"

namespace moderato {

bool InviteeEntry::userTarget(const QString &text, InviteTarget *target, QString *error)
{
    const QString id = text.trimmed();
    if (id.isEmpty()) {
        *error = tr("Type an object id or a user principal name (name@example.com).");
        return false;
    }
    if (!Invitee::isObjectId(id) && !Invitee::isSignInName(id)) {
        *error = tr("“%1” is neither an object id nor a user principal name (name@example.com).").arg(id);
        return false;
    }
    *target = InviteTarget{InviteTarget::Kind::User, id, id};
    return true;
}

bool InviteeEntry::phoneTarget(const QString &text, InviteTarget *target, QString *error)
{
    const QString number = Invitee::normalisedPhoneNumber(text);
    if (number.isEmpty()) {
        *error = tr("Type the number in international format: + country code and number, e.g. +14255550123.");
        return false;
    }
    *target = InviteTarget{InviteTarget::Kind::Phone, number, number};
    return true;
}

QString InviteeEntry::requestSummary(int invitees)
{
    if (invitees <= 0)
        return tr("Nobody chosen yet.");
    return tr("%n people will be called, each with an invitation of their own.", nullptr, invitees);
}

} // namespace moderato
