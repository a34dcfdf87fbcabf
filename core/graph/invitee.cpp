#include "core/graph/invitee.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace moderato {

QString Invitee::newParticipantId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Invitee::isObjectId(const QString &text)
{
    static const QRegularExpression guid(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")));
    return guid.match(text).hasMatch();
}

bool Invitee::isE164(const QString &number)
{
    static const QRegularExpression e164(QRegularExpression::anchoredPattern(QStringLiteral("\\+[1-9]\\d{6,14}")));
    return e164.match(number).hasMatch();
}

QString Invitee::normalisedPhoneNumber(const QString &input)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()/]"));
    QString number = input.trimmed();
    number.remove(separators);
    return isE164(number) ? number : QString();
}

bool Invitee::isSignInName(const QString &text)
{
    static const QRegularExpression upn(
        QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
    return upn.match(text.trimmed()).hasMatch();
}

QString Invitee::validationError() const
{
    switch (kind) {
    case Kind::User:
        if (!isObjectId(id))
            return QCoreApplication::translate("Invitee", "a user to invite needs an object id, not \"%1\"").arg(id);
        if (!tenantId.isEmpty() && !isObjectId(tenantId))
            return QCoreApplication::translate("Invitee", "a user's tenant must be a tenant id, not \"%1\"")
                .arg(tenantId);
        break;
    case Kind::Phone:
        if (!isE164(id))
            return QCoreApplication::translate("Invitee", "\"%1\" is not a phone number in E.164 form (+14255550123)")
                .arg(id);
        break;
    }
    return {};
}

QJsonObject Invitee::toInvitationParticipantInfo() const
{
    QJsonObject identity{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")}};
    QString slot;
    switch (kind) {
    case Kind::User:
        slot = QStringLiteral("user");
        identity.insert(QStringLiteral("id"), id);
        if (!tenantId.isEmpty())
            identity.insert(QStringLiteral("tenantId"), tenantId);
        break;
    case Kind::Phone:
        slot = QStringLiteral("phone");
        identity.insert(QStringLiteral("id"), id);
        break;
    }
    if (!displayName.isEmpty())
        identity.insert(QStringLiteral("displayName"), displayName);

    QJsonObject identitySet{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet")},
                            {slot, identity}};
    QJsonObject info{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.invitationParticipantInfo")},
                     {QStringLiteral("identity"), identitySet}};
    if (!participantId.isEmpty())
        info.insert(QStringLiteral("participantId"), participantId);
    return info;
}

} // namespace moderato
