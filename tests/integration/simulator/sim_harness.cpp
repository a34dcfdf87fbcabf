#include "sim_harness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace simtest {

namespace {

QJsonObject app(const QString &clientId, const QStringList &roles, bool allowRemove = true)
{
    return QJsonObject{{QStringLiteral("clientId"), clientId},
                       {QStringLiteral("secret"), kSecret},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                       {QStringLiteral("allowRemoveParticipant"), allowRemove}};
}

QJsonObject user(const QString &id, const QString &name, const QString &outcome, double after)
{
    QJsonObject u{{QStringLiteral("id"), id},
                  {QStringLiteral("displayName"), name},
                  {QStringLiteral("userPrincipalName"),
                   QString(name.split(QLatin1Char(' ')).first().toLower() + QStringLiteral("@contoso.com"))}};
    if (!outcome.isEmpty())
        u.insert(QStringLiteral("answer"),
                 QJsonObject{{QStringLiteral("after"), after}, {QStringLiteral("outcome"), outcome}});
    return u;
}

} // namespace

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject invitee(const QString &userId, const QString &participantId)
{
    QJsonObject info{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.invitationParticipantInfo")},
                     {QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet")},
                                  {QStringLiteral("user"), QJsonObject{{QStringLiteral("@odata.type"),
                                                                        QStringLiteral("#microsoft.graph.identity")},
                                                                       {QStringLiteral("id"), userId}}}}}};
    if (!participantId.isEmpty())
        info.insert(QStringLiteral("participantId"), participantId);
    return info;
}

QJsonObject standardScenario()
{
    const QStringList all = {QStringLiteral("Calls.JoinGroupCall.All"), QStringLiteral("Calls.InitiateGroupCall.All"),
                             QStringLiteral("User.Read.All")};
    const QJsonArray apps{app(kApp, all), app(kNoRolesApp, {}),
                          app(kInviteOnlyApp, {QStringLiteral("Calls.InitiateGroupCall.All")}),
                          app(kNoRemoveApp, all, false)};
    const QJsonArray tenants{QJsonObject{{QStringLiteral("id"), kTenant}, {QStringLiteral("apps"), apps}},
                             QJsonObject{{QStringLiteral("id"), kOtherTenant},
                                         {QStringLiteral("apps"), QJsonArray{app(kOtherTenantApp, all)}}}};
    const QJsonArray users{user(kAcceptUser, QStringLiteral("Jan Novak"), QStringLiteral("accept"), 4),
                           user(kDeclineUser, QStringLiteral("Janet Diaz"), QStringLiteral("decline"), 3),
                           user(kBusyUser, QStringLiteral("Jamal Reed"), QStringLiteral("busy"), 2),
                           user(kNoAnswerUser, QStringLiteral("Lars Berg"), QStringLiteral("noAnswer"), 20),
                           user(kUnreachableUser, QStringLiteral("Ulla Stein"), QStringLiteral("unreachable"), 5),
                           user(kSilentUser, QStringLiteral("Sven Jansen"), QString(), 0)};
    const QJsonArray roster = graphExampleObject(QStringLiteral("call-list-participants.response.1.json"))
                                  .value(QStringLiteral("value"))
                                  .toArray();
    const QJsonArray calls{QJsonObject{{QStringLiteral("id"), kCall},
                                       {QStringLiteral("tenantId"), kTenant},
                                       {QStringLiteral("subject"), QStringLiteral("Weekly sync")},
                                       {QStringLiteral("participants"), roster}}};
    return QJsonObject{{QStringLiteral("tenants"), tenants},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("calls"), calls},
                       // GET of an operation is not documented for v1.0 and off by default; these
                       // tests read what the operations say, so this world answers it.
                       {QStringLiteral("options"),
                        QJsonObject{{QStringLiteral("clock"), QStringLiteral("manual")},
                                    {QStringLiteral("operationsGettable"), true},
                                    {QStringLiteral("startTime"), QStringLiteral("2025-03-03T09:00:00Z")}}}};
}

Harness::Harness(const QJsonObject &scenario)
{
    if (!m_simulator.loadScenario(QJsonDocument(scenario).toJson(), &m_error))
        return;
    if (m_simulator.listen(QHostAddress::LocalHost, 0) == 0) {
        m_error = QStringLiteral("cannot listen");
        return;
    }
    m_ok = true;
}

QUrl Harness::url(const QString &pathAndQuery) const
{
    return QUrl(m_simulator.baseUrl().toString() + pathAndQuery, QUrl::TolerantMode);
}

Reply Harness::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(pathAndQuery));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
    } else {
        out.error = reply->error();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return out;
}

Reply Harness::requestToken(const QString &tenant, const QString &clientId, const QString &secret, const QString &scope,
                            const QString &grantType)
{
    const QByteArray form =
        "client_id=" + QUrl::toPercentEncoding(clientId) + "&client_secret=" + QUrl::toPercentEncoding(secret)
        + "&scope=" + QUrl::toPercentEncoding(scope) + "&grant_type=" + QUrl::toPercentEncoding(grantType);
    return send("POST", QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"), form,
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString Harness::token(const QString &clientId, const QString &tenant)
{
    const Reply reply = requestToken(tenant, clientId, kSecret);
    return reply.json().value(QStringLiteral("access_token")).toString();
}

QString Harness::defaultToken()
{
    if (m_defaultToken.isEmpty())
        m_defaultToken = token();
    return m_defaultToken;
}

Reply Harness::graph(const QByteArray &method, const QString &path, const QByteArray &body, const QString &accessToken,
                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QString bearer = accessToken.isEmpty() ? defaultToken() : accessToken;
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append({"Authorization", "Bearer " + bearer.toLatin1()});
    return send(method, path, body, all);
}

Reply Harness::graphJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                         const QString &accessToken)
{
    return graph(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), accessToken);
}

QJsonObject Harness::hook(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()).json();
}

QJsonArray Harness::log()
{
    return hook("GET", QStringLiteral("/_sim/log")).value(QStringLiteral("requests")).toArray();
}

QJsonArray Harness::participants(const QString &callId)
{
    return graph("GET", QStringLiteral("/v1.0/communications/calls/%1/participants").arg(callId))
        .json()
        .value(QStringLiteral("value"))
        .toArray();
}

QStringList Harness::participantIds(const QString &callId)
{
    QStringList ids;
    for (const QJsonValue &p : participants(callId))
        ids.append(p.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

void Harness::advance(double seconds)
{
    hook("POST", QStringLiteral("/_sim/clock"), QJsonObject{{QStringLiteral("advanceSeconds"), seconds}});
}

} // namespace simtest
