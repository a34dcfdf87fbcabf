// TokenProvider: the client-credentials request, caching and renewal, sharing one request,
// retries, and AADSTS errors turned into sentences (from the documentation's token fixtures).
#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_error.h"
#include "core/auth/token_provider.h"
#include "support/counting_secret_source.h"
#include "support/graph_examples.h"
#include "unit/graph/fake_graph_client.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include "support/test_columns.h"

using namespace moderato;
using namespace testing;
using testsupport::CountingSecretSource;
using testsupport::graphExample;

namespace {

const QString Tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString Client = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
const QString Secret = QStringLiteral("s3cr3t&+=%/ value~");

//! The documented error body with another AADSTS code, as the service sends for that error.
QByteArray tokenErrorWithCode(int code, const char *oauthError)
{
    QJsonObject object = QJsonDocument::fromJson(graphExample(QStringLiteral("token.error.json"))).object();
    object.insert(QStringLiteral("error"), QString::fromLatin1(oauthError));
    object.insert(QStringLiteral("error_codes"), QJsonArray{code});
    object.insert(QStringLiteral("error_description"),
                  QStringLiteral("AADSTS%1: something.\r\nTrace ID: t\r\nCorrelation ID: c\r\nTimestamp: x").arg(code));
    return QJsonDocument(object).toJson();
}

struct TokenResult
{
    QString token;
    GraphError error;
    bool done = false;
};

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void aadstsErrorsBecomeSentences_data();
    void aadstsErrorsBecomeSentences();
    void unreadableTokenErrorsStillSaySomething();

    void postsTheClientCredentialsForm();
    void cachesTheTokenAndFetchesTheSecretOnlyWhenNeeded();
    void concurrentCallersShareOneRequest();
    void renewsAheadOfExpiry();
    void invalidatedTokenIsFetchedAgain();
    void refusedSecretIsNotRetried();
    void serverErrorsAreRetried();
    void networkFailuresAreRetriedThenReported();
    void secretSourceErrorIsReported();
    void malformedTenantIsRefusedWithoutARequest();
    void successWithoutTokenIsAnError();
    void renewalMargin();
    void fixedSecretSourceAnswersLater();

private:
    TokenResult fetch();
    FakeNetwork *m_nam = nullptr;
    CountingSecretSource *m_secrets = nullptr;
    TokenProvider *m_provider = nullptr;
    QDateTime m_now;
};

void TestTokenProvider::init()
{
    m_nam = new FakeNetwork;
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, graphExample(QStringLiteral("token.response.json")));
    };
    m_secrets = new CountingSecretSource(Secret);
    m_provider = new TokenProvider(m_nam, CloudEndpoints::forCloud(Cloud::Global), Tenant, Client, m_secrets);
    m_now = QDateTime(QDate(2025, 2, 13), QTime(10, 0, 0), Qt::UTC);
    m_provider->setClock([this] { return m_now; });
    m_provider->setRetryPolicy(FakeGraphClient::fastRetryPolicy());
}

void TestTokenProvider::cleanup()
{
    delete m_provider;
    delete m_secrets;
    delete m_nam;
}

