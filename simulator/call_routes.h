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
HttpResponse callNotFound(const QString &callId, const RequestContext &context);

class CallRoutes
{
public:
    CallRoutes(World &world, const TokenService &tokens, JoinEngine &joins);
    void registerOn(Router &router);

private:
    HttpResponse createCall(const HttpRequest &request, const RequestContext &context);
    HttpResponse getCall(const HttpRequest &request, const QString &callId, const RequestContext &context);
    HttpResponse deleteCall(const HttpRequest &request, const QString &callId, const RequestContext &context);
    HttpResponse getOperation(const HttpRequest &request, const QStringList &params, const RequestContext &context);

    World &m_world;
    const TokenService &m_tokens;
    JoinEngine &m_joins;
};

} // namespace graphsim
