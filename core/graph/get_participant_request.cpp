#include "core/graph/get_participant_request.h"

namespace moderato {

GetParticipantRequest::GetParticipantRequest(const QString &callId, const QString &participantId, QObject *parent)
    : GraphRequest(Method::Get, callPath(callId, {QStringLiteral("participants"), participantId}), parent)
    , m_participantId(participantId)
{}

QString GetParticipantRequest::parseSuccess(const QJsonDocument &body)
{
    m_participant = body.object();
    if (!m_participant.value(QLatin1String("id")).isString())
        return tr("the answer is not a participant (it has no id)");
    return {};
}

} // namespace moderato
