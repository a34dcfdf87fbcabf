#pragma once
#include "core/graph/graph_request.h"

namespace moderato {

//! DELETE /communications/calls/{id}/participants/{id} → 204. Removes a participant, or cancels
//! a pending invitation when given the participantId the invitation carried.
class DeleteParticipantRequest : public GraphRequest
{
    Q_OBJECT
public:
    DeleteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
    QString participantId() const { return m_participantId; }
    //! Failed with 404: the participant had already left (or the invitation had ended) —
    //! callers usually count this as done.
    bool alreadyGone() const { return isFinished() && error().httpStatus == 404; }

protected:
    QString parseSuccess(const QJsonDocument &) override { return {}; }
    bool expectsBody() const override { return false; }

private:
    QString m_participantId;
};

} // namespace moderato
