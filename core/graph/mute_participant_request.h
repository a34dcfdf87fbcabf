#pragma once
#include "core/graph/graph_request.h"

namespace moderato {

//! POST /communications/calls/{id}/participants/{id}/mute → 200 and a muteParticipantOperation.
//! Marked idempotent: muting someone twice is harmless, so it is retried like a GET.
class MuteParticipantRequest : public GraphRequest
{
    Q_OBJECT
public:
    MuteParticipantRequest(const QString &callId, const QString &participantId, QObject *parent = nullptr);
    QString participantId() const { return m_participantId; }
    QString clientContext() const { return m_clientContext; }
    QJsonObject operation() const { return m_operation; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_participantId;
    QString m_clientContext;
    QJsonObject m_operation;
};

} // namespace moderato
