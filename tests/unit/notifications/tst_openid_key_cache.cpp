// The signing-key cache against a scripted network: what it fetches, when it fetches again, and
// every configuration or key set it refuses.
#include "core/notifications/openid_key_cache.h"
#include "unit/graph/fake_network.h"
#include "unit/notifications/test_rsa_key.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace moderato;
using testing::FakeNetwork;
using testing::FakeResponse;
using testing::RecordedRequest;
using testing::TestRsaKey;

namespace {

const QUrl ConfigurationUrl(QStringLiteral("https://keys.test/v1/.well-known/OpenIdConfiguration"));
const QString KeysUrl = QStringLiteral("https://keys.test/v1/keys");
const QDateTime Start(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

const TestRsaKey &signingKey() {
    static const TestRsaKey key(2048);
    return key;
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! One findKey(), with whether it answered before returning.
struct Answer {
    bool immediate = false;
    std::optional<KeyLookup> lookup;
};

} // namespace

class TestOpenIdKeyCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void fetchesTheConfigurationThenTheKeySet();
    void answersCachedKeysAtOnceWithoutFetching();
    void lookupsDuringAFetchShareIt();
    void fetchesAgainForAnUnknownKeyAndFindsIt();
    void fetchesAgainAtMostOncePerInterval();
    void theFirstFetchCountsTowardsTheInterval();
    void aSuccessfulFetchForgetsWithdrawnKeys();
    void fetchesAgainWhenTheKeysAreOlderThanTheMaximumAge();
    void aFailedFetchKeepsTheKeysItHad();
    void skipsUnusableKeysAndKeepsTheOthers();
    void acceptsPlainHttpOnlyOnLoopback();
    void refusesUnsafeConfigurationAddresses_data();
    void refusesUnsafeConfigurationAddresses();
    void checksTheSigningAlgorithms_data();
    void checksTheSigningAlgorithms();
    void refusesBrokenAnswers_data();
    void refusesBrokenAnswers();

private:
    OpenIdKeyCache &makeCache(const QUrl &url = ConfigurationUrl);
    Answer find(const QString &kid);
    KeyLookup findAndWait(const QString &kid);
    int requestsTo(const QString &url) const;

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<OpenIdKeyCache> m_cache;
    QDateTime m_now;
    QJsonObject m_configuration;
    QJsonArray m_keys;
    //! Replaces the answer to the configuration (or, with the keys URL, the key set) when set.
    std::function<std::optional<FakeResponse>(const RecordedRequest &)> m_override;
};

void TestOpenIdKeyCache::init() {
    m_now = Start;
    m_configuration =
        QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://api.botframework.com")},
                    {QStringLiteral("jwks_uri"), KeysUrl},
                    {QStringLiteral("id_token_signing_alg_values_supported"),
                     QJsonArray{QStringLiteral("RS256")}}};
    m_keys = QJsonArray{signingKey().jwk(QStringLiteral("k1"))};
    m_override = nullptr;
    m_network = std::make_unique<FakeNetwork>();
    m_network->handler = [this](const RecordedRequest &request) {
        if (m_override) {
            if (std::optional<FakeResponse> response = m_override(request))
                return *response;
        }
        if (request.url == ConfigurationUrl)
            return FakeResponse::json(200, json(m_configuration));
        if (request.url.toString() == m_configuration.value(QLatin1String("jwks_uri")).toString())
            return FakeResponse::json(200, json(QJsonObject{{QStringLiteral("keys"), m_keys}}));
        return FakeResponse::json(404, "{}");
    };
}

void TestOpenIdKeyCache::cleanup() {
    m_cache.reset();
    m_network.reset();
}

OpenIdKeyCache &TestOpenIdKeyCache::makeCache(const QUrl &url) {
    m_cache = std::make_unique<OpenIdKeyCache>(m_network.get(), url);
    m_cache->setClock([this] { return m_now; });
    return *m_cache;
}

