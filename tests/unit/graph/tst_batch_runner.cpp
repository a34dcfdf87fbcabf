// BatchRunner: splitting into $batch requests of 20, matching answers by id, per-item retries
// after their own Retry-After, and whole-batch failures.
#include "core/graph/batch_runner.h"
#include "unit/graph/fake_graph_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace moderato;
using namespace testing;

namespace {

using ItemAnswer = std::function<QJsonObject(const QJsonObject &request)>;

//! Answers each $batch by calling \a answer per sub-request, returning the items in reverse
//! order (the format allows any order).
FakeNetwork::Handler batchHandler(ItemAnswer answer)
{
    return [answer](const RecordedRequest &sent) {
        const QJsonArray requests =
            QJsonDocument::fromJson(sent.body).object().value(QLatin1String("requests")).toArray();
        QJsonArray responses;
        for (const QJsonValue &request : requests) {
            QJsonObject response = answer(request.toObject());
            response.insert(QStringLiteral("id"), request.toObject().value(QLatin1String("id")));
            responses.prepend(response);
        }
        return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson());
    };
}

QJsonObject status(int code, const QJsonObject &headers = {}, const QJsonValue &body = {})
{
    QJsonObject response{{QStringLiteral("status"), code}, {QStringLiteral("headers"), headers}};
    if (!body.isUndefined())
        response.insert(QStringLiteral("body"), body);
    return response;
}

QString participantOf(const QJsonObject &request)
{
    return request.value(QLatin1String("url")).toString().section(QLatin1Char('/'), 5, 5);
}

} // namespace

class TestBatchRunner : public QObject, public FakeGraphClient
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void splitsIntoBatchesOfTwenty();
    void matchesAnswersById();
    void throttledItemsAreRetriedAfterTheirOwnRetryAfter();
    void throttledItemsGiveUpAfterTheRetryBudget();
    void itemsRefusedWith401AreSentOnceMoreWithANewToken();
    void itemsRefusedWith401TwiceFail();
    void outerBadRequestFailsEveryItem();
    void outerConnectionFailureOfIdempotentItemsIsRetried();
    void missingAnswerIsInvalidResponse();
    void muteItemsCarryBodyAndContentType();
    void invalidAndDuplicateItemsFailAlone();
    void emptyRunnerFinishes();

private:
    void runAll(BatchRunner &runner);
};

void TestBatchRunner::init()
{
    setUp();
}

void TestBatchRunner::cleanup()
{
    tearDown();
}

void TestBatchRunner::runAll(BatchRunner &runner)
{
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
}

void TestBatchRunner::splitsIntoBatchesOfTwenty()
{
    m_nam->handler = batchHandler([](const QJsonObject &) { return status(204); });
    BatchRunner runner(m_client);
    for (int i = 0; i < 45; ++i)
        runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p%1").arg(i)));
    QSignalSpy items(&runner, &BatchRunner::itemFinished);
    runAll(runner);

    QCOMPARE(m_nam->requests.size(), 3);
    QList<int> sizes;
    for (const auto &sent : std::as_const(m_nam->requests)) {
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/$batch"));
        const QJsonArray requests = QJsonDocument::fromJson(sent.body).object()[QLatin1String("requests")].toArray();
        sizes << int(requests.size());
        for (int n = 0; n < requests.size(); ++n) {
            QCOMPARE(requests.at(n)[QLatin1String("id")].toString(), QString::number(n + 1));
            QCOMPARE(requests.at(n)[QLatin1String("method")].toString(), QStringLiteral("DELETE"));
            QVERIFY(requests.at(n)[QLatin1String("url")].toString().startsWith(
                QLatin1String("/communications/calls/c1/participants/p")));
        }
    }
    QCOMPARE(sizes, (QList<int>{20, 20, 5}));
    QCOMPARE(items.size(), 45);
    QCOMPARE(runner.results().size(), 45);
    for (const BatchItemResult &result : runner.results()) {
        QVERIFY(result.ok());
        QCOMPARE(result.status, 204);
    }
    QCOMPARE(runner.batchesSent(), 3);
}

