#pragma once
// The two hold-music requests: POST …/participants/{id}/startHoldMusic and …/stopHoldMusic.
// Both answer 202 Accepted with the operation (running, or already completed); its end comes
// as an operation notification. Neither is idempotent: a second start while the first is still
// running would be refused as "someone is on hold already", so a lost answer is reported as
// "outcome unknown", never sent again.

#include "core/graph/resource_request.h"

namespace moderato {

//! What both requests share: the body {clientContext} (no customPrompt: Teams plays its default
//! music), reading the operation from the answer, and never being sent twice.
class HoldMusicRequest : public ParticipantActionRequest
{
    Q_OBJECT
protected:
    HoldMusicRequest(const QString &callId, const QString &participantId, const QString &verb,
                     QObject *parent = nullptr);
};

//! POST /communications/calls/{id}/participants/{id}/startHoldMusic → 202 + startHoldMusicOperation.
class StartHoldMusicRequest : public HoldMusicRequest
{
    Q_OBJECT
public:
    StartHoldMusicRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
};

//! POST /communications/calls/{id}/participants/{id}/stopHoldMusic → 202 + stopHoldMusicOperation.
class StopHoldMusicRequest : public HoldMusicRequest
{
    Q_OBJECT
public:
    StopHoldMusicRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
};

} // namespace moderato
