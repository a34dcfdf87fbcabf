#include "simulator/call_state.h"

namespace graphsim {

namespace {

QJsonObject identityOf(const QJsonObject &participant)
{
    return participant.value(QStringLiteral("info")).toObject().value(QStringLiteral("identity")).toObject();
}

} // namespace

QJsonObject CommsOperation::toJson() const
{
    QJsonObject out{
        {QStringLiteral("@odata.type"), odataType},
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("clientContext"), clientContext.isNull() ? QJsonValue() : QJsonValue(clientContext)},
        {QStringLiteral("resultInfo"), resultInfo}};
    if (hasParticipants)
        out.insert(QStringLiteral("participants"), participants);
    return out;
}

bool isApplicationParticipant(const QJsonObject &participant)
{
    const QJsonObject identity = identityOf(participant);
    return identity.value(QStringLiteral("application")).isObject()
           || identity.value(QStringLiteral("applicationInstance")).isObject();
}

qsizetype CallState::indexOfParticipant(const QString &participantId) const
{
    for (qsizetype i = 0; i < roster.size(); ++i) {
        if (roster.at(i).value(QStringLiteral("id")).toString() == participantId)
            return i;
    }
    return -1;
}

qsizetype CallState::indexOfPending(const QString &participantId) const
{
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (pending.at(i).participantId == participantId)
            return i;
    }
    return -1;
}

bool CallState::hasParticipantOrInvitee(const QString &participantId) const
{
    return indexOfParticipant(participantId) >= 0 || indexOfPending(participantId) >= 0;
}

void CallState::appendParticipant(QJsonObject participant)
{
    ++rosterSequence;
    if (participant.contains(QStringLiteral("rosterSequenceNumber")))
        participant.insert(QStringLiteral("rosterSequenceNumber"), rosterSequence);
    roster.append(participant);
}

QString CallState::myParticipantId() const
{
    for (const QJsonObject &p : roster) {
        const QJsonObject app = identityOf(p).value(QStringLiteral("application")).toObject();
        if (!ownerClientId.isEmpty()
            && app.value(QStringLiteral("id")).toString().compare(ownerClientId, Qt::CaseInsensitive) == 0)
            return p.value(QStringLiteral("id")).toString();
    }
    return {};
}

QJsonObject CallState::toGraphJson() const
{
    QJsonObject out = properties;
    out.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.call"));
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("state"), state);
    out.insert(QStringLiteral("tenantId"), tenantId);
    const QString mine = myParticipantId();
    if (!out.contains(QStringLiteral("myParticipantId")) || !mine.isEmpty())
        out.insert(QStringLiteral("myParticipantId"), mine.isEmpty() ? QJsonValue() : QJsonValue(mine));
    return out;
}

} // namespace graphsim
