// GET /v1.0/users/{id}/onlineMeetings?$filter=JoinWebUrl eq '…' and GET/PATCH
// /v1.0/users/{id}/onlineMeetings/{id} with application permissions: the role, then the Teams
// application access policy for the user in the path (onlinemeeting-get.md, onlinemeeting-update.md,
// cloud-communication-online-meeting-application-access-policy.md).
#pragma once

#include "simulator/router.h"

#include <optional>

namespace graphsim {

class World;
class TokenService;
struct AuthResult;
struct OnlineMeetingState;

class OnlineMeetingRoutes
{
public:
    OnlineMeetingRoutes(World &world, const TokenService &tokens);
    void registerOn(Router &router);

private:
    HttpResponse list(const HttpRequest &request, const QString &userId, const RequestContext &context) const;
    HttpResponse get(const HttpRequest &request, const QString &userId, const QString &meetingId,
                     const RequestContext &context) const;
    HttpResponse update(const HttpRequest &request, const QString &userId, const QString &meetingId,
                        const RequestContext &context);
    //! The role and the access policy; an error response when either is missing.
    std::optional<HttpResponse> refusal(const AuthResult &auth, const QString &userId, const QString &verb,
                                        const RequestContext &context) const;
    OnlineMeetingState *find(const QString &tenantId, const QString &userId, const QString &meetingId) const;

    World &m_world;
    const TokenService &m_tokens;
};

} // namespace graphsim
