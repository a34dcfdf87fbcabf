#pragma once
// The two hold-music requests: POST …/participants/{id}/startHoldMusic and …/stopHoldMusic.
// Both answer 202 Accepted with the operation (running, or already completed); its end comes
// as an operation notification. Neither is idempotent: a second start while the first is still
// running would be refused as "someone is on hold already", so a lost answer is reported as
// "outcome unknown", never sent again.

#include "core/graph/graph_request.h"

namespace moderato {

//! What both requests share: the body {clientContext} (no customPrompt: Teams plays its default
//! music) and reading the operation from the answer.
class HoldMusicRequest : public GraphRequest
{
    Q_OBJECT
public:
    QString participantId() const { return m_participantId; }
    //! A fresh UUID per request: how its operation notification is recognised.
    QString clientContext() const { return m_clientContext; }
    //! The startHoldMusicOperation / stopHoldMusicOperation as answered (may be empty).
    QJsonObject operation() const { return m_operation; }

protected:
    HoldMusicRequest(const QString &callId, const QString &participantId, const QString &verb,
                     QObject *parent = nullptr);
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QString m_participantId;
    QString m_clientContext;
    QJsonObject m_operation;
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
