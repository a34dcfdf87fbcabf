// Bearer-token and application-role checks that every Graph route runs first.
#pragma once

#include "simulator/http_message.h"
#include "simulator/token_service.h"

#include <QStringList>

namespace graphsim {

struct AuthResult
{
    const IssuedToken *token = nullptr;
    HttpResponse error; // 401 or 403 when token is null
    bool ok() const { return token != nullptr; }
};

//! Checks the bearer token, then that it carries at least one of anyOfRoles (none = any valid token).
AuthResult authorize(const TokenService &tokens, const HttpRequest &request, const RequestContext &context,
                     const QStringList &anyOfRoles, const QString &forbiddenCode = QStringLiteral("Forbidden"));

} // namespace graphsim
