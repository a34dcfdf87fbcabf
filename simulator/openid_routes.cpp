#include "simulator/openid_routes.h"

#include "simulator/jwt_signer.h"
#include "simulator/notification_tokens.h"

#include <QJsonArray>

namespace graphsim {

OpenIdRoutes::OpenIdRoutes(JwtSigner &signer)
    : m_signer(signer)
{}

void OpenIdRoutes::registerOn(Router &router)
{
    router.add("GET", QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration"),
               [this](const HttpRequest &, const QStringList &, const RequestContext &c) { return configuration(c); });
    router.add("GET", QStringLiteral("/_sim/openid/keys"), [this] { return HttpResponse::json(200, m_signer.jwks()); });
    router.add("POST", QStringLiteral("/_sim/openid/rotate"), [this] {
        m_signer.rotate();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("kid"), m_signer.kid()}});
    });
}

HttpResponse OpenIdRoutes::configuration(const RequestContext &context) const
{
    // The members of the Bot Framework's published configuration that a verifier reads, with
    // the algorithm spelled as RFC 7518 does (the published document says "RSA256").
    return HttpResponse::json(
        200, QJsonObject{
                 {QStringLiteral("issuer"), NotificationTokens::issuer()},
                 {QStringLiteral("jwks_uri"), QString(context.root + QStringLiteral("/_sim/openid/keys"))},
                 {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
             });
}

} // namespace graphsim
