// The secret in memory and in debug logging, one class at a time: scrub() empties what it is given
// and leaves other copies alone; TokenProvider asks its SecretSource again for every token request
// (each retry too), so it keeps no copy between requests; with debug logging on, neither the
// secret, nor the token request body, nor the Authorization header reaches the log; scrubSecrets()
// redacts what Moderato itself sends.
#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_provider.h"
#include "core/calls/audit_log.h"
#include "core/graph/call_requests.h"
#include "core/graph/graph_client.h"
#include "support/counting_secret_source.h"
#include "unit/graph/fake_network.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>
#include <QUrl>
#include "support/test_columns.h"

using namespace moderato;
using namespace testing;
using testsupport::CountingSecretSource;

namespace {

const QString Tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString Client = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
const QString Secret = QStringLiteral("Lf8Q~s3cr3t&+=%/ value.with-every_char~");
const QByteArray Token = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJl";

QStringList g_log;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ") + message;
}

QList<QByteArray> forms(const QString &secret)
{
    return {secret.toUtf8(), QUrl::toPercentEncoding(secret), secret.toUtf8().toBase64()};
}

FakeResponse tokenAnswer()
{
    return FakeResponse::json(200,
                              QJsonDocument(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                        {QStringLiteral("expires_in"), 3599},
                                                        {QStringLiteral("access_token"), QString::fromLatin1(Token)}})
                                  .toJson());
}

QString requestToken(TokenProvider &provider)
{
    QString token;
    bool done = false;
    QObject context;
    provider.requestToken(&context, [&](const QString &t, const GraphError &) {
        token = t;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no token answer");
    return token;
}

} // namespace

class TestSecretLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrubEmptiesAndLeavesOtherCopiesAlone();
    void scrubHandlesNullAndEmpty();
    void fixedSecretSourceHandsOutCopiesOnlyLater();
    void tokenProviderFetchesTheSecretForEveryAttempt();
    void debugLogOfASignInAndARequestHasNoCredentials();
    void scrubSecretsRedactsWhatModeratoSends_data();
    void scrubSecretsRedactsWhatModeratoSends();
};

void TestSecretLifetime::scrubEmptiesAndLeavesOtherCopiesAlone()
{
    QString text = Secret;
    text.detach(); // unshared: scrub() overwrites this very buffer before releasing it
    scrub(text);
    QVERIFY(text.isEmpty());

    QString shared = Secret;
    QString copy = shared; // an implicitly shared copy elsewhere keeps its value
    scrub(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(copy, Secret);

    QByteArray bytes = Secret.toUtf8();
    const QByteArray bytesCopy = bytes;
    scrub(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bytesCopy, Secret.toUtf8());
}

void TestSecretLifetime::scrubHandlesNullAndEmpty()
{
    QString null;
    scrub(null);
    QVERIFY(null.isEmpty());
    QString empty = QStringLiteral("");
    scrub(empty);
    QVERIFY(empty.isEmpty());
    QByteArray nullBytes;
    scrub(nullBytes);
    QVERIFY(nullBytes.isEmpty());
}

void TestSecretLifetime::fixedSecretSourceHandsOutCopiesOnlyLater()
{
    auto source = std::make_unique<FixedSecretSource>(Secret);
    QStringList received;
    QObject context;
    source->fetchSecret(&context, [&](const QString &secret, const QString &) { received << secret; });
    QVERIFY(received.isEmpty()); // never synchronously
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first(), Secret);

    // A fetch whose context died gets nothing; destroying the source with one pending is safe.
    {
        QObject shortLived;
        source->fetchSecret(&shortLived, [&](const QString &secret, const QString &) { received << secret; });
    }
    source.reset();
    QTest::qWait(20);
    QCOMPARE(received.size(), 1);

    FixedSecretSource empty{QString()};
    QString error;
    bool called = false;
    empty.fetchSecret(&context, [&](const QString &secret, const QString &why) {
        called = secret.isEmpty();
        error = why;
    });
    QTRY_VERIFY(called);
    QVERIFY(!error.isEmpty());
}

