#pragma once
// InvitationTracker: invites people into the call and follows each invitation to its end. Each
// person gets a request of their own (several go together as one $batch), so each invitation's
// operation — and the resultInfo it ends with — is that person's alone.

#include "core/calls/call_part.h"
#include "core/calls/invitation_model.h"
#include "core/graph/invitee.h"

#include <QObject>
#include <QSet>

namespace moderato {

struct GraphError;
struct OperationInfo;

class InvitationTracker : public CallPart
{
    Q_OBJECT
public:
    using CallPart::CallPart;

    //! The call invited into from now on; answers and polls about an earlier one are dropped.
    void setCall(const QString &callId);
    //! Sends one invitation per person; returns the participant ids generated.
    QStringList invite(const QList<Invitee> &invitees);
    //! Invites again the person of an invitation that has ended, under a new participant id.
    void retry(const QString &participantId);
    //! Once a second while the call is open: ringing times, time-outs, operation polls.
    void tick();
    //! An operation's state from a notification (or any other source).
    void applyOperation(const OperationInfo &operation, StatusSource source);
    //! The roster's invited rows follow the invitations: ringing ones, and accepted ones until the
    //! roster shows the person.
    void syncInvitedRows();

Q_SIGNALS:
    //! A request found the call itself gone.
    void callGone(const moderato::GraphError &error);
    //! An invitation may have rung although its answer was lost: the roster settles it.
    void rosterNeeded();

private:
    void send(int reportId, const QList<Invitation> &invitations);
    void onAnswered(int reportId, const QString &participantId, const OperationInfo &operation,
                    const QString &clientContext, const GraphError &error, const QString &requestId);
    //! GET of the operations of ringing invitations (where the service answers it), a few a tick.
    void pollOperations();

    bool m_operationsGettable = true;
    QSet<QString> m_operationPolls; //!< operation ids with a GET in flight
    qsizetype m_pollTurn = 0;       //!< where the next round of operation polls starts
};

} // namespace moderato