void TestBatchRunner::matchesAnswersById()
{
    m_nam->handler = batchHandler([](const QJsonObject &request) {
        const QString participant = participantOf(request);
        if (participant == QLatin1String("gone"))
            return status(404, {},
                          QJsonObject{{QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("code"), QStringLiteral("itemNotFound")}}}});
        if (participant == QLatin1String("denied"))
            return status(403, {{QStringLiteral("request-id"), QStringLiteral("r-403")}},
                          QJsonObject{{QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("code"), QStringLiteral("Forbidden")},
                                                   {QStringLiteral("message"), QStringLiteral("Not allowed")}}}});
        return status(204);
    });
    BatchRunner runner(m_client);
    for (const char *id : {"ok1", "gone", "denied", "ok2"})
        runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QString::fromLatin1(id)));
    runAll(runner);
    const auto results = runner.results();
    QVERIFY(results.value(QStringLiteral("ok1")).ok());
    QVERIFY(results.value(QStringLiteral("ok2")).ok());
    QCOMPARE(results.value(QStringLiteral("gone")).error.httpStatus, 404);
    QCOMPARE(results.value(QStringLiteral("gone")).error.code, QStringLiteral("itemNotFound"));
    QCOMPARE(results.value(QStringLiteral("denied")).error.httpStatus, 403);
    QCOMPARE(results.value(QStringLiteral("denied")).error.requestId, QStringLiteral("r-403"));
}

void TestBatchRunner::throttledItemsAreRetriedAfterTheirOwnRetryAfter()
{
    QHash<QString, int> seen;
    m_nam->handler = batchHandler([&seen](const QJsonObject &request) {
        const QString participant = participantOf(request);
        if (participant.startsWith(QLatin1String("slow")) && seen[participant]++ == 0)
            return status(429, {{QStringLiteral("Retry-After"), QStringLiteral("0.2")}});
        return status(204);
    });
    BatchRunner runner(m_client);
    for (const char *id : {"a", "slow1", "b", "slow2"})
        runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QString::fromLatin1(id)));
    QElapsedTimer clock;
    clock.start();
    runAll(runner);
    QVERIFY(clock.elapsed() >= 190);
    QCOMPARE(m_nam->requests.size(), 2); // both throttled items in one later batch
    const QJsonArray second =
        QJsonDocument::fromJson(m_nam->requests.at(1).body).object()[QLatin1String("requests")].toArray();
    QCOMPARE(second.size(), 2);
    const auto results = runner.results();
    QVERIFY(results.value(QStringLiteral("slow1")).ok());
    QCOMPARE(results.value(QStringLiteral("slow1")).attempts, 2);
    QCOMPARE(results.value(QStringLiteral("a")).attempts, 1);
}

void TestBatchRunner::throttledItemsGiveUpAfterTheRetryBudget()
{
    m_nam->handler = batchHandler([](const QJsonObject &) {
        return status(429, {{QStringLiteral("Retry-After"), QStringLiteral("0.01")}});
    });
    BatchRunner runner(m_client);
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runAll(runner);
    const BatchItemResult result = runner.results().value(QStringLiteral("p1"));
    QCOMPARE(result.error.httpStatus, 429);
    QCOMPARE(result.attempts, m_client->retryPolicy().maxRetries + 1);
    QCOMPARE(m_nam->requests.size(), m_client->retryPolicy().maxRetries + 1);
}

void TestBatchRunner::itemsRefusedWith401AreSentOnceMoreWithANewToken()
{
    // Graph checks the token per item: an expired one is a 200 whose items are all 401.
    QStringList tokensSeen;
    m_nam->handler = [&tokensSeen](const RecordedRequest &sent) {
        const QString token = QString::fromLatin1(sent.request.rawHeader("Authorization"));
        tokensSeen.append(token);
        const bool expired = token == QLatin1String("Bearer token-1");
        return batchHandler([expired](const QJsonObject &) {
            return expired ? status(401, {},
                                    QJsonObject{{QStringLiteral("error"),
                                                 QJsonObject{{QStringLiteral("code"),
                                                              QStringLiteral("InvalidAuthenticationToken")}}}})
                           : status(204);
        })(sent);
    };
    BatchRunner runner(m_client);
    BatchItem invite = BatchItem::muteParticipant(QStringLiteral("c1"), QStringLiteral("m1"));
    invite.idempotent = false; // a 401 means Graph acted on nothing, so even this is resent
    runner.addItem(invite);
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runAll(runner);
    QCOMPARE(tokensSeen, (QStringList{QStringLiteral("Bearer token-1"), QStringLiteral("Bearer token-2")}));
    QCOMPARE(m_tokens->invalidated, QStringList{QStringLiteral("token-1")});
    const auto results = runner.results();
    QVERIFY(results.value(QStringLiteral("m1")).ok());
    QVERIFY(results.value(QStringLiteral("p1")).ok());
    QCOMPARE(results.value(QStringLiteral("p1")).attempts, 2);
}

