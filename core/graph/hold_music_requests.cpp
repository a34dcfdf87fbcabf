#include "core/graph/hold_music_requests.h"

namespace moderato {

HoldMusicRequest::HoldMusicRequest(const QString &callId, const QString &participantId, const QString &verb,
                                   QObject *parent)
    : ParticipantActionRequest(callId, participantId, verb, parent)
{
    setIdempotent(false); // see the header: never repeated blindly
}

StartHoldMusicRequest::StartHoldMusicRequest(const QString &callId, const QString &participantId, QObject *parent)
    : HoldMusicRequest(callId, participantId, QStringLiteral("startHoldMusic"), parent)
{}

StopHoldMusicRequest::StopHoldMusicRequest(const QString &callId, const QString &participantId, QObject *parent)
    : HoldMusicRequest(callId, participantId, QStringLiteral("stopHoldMusic"), parent)
{}

} // namespace moderato
