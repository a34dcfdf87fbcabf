#include "simulator/graph_auth.h"

#include "simulator/graph_error_body.h"

namespace graphsim {

namespace {

HttpResponse unauthorized(const QString &message, const RequestContext &context)
{
    HttpResponse response = graphError(401, QStringLiteral("InvalidAuthenticationToken"), message, context);
    response.setHeader(
        "WWW-Authenticate",
        "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
        "client_id=\"00000003-0000-0000-c000-000000000000\"");
    return response;
}

} // namespace

AuthResult authorize(const TokenService &tokens, const HttpRequest &request, const RequestContext &context,
                     const QStringList &anyOfRoles, const QString &forbiddenCode)
{
    AuthResult result;
    const QByteArray header = request.header("authorization").trimmed();
    if (header.isEmpty()) {
        result.error = unauthorized(QStringLiteral("Access token is empty."), context);
        return result;
    }
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        result.error = unauthorized(QStringLiteral("Access token validation failure. The Authorization header must use "
                                                   "the Bearer scheme."),
                                    context);
        return result;
    }
    const QString accessToken = QString::fromLatin1(header.mid(7).trimmed());
    const IssuedToken *token = tokens.find(accessToken);
    if (!token) {
        result.error = unauthorized(QStringLiteral("Access token validation failure. Invalid audience."), context);
        return result;
    }
    if (tokens.isExpired(*token)) {
        result.error = unauthorized(QStringLiteral("Lifetime validation failed, the token is expired."), context);
        return result;
    }
    if (!anyOfRoles.isEmpty()) {
        bool granted = false;
        for (const QString &role : anyOfRoles)
            granted = granted || token->roles.contains(role, Qt::CaseInsensitive);
        if (!granted) {
            const QString message =
                anyOfRoles.size() == 1
                    ? QStringLiteral("Application is not authorized to perform this operation. Missing application "
                                     "permission: %1.")
                          .arg(anyOfRoles.first())
                    : QStringLiteral("Application is not authorized to perform this operation. Missing application "
                                     "permission: one of %1.")
                          .arg(anyOfRoles.join(QStringLiteral(", ")));
            result.error = graphError(403, forbiddenCode, message, context);
            return result;
        }
    }
    result.token = token;
    return result;
}

} // namespace graphsim
