#include "core/graph/mute_participant_request.h"

#include <QUuid>

namespace moderato {

MuteParticipantRequest::MuteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent)
    : GraphRequest(Method::Post,
                   callPath(callId, {QStringLiteral("participants"), participantId, QStringLiteral("mute")}), parent)
    , m_participantId(participantId)
    , m_clientContext(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setIdempotent(true);
    setJsonBody({{QStringLiteral("clientContext"), m_clientContext}});
}

QString MuteParticipantRequest::parseSuccess(const QJsonDocument &body)
{
    m_operation = body.object();
    return {};
}

} // namespace moderato
