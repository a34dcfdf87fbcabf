// GraphClient's rate limiter: concurrency cap, user actions ahead of background polling, and a
// 429 pausing everything queued until its Retry-After.
#include "core/graph/call_requests.h"
#include "core/graph/graph_client.h"
#include "unit/graph/fake_graph_client.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace moderato;
using namespace testing;

namespace {

const QUrl Root = FakeGraphRoot;
const QDateTime FixedNow(QDate(2025, 2, 13), QTime(10, 0, 0), Qt::UTC);

QByteArray callBody(const QString &id)
{
    return QStringLiteral("{\"id\":\"%1\"}").arg(id).toLatin1();
}

QString callIdOf(const RecordedRequest &request)
{
    return request.url.path().section(QLatin1Char('/'), -1);
}

} // namespace

class TestRateLimiter : public QObject, public FakeGraphClient
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void defaultConcurrencyIsFour();
    void neverMoreThanTheLimitInFlight();
    void userActionsGoAheadOfBackgroundPolling();
    void throttlingPausesEveryQueuedRequest();
    void throttlingUntilAnHttpDateUsesTheInjectedClock();
    void serviceUnavailableWithoutRetryAfterDoesNotPauseOthers();
    void destroyingTheClientCancelsEveryRequest();

private:
    QList<GetCallRequest *> sendMany(const QStringList &ids, GraphClient::Priority priority);
};

void TestRateLimiter::init()
{
    setUp(false);
    m_client->setClock([] { return FixedNow; });
}

void TestRateLimiter::cleanup()
{
    tearDown();
}

QList<GetCallRequest *> TestRateLimiter::sendMany(const QStringList &ids, GraphClient::Priority priority)
{
    QList<GetCallRequest *> requests;
    for (const QString &id : ids) {
        auto *request = new GetCallRequest(id, this);
        request->setAutoDelete(false);
        m_client->send(request, priority);
        requests.append(request);
    }
    return requests;
}

void TestRateLimiter::defaultConcurrencyIsFour()
{
    QCOMPARE(m_client->maxConcurrentRequests(), 4);
}

void TestRateLimiter::neverMoreThanTheLimitInFlight()
{
    int inFlight = 0;
    int highest = 0;
    m_nam->handler = [&](const RecordedRequest &sent) {
        highest = qMax(highest, ++inFlight);
        FakeResponse response = FakeResponse::json(200, callBody(callIdOf(sent)));
        response.delayMs = 20;
        return response;
    };
    QList<GetCallRequest *> requests;
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << QStringLiteral("c%1").arg(i);
    requests = sendMany(ids, GraphClient::Priority::User);
    for (auto *request : std::as_const(requests))
        connect(request, &GraphRequest::finished, this, [&inFlight] { --inFlight; });
    QTRY_VERIFY(std::all_of(requests.begin(), requests.end(), [](auto *r) { return r->isSucceeded(); }));
    QCOMPARE(highest, 4);
    QCOMPARE(m_nam->requests.size(), 12);
    QTRY_COMPARE(m_client->activeRequestCount(), 0);
    qDeleteAll(requests);
}

void TestRateLimiter::userActionsGoAheadOfBackgroundPolling()
{
    m_client->setMaxConcurrentRequests(1);
    m_nam->handler = [](const RecordedRequest &sent) {
        FakeResponse response = FakeResponse::json(200, callBody(callIdOf(sent)));
        response.delayMs = 10;
        return response;
    };
    auto blocker = sendMany({QStringLiteral("first")}, GraphClient::Priority::Background);
    auto background = sendMany({QStringLiteral("poll1"), QStringLiteral("poll2")}, GraphClient::Priority::Background);
    auto user = sendMany({QStringLiteral("remove1"), QStringLiteral("remove2")}, GraphClient::Priority::User);
    QTRY_COMPARE(m_nam->requests.size(), 5);
    QTRY_VERIFY(background.last()->isFinished());

    QStringList order;
    for (const auto &sent : std::as_const(m_nam->requests))
        order << callIdOf(sent);
    QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("remove1"), QStringLiteral("remove2"),
                                 QStringLiteral("poll1"), QStringLiteral("poll2")}));
    qDeleteAll(blocker + background + user);
}

