// Graph routes on a call's participants: list, get, remove/cancel, invite, mute.
#pragma once

#include "simulator/call_routes.h"

namespace graphsim {

class World;
class TokenService;
class InvitationEngine;
struct CallState;

class ParticipantRoutes
{
public:
    ParticipantRoutes(World &world, const TokenService &tokens, InvitationEngine &invitations);
    void registerOn(Router &router);

private:
    HttpResponse list(const OnCall &on);
    HttpResponse get(const OnCall &on);
    HttpResponse remove(const OnCall &on);
    HttpResponse invite(const OnCall &on);
    HttpResponse mute(const OnCall &on);
    //! Empty when the invite body is acceptable, else what is wrong with it.
    QString inviteProblem(const CallState &call, const QJsonObject &body) const;

    World &m_world;
    const TokenService &m_tokens;
    InvitationEngine &m_invitations;
};

} // namespace graphsim
