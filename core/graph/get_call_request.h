#pragma once
#include "core/graph/graph_request.h"

namespace moderato {

//! GET /communications/calls/{id}: the call's state, subject, and the app's own participant id.
class GetCallRequest : public GraphRequest
{
    Q_OBJECT
public:
    explicit GetCallRequest(const QString &callId, QObject *parent = nullptr);
    QString callId() const { return m_callId; }
    QJsonObject call() const { return m_call; }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_callId;
    QJsonObject m_call;
};

} // namespace moderato
