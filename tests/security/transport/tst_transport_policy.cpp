// Where Moderato may send the token and the secret: plain http only to this computer (core and
// moderato-cli, also from tampered settings), TLS errors never ignored anywhere in the sources,
// and the bearer token only ever sent to the Graph root — not after a redirect or a next-page link
// to another host, and a redirect of the token request is never followed (it would re-post the
// secret).
#include "core/auth/cloud.h"
#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_provider.h"
#include "core/graph/call_requests.h"
#include "core/graph/graph_client.h"
#include "core/graph/list_participants_request.h"
#include "security/transport/tiny_http_server.h"
#include "support/cli_process.h"
#include "support/secret_scan.h"
#include "unit/graph/fake_network.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include "support/test_columns.h"

using namespace moderato;
using namespace sectest;
using namespace testsupport;

namespace {

const QString Tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString Client = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
const QByteArray CallJson = R"({"id":"call-1","state":"established"})";

//! Hands out one fixed token.
class FixedTokenSource : public AccessTokenSource
{
public:
    void requestToken(QObject *context, TokenCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(QStringLiteral("the-bearer-token"), {}); });
    }
    void invalidateToken(const QString &) override {}
};

bool runRequest(GraphClient &client, GraphRequest *request)
{
    request->setAutoDelete(false);
    client.send(request);
    if (!QTest::qWaitFor([request] { return request->isFinished(); }, 15000))
        qWarning("request did not finish");
    return request->isSucceeded();
}

} // namespace

class TestTransportPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customEndpointsRefusePlainHttpElsewhere_data();
    void customEndpointsRefusePlainHttpElsewhere();
    void cliRefusesPlainHttpEndpoints_data();
    void cliRefusesPlainHttpEndpoints();
    void cliRefusesPlainHttpFromTamperedSettings();
    void noSourceIgnoresTlsErrors();
    void bearerTokenNeverFollowsARedirectOffTheGraphRoot_data();
    void bearerTokenNeverFollowsARedirectOffTheGraphRoot();
    void nextLinkOffTheGraphRootGetsNoToken();
    void tokenRequestRedirectIsNotFollowed();
};

void TestTransportPolicy::customEndpointsRefusePlainHttpElsewhere_data()
{
    testing::addColumns<QString, bool>({"url", "accepted"});
    QTest::newRow("example.org") << QStringLiteral("http://example.org") << false;
    QTest::newRow("any address") << QStringLiteral("http://0.0.0.0:8080") << false;
    QTest::newRow("private LAN") << QStringLiteral("http://10.1.2.3") << false;
    QTest::newRow("link-local") << QStringLiteral("http://169.254.169.254") << false;
    QTest::newRow("mapped non-loopback") << QStringLiteral("http://[::ffff:10.0.0.1]") << false;
    QTest::newRow("loopback as subdomain") << QStringLiteral("http://127.0.0.1.example.org") << false;
    QTest::newRow("localhost as subdomain") << QStringLiteral("http://localhost.example.org") << false;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTP://example.org") << false;
    QTest::newRow("https elsewhere") << QStringLiteral("https://example.org") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:1234") << true;
}

void TestTransportPolicy::customEndpointsRefusePlainHttpElsewhere()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const QUrl https(QStringLiteral("https://graph.contoso.test"));
    QString error;
    QCOMPARE(CloudEndpoints::custom(QUrl(url), https, &error).has_value(), accepted);
    if (!accepted)
        QVERIFY2(error.startsWith(QLatin1String("Graph URL:")) && error.contains(QLatin1String("unencrypted")),
                 qPrintable(error));
    error.clear();
    QCOMPARE(CloudEndpoints::custom(https, QUrl(url), &error).has_value(), accepted);
    if (!accepted)
        QVERIFY2(error.startsWith(QLatin1String("Sign-in URL:")) && error.contains(QLatin1String("unencrypted")),
                 qPrintable(error));
}