void TestSecretLifetime::tokenProviderFetchesTheSecretForEveryAttempt()
{
    FakeNetwork network;
    int answered = 0;
    network.handler = [&](const RecordedRequest &) {
        // A 503 first: the retry must fetch the secret again rather than keep it meanwhile.
        return answered++ == 0 ? FakeResponse::json(503, "{}") : tokenAnswer();
    };
    CountingSecretSource secrets(Secret);
    TokenProvider provider(&network, CloudEndpoints::forCloud(Cloud::Global), Tenant, Client, &secrets);
    RetryPolicy quick;
    quick.backoffBase = std::chrono::milliseconds(5);
    quick.backoffCap = std::chrono::milliseconds(10);
    provider.setRetryPolicy(quick);

    QCOMPARE(requestToken(provider), QString::fromLatin1(Token));
    QCOMPARE(network.requests.size(), 2);
    QCOMPARE(secrets.fetches, 2);

    // The token is kept (that is its job); the secret is not: a new token needs a new fetch.
    QCOMPARE(requestToken(provider), QString::fromLatin1(Token));
    QCOMPARE(secrets.fetches, 2);
    provider.invalidateToken(QString::fromLatin1(Token));
    QCOMPARE(requestToken(provider), QString::fromLatin1(Token));
    QCOMPARE(secrets.fetches, 3);
    // Every body carried the secret once, form-encoded, and no request had an Authorization header.
    for (const RecordedRequest &request : network.requests) {
        QCOMPARE(request.body.count(QUrl::toPercentEncoding(Secret)), 1);
        QVERIFY(!request.hasHeader("Authorization"));
    }
}

void TestSecretLifetime::debugLogOfASignInAndARequestHasNoCredentials()
{
    FakeNetwork network;
    network.handler = [](const RecordedRequest &request) {
        if (request.url.path().endsWith(QLatin1String("/token")))
            return tokenAnswer();
        if (request.header("Authorization") != "Bearer " + Token)
            return FakeResponse::json(401, R"({"error":{"code":"InvalidAuthenticationToken","message":"no"}})");
        return FakeResponse::json(200, R"({"id":"call-1","state":"established"})");
    };
    FixedSecretSource secrets(Secret);
    TokenProvider provider(&network, CloudEndpoints::forCloud(Cloud::Global), Tenant, Client, &secrets);
    GraphClient client(&network, &provider, QUrl(QStringLiteral("https://graph.microsoft.com")));

    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("moderato.*.debug=true\nqt.network.*.debug=true"));
    auto *request = new GetCallRequest(QStringLiteral("call-1"));
    request->setAutoDelete(false);
    client.send(request);
    const bool finished = QTest::qWaitFor([&] { return request->isFinished(); }, 10000);
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    QVERIFY(finished);
    QVERIFY2(request->isSucceeded(), qPrintable(request->error().message));
    delete request;

    const QString log = g_log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("(token request, body redacted)")), qPrintable(log));
    QVERIFY2(log.contains(QLatin1String("/communications/calls/call-1")), qPrintable(log));
    for (const QByteArray &form : forms(Secret))
        QVERIFY2(!log.toUtf8().contains(form), qPrintable(log));
    QVERIFY2(!log.contains(QString::fromLatin1(Token)), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("Authorization"), Qt::CaseInsensitive), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("client_secret")), qPrintable(log));
}

void TestSecretLifetime::scrubSecretsRedactsWhatModeratoSends_data()
{
    testing::addColumns<QString, QString>({"text", "secret"});
    // The body TokenProvider posts, as a proxy or a failing request could echo it.
    const QString body = QStringLiteral("client_id=") + Client
                         + QStringLiteral("&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=")
                         + QString::fromLatin1(QUrl::toPercentEncoding(Secret))
                         + QStringLiteral("&grant_type=client_credentials");
    QTest::newRow("token request body") << body << QString::fromLatin1(QUrl::toPercentEncoding(Secret));
    QTest::newRow("Authorization header")
        << QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(Token) << QString::fromLatin1(Token);
    QTest::newRow("lower-case bearer") << QStringLiteral("authorization: bearer abc.def-ghi_jkl")
                                       << QStringLiteral("abc.def-ghi_jkl");
    QTest::newRow("token answer") << QStringLiteral(
        R"({"token_type":"Bearer","access_token":"opaque-token-value","expires_in":3599})")
                                  << QStringLiteral("opaque-token-value");
    QTest::newRow("bare JWT in a message")
        << QStringLiteral("token %1 was refused").arg(QString::fromLatin1(Token)) << QString::fromLatin1(Token);
    QTest::newRow("quoted secret with spaces")
        << QStringLiteral(R"({"client_secret": "two words, and more"})") << QStringLiteral("words, and more");
}

void TestSecretLifetime::scrubSecretsRedactsWhatModeratoSends()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString scrubbed = scrubSecrets(text);
    QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
    QVERIFY2(scrubbed.contains(QLatin1String("[redacted]")), qPrintable(scrubbed));
}

QTEST_GUILESS_MAIN(TestSecretLifetime)
#include "tst_secret_lifetime.moc"
