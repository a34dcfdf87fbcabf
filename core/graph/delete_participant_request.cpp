#include "core/graph/delete_participant_request.h"

namespace moderato {

DeleteParticipantRequest::DeleteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent)
    : GraphRequest(Method::Delete, callPath(callId, {QStringLiteral("participants"), participantId}), parent)
    , m_participantId(participantId)
{}

} // namespace moderato