void TestTransportPolicy::cliRefusesPlainHttpEndpoints_data()
{
    testing::addColumns<QStringList, QByteArray>({"arguments", "input"});
    const QStringList account{QStringLiteral("--tenant"), Tenant, QStringLiteral("--client-id"), Client};
    QTest::newRow("graph url, participants")
        << (account
            + QStringList{QStringLiteral("--graph-url"), QStringLiteral("http://example.org"),
                          QStringLiteral("participants"), QStringLiteral("call-1")})
        << QByteArray();
    QTest::newRow("login url, login") << (account
                                          + QStringList{QStringLiteral("--login-url"),
                                                        QStringLiteral("http://example.org"),
                                                        QStringLiteral("--secret-stdin"), QStringLiteral("login")})
                                      << QByteArray("never-sent-secret\n");
    QTest::newRow("graph url, remove with a secret")
        << (account
            + QStringList{QStringLiteral("--graph-url"), QStringLiteral("http://example.org"),
                          QStringLiteral("--secret-stdin"), QStringLiteral("remove"), QStringLiteral("call-1"),
                          QStringLiteral("00000000-0000-4000-8000-000000000001")})
        << QByteArray("never-sent-secret\n");
}

void TestTransportPolicy::cliRefusesPlainHttpEndpoints()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary()));
    ScratchHome home;
    const CliResult result = runCli(home.environment(), arguments, input);
    QVERIFY2(result.finished && result.exitCode == 2, result.describe());
    QVERIFY2(result.err.contains("http://example.org") && result.err.contains("unencrypted")
                 && result.err.contains("https"),
             result.describe());
    QVERIFY2(result.out.isEmpty(), result.describe());
    QVERIFY(!QFileInfo::exists(home.settingsFile())); // nothing saved either
}

void TestTransportPolicy::cliRefusesPlainHttpFromTamperedSettings()
{
    ScratchHome home;
    {
        QSettings settings(home.settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/tenantId"), Tenant);
        settings.setValue(QStringLiteral("account/clientId"), Client);
        settings.setValue(QStringLiteral("account/customGraphUrl"), QStringLiteral("http://example.org"));
        settings.setValue(QStringLiteral("account/customLoginUrl"), QStringLiteral("https://login.contoso.test"));
    }
    const CliResult result =
        runCli(home.environment(),
               {QStringLiteral("--secret-stdin"), QStringLiteral("participants"), QStringLiteral("call-1")},
               "never-sent-secret\n");
    QVERIFY2(result.finished && result.exitCode == 2, result.describe());
    QVERIFY2(result.err.contains("http://example.org") && result.err.contains("unencrypted"), result.describe());
}

void TestTransportPolicy::noSourceIgnoresTlsErrors()
{
    // Nothing may switch off certificate checks: not ignoreSslErrors() (any overload), not a peer
    // verify mode of VerifyNone or QueryPeer.
    const QStringList forbidden{QStringLiteral("ignoreSslErrors"), QStringLiteral("VerifyNone"),
                                QStringLiteral("QueryPeer")};
    int scanned = 0;
    for (const QString &dir :
         {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("simulator")}) {
        QDirIterator it(QStringLiteral(MODERATO_SOURCE_DIR "/") + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            ++scanned;
            for (const QString &word : forbidden)
                QVERIFY2(!text.contains(word), qPrintable(file.fileName() + QLatin1String(": ") + word));
        }
    }
    QVERIFY2(scanned > 50, "the sources were not found");
}

void TestTransportPolicy::bearerTokenNeverFollowsARedirectOffTheGraphRoot_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("target"); // "other" = another port, "name" = same port, other host name, "same"
    QTest::addColumn<bool>("tokenExpected");
    QTest::newRow("307 to another port") << 307 << QStringLiteral("other") << false;
    QTest::newRow("302 to another port") << 302 << QStringLiteral("other") << false;
    QTest::newRow("308 to another host name, same port") << 308 << QStringLiteral("name") << false;
    QTest::newRow("307 within the Graph root") << 307 << QStringLiteral("same") << true;
}

