#include "ui/invitee_entry.h"

#include <QRegularExpression>
#include <QUuid>

namespace moderato {

bool InviteeEntry::isE164(const QString &number)
{
    static const QRegularExpression e164(QRegularExpression::anchoredPattern(QStringLiteral("\\+[1-9]\\d{6,14}")));
    return e164.match(number).hasMatch();
}

QString InviteeEntry::normalisedPhoneNumber(const QString &input)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()/]"));
    QString number = input.trimmed();
    number.remove(separators);
    return isE164(number) ? number : QString();
}

bool InviteeEntry::isObjectId(const QString &text)
{
    return !QUuid::fromString(text.trimmed()).isNull();
}

bool InviteeEntry::isUserPrincipalName(const QString &text)
{
    static const QRegularExpression upn(QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
    return upn.match(text.trimmed()).hasMatch();
}

bool InviteeEntry::userTarget(const QString &text, InviteTarget *target, QString *error)
{
    const QString id = text.trimmed();
    if (id.isEmpty()) {
        *error = tr("Type an object id or a user principal name (name@example.com).");
        return false;
    }
    if (!isObjectId(id) && !isUserPrincipalName(id)) {
        *error = tr("“%1” is neither an object id nor a user principal name (name@example.com).").arg(id);
        return false;
    }
    *target = InviteTarget{InviteTarget::Kind::User, id, id};
    return true;
}

bool InviteeEntry::phoneTarget(const QString &text, InviteTarget *target, QString *error)
{
    const QString number = normalisedPhoneNumber(text);
    if (number.isEmpty()) {
        *error = tr("Type the number in international format: + country code and number, e.g. +14255550123.");
        return false;
    }
    *target = InviteTarget{InviteTarget::Kind::Phone, number, number};
    return true;
}

bool InviteeEntry::guestTarget(const QString &name, InviteTarget *target, QString *error)
{
    const QString displayName = name.simplified();
    if (displayName.isEmpty()) {
        *error = tr("Type the guest's name.");
        return false;
    }
    *target = InviteTarget{InviteTarget::Kind::Guest, QString(), displayName};
    return true;
}

int InviteeEntry::requestCount(int invitees)
{
    return invitees <= 0 ? 0 : (invitees + InviteesPerRequest - 1) / InviteesPerRequest;
}

QString InviteeEntry::requestSummary(int invitees)
{
    const int requests = requestCount(invitees);
    if (requests == 0)
        return tr("Nobody chosen yet.");
    if (requests == 1)
        return tr("Sends 1 invitation request for %n people.", nullptr, invitees);
    return tr("Sends %n invitation requests (up to 5 people each).", nullptr, requests);
}

} // namespace moderato