TokenResult TestTokenProvider::fetch()
{
    auto result = std::make_shared<TokenResult>();
    m_provider->requestToken(this, [result](const QString &token, const GraphError &error) {
        result->token = token;
        result->error = error;
        result->done = true;
    });
    QDeadlineTimer deadline(5000);
    while (!result->done && !deadline.hasExpired())
        QTest::qWait(5);
    if (!result->done)
        result->error = GraphError::make(GraphError::Kind::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

void TestTokenProvider::aadstsErrorsBecomeSentences_data()
{
    testing::addColumns<QByteArray, QString, QString>({"body", "code", "fragment"});

    QTest::newRow("70011 bad scope (token.error.json)")
        << graphExample(QStringLiteral("token.error.json")) << QStringLiteral("AADSTS70011") << QStringLiteral("scope");
    QTest::newRow("70011 bad scope (token.error.2.json)") << graphExample(QStringLiteral("token.error.2.json"))
                                                          << QStringLiteral("AADSTS70011") << QStringLiteral("cloud");
    QTest::newRow("7000215 wrong secret") << tokenErrorWithCode(7000215, "invalid_client")
                                          << QStringLiteral("AADSTS7000215") << QStringLiteral("secret is wrong");
    QTest::newRow("7000222 expired secret") << tokenErrorWithCode(7000222, "invalid_client")
                                            << QStringLiteral("AADSTS7000222") << QStringLiteral("expired");
    QTest::newRow("700016 unknown app") << tokenErrorWithCode(700016, "unauthorized_client")
                                        << QStringLiteral("AADSTS700016") << Client;
    QTest::newRow("90002 unknown tenant") << tokenErrorWithCode(90002, "invalid_request")
                                          << QStringLiteral("AADSTS90002") << QStringLiteral("national cloud");
    QTest::newRow("other code") << tokenErrorWithCode(53003, "invalid_grant") << QStringLiteral("AADSTS53003")
                                << QStringLiteral("AADSTS53003");
}

void TestTokenProvider::aadstsErrorsBecomeSentences()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    const GraphError error = tokenErrorFromReply(400, body, m_provider->signInContext());
    QCOMPARE(error.kind, GraphError::Kind::Auth);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.userMessage().contains(fragment), qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().startsWith(QLatin1String("Sign-in failed")));
    QVERIFY(!error.requestId.isEmpty());       // trace_id
    QVERIFY(!error.clientRequestId.isEmpty()); // correlation_id
}

void TestTokenProvider::unreadableTokenErrorsStillSaySomething()
{
    const GraphError error = tokenErrorFromReply(502, "<html>Bad gateway</html>", m_provider->signInContext());
    QCOMPARE(error.kind, GraphError::Kind::Auth);
    QVERIFY(error.userMessage().contains(QLatin1String("login.microsoftonline.com")));
    const GraphError oauthOnly = tokenErrorFromReply(401, R"({"error":"invalid_client"})", m_provider->signInContext());
    QCOMPARE(oauthOnly.code, QStringLiteral("invalid_client"));
    QVERIFY(oauthOnly.userMessage().contains(QLatin1String("secret")));
}

void TestTokenProvider::postsTheClientCredentialsForm()
{
    const TokenResult result = fetch();
    QVERIFY(!result.error.isError());
    QCOMPARE(result.token, QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik1uQ19WWmNBVGZNNXBP..."));
    QCOMPARE(m_nam->requests.size(), 1);
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.verb, QByteArray("POST"));
    QCOMPARE(sent.url,
             QUrl(QStringLiteral("https://login.microsoftonline.com/") + Tenant + QLatin1String("/oauth2/v2.0/token")));
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!sent.hasHeader("Authorization"));
    const QUrlQuery form(QString::fromLatin1(sent.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), Client);
    QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://graph.microsoft.com/.default"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), Secret);
    QVERIFY(sent.body.contains("client_secret=s3cr3t%26%2B%3D%25%2F%20value~"));
    QCOMPARE(m_provider->expiresAt(), m_now.addSecs(3599));
}

void TestTokenProvider::cachesTheTokenAndFetchesTheSecretOnlyWhenNeeded()
{
    QVERIFY(!fetch().error.isError());
    QVERIFY(!fetch().error.isError());
    QVERIFY(!fetch().error.isError());
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(m_secrets->fetches, 1);
    QVERIFY(m_provider->hasValidToken());
}

void TestTokenProvider::concurrentCallersShareOneRequest()
{
    int answers = 0;
    for (int i = 0; i < 5; ++i)
        m_provider->requestToken(
            this, [&answers](const QString &token, const GraphError &) { answers += token.isEmpty() ? 0 : 1; });
    QTRY_COMPARE(answers, 5);
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(m_secrets->fetches, 1);
}

void TestTokenProvider::renewsAheadOfExpiry()
{
    QVERIFY(!fetch().error.isError());
    m_now = m_now.addSecs(3599 - 301); // just outside the 5-minute margin
    QVERIFY(!fetch().error.isError());
    QCOMPARE(m_nam->requests.size(), 1);
    m_now = m_now.addSecs(2); // inside it
    QVERIFY(!fetch().error.isError());
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(m_secrets->fetches, 2);
}