Answer TestOpenIdKeyCache::find(const QString &kid) {
    auto answer = std::make_shared<Answer>();
    auto returned = std::make_shared<bool>(false);
    m_cache->findKey(kid, [answer, returned](const KeyLookup &lookup) {
        answer->immediate = !*returned;
        answer->lookup = lookup;
    });
    *returned = true;
    return *answer;
}

KeyLookup TestOpenIdKeyCache::findAndWait(const QString &kid) {
    std::optional<KeyLookup> result;
    m_cache->findKey(kid, [&result](const KeyLookup &lookup) { result = lookup; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        qFatal("findKey() never answered");
    return *result;
}

int TestOpenIdKeyCache::requestsTo(const QString &url) const {
    int count = 0;
    for (const RecordedRequest &request : m_network->requests)
        count += request.url.toString() == url ? 1 : 0;
    return count;
}

void TestOpenIdKeyCache::fetchesTheConfigurationThenTheKeySet() {
    makeCache();
    const Answer first = find(QStringLiteral("k1"));
    QVERIFY(!first.lookup); // it has to fetch first
    QTRY_VERIFY(!m_cache->isFetching());
    QCOMPARE(m_network->requests.size(), 2);
    QCOMPARE(m_network->requests.at(0).url, ConfigurationUrl);
    QCOMPARE(m_network->requests.at(1).url.toString(), KeysUrl);
    QVERIFY(m_network->requests.at(0).request.header(QNetworkRequest::UserAgentHeader).isValid());
    const KeyLookup lookup = findAndWait(QStringLiteral("k1"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Found);
    QVERIFY(lookup.key);
    QCOMPARE(lookup.key->bits(), 2048);
}

void TestOpenIdKeyCache::answersCachedKeysAtOnceWithoutFetching() {
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_now = m_now.addSecs(3600);
    const Answer again = find(QStringLiteral("k1"));
    QVERIFY(again.immediate);
    QCOMPARE(again.lookup->outcome, KeyLookup::Outcome::Found);
    QCOMPARE(m_network->requests.size(), 2);
    QCOMPARE(m_cache->fetchCount(), 1);
}

void TestOpenIdKeyCache::lookupsDuringAFetchShareIt() {
    makeCache();
    int answered = 0;
    for (int i = 0; i < 3; ++i)
        m_cache->findKey(QStringLiteral("k1"), [&answered](const KeyLookup &lookup) {
            answered += lookup.outcome == KeyLookup::Outcome::Found ? 1 : 0;
        });
    QTRY_COMPARE(answered, 3);
    QCOMPARE(m_cache->fetchCount(), 1);
    QCOMPARE(requestsTo(KeysUrl), 1);
}

void TestOpenIdKeyCache::fetchesAgainForAnUnknownKeyAndFindsIt() {
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_keys.append(TestRsaKey(2048).jwk(QStringLiteral("k2")));
    m_now = m_now.addSecs(61);
    const KeyLookup lookup = findAndWait(QStringLiteral("k2"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Found);
    QCOMPARE(m_cache->fetchCount(), 2);
    QCOMPARE(m_cache->keyCount(), 2);
}

void TestOpenIdKeyCache::fetchesAgainAtMostOncePerInterval() {
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_now = m_now.addSecs(61);
    QCOMPARE(findAndWait(QStringLiteral("made-up-1")).outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(m_cache->fetchCount(), 2);

    m_now = m_now.addSecs(59);
    const Answer throttled = find(QStringLiteral("made-up-2"));
    QVERIFY(throttled.immediate);
    QCOMPARE(throttled.lookup->outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(m_cache->fetchCount(), 2);
    QCOMPARE(m_network->requests.size(), 4);

    m_now = m_now.addSecs(1);
    QCOMPARE(findAndWait(QStringLiteral("made-up-3")).outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(m_cache->fetchCount(), 3);
}

void TestOpenIdKeyCache::theFirstFetchCountsTowardsTheInterval() {
    makeCache().setRefetchInterval(std::chrono::seconds(10));
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_now = m_now.addSecs(9);
    QVERIFY(find(QStringLiteral("k2")).immediate);
    m_now = m_now.addSecs(1);
    QVERIFY(!find(QStringLiteral("k2")).immediate);
    QCOMPARE(m_cache->fetchCount(), 2);
}

void TestOpenIdKeyCache::aSuccessfulFetchForgetsWithdrawnKeys() {
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_keys = QJsonArray{TestRsaKey(2048).jwk(QStringLiteral("k2"))};
    m_now = m_now.addSecs(61);
    QCOMPARE(findAndWait(QStringLiteral("k2")).outcome, KeyLookup::Outcome::Found);
    const Answer withdrawn = find(QStringLiteral("k1"));
    QVERIFY(withdrawn.immediate);
    QCOMPARE(withdrawn.lookup->outcome, KeyLookup::Outcome::UnknownKey);
}

void TestOpenIdKeyCache::fetchesAgainWhenTheKeysAreOlderThanTheMaximumAge() {
    makeCache().setMaximumAge(std::chrono::hours(1));
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_now = m_now.addSecs(3599);
    QVERIFY(find(QStringLiteral("k1")).immediate);
    m_now = m_now.addSecs(1);
    QVERIFY(!find(QStringLiteral("k1")).immediate);
    QTRY_VERIFY(!m_cache->isFetching());
    QCOMPARE(m_cache->fetchCount(), 2);
}

void TestOpenIdKeyCache::aFailedFetchKeepsTheKeysItHad() {
    makeCache().setMaximumAge(std::chrono::hours(1));
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    m_override = [](const RecordedRequest &) { return FakeResponse::json(503, "{}"); };
    m_now = m_now.addSecs(7200);
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    QCOMPARE(m_cache->fetchCount(), 2);
    QCOMPARE(findAndWait(QStringLiteral("k9")).outcome, KeyLookup::Outcome::UnknownKey);
}

void TestOpenIdKeyCache::skipsUnusableKeysAndKeepsTheOthers() {
    QJsonObject noKid = TestRsaKey(2048).jwk(QString());
    noKid.remove(QStringLiteral("kid"));
    QJsonObject encryption = TestRsaKey(2048).jwk(QStringLiteral("enc"));
    encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
    m_keys = QJsonArray{TestRsaKey(1024).jwk(QStringLiteral("short")),
                        noKid,
                        encryption,
                        QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                    {QStringLiteral("kid"), QStringLiteral("ec")}},
                        QStringLiteral("not a key"),
                        signingKey().jwk(QStringLiteral("k1"))};
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    QCOMPARE(m_cache->keyCount(), 1);
    QCOMPARE(find(QStringLiteral("short")).lookup->outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(find(QStringLiteral("enc")).lookup->outcome, KeyLookup::Outcome::UnknownKey);
}

void TestOpenIdKeyCache::acceptsPlainHttpOnlyOnLoopback() {
    const QUrl loopback(QStringLiteral("http://127.0.0.1:9/openid"));
    m_override = [loopback](const RecordedRequest &request) -> std::optional<FakeResponse> {
        if (request.url != loopback)
            return std::nullopt;
        return FakeResponse::json(200,
                                  json(QJsonObject{{QStringLiteral("jwks_uri"),
                                                    QStringLiteral("http://localhost:9/keys")}}));
    };
    m_configuration.insert(QStringLiteral("jwks_uri"), QStringLiteral("http://localhost:9/keys"));
    makeCache(loopback);
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    QCOMPARE(requestsTo(QStringLiteral("http://localhost:9/keys")), 1);
}

void TestOpenIdKeyCache::refusesUnsafeConfigurationAddresses_data() {
    QTest::addColumn<QUrl>("configurationUrl");
    QTest::addColumn<QJsonValue>("jwksUri");
    QTest::addColumn<int>("requests");
    const QJsonValue keys(KeysUrl);
    QTest::newRow("configuration over http")
        << QUrl(QStringLiteral("http://api.aps.skype.com/v1/.well-known/OpenIdConfiguration"))
        << keys << 0;
    QTest::newRow("configuration over ftp")
        << QUrl(QStringLiteral("ftp://keys.test/openid")) << keys << 0;
    QTest::newRow("configuration relative") << QUrl(QStringLiteral("openid")) << keys << 0;
    QTest::newRow("key set over http")
        << ConfigurationUrl << QJsonValue(QStringLiteral("http://keys.test/v1/keys")) << 1;
    QTest::newRow("key set relative")
        << ConfigurationUrl << QJsonValue(QStringLiteral("/keys")) << 1;
    QTest::newRow("key set missing") << ConfigurationUrl << QJsonValue() << 1;
    QTest::newRow("key set not a string") << ConfigurationUrl << QJsonValue(42) << 1;
}

void TestOpenIdKeyCache::refusesUnsafeConfigurationAddresses() {
    QFETCH(QUrl, configurationUrl);
    QFETCH(QJsonValue, jwksUri);
    QFETCH(int, requests);
    m_configuration.insert(QStringLiteral("jwks_uri"), jwksUri);
    if (jwksUri.isNull())
        m_configuration.remove(QStringLiteral("jwks_uri"));
    makeCache(configurationUrl);
    const KeyLookup lookup = findAndWait(QStringLiteral("k1"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Unavailable);
    QVERIFY(!lookup.error.isEmpty());
    QCOMPARE(m_network->requests.size(), requests);
}

void TestOpenIdKeyCache::checksTheSigningAlgorithms_data() {
    QTest::addColumn<QJsonValue>("algorithms");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("RS256") << QJsonValue(QJsonArray{QStringLiteral("RS256")}) << true;
    QTest::newRow("RSA256, as the Bot Framework publishes it")
        << QJsonValue(QJsonArray{QStringLiteral("RSA256")}) << true;
    QTest::newRow("not given") << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("HS256 only") << QJsonValue(QJsonArray{QStringLiteral("HS256")}) << false;
    QTest::newRow("none only") << QJsonValue(QJsonArray{QStringLiteral("none")}) << false;
    QTest::newRow("empty") << QJsonValue(QJsonArray()) << false;
    QTest::newRow("a string, not a list") << QJsonValue(QStringLiteral("RS256")) << false;
}

void TestOpenIdKeyCache::checksTheSigningAlgorithms() {
    QFETCH(QJsonValue, algorithms);
    QFETCH(bool, accepted);
    const QString name = QStringLiteral("id_token_signing_alg_values_supported");
    if (algorithms.isUndefined())
        m_configuration.remove(name);
    else
        m_configuration.insert(name, algorithms);
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome,
             accepted ? KeyLookup::Outcome::Found : KeyLookup::Outcome::Unavailable);
}

void TestOpenIdKeyCache::refusesBrokenAnswers_data() {
    QTest::addColumn<bool>("forKeySet");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error");
    const int none = int(QNetworkReply::NoError);
    QTest::newRow("configuration 500") << false << 500 << QByteArray("{}") << none;
    QTest::newRow("configuration redirected") << false << 302 << QByteArray() << none;
    QTest::newRow("configuration not JSON") << false << 200 << QByteArray("<html>") << none;
    QTest::newRow("configuration a JSON array") << false << 200 << QByteArray("[]") << none;
    QTest::newRow("configuration too large")
        << false << 200 << QByteArray(300 * 1024, ' ') + "{}" << none;
    QTest::newRow("connection refused")
        << false << 0 << QByteArray() << int(QNetworkReply::ConnectionRefusedError);
    QTest::newRow("key set 404") << true << 404 << QByteArray("{}") << none;
    QTest::newRow("key set without keys") << true << 200 << QByteArray("{}") << none;
    QTest::newRow("key set with an empty list")
        << true << 200 << QByteArray(R"({"keys":[]})") << none;
    QTest::newRow("key set keys not a list") << true << 200 << QByteArray(R"({"keys":{}})") << none;
}

void TestOpenIdKeyCache::refusesBrokenAnswers() {
    QFETCH(bool, forKeySet);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    m_override = [=](const RecordedRequest &request) -> std::optional<FakeResponse> {
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
    QCOMPARE(m_cache->keyCount(), 0);
}

QTEST_GUILESS_MAIN(TestOpenIdKeyCache)
#include "tst_openid_key_cache.moc"
