// How long a call lives: Graph ends a call that gets no keepAlive for 45 minutes; after that, and
// after a hang-up, every request on it answers 404 with the calling service's code "8522".
#pragma once

#include "simulator/router.h"
#include "simulator/scheduler.h"

namespace graphsim {

class World;
class TokenService;
class SimClock;
struct CallState;

class CallLifetime
{
public:
    static constexpr qint64 KeepAliveTimeoutMs = 45 * 60 * 1000;

    CallLifetime(World &world, const TokenService &tokens, Scheduler &scheduler, const SimClock &clock);
    void registerOn(Router &router);

    //! Starts (or restarts) the 45 minutes of \a call.
    void keepAlive(CallState &call);
    //! Ends \a call with \a resultInfo (terminated; later requests answer 404 "8522").
    static void end(CallState &call, const QJsonObject &resultInfo);

private:
    World &m_world;
    const TokenService &m_tokens;
    Scheduler &m_scheduler;
    const SimClock &m_clock;
};

} // namespace graphsim
