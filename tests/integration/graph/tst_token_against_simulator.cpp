// TokenProvider against the simulator's token endpoint: a token, and each AADSTS error it sends.
#include "core/auth/fixed_secret_source.h"
#include "integration/graph/sim_fixture.h"

#include <QTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace itest;

class TestTokenAgainstSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void obtainsAToken();
    void tenantDomainWorksToo();
    void signInErrorsBecomeSentences_data();
    void signInErrorsBecomeSentences();
    void retriesAThrottledTokenRequest();

private:
    struct Answer
    {
        QString token;
        GraphError error;
    };
    static Answer requestToken(TokenProvider &tokens);
};

TestTokenAgainstSimulator::Answer TestTokenAgainstSimulator::requestToken(TokenProvider &tokens)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    QObject context;
    tokens.requestToken(&context, [answer](const QString &token, const GraphError &error) {
        *answer = Answer{token, error};
    });
    QDeadlineTimer deadline(10000);
    while (!answer->has_value() && !deadline.hasExpired())
        QTest::qWait(5);
    return answer->value_or(Answer{QString(), GraphError::make(GraphError::Kind::Timeout)});
}

void TestTokenAgainstSimulator::obtainsAToken()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    const Answer answer = requestToken(*sim.tokens);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    QVERIFY(!answer.token.isEmpty());
    QVERIFY(sim.tokens->hasValidToken());

    const QJsonArray posts = sim.logEntries(QStringLiteral("POST"), QStringLiteral("/oauth2/v2.0/token"));
    QCOMPARE(posts.size(), 1);
    const QJsonObject post = posts.first().toObject();
    QCOMPARE(post.value(QLatin1String("path")).toString(),
             QLatin1Char('/') + Tenant + QLatin1String("/oauth2/v2.0/token"));
    QCOMPARE(post[QLatin1String("headers")][QLatin1String("content-type")].toString(),
             QStringLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(post.value(QLatin1String("status")).toInt(), 200);

    // Cached: a second caller gets the same token without another request.
    QCOMPARE(requestToken(*sim.tokens).token, answer.token);
    QCOMPARE(sim.tokenRequestsInLog(), 1);
}

void TestTokenAgainstSimulator::tenantDomainWorksToo()
{
    SimFixture sim(scenario(), TenantDomain);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    const Answer answer = requestToken(*sim.tokens);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
}

void TestTokenAgainstSimulator::signInErrorsBecomeSentences_data()
{
    testing::addColumns<QString, QString, QString>({"tenant", "clientId", "secret"});
    QTest::addColumn<QString>("resource"); // empty: Graph's, as the endpoints say
    testing::addColumns<QString, QString>({"code", "fragment"});

    QTest::newRow("wrong secret") << Tenant << App << QStringLiteral("not-the-secret") << QString()
                                  << QStringLiteral("AADSTS7000215") << QStringLiteral("secret is wrong");
    QTest::newRow("unknown app") << Tenant << QStringLiteral("deadbeef-0000-4000-8000-000000000000") << Secret
                                 << QString() << QStringLiteral("AADSTS700016")
                                 << QStringLiteral("deadbeef-0000-4000-8000-000000000000");
    QTest::newRow("unknown tenant") << QStringLiteral("fabrikam.test") << App << Secret << QString()
                                    << QStringLiteral("AADSTS90002") << QStringLiteral("fabrikam.test");
    // A resource that is not a cloud's Graph makes a scope the sign-in service refuses (Moderato
    // always asks for its cloud's Graph, whatever --graph-url says: the simulator must refuse
    // anything else, as Entra ID does).
    QTest::newRow("scope of an unknown resource")
        << Tenant << App << Secret << QStringLiteral("https://graph.contoso.test") << QStringLiteral("AADSTS70011")
        << QStringLiteral("graph.contoso.test/.default");
}

void TestTokenAgainstSimulator::signInErrorsBecomeSentences()
{
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, resource);
    QFETCH(QString, code);
    QFETCH(QString, fragment);

    SimFixture sim(scenario(), tenant, clientId, secret);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    CloudEndpoints endpoints = sim.endpoints;
    if (!resource.isEmpty())
        endpoints.resource = resource;
    FixedSecretSource secrets(secret);
    TokenProvider tokens(&sim.network, endpoints, tenant, clientId, &secrets);

    const Answer answer = requestToken(tokens);
    QVERIFY(answer.token.isEmpty());
    QCOMPARE(answer.error.kind, GraphError::Kind::Auth);
    QCOMPARE(answer.error.code, code);
    QVERIFY2(answer.error.userMessage().contains(fragment), qPrintable(answer.error.userMessage()));
    QVERIFY(!answer.error.requestId.isEmpty()); // the trace id, for support
    QCOMPARE(sim.tokenRequestsInLog(), 1);      // refused credentials are not retried
}

void TestTokenAgainstSimulator::retriesAThrottledTokenRequest()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                  {QStringLiteral("path"), QStringLiteral("/*/oauth2/v2.0/token")},
                  {QStringLiteral("count"), 1},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("retryAfter"), QStringLiteral("1")}});
    const Answer answer = requestToken(*sim.tokens);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    const QJsonArray posts = sim.logEntries(QStringLiteral("POST"), QStringLiteral("/oauth2/v2.0/token"));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0)[QLatin1String("status")].toInt(), 503);
    QCOMPARE(posts.at(1)[QLatin1String("status")].toInt(), 200);
}

QTEST_GUILESS_MAIN(TestTokenAgainstSimulator)
#include "tst_token_against_simulator.moc"
