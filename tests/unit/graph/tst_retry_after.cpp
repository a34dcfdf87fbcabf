// Retry-After parsing and backoff bounds.
#include "core/graph/retry_policy.h"

#include <QRandomGenerator>
#include <QTest>
#include "support/test_columns.h"

using namespace moderato;
using std::chrono::milliseconds;

class TestRetryAfter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValues_data();
    void parsesValues();
    void parsesAllThreeHttpDateFormats_data();
    void parsesAllThreeHttpDateFormats();
    void backoffCeilingDoublesUpToTheCap();
    void backoffDelayStaysWithinZeroAndTheCeiling();
    void backoffDelayUsesTheWholeRange();
    void nextDelayIsTheOneRetryDecision();
};

static const QDateTime Now(QDate(2025, 2, 13), QTime(10, 0, 0), Qt::UTC);

void TestRetryAfter::parsesValues_data()
{
    testing::addColumns<QByteArray, bool, qint64>({"header", "hasValue", "expectedMs"});

    QTest::newRow("integer seconds") << QByteArray("10") << true << qint64(10000);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("decimal seconds (older Graph sample)") << QByteArray("2.128") << true << qint64(2128);
    QTest::newRow("decimal rounds up") << QByteArray("0.0001") << true << qint64(1);
    QTest::newRow("surrounding spaces") << QByteArray("  7 ") << true << qint64(7000);
    QTest::newRow("date 30 s ahead") << QByteArray("Thu, 13 Feb 2025 10:00:30 GMT") << true << qint64(30000);
    QTest::newRow("date in the past gives zero") << QByteArray("Thu, 13 Feb 2025 09:59:00 GMT") << true << qint64(0);
    QTest::newRow("empty") << QByteArray("") << false << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << false << qint64(0);
    QTest::newRow("number with unit") << QByteArray("10s") << false << qint64(0);
    QTest::newRow("trailing dot") << QByteArray("3.") << false << qint64(0);
    QTest::newRow("date without GMT") << QByteArray("Thu, 13 Feb 2025 10:00:30") << false << qint64(0);
    QTest::newRow("impossible date") << QByteArray("Thu, 31 Feb 2025 10:00:30 GMT") << false << qint64(0);
    QTest::newRow("bad month") << QByteArray("Thu, 13 Foo 2025 10:00:30 GMT") << false << qint64(0);
    QTest::newRow("ISO 8601 is not an HTTP date") << QByteArray("2025-02-13T10:00:30Z") << false << qint64(0);
}

void TestRetryAfter::parsesValues()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, hasValue);
    QFETCH(qint64, expectedMs);

    const auto delay = parseRetryAfter(header, Now);
    QCOMPARE(delay.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(delay->count(), expectedMs);
}

void TestRetryAfter::parsesAllThreeHttpDateFormats_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
}

void TestRetryAfter::parsesAllThreeHttpDateFormats()
{
    QFETCH(QByteArray, header);
    QCOMPARE(parseHttpDate(header), QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    const QDateTime before(QDate(1994, 11, 6), QTime(8, 49, 30), Qt::UTC);
    QCOMPARE(parseRetryAfter(header, before)->count(), 7000);
}

void TestRetryAfter::backoffCeilingDoublesUpToTheCap()
{
    const RetryPolicy policy; // base 1 s, cap 30 s
    QCOMPARE(backoffCeiling(0, policy), milliseconds(1000));
    QCOMPARE(backoffCeiling(1, policy), milliseconds(2000));
    QCOMPARE(backoffCeiling(2, policy), milliseconds(4000));
    QCOMPARE(backoffCeiling(4, policy), milliseconds(16000));
    QCOMPARE(backoffCeiling(5, policy), milliseconds(30000));
    QCOMPARE(backoffCeiling(60, policy), milliseconds(30000));
}

void TestRetryAfter::backoffDelayStaysWithinZeroAndTheCeiling()
{
    const RetryPolicy policy;
    QRandomGenerator random(42);
    for (int retry = 0; retry < 8; ++retry) {
        for (int i = 0; i < 500; ++i) {
            const milliseconds delay = backoffDelay(retry, policy, &random);
            QVERIFY2(delay.count() >= 0 && delay <= backoffCeiling(retry, policy),
                     qPrintable(QStringLiteral("retry %1: %2 ms").arg(retry).arg(delay.count())));
        }
    }
}

void TestRetryAfter::backoffDelayUsesTheWholeRange()
{
    // Full jitter: the delays spread over [0, ceiling], not bunched at the ceiling.
    const RetryPolicy policy;
    QRandomGenerator random(7);
    qint64 smallest = std::numeric_limits<qint64>::max();
    qint64 largest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = backoffDelay(3, policy, &random).count();
        smallest = qMin(smallest, delay);
        largest = qMax(largest, delay);
    }
    QVERIFY(smallest < 800);
    QVERIFY(largest > 7200);
}

void TestRetryAfter::nextDelayIsTheOneRetryDecision()
{
    RetryPolicy policy;
    policy.maxRetries = 2;
    // The service's Retry-After wins, up to maxRetryAfter; beyond it the request fails now.
    QCOMPARE(nextDelay(0, milliseconds(2500), policy), std::optional<milliseconds>(milliseconds(2500)));
    QCOMPARE(nextDelay(0, policy.maxRetryAfter, policy), std::optional<milliseconds>(policy.maxRetryAfter));
    QCOMPARE(nextDelay(0, policy.maxRetryAfter + milliseconds(1), policy), std::nullopt);
    // Retries used up: nothing, whatever the service said.
    QCOMPARE(nextDelay(2, milliseconds(10), policy), std::nullopt);
    QCOMPARE(nextDelay(2, std::nullopt, policy), std::nullopt);
    // Without Retry-After: the jittered backoff, from the policy's own random source, so that two
    // generators seeded alike give the same delays.
    QRandomGenerator first(11);
    QRandomGenerator second(11);
    policy.random = &first;
    const auto a0 = nextDelay(0, std::nullopt, policy);
    const auto a1 = nextDelay(1, std::nullopt, policy);
    policy.random = &second;
    QCOMPARE(nextDelay(0, std::nullopt, policy), a0);
    QCOMPARE(nextDelay(1, std::nullopt, policy), a1);
    QVERIFY(a0 && *a0 <= backoffCeiling(0, policy));
    QVERIFY(a1 && *a1 <= backoffCeiling(1, policy));
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retry_after.moc"
