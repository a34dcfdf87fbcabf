// Joining a meeting (POST /communications/calls) as Graph does it: the request is checked, the
// meeting found by its thread and organiser or by its meeting id and passcode, and the app gets a
// call leg of its own — establishing, then established after options.joinDelay, or waiting in
// the lobby until admitted. A meeting that cannot be joined is not refused at once: the call
// starts establishing and then ends with a resultInfo, as Graph reports it.
#pragma once

#include "simulator/router.h"

namespace graphsim {

class CallLifetime;
class ChurnEngine;
class Scheduler;
class SimClock;
class World;
struct CallState;
struct IssuedToken;
struct ScenarioMeeting;

class JoinEngine
{
public:
    JoinEngine(World &world, Scheduler &scheduler, const SimClock &clock, CallLifetime &lifetime, ChurnEngine &churn);

    //! Answers a POST /communications/calls of an authorised app.
    HttpResponse join(const IssuedToken &token, const QByteArray &body, const RequestContext &context);
    //! Lets a bot waiting in the lobby in (the organiser admits it); false when none waits.
    bool admit(const QString &callId);

private:
    //! What the request is about: a meeting of the scenario, or a reason the call will end.
    struct Match
    {
        const ScenarioMeeting *meeting = nullptr;
        const CallState *existingCall = nullptr; //!< a scenario call on the same thread
        int failCode = 0;
        int failSubcode = 0;
        QString failMessage;
    };
    Match match(const QJsonObject &body, const QString &tenantId) const;
    void establishLater(const QString &callId, bool lobby);

    World &m_world;
    Scheduler &m_scheduler;
    const SimClock &m_clock;
    CallLifetime &m_lifetime;
    ChurnEngine &m_churn;
};

} // namespace graphsim
