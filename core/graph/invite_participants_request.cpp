#include "core/graph/invite_participants_request.h"

#include <QJsonArray>

namespace moderato {

InviteParticipantsRequest::InviteParticipantsRequest(const QString &callId, const QList<Invitee> &invitees,
                                                     QObject *parent)
    : GraphRequest(Method::Post, callPath(callId, {QStringLiteral("participants"), QStringLiteral("invite")}), parent)
    , m_invitees(invitees)
    , m_clientContext(Invitee::newParticipantId())
{
    setIdempotent(false);
    if (invitees.isEmpty())
        setInvalid(tr("nobody to invite"));
    if (invitees.size() > MaxInvitees)
        setInvalid(tr("at most %1 people can be invited in one request, not %2").arg(MaxInvitees).arg(invitees.size()));

    QJsonArray participants;
    for (Invitee &invitee : m_invitees) {
        if (const QString problem = invitee.validationError(); !problem.isEmpty())
            setInvalid(problem);
        if (invitee.participantId.isEmpty())
            invitee.participantId = Invitee::newParticipantId();
        participants.append(invitee.toInvitationParticipantInfo());
    }
    setJsonBody({{QStringLiteral("participants"), participants}, {QStringLiteral("clientContext"), m_clientContext}});
}

QUrl InviteParticipantsRequest::location() const
{
    return QUrl::fromEncoded(responseHeader("Location"));
}

QString InviteParticipantsRequest::parseSuccess(const QJsonDocument &body)
{
    // The invitation went out once Graph said 200: never report it as failed for its shape.
    m_operation = body.object();
    m_operationId = m_operation.value(QLatin1String("id")).toString();
    if (m_operationId.isEmpty()) {
        const QStringList segments = location().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (segments.size() >= 2 && segments.at(segments.size() - 2) == QLatin1String("operations"))
            m_operationId = segments.last();
    }
    return {};
}

} // namespace moderato