void TestTransportPolicy::bearerTokenNeverFollowsARedirectOffTheGraphRoot()
{
    QFETCH(int, status);
    QFETCH(QString, target);
    QFETCH(bool, tokenExpected);
    TinyHttpServer other([](const SeenRequest &) { return TinyHttpServer::response(200, "OK", CallJson); });
    quint16 graphPort = 0;
    TinyHttpServer graph([&](const SeenRequest &request) {
        if (request.target.startsWith("/v1.0/moved"))
            return TinyHttpServer::response(200, "OK", CallJson);
        const QByteArray location = target == QLatin1String("other")
                                        ? other.origin().toLatin1() + "/v1.0/communications/calls/call-1"
                                    : target == QLatin1String("name")
                                        ? "http://localhost:" + QByteArray::number(graphPort) + "/v1.0/moved/call-1"
                                        : QByteArray("/v1.0/moved/call-1");
        return TinyHttpServer::response(status, "Redirect", {}, {"Location: " + location});
    });
    graphPort = graph.port();
    QVERIFY(graph.port() != 0 && other.port() != 0);

    QNetworkAccessManager network;
    FixedTokenSource tokens;
    GraphClient client(&network, &tokens, QUrl(graph.origin()));
    auto *request = new GetCallRequest(QStringLiteral("call-1"));
    runRequest(client, request);
    QVERIFY2(request->isFinished(), "no outcome");
    delete request;

    QVERIFY(!graph.requests.isEmpty());
    QCOMPARE(graph.requests.first().header("authorization"), QByteArray("Bearer the-bearer-token"));
    QList<SeenRequest> followed = graph.requests.mid(1);
    followed += other.requests;
    QCOMPARE(followed.size(), 1); // the redirect was followed once
    QCOMPARE(followed.first().hasHeader("authorization"), tokenExpected);
    if (tokenExpected)
        QCOMPARE(followed.first().header("authorization"), QByteArray("Bearer the-bearer-token"));
}

void TestTransportPolicy::nextLinkOffTheGraphRootGetsNoToken()
{
    TinyHttpServer other(
        [](const SeenRequest &) { return TinyHttpServer::response(200, "OK", R"({"value":[{"id":"p-2"}]})"); });
    TinyHttpServer graph([&](const SeenRequest &) {
        return TinyHttpServer::response(200, "OK",
                                        R"({"value":[{"id":"p-1"}],"@odata.nextLink":")" + other.origin().toLatin1()
                                            + R"(/v1.0/communications/calls/call-1/participants?$skiptoken=2"})");
    });
    QNetworkAccessManager network;
    FixedTokenSource tokens;
    GraphClient client(&network, &tokens, QUrl(graph.origin()));
    auto *request = new ListParticipantsRequest(QStringLiteral("call-1"));
    runRequest(client, request);
    QVERIFY(request->isFinished());
    delete request;
    QCOMPARE(graph.requests.size(), 1);
    for (const SeenRequest &seen : std::as_const(other.requests))
        QVERIFY2(!seen.hasHeader("authorization"), seen.header("authorization").constData());
}

void TestTransportPolicy::tokenRequestRedirectIsNotFollowed()
{
    TinyHttpServer other([](const SeenRequest &) {
        return TinyHttpServer::response(200, "OK", R"({"token_type":"Bearer","expires_in":3599,"access_token":"x"})");
    });
    TinyHttpServer login([&](const SeenRequest &) {
        return TinyHttpServer::response(307, "Temporary Redirect", {},
                                        {"Location: " + other.origin().toLatin1() + "/steal/oauth2/v2.0/token"});
    });
    QString error;
    const auto endpoints = CloudEndpoints::custom(QUrl(login.origin()), QUrl(login.origin()), &error);
    QVERIFY2(endpoints, qPrintable(error));
    QNetworkAccessManager network;
    FixedSecretSource secrets(QStringLiteral("the-client-secret"));
    TokenProvider provider(&network, *endpoints, Tenant, Client, &secrets);
    provider.setRetryPolicy(RetryPolicy{.maxRetries = 0});
    bool done = false;
    QString token;
    GraphError failure;
    QObject context;
    provider.requestToken(&context, [&](const QString &t, const GraphError &e) {
        token = t;
        failure = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    QVERIFY(token.isEmpty());
    QVERIFY2(!failure.userMessage().isEmpty(), "no sentence for the refused redirect");
    QCOMPARE(login.requests.size(), 1);
    QCOMPARE(other.requests.size(), 0); // the secret was not posted again elsewhere
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transport_policy.moc"
