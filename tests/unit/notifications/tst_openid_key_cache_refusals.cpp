// The signing-key cache against a scripted network: the addresses, configurations and answers it
// refuses, each with one sentence saying why.
#include "unit/notifications/key_cache_fixture.h"
#include "support/test_columns.h"

using namespace moderato;
using namespace testing;

class TestOpenIdKeyCacheRefusals : public KeyCacheTest
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsPlainHttpOnlyOnLoopback();
    void refusesUnsafeConfigurationAddresses_data();
    void refusesUnsafeConfigurationAddresses();
    void checksTheSigningAlgorithms_data();
    void checksTheSigningAlgorithms();
    void refusesBrokenAnswers_data();
    void refusesBrokenAnswers();
};

void TestOpenIdKeyCacheRefusals::acceptsPlainHttpOnlyOnLoopback()
{
    const QUrl loopback(QStringLiteral("http://127.0.0.1:9/openid"));
    replaceAnswer = [loopback](const RecordedRequest &request) -> std::optional<FakeResponse> {
        if (request.url != loopback)
            return std::nullopt;
        return FakeResponse::json(
            200, json(QJsonObject{{QStringLiteral("jwks_uri"), QStringLiteral("http://localhost:9/keys")}}));
    };
    configuration.insert(QStringLiteral("jwks_uri"), QStringLiteral("http://localhost:9/keys"));
    makeCache(loopback);
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    QCOMPARE(requestsTo(QStringLiteral("http://localhost:9/keys")), 1);
}

void TestOpenIdKeyCacheRefusals::refusesUnsafeConfigurationAddresses_data()
{
    testing::addColumns<QUrl, QJsonValue, int>({"configurationUrl", "jwksUri", "requests"});
    const QJsonValue keys(KeysUrl);
    QTest::newRow("configuration over http")
        << QUrl(QStringLiteral("http://api.aps.skype.com/v1/.well-known/OpenIdConfiguration")) << keys << 0;
    QTest::newRow("configuration over ftp") << QUrl(QStringLiteral("ftp://keys.test/openid")) << keys << 0;
    QTest::newRow("configuration relative") << QUrl(QStringLiteral("openid")) << keys << 0;
    QTest::newRow("key set over http") << ConfigurationUrl << QJsonValue(QStringLiteral("http://keys.test/v1/keys"))
                                       << 1;
    QTest::newRow("key set relative") << ConfigurationUrl << QJsonValue(QStringLiteral("/keys")) << 1;
    QTest::newRow("key set missing") << ConfigurationUrl << QJsonValue() << 1;
    QTest::newRow("key set not a string") << ConfigurationUrl << QJsonValue(42) << 1;
}

void TestOpenIdKeyCacheRefusals::refusesUnsafeConfigurationAddresses()
{
    QFETCH(QUrl, configurationUrl);
    QFETCH(QJsonValue, jwksUri);
    QFETCH(int, requests);
    configuration.insert(QStringLiteral("jwks_uri"), jwksUri);
    if (jwksUri.isNull())
        configuration.remove(QStringLiteral("jwks_uri"));
    makeCache(configurationUrl);
    const KeyLookup lookup = findAndWait(QStringLiteral("k1"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Unavailable);
    QVERIFY(!lookup.error.isEmpty());
    QCOMPARE(network->requests.size(), requests);
}

void TestOpenIdKeyCacheRefusals::checksTheSigningAlgorithms_data()
{
    testing::addColumns<QJsonValue, bool>({"algorithms", "accepted"});
    QTest::newRow("RS256") << QJsonValue(QJsonArray{QStringLiteral("RS256")}) << true;
    QTest::newRow("RSA256, as the Bot Framework publishes it")
        << QJsonValue(QJsonArray{QStringLiteral("RSA256")}) << true;
    QTest::newRow("not given") << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("HS256 only") << QJsonValue(QJsonArray{QStringLiteral("HS256")}) << false;
    QTest::newRow("none only") << QJsonValue(QJsonArray{QStringLiteral("none")}) << false;
    QTest::newRow("empty") << QJsonValue(QJsonArray()) << false;
    QTest::newRow("a string, not a list") << QJsonValue(QStringLiteral("RS256")) << false;
}

void TestOpenIdKeyCacheRefusals::checksTheSigningAlgorithms()
{
    QFETCH(QJsonValue, algorithms);
    QFETCH(bool, accepted);
    const QString name = QStringLiteral("id_token_signing_alg_values_supported");
    if (algorithms.isUndefined())
        configuration.remove(name);
    else
        configuration.insert(name, algorithms);
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome,
             accepted ? KeyLookup::Outcome::Found : KeyLookup::Outcome::Unavailable);
}

void TestOpenIdKeyCacheRefusals::refusesBrokenAnswers_data()
{
    testing::addColumns<bool, int, QByteArray, int>({"forKeySet", "status", "body", "error"});
    const int none = int(QNetworkReply::NoError);
    QTest::newRow("configuration 500") << false << 500 << QByteArray("{}") << none;
    QTest::newRow("configuration redirected") << false << 302 << QByteArray() << none;
    QTest::newRow("configuration not JSON") << false << 200 << QByteArray("<html>") << none;
    QTest::newRow("configuration a JSON array") << false << 200 << QByteArray("[]") << none;
    QTest::newRow("configuration too large") << false << 200 << QByteArray(300 * 1024, ' ') + "{}" << none;
    QTest::newRow("connection refused") << false << 0 << QByteArray() << int(QNetworkReply::ConnectionRefusedError);
    QTest::newRow("key set 404") << true << 404 << QByteArray("{}") << none;
    QTest::newRow("key set without keys") << true << 200 << QByteArray("{}") << none;
    QTest::newRow("key set with an empty list") << true << 200 << QByteArray(R"({"keys":[]})") << none;
    QTest::newRow("key set keys not a list") << true << 200 << QByteArray(R"({"keys":{}})") << none;
}

void TestOpenIdKeyCacheRefusals::refusesBrokenAnswers()
{
    QFETCH(bool, forKeySet);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    replaceAnswer = [=](const RecordedRequest &request) -> std::optional<FakeResponse> {
        if ((request.url.toString() == KeysUrl) != forKeySet)
            return std::nullopt;
        FakeResponse response = FakeResponse::json(status, body);
        if (status == 302)
            response.headers.append({"Location", KeysUrl.toLatin1()});
        response.error = QNetworkReply::NetworkError(error);
        return response;
    };
    makeCache();
    const KeyLookup lookup = findAndWait(QStringLiteral("k1"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Unavailable);
    QVERIFY(!lookup.error.isEmpty());
    QVERIFY2(!lookup.error.contains(QLatin1Char('\n')), qPrintable(lookup.error));
    QCOMPARE(cache->keyCount(), 0);
}

QTEST_GUILESS_MAIN(TestOpenIdKeyCacheRefusals)
#include "tst_openid_key_cache_refusals.moc"
