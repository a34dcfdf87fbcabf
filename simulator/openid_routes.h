// The OpenID configuration and key set (JWKS) the app fetches to check the simulator's
// notification tokens, as Graph publishes them at api.aps.skype.com, under /_sim/openid/, and a
// hook that rotates the key. Documented in resources/scenarios/sim-hooks.md.
#pragma once

#include "simulator/router.h"

namespace graphsim {

class JwtSigner;

class OpenIdRoutes
{
public:
    explicit OpenIdRoutes(JwtSigner &signer);
    void registerOn(Router &router);

private:
    HttpResponse configuration(const RequestContext &context) const;

    JwtSigner &m_signer;
};

} // namespace graphsim
