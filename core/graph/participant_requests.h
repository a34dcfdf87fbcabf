#pragma once
// The requests on one participant of a call: read it, remove it (or cancel its invitation), mute it.
#include "core/graph/resource_request.h"

namespace moderato {

//! GET /communications/calls/{id}/participants/{id}.
class GetParticipantRequest : public ResourceRequest
{
    Q_OBJECT
public:
    GetParticipantRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
    QString participantId() const { return m_participantId; }
    QJsonObject participant() const { return resource(); }

private:
    QString m_participantId;
};

//! DELETE /communications/calls/{id}/participants/{id} → 204. Removes a participant, or cancels
//! a pending invitation when given the participantId the invitation carried.
class DeleteParticipantRequest : public NoContentRequest
{
    Q_OBJECT
public:
    DeleteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
    QString participantId() const { return m_participantId; }
    //! Failed with 404: the participant had already left (or the invitation had ended) —
    //! callers usually count this as done.
    bool alreadyGone() const { return isFinished() && error().httpStatus == 404; }

private:
    QString m_participantId;
};

//! POST /communications/calls/{id}/participants/{id}/mute → 200 and a muteParticipantOperation.
//! Marked idempotent: muting someone twice is harmless, so it is retried like a GET.
class MuteParticipantRequest : public ParticipantActionRequest
{
    Q_OBJECT
public:
    MuteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
};

} // namespace moderato
