// Graph routes on a call's participants: list, get, remove/cancel, invite, mute.
#pragma once

#include "simulator/router.h"

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
    HttpResponse list(const HttpRequest &request, const QString &callId, const RequestContext &context);
    HttpResponse get(const HttpRequest &request, const QStringList &params, const RequestContext &context);
    HttpResponse remove(const HttpRequest &request, const QStringList &params, const RequestContext &context);
    HttpResponse invite(const HttpRequest &request, const QString &callId, const RequestContext &context);
    HttpResponse mute(const HttpRequest &request, const QStringList &params, const RequestContext &context);
    //! Empty when the invite body is acceptable, else what is wrong with it.
    QString inviteProblem(const CallState &call, const QJsonObject &body) const;

    World &m_world;
    const TokenService &m_tokens;
    InvitationEngine &m_invitations;
};

} // namespace graphsim