void TestTokenProvider::invalidatedTokenIsFetchedAgain()
{
    const TokenResult first = fetch();
    m_provider->invalidateToken(QStringLiteral("some other token"));
    QVERIFY(!fetch().error.isError());
    QCOMPARE(m_nam->requests.size(), 1);
    m_provider->invalidateToken(first.token);
    QVERIFY(!m_provider->hasValidToken());
    QVERIFY(!fetch().error.isError());
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestTokenProvider::refusedSecretIsNotRetried()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(401, tokenErrorWithCode(7000215, "invalid_client"));
    };
    QSignalSpy failed(m_provider, &TokenProvider::tokenFailed);
    const TokenResult result = fetch();
    QCOMPARE(result.error.kind, GraphError::Kind::Auth);
    QCOMPARE(result.error.code, QStringLiteral("AADSTS7000215"));
    QVERIFY(result.token.isEmpty());
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(failed.size(), 1);
}

void TestTokenProvider::serverErrorsAreRetried()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        if (++calls == 1)
            return FakeResponse::json(503, R"({"error":"temporarily_unavailable"})", {{"Retry-After", "0.05"}});
        if (calls == 2)
            return FakeResponse::json(429, R"({"error":"temporarily_unavailable","error_codes":[90055]})");
        return FakeResponse::json(200, graphExample(QStringLiteral("token.response.2.json")));
    };
    const TokenResult result = fetch();
    QVERIFY(!result.error.isError());
    QCOMPARE(m_nam->requests.size(), 3);
    QCOMPARE(m_secrets->fetches, 3); // fetched for each request, kept for none
}

void TestTokenProvider::networkFailuresAreRetriedThenReported()
{
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::dropped(false); };
    const TokenResult result = fetch();
    QCOMPARE(result.error.kind, GraphError::Kind::Auth);
    QVERIFY2(result.error.userMessage().contains(QLatin1String("could not reach")),
             qPrintable(result.error.userMessage()));
    QCOMPARE(m_nam->requests.size(), RetryPolicy().maxRetries + 1);
}

void TestTokenProvider::secretSourceErrorIsReported()
{
    m_secrets->error = QStringLiteral("The keychain is locked. Unlock the login keyring.");
    const TokenResult result = fetch();
    QCOMPARE(result.error.kind, GraphError::Kind::Auth);
    QCOMPARE(result.error.userMessage(), m_secrets->error);
    QCOMPARE(m_nam->requests.size(), 0);
}

void TestTokenProvider::malformedTenantIsRefusedWithoutARequest()
{
    TokenProvider provider(m_nam, CloudEndpoints::forCloud(Cloud::Global), QStringLiteral("../evil"), Client,
                           m_secrets);
    bool done = false;
    GraphError error;
    provider.requestToken(this, [&](const QString &, const GraphError &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, GraphError::Kind::Auth);
    QVERIFY(error.userMessage().contains(QLatin1String("tenant")));
    QCOMPARE(m_nam->requests.size(), 0);
    QCOMPARE(m_secrets->fetches, 0);
}

void TestTokenProvider::successWithoutTokenIsAnError()
{
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::json(200, R"({"token_type":"Bearer"})"); };
    const TokenResult result = fetch();
    QCOMPARE(result.error.kind, GraphError::Kind::Auth);
    QVERIFY(!m_provider->hasValidToken());
}

void TestTokenProvider::renewalMargin()
{
    using std::chrono::seconds;
    QCOMPARE(TokenProvider::renewalMargin(seconds(3599)), seconds(300));
    QCOMPARE(TokenProvider::renewalMargin(seconds(600)), seconds(60));
    QCOMPARE(TokenProvider::renewalMargin(seconds(60)), seconds(6));
}

void TestTokenProvider::fixedSecretSourceAnswersLater()
{
    FixedSecretSource source(QStringLiteral("abc"));
    QString secret;
    source.fetchSecret(this, [&secret](const QString &s, const QString &) { secret = s; });
    QVERIFY(secret.isEmpty()); // never synchronously
    QTRY_COMPARE(secret, QStringLiteral("abc"));

    FixedSecretSource empty{QString()};
    QString error;
    empty.fetchSecret(this, [&error](const QString &, const QString &e) { error = e; });
    QTRY_VERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_token_provider.moc"
