// Graph routes that put a participant on hold with music and bring them back:
// POST …/participants/{id}/startHoldMusic and …/stopHoldMusic.
#pragma once

#include "simulator/call_routes.h"

namespace graphsim {

class World;
class TokenService;
class Scheduler;
class SimClock;
struct CallState;

//! startHoldMusic answers 202 with a running operation that completes holdMusicDelay seconds
//! later (the notification dispatcher then sends its "deleted" notification, as Graph's example
//! shows); stopHoldMusic answers 202 with the operation already completed (the newer revision of
//! its documentation), so no notification follows. The roster does not change: Graph's
//! participant resource has no "on hold" property.
class HoldMusicRoutes
{
public:
    HoldMusicRoutes(World &world, const TokenService &tokens, Scheduler &scheduler, const SimClock &clock);
    void registerOn(Router &router);

private:
    HttpResponse start(const OnCall &on);
    HttpResponse stop(const OnCall &on);
    //! The start operation \a operationId ends: completed while its participant is still there.
    void finishStart(const QString &callId, const QString &operationId, const QString &participantId);

    World &m_world;
    const TokenService &m_tokens;
    Scheduler &m_scheduler;
    const SimClock &m_clock;
};

} // namespace graphsim
