// The signing-key cache against a scripted network: what it fetches, when it fetches again, and
// which keys it keeps.
#include "unit/notifications/key_cache_fixture.h"

using namespace moderato;
using namespace testing;

class TestOpenIdKeyCache : public KeyCacheTest
{
    Q_OBJECT
private Q_SLOTS:
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
};

void TestOpenIdKeyCache::fetchesTheConfigurationThenTheKeySet()
{
    makeCache();
    const Answer first = find(QStringLiteral("k1"));
    QVERIFY(!first.lookup); // it has to fetch first
    QTRY_VERIFY(!cache->isFetching());
    QCOMPARE(network->requests.size(), 2);
    QCOMPARE(network->requests.at(0).url, ConfigurationUrl);
    QCOMPARE(network->requests.at(1).url.toString(), KeysUrl);
    QVERIFY(network->requests.at(0).request.header(QNetworkRequest::UserAgentHeader).isValid());
    const KeyLookup lookup = findAndWait(QStringLiteral("k1"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Found);
    QVERIFY(lookup.key);
    QCOMPARE(lookup.key->bits(), 2048);
}

void TestOpenIdKeyCache::answersCachedKeysAtOnceWithoutFetching()
{
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    now = now.addSecs(3600);
    const Answer again = find(QStringLiteral("k1"));
    QVERIFY(again.immediate);
    QCOMPARE(again.lookup->outcome, KeyLookup::Outcome::Found);
    QCOMPARE(network->requests.size(), 2);
    QCOMPARE(cache->fetchCount(), 1);
}

void TestOpenIdKeyCache::lookupsDuringAFetchShareIt()
{
    makeCache();
    int answered = 0;
    for (int i = 0; i < 3; ++i)
        cache->findKey(QStringLiteral("k1"), [&answered](const KeyLookup &lookup) {
            answered += lookup.outcome == KeyLookup::Outcome::Found ? 1 : 0;
        });
    QTRY_COMPARE(answered, 3);
    QCOMPARE(cache->fetchCount(), 1);
    QCOMPARE(requestsTo(KeysUrl), 1);
}

void TestOpenIdKeyCache::fetchesAgainForAnUnknownKeyAndFindsIt()
{
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    keys.append(TestRsaKey(2048).jwk(QStringLiteral("k2")));
    now = now.addSecs(61);
    const KeyLookup lookup = findAndWait(QStringLiteral("k2"));
    QCOMPARE(lookup.outcome, KeyLookup::Outcome::Found);
    QCOMPARE(cache->fetchCount(), 2);
    QCOMPARE(cache->keyCount(), 2);
}

void TestOpenIdKeyCache::fetchesAgainAtMostOncePerInterval()
{
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    now = now.addSecs(61);
    QCOMPARE(findAndWait(QStringLiteral("made-up-1")).outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(cache->fetchCount(), 2);

    now = now.addSecs(59);
    const Answer throttled = find(QStringLiteral("made-up-2"));
    QVERIFY(throttled.immediate);
    QCOMPARE(throttled.lookup->outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(cache->fetchCount(), 2);
    QCOMPARE(network->requests.size(), 4);

    now = now.addSecs(1);
    QCOMPARE(findAndWait(QStringLiteral("made-up-3")).outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(cache->fetchCount(), 3);
}

void TestOpenIdKeyCache::theFirstFetchCountsTowardsTheInterval()
{
    makeCache().setRefetchInterval(std::chrono::seconds(10));
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    now = now.addSecs(9);
    QVERIFY(find(QStringLiteral("k2")).immediate);
    now = now.addSecs(1);
    QVERIFY(!find(QStringLiteral("k2")).immediate);
    QCOMPARE(cache->fetchCount(), 2);
}

void TestOpenIdKeyCache::aSuccessfulFetchForgetsWithdrawnKeys()
{
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    keys = QJsonArray{TestRsaKey(2048).jwk(QStringLiteral("k2"))};
    now = now.addSecs(61);
    QCOMPARE(findAndWait(QStringLiteral("k2")).outcome, KeyLookup::Outcome::Found);
    const Answer withdrawn = find(QStringLiteral("k1"));
    QVERIFY(withdrawn.immediate);
    QCOMPARE(withdrawn.lookup->outcome, KeyLookup::Outcome::UnknownKey);
}

void TestOpenIdKeyCache::fetchesAgainWhenTheKeysAreOlderThanTheMaximumAge()
{
    makeCache().setMaximumAge(std::chrono::hours(1));
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    now = now.addSecs(3599);
    QVERIFY(find(QStringLiteral("k1")).immediate);
    now = now.addSecs(1);
    QVERIFY(!find(QStringLiteral("k1")).immediate);
    QTRY_VERIFY(!cache->isFetching());
    QCOMPARE(cache->fetchCount(), 2);
}

void TestOpenIdKeyCache::aFailedFetchKeepsTheKeysItHad()
{
    makeCache().setMaximumAge(std::chrono::hours(1));
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    replaceAnswer = [](const RecordedRequest &) { return FakeResponse::json(503, "{}"); };
    now = now.addSecs(7200);
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    QCOMPARE(cache->fetchCount(), 2);
    QCOMPARE(findAndWait(QStringLiteral("k9")).outcome, KeyLookup::Outcome::UnknownKey);
}

void TestOpenIdKeyCache::skipsUnusableKeysAndKeepsTheOthers()
{
    QJsonObject noKid = TestRsaKey(2048).jwk(QString());
    noKid.remove(QStringLiteral("kid"));
    QJsonObject encryption = TestRsaKey(2048).jwk(QStringLiteral("enc"));
    encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
    keys = QJsonArray{
        TestRsaKey(1024).jwk(QStringLiteral("short")),
        noKid,
        encryption,
        QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("kid"), QStringLiteral("ec")}},
        QStringLiteral("not a key"),
        signingKey().jwk(QStringLiteral("k1"))};
    makeCache();
    QCOMPARE(findAndWait(QStringLiteral("k1")).outcome, KeyLookup::Outcome::Found);
    QCOMPARE(cache->keyCount(), 1);
    QCOMPARE(find(QStringLiteral("short")).lookup->outcome, KeyLookup::Outcome::UnknownKey);
    QCOMPARE(find(QStringLiteral("enc")).lookup->outcome, KeyLookup::Outcome::UnknownKey);
}

QTEST_GUILESS_MAIN(TestOpenIdKeyCache)
#include "tst_openid_key_cache.moc"
