// GET /v1.0/users with the $search, $filter, $top, $select and $count the people picker uses.
#pragma once

#include "simulator/router.h"

namespace graphsim {

class World;
class TokenService;
struct ScenarioUser;

class UserRoutes
{
public:
    UserRoutes(const World &world, const TokenService &tokens);
    void registerOn(Router &router);

private:
    HttpResponse list(const HttpRequest &request, const RequestContext &context) const;

    const World &m_world;
    const TokenService &m_tokens;
};

} // namespace graphsim
