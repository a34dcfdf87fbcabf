#include "simulator/call_lifetime.h"

#include "simulator/call_routes.h"
#include "simulator/invitation_engine.h"
#include "simulator/sim_clock.h"
#include "simulator/world.h"

namespace graphsim {

namespace {

const QStringList kKeepAliveRoles = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.Initiate.All"),
                                     QStringLiteral("Calls.InitiateGroupCall.All"),
                                     QStringLiteral("Calls.JoinGroupCallAsGuest.All"),
                                     QStringLiteral("Calls.AccessMedia.All")};

} // namespace

CallLifetime::CallLifetime(World &world, const TokenService &tokens, Scheduler &scheduler, const SimClock &clock)
    : m_world(world)
    , m_tokens(tokens)
    , m_scheduler(scheduler)
    , m_clock(clock)
{}

void CallLifetime::registerOn(Router &router)
{
    router.add("POST", QStringLiteral("/v1.0/communications/calls/{}/keepAlive"),
               onCall(m_world, m_tokens, kKeepAliveRoles, [this](const OnCall &on) {
                   keepAlive(on.call);
                   return HttpResponse::json(200, QJsonObject());
               }));
}

void CallLifetime::keepAlive(CallState &call)
{
    call.lastKeepAliveMs = m_clock.elapsedMs();
    if (call.expiryEvent)
        m_scheduler.cancel(call.expiryEvent);
    const QString callId = call.id;
    call.expiryEvent = m_scheduler.schedule(call.lastKeepAliveMs + KeepAliveTimeoutMs, [this, callId] {
        CallState *expired = m_world.call(callId);
        if (!expired || expired->state == QLatin1String("terminated"))
            return;
        expired->expiryEvent = 0;
        // The code Graph documents for a call ended by the keep-alive timeout (call-delete.md).
        end(*expired,
            InvitationEngine::resultInfo(408, 8537, QStringLiteral("Call ended: no keepAlive for 45 minutes.")));
    });
}

void CallLifetime::end(CallState &call, const QJsonObject &resultInfo)
{
    call.state = QStringLiteral("terminated");
    call.properties.insert(QStringLiteral("resultInfo"), resultInfo);
}

} // namespace graphsim
