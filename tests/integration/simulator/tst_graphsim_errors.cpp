// Every refusal the simulator can give, in Graph's (or AAD's) documented error shape.
#include "sim_harness.h"

#include <QJsonDocument>
#include <QtTest>
#include "support/test_columns.h"

using namespace simtest;

namespace {

enum class Auth { App, None, Garbage, BasicScheme, Expired, NoRoles, InviteOnly, NoRemove, OtherTenant };

const QString kCallPath = QStringLiteral("/v1.0/communications/calls/") + kCall;
const QString kParticipants = kCallPath + QStringLiteral("/participants");
const QString kKnownParticipant = kParticipants + QStringLiteral("/1e126418-44a0-4a94-a6f8-0efe1ad71acb");

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray inviteOf(const QJsonArray &participants)
{
    return json({{QStringLiteral("participants"), participants}});
}

QByteArray batchOf(int count, bool duplicateIds)
{
    QJsonArray requests;
    for (int i = 0; i < count; ++i) {
        const QString id =
            duplicateIds && i == 1 ? QStringLiteral("A") : (i == 0 ? QStringLiteral("a") : QString::number(i));
        requests.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("url"), QString(QStringLiteral("/communications/calls/") + kCall)}});
    }
    return json({{QStringLiteral("requests"), requests}});
}

} // namespace

Q_DECLARE_METATYPE(Auth)

class GraphSimErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void graphRefusals_data()
    {
        testing::addColumns<QByteArray, QString, QByteArray, Auth, int, QString, QString>(
            {"method", "path", "body", "auth", "status", "code", "messagePart"});

        const QByteArray none;
        QTest::newRow("401 no token") << QByteArray("GET") << kParticipants << none << Auth::None << 401
                                      << QStringLiteral("InvalidAuthenticationToken") << QStringLiteral("empty");
        QTest::newRow("401 unknown token")
            << QByteArray("GET") << kParticipants << none << Auth::Garbage << 401
            << QStringLiteral("InvalidAuthenticationToken") << QStringLiteral("validation");
        QTest::newRow("401 not a bearer token")
            << QByteArray("GET") << kParticipants << none << Auth::BasicScheme << 401
            << QStringLiteral("InvalidAuthenticationToken") << QStringLiteral("Bearer");
        QTest::newRow("401 expired token") << QByteArray("GET") << kParticipants << none << Auth::Expired << 401
                                           << QStringLiteral("InvalidAuthenticationToken") << QStringLiteral("expired");
        QTest::newRow("403 list without a calls role")
            << QByteArray("GET") << kParticipants << none << Auth::NoRoles << 403 << QStringLiteral("Forbidden")
            << QStringLiteral("Calls.JoinGroupCall.All");
        QTest::newRow("403 get call without a calls role")
            << QByteArray("GET") << kCallPath << none << Auth::NoRoles << 403 << QStringLiteral("Forbidden")
            << QStringLiteral("Calls.Initiate.All");
        QTest::newRow("403 invite without InitiateGroupCall")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite") << inviteOf({invitee(kAcceptUser, {})})
            << Auth::NoRoles << 403 << QStringLiteral("Forbidden") << QStringLiteral("Calls.InitiateGroupCall.All");
        QTest::newRow("403 get participant without JoinGroupCall")
            << QByteArray("GET") << kKnownParticipant << none << Auth::InviteOnly << 403 << QStringLiteral("Forbidden")
            << QStringLiteral("Calls.JoinGroupCall.All");
        QTest::newRow("403 remove without JoinGroupCall")
            << QByteArray("DELETE") << kKnownParticipant << none << Auth::InviteOnly << 403
            << QStringLiteral("Forbidden") << QStringLiteral("Calls.JoinGroupCall.All");
        QTest::newRow("403 mute without JoinGroupCall")
            << QByteArray("POST") << kKnownParticipant + QStringLiteral("/mute") << none << Auth::InviteOnly << 403
            << QStringLiteral("Forbidden") << QStringLiteral("Calls.JoinGroupCall.All");
        QTest::newRow("403 users without User.Read.All")
            << QByteArray("GET") << QStringLiteral("/v1.0/users") << none << Auth::InviteOnly << 403
            << QStringLiteral("Authorization_RequestDenied") << QStringLiteral("User.Read.All");
        QTest::newRow("403 removal not allowed for the app")
            << QByteArray("DELETE") << kKnownParticipant << none << Auth::NoRemove << 403 << QStringLiteral("Forbidden")
            << QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"%1\"}")
                   .arg(kNoRemoveApp);
        // The calling service's own code for a call it does not know (ended, hung up or never was).
        QTest::newRow("404 unknown call")
            << QByteArray("GET") << QStringLiteral("/v1.0/communications/calls/nope/participants") << none << Auth::App
            << 404 << QStringLiteral("8522") << QStringLiteral("Call not found");
        QTest::newRow("404 call of another tenant")
            << QByteArray("GET") << kParticipants << none << Auth::OtherTenant << 404 << QStringLiteral("8522")
            << QStringLiteral("Call not found");
        QTest::newRow("404 unknown participant get")
            << QByteArray("GET") << kParticipants + QStringLiteral("/nobody") << none << Auth::App << 404
            << QStringLiteral("itemNotFound") << QStringLiteral("nobody");
        QTest::newRow("404 unknown participant remove")
            << QByteArray("DELETE") << kParticipants + QStringLiteral("/nobody") << none << Auth::App << 404
            << QStringLiteral("itemNotFound") << QStringLiteral("nobody");
        QTest::newRow("404 unknown participant mute")
            << QByteArray("POST") << kParticipants + QStringLiteral("/nobody/mute") << none << Auth::App << 404
            << QStringLiteral("itemNotFound") << QStringLiteral("nobody");
        QTest::newRow("404 unknown operation")
            << QByteArray("GET") << kCallPath + QStringLiteral("/operations/nope") << none << Auth::App << 404
            << QStringLiteral("itemNotFound") << QStringLiteral("nope");
        QTest::newRow("404 unknown path")
            << QByteArray("GET") << QStringLiteral("/v1.0/communications/meetings") << none << Auth::App << 404
            << QStringLiteral("NotFound") << QStringLiteral("meetings");
        QTest::newRow("405 PUT on participants")
            << QByteArray("PUT") << kParticipants << QByteArray("{}") << Auth::App << 405
            << QStringLiteral("Request_BadRequest") << QStringLiteral("not allowed");
        QTest::newRow("405 listing calls")
            << QByteArray("GET") << QStringLiteral("/v1.0/communications/calls") << none << Auth::App << 405
            << QStringLiteral("Request_BadRequest") << QStringLiteral("not allowed");
        QTest::newRow("400 malformed JSON")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite") << QByteArray("{\"participants\": [")
            << Auth::App << 400 << QStringLiteral("BadRequest") << QStringLiteral("JSON");
        QTest::newRow("400 invite without participants")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite") << QByteArray("{}") << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("participants");
        QTest::newRow("400 invite of nobody")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite") << inviteOf({}) << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("at least one");
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(invitee(kAcceptUser, QStringLiteral("p%1").arg(i)));
        QTest::newRow("400 more than five invitees")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite") << inviteOf(six) << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("more than 5");
        QTest::newRow("400 invitee without identity")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite")
            << inviteOf({QJsonObject{{QStringLiteral("participantId"), QStringLiteral("x")}}}) << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("identity");
        QTest::newRow("400 invitee with an application identity")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite")
            << inviteOf({QJsonObject{{QStringLiteral("identity"),
                                      QJsonObject{{QStringLiteral("application"),
                                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}}}}})
            << Auth::App << 400 << QStringLiteral("BadRequest") << QStringLiteral("user or a phone");
        // Graph documents no guest invitation: someone without an account joins with the link.
        QTest::newRow("400 guest invitee")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite")
            << inviteOf(
                   {QJsonObject{{QStringLiteral("identity"),
                                 QJsonObject{{QStringLiteral("guest"), QJsonObject{{QStringLiteral("displayName"),
                                                                                    QStringLiteral("Visitor")}}}}}}})
            << Auth::App << 400 << QStringLiteral("BadRequest") << QStringLiteral("user or a phone");
        QTest::newRow("400 phone number not E.164")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite")
            << inviteOf(
                   {QJsonObject{{QStringLiteral("identity"),
                                 QJsonObject{{QStringLiteral("phone"),
                                              QJsonObject{{QStringLiteral("id"), QStringLiteral("425-555-0123")}}}}}}})
            << Auth::App << 400 << QStringLiteral("BadRequest") << QStringLiteral("E.164");
        QTest::newRow("400 participantId already in the call")
            << QByteArray("POST") << kParticipants + QStringLiteral("/invite")
            << inviteOf({invitee(kAcceptUser, QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb"))}) << Auth::App
            << 400 << QStringLiteral("BadRequest") << QStringLiteral("already in use");
        QTest::newRow("400 clientContext too long")
            << QByteArray("POST") << kKnownParticipant + QStringLiteral("/mute")
            << json({{QStringLiteral("clientContext"), QString(257, QLatin1Char('x'))}}) << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("256");
        QTest::newRow("400 batch with duplicate ids")
            << QByteArray("POST") << QStringLiteral("/v1.0/$batch") << batchOf(3, true) << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("unique");
        QTest::newRow("400 batch of 21") << QByteArray("POST") << QStringLiteral("/v1.0/$batch") << batchOf(21, false)
                                         << Auth::App << 400 << QStringLiteral("BadRequest") << QStringLiteral("20");
        QTest::newRow("400 batch without requests")
            << QByteArray("POST") << QStringLiteral("/v1.0/$batch") << QByteArray("{\"value\":[]}") << Auth::App << 400
            << QStringLiteral("BadRequest") << QStringLiteral("requests");
        QTest::newRow("400 batch with an absolute url")
            << QByteArray("POST") << QStringLiteral("/v1.0/$batch")
            << json({{QStringLiteral("requests"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("id"), QStringLiteral("1")},
                          {QStringLiteral("method"), QStringLiteral("GET")},
                          {QStringLiteral("url"), QStringLiteral("https://graph.microsoft.com/v1.0/users")}}}}})
            << Auth::App << 400 << QStringLiteral("BadRequest") << QStringLiteral("relative");
        QTest::newRow("400 search without ConsistencyLevel")
            << QByteArray("GET") << QStringLiteral("/v1.0/users?$search=\"displayName:jan\"") << none << Auth::App
            << 400 << QStringLiteral("Request_UnsupportedQuery") << QStringLiteral("ConsistencyLevel");
        QTest::newRow("400 count without ConsistencyLevel")
            << QByteArray("GET") << QStringLiteral("/v1.0/users?$count=true") << none << Auth::App << 400
            << QStringLiteral("Request_UnsupportedQuery") << QStringLiteral("ConsistencyLevel");
        QTest::newRow("400 top out of range")
            << QByteArray("GET") << QStringLiteral("/v1.0/users?$top=0") << none << Auth::App << 400
            << QStringLiteral("Request_BadRequest") << QStringLiteral("page size");
        QTest::newRow("400 unsupported filter")
            << QByteArray("GET") << QStringLiteral("/v1.0/users?$filter=city eq null") << none << Auth::App << 400
            << QStringLiteral("Request_UnsupportedQuery") << QStringLiteral("city");
        QTest::newRow("400 join without mediaConfig")
            << QByteArray("POST") << QStringLiteral("/v1.0/communications/calls")
            << json({{QStringLiteral("callbackUri"), QStringLiteral("https://bot.contoso.com/callback")}}) << Auth::App
            << 400 << QStringLiteral("BadRequest") << QStringLiteral("mediaConfig");
    }

    void graphRefusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(Auth, auth);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);

        Harness sim;
        QVERIFY(sim.ok());
        QList<QPair<QByteArray, QByteArray>> headers{{"client-request-id", "7f0c1d2e-3a4b-4c5d-8e9f-a0b1c2d3e4f5"}};
        QString token;
        switch (auth) {
        case Auth::App: token = sim.token(); break;
        case Auth::Expired:
            token = sim.token();
            QCOMPARE(sim.send("POST", QStringLiteral("/_sim/tokens/expire")).status, 204);
            break;
        case Auth::NoRoles: token = sim.token(kNoRolesApp); break;
        case Auth::InviteOnly: token = sim.token(kInviteOnlyApp); break;
        case Auth::NoRemove: token = sim.token(kNoRemoveApp); break;
        case Auth::OtherTenant: token = sim.token(kOtherTenantApp, kOtherTenant); break;
        case Auth::Garbage:
            headers.append({QByteArray("Authorization"), QByteArray("Bearer not-a-token-we-issued")});
            break;
        case Auth::BasicScheme: headers.append({QByteArray("Authorization"), QByteArray("Basic dXNlcjpwYXNz")}); break;
        case Auth::None: break;
        }
        if (!token.isEmpty())
            headers.append({QByteArray("Authorization"), QByteArray("Bearer " + token.toLatin1())});
        else if (auth != Auth::None && auth != Auth::Garbage && auth != Auth::BasicScheme)
            QFAIL("could not get a token");

        const Reply reply = sim.send(method, path, body, headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
        QCOMPARE(inner.value(QStringLiteral("client-request-id")).toString(),
                 QStringLiteral("7f0c1d2e-3a4b-4c5d-8e9f-a0b1c2d3e4f5"));
        QVERIFY(!inner.value(QStringLiteral("request-id")).toString().isEmpty());
        QVERIFY(!inner.value(QStringLiteral("date")).toString().isEmpty());
        if (status == 401)
            QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        if (status == 405)
            QVERIFY(!reply.header("Allow").isEmpty());
    }

    void tokenEndpointRefusals_data()
    {
        testing::addColumns<QString, QString, QString, QString, QString, int, QString, int>(
            {"tenant", "clientId", "secret", "scope", "grantType", "status", "error", "aadsts"});

        const QString graph = QStringLiteral("https://graph.microsoft.com/.default");
        const QString cc = QStringLiteral("client_credentials");
        QTest::newRow("wrong secret") << kTenant << kApp << QStringLiteral("wrong") << graph << cc << 401
                                      << QStringLiteral("invalid_client") << 7000215;
        QTest::newRow("no secret") << kTenant << kApp << QString() << graph << cc << 401
                                   << QStringLiteral("invalid_client") << 7000218;
        QTest::newRow("unknown app") << kTenant << QStringLiteral("00000000-0000-4000-8000-000000000000") << kSecret
                                     << graph << cc << 400 << QStringLiteral("unauthorized_client") << 700016;
        QTest::newRow("app of another tenant")
            << kOtherTenant << kApp << kSecret << graph << cc << 400 << QStringLiteral("unauthorized_client") << 700016;
        QTest::newRow("unknown tenant") << QStringLiteral("contoso.example") << kApp << kSecret << graph << cc << 400
                                        << QStringLiteral("invalid_request") << 90002;
        QTest::newRow("bad scope") << kTenant << kApp << kSecret << QStringLiteral("https://foo.microsoft.com/.default")
                                   << cc << 400 << QStringLiteral("invalid_scope") << 70011;
        QTest::newRow("wrong grant type") << kTenant << kApp << kSecret << graph << QStringLiteral("password") << 400
                                          << QStringLiteral("unsupported_grant_type") << 70003;
    }

    void tokenEndpointRefusals()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, scope);
        QFETCH(QString, grantType);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(int, aadsts);

        Harness sim;
        QVERIFY(sim.ok());
        QByteArray form = "client_id=" + QUrl::toPercentEncoding(clientId) + "&scope=" + QUrl::toPercentEncoding(scope)
                          + "&grant_type=" + grantType.toLatin1();
        if (!secret.isEmpty())
            form += "&client_secret=" + QUrl::toPercentEncoding(secret);
        const Reply reply =
            sim.send("POST", QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"), form,
                     {{"Content-Type", "application/x-www-form-urlencoded"}, {"client-request-id", "corr-42"}});
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.json();
        const QJsonObject documented = graphExampleObject(QStringLiteral("token.error.2.json"));
        QCOMPARE(body.keys(), documented.keys()); // both sorted: the same fields as the documented error
        QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray{aadsts});
        const QString description = body.value(QStringLiteral("error_description")).toString();
        QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(aadsts)), qPrintable(description));
        for (const char *part :
             {"\r\nTrace ID: ", "\r\nCorrelation ID: corr-42", "\r\nTimestamp: 2025-03-03 09:00:00Z"})
            QVERIFY2(description.contains(QLatin1String(part)), part);
        QCOMPARE(body.value(QStringLiteral("correlation_id")).toString(), QStringLiteral("corr-42"));
    }

    void tokenEndpointIssuesDocumentedTokens_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("global Graph") << QStringLiteral("https://graph.microsoft.com/.default");
        QTest::newRow("US Government Graph") << QStringLiteral("https://graph.microsoft.us/.default");
    }

    void tokenEndpointIssuesDocumentedTokens()
    {
        QFETCH(QString, scope);
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.requestToken(kTenant, kApp, kSecret, scope);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.keys(), graphExampleObject(QStringLiteral("token.response.json")).keys());
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3599);
        const QString token = body.value(QStringLiteral("access_token")).toString();
        QCOMPARE(sim.graph("GET", kParticipants, {}, token).status, 200);
    }

    void tokenEndpointRefusesAScopeOfItsOwnAddress()
    {
        // Entra ID issues Graph tokens for Graph's identifier only; the address a proxy or the
        // simulator answers on is not a resource.
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.requestToken(kTenant, kApp, kSecret,
                                             sim.simulator().baseUrl().toString() + QStringLiteral("/.default"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
    }

    void tokenEndpointAcceptsHttpBasicClientAuthentication()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QByteArray basic =
            QByteArray(QUrl::toPercentEncoding(kApp) + ':' + QUrl::toPercentEncoding(kSecret)).toBase64();
        const Reply reply =
            sim.send("POST", QLatin1Char('/') + kTenant + QStringLiteral("/oauth2/v2.0/token"),
                     "grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default",
                     {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
        QCOMPARE(reply.status, 200);
    }
};

QTEST_GUILESS_MAIN(GraphSimErrorsTest)
#include "tst_graphsim_errors.moc"