void TestBatchRunner::itemsRefusedWith401TwiceFail()
{
    m_nam->handler = batchHandler([](const QJsonObject &) { return status(401); });
    BatchRunner runner(m_client);
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runAll(runner);
    const BatchItemResult result = runner.results().value(QStringLiteral("p1"));
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY(!result.error.userMessage().isEmpty());
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestBatchRunner::outerBadRequestFailsEveryItem()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(400, R"({"error":{"code":"BadRequest","message":"Invalid batch payload."}})");
    };
    BatchRunner runner(m_client);
    for (int i = 0; i < 3; ++i)
        runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p%1").arg(i)));
    runAll(runner);
    QCOMPARE(m_nam->requests.size(), 1);
    for (const BatchItemResult &result : runner.results()) {
        QCOMPARE(result.error.kind, GraphError::Kind::Http);
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.error.code, QStringLiteral("BadRequest"));
    }
    QCOMPARE(runner.results().size(), 3);
}

void TestBatchRunner::outerConnectionFailureOfIdempotentItemsIsRetried()
{
    int calls = 0;
    const auto answer = batchHandler([](const QJsonObject &) { return status(204); });
    m_nam->handler = [&](const RecordedRequest &sent) {
        return ++calls == 1 ? FakeResponse::dropped(true) : answer(sent);
    };
    BatchRunner runner(m_client);
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runAll(runner);
    QCOMPARE(m_nam->requests.size(), 2);
    QVERIFY(runner.results().value(QStringLiteral("p1")).ok());
}

void TestBatchRunner::missingAnswerIsInvalidResponse()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, R"({"responses":[{"id":"1","status":204}]})");
    };
    BatchRunner runner(m_client);
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p2")));
    runAll(runner);
    QVERIFY(runner.results().value(QStringLiteral("p1")).ok());
    QCOMPARE(runner.results().value(QStringLiteral("p2")).error.kind, GraphError::Kind::InvalidResponse);
}

void TestBatchRunner::muteItemsCarryBodyAndContentType()
{
    m_nam->handler = batchHandler([](const QJsonObject &) {
        return status(200, {}, QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}});
    });
    BatchRunner runner(m_client);
    runner.addItem(BatchItem::muteParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runAll(runner);
    const QJsonObject item = QJsonDocument::fromJson(m_nam->requests.first().body)
                                 .object()[QLatin1String("requests")]
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(item[QLatin1String("method")].toString(), QStringLiteral("POST"));
    QCOMPARE(item[QLatin1String("url")].toString(), QStringLiteral("/communications/calls/c1/participants/p1/mute"));
    QCOMPARE(item[QLatin1String("headers")][QLatin1String("Content-Type")].toString(),
             QStringLiteral("application/json"));
    QVERIFY(!item[QLatin1String("body")][QLatin1String("clientContext")].toString().isEmpty());
    QCOMPARE(runner.results().value(QStringLiteral("p1")).body[QLatin1String("status")].toString(),
             QStringLiteral("completed"));
}

void TestBatchRunner::invalidAndDuplicateItemsFailAlone()
{
    m_nam->handler = batchHandler([](const QJsonObject &) { return status(204); });
    BatchRunner runner(m_client);
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("p1")));
    runner.addItem(BatchItem::removeParticipant(QStringLiteral("c1"), QStringLiteral("..")));
    QSignalSpy items(&runner, &BatchRunner::itemFinished);
    runAll(runner);
    QCOMPARE(items.size(), 3);
    const QJsonArray sent =
        QJsonDocument::fromJson(m_nam->requests.first().body).object()[QLatin1String("requests")].toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(runner.results().value(QStringLiteral("..")).error.kind, GraphError::Kind::InvalidRequest);
}

void TestBatchRunner::emptyRunnerFinishes()
{
    BatchRunner runner(m_client);
    runAll(runner);
    QCOMPARE(m_nam->requests.size(), 0);
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batch_runner.moc"
