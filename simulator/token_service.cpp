#include "simulator/token_service.h"

#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace graphsim {

namespace {

QString formValue(const QueryItems &form, const QString &key)
{
    for (const auto &item : form) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

bool formHas(const QueryItems &form, const QString &key)
{
    for (const auto &item : form) {
        if (item.first == key)
            return true;
    }
    return false;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

HttpResponse missingParameter(const QString &name, const RequestContext &context)
{
    return TokenService::aadError(
        400, QStringLiteral("invalid_request"), 900144,
        QStringLiteral("The request body must contain the following parameter: '%1'.").arg(name), context);
}

} // namespace

TokenService::TokenService(const World &world, const SimClock &clock)
    : m_world(world)
    , m_clock(clock)
{}

HttpResponse TokenService::aadError(int status, const QString &error, int aadstsCode, const QString &description,
                                    const RequestContext &context)
{
    const QString timestamp = context.now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const QString traceId = context.requestId;
    const QString correlationId = context.clientRequestId;
    const QString fullDescription =
        QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
            .arg(aadstsCode)
            .arg(description, traceId, correlationId, timestamp);
    const QJsonObject body{{QStringLiteral("error"), error},
                           {QStringLiteral("error_description"), fullDescription},
                           {QStringLiteral("error_codes"), QJsonArray{aadstsCode}},
                           {QStringLiteral("timestamp"), timestamp},
                           {QStringLiteral("trace_id"), traceId},
                           {QStringLiteral("correlation_id"), correlationId},
                           {QStringLiteral("error_uri"),
                            QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadstsCode)}};
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

HttpResponse TokenService::handle(const QString &tenant, const HttpRequest &request, const RequestContext &context,
                                  const QStringList &acceptedScopes)
{
    const ScenarioTenant *t = m_world.scenario().tenant(tenant);
    if (!t) {
        return aadError(
            400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                           "signing into the correct cloud. Check with your subscription administrator, this "
                           "may happen if there are no active subscriptions for the tenant.")
                .arg(tenant),
            context);
    }
    const QueryItems form = parseFormEncoded(request.body);
    QString clientId = formValue(form, QStringLiteral("client_id"));
    QString secret = formValue(form, QStringLiteral("client_secret"));
    bool hasSecret = formHas(form, QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) { // RFC 6749 2.3.1: form-encoded id and secret in Basic auth
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = parseFormEncoded("a=" + decoded.left(colon)).value(0).second;
            secret = parseFormEncoded("a=" + decoded.mid(colon + 1)).value(0).second;
            hasSecret = true;
        }
    }

    if (!formHas(form, QStringLiteral("grant_type")))
        return missingParameter(QStringLiteral("grant_type"), context);
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType != QLatin1String("client_credentials")) {
        return aadError(400, QStringLiteral("unsupported_grant_type"), 70003,
                        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType), context);
    }
    if (clientId.isEmpty())
        return missingParameter(QStringLiteral("client_id"), context);
    const ScenarioApp *app = m_world.scenario().app(t->id, clientId);
    if (!app) {
        return aadError(400, QStringLiteral("unauthorized_client"), 700016,
                        QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This can "
                                       "happen if the application has not been installed by the administrator of the "
                                       "tenant or consented to by any user in the tenant. You may have sent your "
                                       "authentication request to the wrong tenant.")
                            .arg(clientId, tenant),
                        context);
    }
    if (!formHas(form, QStringLiteral("scope")))
        return missingParameter(QStringLiteral("scope"), context);
    const QString scope = formValue(form, QStringLiteral("scope")).trimmed();
    if (!acceptedScopes.contains(scope, Qt::CaseInsensitive)) {
        return aadError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope %1 is "
                           "not valid.")
                .arg(scope),
            context);
    }
    if (!hasSecret) {
        return aadError(401, QStringLiteral("invalid_client"), 7000218,
                        QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                                       "'client_secret'."),
                        context);
    }
    if (secret != app->secret) {
        return aadError(401, QStringLiteral("invalid_client"), 7000215,
                        QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is "
                                       "the client secret value, not the client secret ID, for a secret added to app "
                                       "'%1'.")
                            .arg(app->clientId),
                        context);
    }

    const int lifetime = m_world.options().tokenLifetime;
    const QString token = mintToken(t->id, app->clientId, app->roles);
    m_tokens.insert(token,
                    IssuedToken{t->id, app->clientId, app->roles, m_clock.elapsedMs() + qint64(lifetime) * 1000});
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                            {QStringLiteral("expires_in"), lifetime},
                                            {QStringLiteral("ext_expires_in"), lifetime},
                                            {QStringLiteral("access_token"), token}});
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QString TokenService::mintToken(const QString &tenantId, const QString &clientId, const QStringList &roles) const
{
    // Shaped like a JWT so clients that peek at it are not surprised; only the whole string is ever checked.
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("graphsim")}};
    const QJsonObject payload{{QStringLiteral("aud"), QStringLiteral("https://graph.microsoft.com")},
                              {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(tenantId)},
                              {QStringLiteral("iat"), now},
                              {QStringLiteral("nbf"), now},
                              {QStringLiteral("exp"), now + m_world.options().tokenLifetime},
                              {QStringLiteral("appid"), clientId},
                              {QStringLiteral("tid"), tenantId},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                              {QStringLiteral("uti"), newUuid()}};
    QByteArray signature(32, Qt::Uninitialized);
    for (char &c : signature)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray token = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(signature);
    return QString::fromLatin1(token);
}

const IssuedToken *TokenService::find(const QString &accessToken) const
{
    const auto it = m_tokens.constFind(accessToken);
    return it == m_tokens.constEnd() ? nullptr : &it.value();
}

bool TokenService::isExpired(const IssuedToken &token) const
{
    return m_clock.elapsedMs() >= token.expiresAtMs;
}

void TokenService::expireAll()
{
    const qint64 now = m_clock.elapsedMs();
    for (IssuedToken &token : m_tokens)
        token.expiresAtMs = qMin(token.expiresAtMs, now);
}

void TokenService::clear()
{
    m_tokens.clear();
}

} // namespace graphsim
