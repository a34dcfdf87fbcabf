#pragma once
#include "core/graph/graph_request.h"

namespace moderato {

//! GET /communications/calls/{id}/participants/{id}.
class GetParticipantRequest : public GraphRequest
{
    Q_OBJECT
public:
    GetParticipantRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
    QString participantId() const { return m_participantId; }
    QJsonObject participant() const { return m_participant; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_participantId;
    QJsonObject m_participant;
};

} // namespace moderato