void TestRateLimiter::throttlingPausesEveryQueuedRequest()
{
    QElapsedTimer elapsed;
    QList<qint64> sentAt;
    int calls = 0;
    m_nam->handler = [&](const RecordedRequest &sent) {
        sentAt.append(elapsed.elapsed());
        if (++calls == 1)
            return FakeResponse::json(429, R"({"error":{"code":"TooManyRequests","message":"slow down"}})",
                                      {{"Retry-After", "0.3"}});
        return FakeResponse::json(200, callBody(callIdOf(sent)));
    };
    QSignalSpy throttled(m_client, &GraphClient::throttled);
    QSignalSpy ended(m_client, &GraphClient::throttleEnded);
    elapsed.start();
    auto first = sendMany({QStringLiteral("a")}, GraphClient::Priority::User);
    QTRY_COMPARE(throttled.size(), 1);
    QVERIFY(m_client->isThrottled());
    QCOMPARE(throttled.first().first().toDateTime(), FixedNow.addMSecs(300));
    QCOMPARE(m_client->throttledUntil(), FixedNow.addMSecs(300));

    // Sent while paused: held back although slots are free.
    auto later = sendMany({QStringLiteral("b"), QStringLiteral("c")}, GraphClient::Priority::User);
    QTest::qWait(100);
    QCOMPARE(m_nam->requests.size(), 1);

    QTRY_VERIFY(later.last()->isSucceeded());
    QVERIFY(first.first()->isSucceeded());
    QCOMPARE(ended.size(), 1);
    QVERIFY(!m_client->isThrottled());
    QCOMPARE(m_nam->requests.size(), 4);
    for (int i = 1; i < sentAt.size(); ++i)
        QVERIFY2(sentAt.at(i) >= 290, qPrintable(QString::number(sentAt.at(i))));
    QCOMPARE(callIdOf(m_nam->requests.at(1)),
             QStringLiteral("a")); // the throttled one goes first again
    qDeleteAll(first + later);
}

void TestRateLimiter::throttlingUntilAnHttpDateUsesTheInjectedClock()
{
    int calls = 0;
    m_nam->handler = [&](const RecordedRequest &sent) {
        if (++calls == 1)
            return FakeResponse::json(429, "{}", {{"Retry-After", "Thu, 13 Feb 2025 10:00:01 GMT"}});
        return FakeResponse::json(200, callBody(callIdOf(sent)));
    };
    QSignalSpy throttled(m_client, &GraphClient::throttled);
    auto requests = sendMany({QStringLiteral("a")}, GraphClient::Priority::Background);
    QTRY_COMPARE(throttled.size(), 1);
    QCOMPARE(throttled.first().first().toDateTime(), FixedNow.addSecs(1));
    QTRY_VERIFY_WITH_TIMEOUT(requests.first()->isSucceeded(), 3000);
    QCOMPARE(m_nam->requests.size(), 2);
    qDeleteAll(requests);
}

void TestRateLimiter::serviceUnavailableWithoutRetryAfterDoesNotPauseOthers()
{
    RetryPolicy slow;
    slow.backoffBase = std::chrono::milliseconds(400);
    slow.backoffCap = std::chrono::milliseconds(400);
    m_client->setRetryPolicy(slow);
    int calls = 0;
    m_nam->handler = [&](const RecordedRequest &sent) {
        if (callIdOf(sent) == QLatin1String("flaky") && ++calls == 1)
            return FakeResponse::json(503, "{}");
        return FakeResponse::json(200, callBody(callIdOf(sent)));
    };
    QSignalSpy throttled(m_client, &GraphClient::throttled);
    auto flaky = sendMany({QStringLiteral("flaky")}, GraphClient::Priority::User);
    // Backoff has full jitter: the retry may already have gone out when this looks.
    QTRY_VERIFY(!m_nam->requests.isEmpty());
    auto other = sendMany({QStringLiteral("other")}, GraphClient::Priority::User);
    QTRY_VERIFY_WITH_TIMEOUT(other.first()->isSucceeded(), 300);
    QVERIFY(!flaky.first()->isFinished() || m_nam->requests.size() == 3);
    QCOMPARE(throttled.size(), 0);
    QTRY_VERIFY(flaky.first()->isSucceeded());
    qDeleteAll(flaky + other);
}

void TestRateLimiter::destroyingTheClientCancelsEveryRequest()
{
    m_client->setMaxConcurrentRequests(1);
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response;
        response.hang = true;
        return response;
    };
    auto requests = sendMany({QStringLiteral("a"), QStringLiteral("b")}, GraphClient::Priority::User);
    QTRY_COMPARE(m_nam->requests.size(), 1);
    // A third request deletes itself when finished, as the application's requests do.
    QPointer<GetCallRequest> autoDeleting = new GetCallRequest(QStringLiteral("c"));
    m_client->send(autoDeleting);
    QSignalSpy inFlightFailed(requests.first(), &GraphRequest::failed);
    QSignalSpy queuedFailed(requests.last(), &GraphRequest::failed);
    delete m_client;
    m_client = nullptr;
    QCOMPARE(inFlightFailed.size(), 1);
    QCOMPARE(requests.first()->error().kind, GraphError::Kind::Cancelled);
    QCOMPARE(queuedFailed.size(), 1);
    QCOMPARE(requests.last()->error().kind, GraphError::Kind::Cancelled);
    QTRY_VERIFY(autoDeleting.isNull());
    requests.first()->abort(); // finished already: nothing happens
    QCOMPARE(inFlightFailed.size(), 1);
    qDeleteAll(requests);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
