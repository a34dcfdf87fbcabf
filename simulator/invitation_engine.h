// Rings invitees on the simulated clock and settles each one as the directory says they answer.
#pragma once

#include "simulator/call_state.h"
#include "simulator/scheduler.h"
#include "simulator/sim_clock.h"

namespace graphsim {

class World;

class InvitationEngine
{
public:
    InvitationEngine(World &world, Scheduler &scheduler, const SimClock &clock);

    //! Starts ringing already-validated invitees; each carries a participantId (generated when absent).
    const CommsOperation &invite(CallState &call, const QJsonArray &invitations, const QString &clientContext);
    //! Cancels a ringing invitee (DELETE of its participantId); false when nobody with that id is ringing.
    bool cancel(CallState &call, const QString &participantId);

    //! The SIP-style result the service reports for an outcome (487 for a cancelled invitation).
    static QJsonObject resultInfo(int code, int subcode, const QString &message);
    static QJsonObject failureFor(AnswerOutcome outcome);

private:
    void answer(const QString &callId, const QString &participantId);
    void settle(CallState &call, const QString &operationId, const QJsonObject &failure);

    World &m_world;
    Scheduler &m_scheduler;
    const SimClock &m_clock;
};

//! The id in an identitySet's user, phone or guest entry (the key the directory answers are found by).
QString invitedIdentityId(const QJsonObject &identitySet);

} // namespace graphsim
