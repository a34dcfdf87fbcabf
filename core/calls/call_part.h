#pragma once
// CallPart: what the parts of a CallSession that send requests share — the call they act on (and
// its generation, so answers about an earlier call are dropped), the models they update and where
// each person's outcome goes.

#include <QObject>
#include <QString>

namespace moderato {

class ActionReports;
class GraphClient;
class InvitationModel;
class ParticipantModel;

class CallPart : public QObject
{
    Q_OBJECT
public:
    CallPart(GraphClient *client, const QString &clientId, ParticipantModel *participants, InvitationModel *invitations,
             ActionReports *reports, QObject *parent = nullptr)
        : QObject(parent)
        , m_client(client)
        , m_clientId(clientId)
        , m_participants(participants)
        , m_invitations(invitations)
        , m_reports(reports)
    {}

    //! The call acted on from now on; answers about an earlier one are dropped.
    void setCall(const QString &callId)
    {
        m_callId = callId;
        ++m_generation;
    }

protected:
    GraphClient *m_client;
    QString m_clientId; //!< the app's: its own participant, and the admin hint of a 403
    ParticipantModel *m_participants;
    InvitationModel *m_invitations;
    ActionReports *m_reports;
    QString m_callId;
    quint64 m_generation = 0;
};

} // namespace moderato
