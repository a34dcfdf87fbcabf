#include "simulator/online_meeting_routes.h"

#include "simulator/graph_auth.h"
#include "simulator/graph_error_body.h"
#include "simulator/odata.h"
#include "simulator/online_meetings.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace graphsim {

namespace {

// onlinemeeting-get.md: application OnlineMeetings.Read.All or OnlineMeetings.ReadWrite.All;
// onlinemeeting-update.md: OnlineMeetings.ReadWrite.All.
const QStringList kReadRoles = {QStringLiteral("OnlineMeetings.Read.All"),
                                QStringLiteral("OnlineMeetings.ReadWrite.All")};
const QStringList kWriteRoles = {QStringLiteral("OnlineMeetings.ReadWrite.All")};

bool includesUnknownEnumMembers(const HttpRequest &request)
{
    return request.header("prefer").contains("include-unknown-enum-members");
}

HttpResponse meetingNotFound(const RequestContext &context)
{
    // Not documented: the simulator's own wording.
    return graphError(404, QStringLiteral("NotFound"), QStringLiteral("The online meeting was not found."), context);
}

} // namespace

OnlineMeetingRoutes::OnlineMeetingRoutes(World &world, const TokenService &tokens)
    : m_world(world)
    , m_tokens(tokens)
{}

void OnlineMeetingRoutes::registerOn(Router &router)
{
    router.add(
        "GET", QStringLiteral("/v1.0/users/{}/onlineMeetings"),
        [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) { return list(r, p.at(0), c); });
    router.add("GET", QStringLiteral("/v1.0/users/{}/onlineMeetings/{}"),
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) {
                   return get(r, p.at(0), p.at(1), c);
               });
    router.add("PATCH", QStringLiteral("/v1.0/users/{}/onlineMeetings/{}"),
               [this](const HttpRequest &r, const QStringList &p, const RequestContext &c) {
                   return update(r, p.at(0), p.at(1), c);
               });
}

std::optional<HttpResponse> OnlineMeetingRoutes::refusal(const AuthResult &auth, const QString &userId,
                                                         const QString &verb, const RequestContext &context) const
{
    if (!auth.ok())
        return auth.error;
    const ScenarioApp *app = m_world.scenario().app(auth.token->tenantId, auth.token->clientId);
    if (!app || !app->mayActForUser(userId)) {
        // The documented answer for an app without an application access policy for the user
        // (examples/error.403.onlinemeeting-app-access-policy.json).
        return graphError(403, QStringLiteral("Unauthorized"),
                          QStringLiteral("App %1 is not authorized to %2 meeting on behalf of user %3")
                              .arg(auth.token->clientId, verb, userId),
                          context);
    }
    return std::nullopt;
}

OnlineMeetingState *OnlineMeetingRoutes::find(const QString &tenantId, const QString &userId,
                                              const QString &meetingId) const
{
    for (OnlineMeetingState *m : m_world.onlineMeetings()) {
        if (m->id == meetingId && m->meeting.organizerId.compare(userId, Qt::CaseInsensitive) == 0
            && m->meeting.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            return m;
    }
    return nullptr;
}

HttpResponse OnlineMeetingRoutes::list(const HttpRequest &request, const QString &userId,
                                       const RequestContext &context) const
{
    const AuthResult auth = authorize(m_tokens, request, context, kReadRoles);
    if (const auto refused = refusal(auth, userId, QStringLiteral("Get"), context))
        return *refused;
    // "?$filter=JoinWebUrl eq '{joinWebUrl}'" (the link URL-encoded in the query); listing a
    // user's meetings without it is not something Graph offers.
    static const QRegularExpression byLink(QStringLiteral("^\\s*JoinWebUrl\\s+eq\\s+'((?:[^']|'')*)'\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = byLink.match(request.queryValue(QStringLiteral("$filter")));
    if (!m.hasMatch())
        return badRequest(QStringLiteral("Filter expression expected: $filter=JoinWebUrl eq '{joinWebUrl}'."), context);
    const QString link = m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    QJsonArray found;
    for (OnlineMeetingState *meeting : m_world.onlineMeetings()) {
        // Only the organiser's own meetings: /users/{attendee}/onlineMeetings finds none.
        if (!meeting->meeting.joinWebUrl.isEmpty() && meeting->meeting.joinWebUrl == link
            && meeting->meeting.organizerId.compare(userId, Qt::CaseInsensitive) == 0
            && meeting->meeting.tenantId.compare(auth.token->tenantId, Qt::CaseInsensitive) == 0)
            found.append(OnlineMeetings::toGraphJson(*meeting, includesUnknownEnumMembers(request)));
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("@odata.context"),
                          metadataContext(context, QStringLiteral("users('%1')/onlineMeetings").arg(userId))},
                         {QStringLiteral("value"), found}});
}

HttpResponse OnlineMeetingRoutes::get(const HttpRequest &request, const QString &userId, const QString &meetingId,
                                      const RequestContext &context) const
{
    const AuthResult auth = authorize(m_tokens, request, context, kReadRoles);
    if (const auto refused = refusal(auth, userId, QStringLiteral("Get"), context))
        return *refused;
    const OnlineMeetingState *meeting = find(auth.token->tenantId, userId, meetingId);
    if (!meeting)
        return meetingNotFound(context);
    QJsonObject json = OnlineMeetings::toGraphJson(*meeting, includesUnknownEnumMembers(request));
    json.insert(QStringLiteral("@odata.context"),
                metadataContext(context, QStringLiteral("users('%1')/onlineMeetings/$entity").arg(userId)));
    return HttpResponse::json(200, json);
}

HttpResponse OnlineMeetingRoutes::update(const HttpRequest &request, const QString &userId, const QString &meetingId,
                                         const RequestContext &context)
{
    const AuthResult auth = authorize(m_tokens, request, context, kWriteRoles);
    if (const auto refused = refusal(auth, userId, QStringLiteral("Update"), context))
        return *refused;
    OnlineMeetingState *meeting = find(auth.token->tenantId, userId, meetingId);
    if (!meeting)
        return meetingNotFound(context);
    const auto body = jsonObjectBody(request.body, false);
    if (!body)
        return invalidJsonPayload(context);
    const QString problem = OnlineMeetings::patchProblem(*body);
    if (!problem.isEmpty())
        return badRequest(problem, context);
    OnlineMeetings::applyPatch(*meeting, *body);
    OnlineMeetings::applyToCalls(m_world, *meeting);
    QJsonObject json = OnlineMeetings::toGraphJson(*meeting, includesUnknownEnumMembers(request));
    json.insert(QStringLiteral("@odata.context"),
                metadataContext(context, QStringLiteral("users('%1')/onlineMeetings/$entity").arg(userId)));
    return HttpResponse::json(200, json);
}

} // namespace graphsim
