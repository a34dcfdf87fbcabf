#include "core/graph/invitee.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace moderato {

QString Invitee::newParticipantId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Invitee::validationError() const {
    switch (kind) {
    case Kind::User:
        if (id.trimmed().isEmpty())
            return QCoreApplication::translate("Invitee", "a user to invite needs an object id");
        break;
    case Kind::Phone: {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        if (!e164.match(id).hasMatch())
            return QCoreApplication::translate(
                       "Invitee", "\"%1\" is not a phone number in E.164 form (+14255550123)")
                .arg(id);
        break;
    }
    case Kind::Guest:
        if (displayName.trimmed().isEmpty())
            return QCoreApplication::translate("Invitee", "a guest needs a display name");
        break;
    }
    return {};
}

QJsonObject Invitee::toInvitationParticipantInfo() const {
    QJsonObject identity{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")}};
    QString slot;
    switch (kind) {
    case Kind::User:
        slot = QStringLiteral("user");
        identity.insert(QStringLiteral("id"), id);
        break;
    case Kind::Phone:
        slot = QStringLiteral("phone");
        identity.insert(QStringLiteral("id"), id);
        break;
    case Kind::Guest:
        slot = QStringLiteral("guest");
        identity.insert(QStringLiteral("id"), id.isEmpty() ? newParticipantId() : id);
        break;
    }
    if (!displayName.isEmpty())
        identity.insert(QStringLiteral("displayName"), displayName);

    QJsonObject identitySet{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet")},
        {slot, identity}};
    QJsonObject info{{QStringLiteral("@odata.type"),
                      QStringLiteral("#microsoft.graph.invitationParticipantInfo")},
                     {QStringLiteral("identity"), identitySet}};
    if (!participantId.isEmpty())
        info.insert(QStringLiteral("participantId"), participantId);
    return info;
}

} // namespace moderato
