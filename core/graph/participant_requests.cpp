#include "core/graph/participant_requests.h"

namespace moderato {

GetParticipantRequest::GetParticipantRequest(const QString &callId, const QString &participantId, QObject *parent)
    : ResourceRequest(Method::Get, callPath(callId, {QStringLiteral("participants"), participantId}), parent)
    , m_participantId(participantId)
{
    requireProperty(QLatin1String("id"), tr("the answer is not a participant (it has no id)"));
}

DeleteParticipantRequest::DeleteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent)
    : NoContentRequest(Method::Delete, callPath(callId, {QStringLiteral("participants"), participantId}), parent)
    , m_participantId(participantId)
{}

MuteParticipantRequest::MuteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent)
    : ParticipantActionRequest(callId, participantId, QStringLiteral("mute"), parent)
{
    setIdempotent(true);
}

} // namespace moderato
