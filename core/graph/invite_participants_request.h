#pragma once
#include "core/graph/graph_request.h"
#include "core/graph/invitee.h"

#include <QList>

namespace moderato {

//! POST /communications/calls/{id}/participants/invite with at most five invitees → 200 and an
//! inviteParticipantsOperation. Not idempotent: if the connection drops after sending, it ends
//! with OutcomeUnknown and is never repeated (people would be rung twice).
class InviteParticipantsRequest : public GraphRequest
{
    Q_OBJECT
public:
    static constexpr int MaxInvitees = 5;

    //! Invitees without a participantId get a generated one; read them back with invitees().
    //! More than MaxInvitees, none, or an invalid one makes the request fail with InvalidRequest.
    InviteParticipantsRequest(const QString &callId, const QList<Invitee> &invitees, QObject *parent = nullptr);

    QList<Invitee> invitees() const { return m_invitees; }
    QString clientContext() const { return m_clientContext; }
    QJsonObject operation() const { return m_operation; }
    //! The operation's id, from the body or else from the Location header.
    QString operationId() const { return m_operationId; }
    QUrl location() const;
    QString operationStatus() const { return m_operation.value(QLatin1String("status")).toString(); }

protected:
    QString parseSuccess(const QJsonDocument &body) override;

private:
    QList<Invitee> m_invitees;
    QString m_clientContext;
    QJsonObject m_operation;
    QString m_operationId;
};

} // namespace moderato
