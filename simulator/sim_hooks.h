// The /_sim/ test hooks: request log, fault plan, simulated clock, token expiry, state dump, lobby
// admission, online meetings' options. Documented in resources/scenarios/sim-hooks.md.
#pragma once

#include "simulator/router.h"

#include <functional>

namespace graphsim {

class RequestLog;
class FaultPlan;
class SimClock;
class TokenService;
class World;

class SimHooks
{
public:
    SimHooks(RequestLog &log, FaultPlan &faults, SimClock &clock, TokenService &tokens, World &world,
             std::function<void()> runDue, std::function<bool(const QString &callId)> admit);
    void registerOn(Router &router);

private:
    HttpResponse clockJson() const;
    HttpResponse advanceClock(const HttpRequest &request, const RequestContext &context);
    HttpResponse addFaults(const HttpRequest &request, const RequestContext &context);
    HttpResponse state() const;

    RequestLog &m_log;
    FaultPlan &m_faults;
    SimClock &m_clock;
    TokenService &m_tokens;
    World &m_world;
    std::function<void()> m_runDue;
    std::function<bool(const QString &)> m_admit;
};

} // namespace graphsim
