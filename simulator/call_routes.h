// Graph routes on calls themselves: join, get, hang up, and GET of an operation.
#pragma once

#include "simulator/router.h"

namespace graphsim {

class JoinEngine;
class World;
class TokenService;
class Scheduler;
class SimClock;
struct CallState;
struct IssuedToken;

//! The caller's own call leg: same tenant, same app when the call has an owner, not terminated.
CallState *callForToken(World &world, const IssuedToken &token, const QString &callId);

//! A request on the caller's own call that onCall() accepted, as its route handler sees it.
struct OnCall
{
    CallState &call;
    const IssuedToken &token;
    const HttpRequest &request;
    const QStringList &params; //!< the path's "{}" segments; params.at(0) is the call id
    const RequestContext &context;
};

//! A route on the caller's own call (the path's first "{}"): \a handler runs only when the token
//! carries one of \a anyOfRoles and callForToken() finds the call; otherwise the answer is the
//! refusal (401 or 403, or 404 "8522" for a call the caller may not see).
RouteHandler onCall(World &world, const TokenService &tokens, const QStringList &anyOfRoles,
                    std::function<HttpResponse(const OnCall &)> handler);

class CallRoutes
{
public:
    CallRoutes(World &world, const TokenService &tokens, JoinEngine &joins);
    void registerOn(Router &router);

private:
    HttpResponse createCall(const HttpRequest &request, const RequestContext &context);
    HttpResponse getCall(const OnCall &on);
    HttpResponse deleteCall(const OnCall &on);
    HttpResponse getOperation(const OnCall &on);

    World &m_world;
    const TokenService &m_tokens;
    JoinEngine &m_joins;
};

} // namespace graphsim
