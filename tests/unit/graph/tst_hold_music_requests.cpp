// The two hold-music requests against a scripted network: method, path, the documented body
// without a customPrompt, reading the 202's operation, and never a second attempt once the
// request may have reached Graph.
#include "core/graph/hold_music_requests.h"
#include "unit/graph/graph_request_fixture.h"

#include <memory>
#include "support/test_columns.h"

class TestHoldMusicRequests : public RequestTest
{
    Q_OBJECT
private Q_SLOTS:
    void postsClientContextOnlyToTheParticipantsAction_data();
    void postsClientContextOnlyToTheParticipantsAction();
    void startReadsTheRunningOperationOfTheDocumentation();
    void stopReadsTheCompletedOperationOfTheDocumentation();
    void neverRepeatedAfterATimeout_data();
    void neverRepeatedAfterATimeout();
    void neverRepeatedAfterTheConnectionDropped_data();
    void neverRepeatedAfterTheConnectionDropped();
    void aRefusalIsAnHttpError();

private:
    static std::unique_ptr<HoldMusicRequest> make(bool start)
    {
        if (start)
            return std::make_unique<StartHoldMusicRequest>(QStringLiteral("c1"), QStringLiteral("p1"));
        return std::make_unique<StopHoldMusicRequest>(QStringLiteral("c1"), QStringLiteral("p1"));
    }
    static void addStartStop()
    {
        QTest::addColumn<bool>("start");
        QTest::newRow("startHoldMusic") << true;
        QTest::newRow("stopHoldMusic") << false;
    }
};

void TestHoldMusicRequests::postsClientContextOnlyToTheParticipantsAction_data()
{
    testing::addColumns<bool, QString>({"start", "action"});
    QTest::newRow("startHoldMusic") << true << QStringLiteral("startHoldMusic");
    QTest::newRow("stopHoldMusic") << false << QStringLiteral("stopHoldMusic");
}

void TestHoldMusicRequests::postsClientContextOnlyToTheParticipantsAction()
{
    QFETCH(bool, start);
    QFETCH(QString, action);
    m_nam->handler = [start](const RecordedRequest &) {
        return FakeResponse::json(202,
                                  graphExample(start ? QStringLiteral("participant-startholdmusic.response.1.json")
                                                     : QStringLiteral("participant-stopholdmusic.response.1.json")));
    };
    auto request = make(start);
    QVERIFY(!request->isIdempotent());
    QVERIFY(run(*m_client, request.get()));
    QCOMPARE(m_nam->requests.size(), 1);
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.verb, QByteArray("POST"));
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/communications/calls/c1/participants/p1/") + action);
    QVERIFY(sent.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = bodyOf(sent);
    // The documented body without the optional customPrompt: Teams plays its own hold music.
    QCOMPARE(body.keys(), QStringList{QStringLiteral("clientContext")});
    QCOMPARE(body.value(QLatin1String("clientContext")).toString(), request->clientContext());
    QVERIFY(!request->clientContext().isEmpty());
    QCOMPARE(request->participantId(), QStringLiteral("p1"));
    QCOMPARE(request->httpStatus(), 202);
}

void TestHoldMusicRequests::startReadsTheRunningOperationOfTheDocumentation()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(202, graphExample(QStringLiteral("participant-startholdmusic.response.1.json")),
                                  {{"Location", "https://graph.example.test/v1.0/communications/calls/c1/operations/"
                                                "0fe0623f-d628-42ed-b4bd-8ac290072cc5"}});
    };
    StartHoldMusicRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.operation().value(QLatin1String("status")).toString(), QStringLiteral("running"));
    QCOMPARE(request.operation().value(QLatin1String("id")).toString(),
             QStringLiteral("0fe0623f-d628-42ed-b4bd-8ac290072cc5"));
    QCOMPARE(request.operation().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.startHoldMusicOperation"));
}

void TestHoldMusicRequests::stopReadsTheCompletedOperationOfTheDocumentation()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(202, graphExample(QStringLiteral("participant-stopholdmusic.response.1.json")));
    };
    StopHoldMusicRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.operation().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QVERIFY(request.operation().value(QLatin1String("resultInfo")).isNull());
}

void TestHoldMusicRequests::neverRepeatedAfterATimeout_data()
{
    addStartStop();
}

void TestHoldMusicRequests::neverRepeatedAfterATimeout()
{
    QFETCH(bool, start);
    m_client->setTransferTimeout(std::chrono::milliseconds(50));
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response;
        response.hang = true;
        return response;
    };
    auto request = make(start);
    QVERIFY(!run(*m_client, request.get()));
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(request->error().kind, GraphError::Kind::OutcomeUnknown);
}

void TestHoldMusicRequests::neverRepeatedAfterTheConnectionDropped_data()
{
    addStartStop();
}

void TestHoldMusicRequests::neverRepeatedAfterTheConnectionDropped()
{
    QFETCH(bool, start);
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::dropped(true); };
    auto request = make(start);
    QVERIFY(!run(*m_client, request.get()));
    QCOMPARE(m_nam->count("POST"), 1);
    QCOMPARE(request->error().kind, GraphError::Kind::OutcomeUnknown);
}

void TestHoldMusicRequests::aRefusalIsAnHttpError()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            400, R"({"error":{"code":"BadRequest","message":"Only one participant can be on hold."}})");
    };
    StartHoldMusicRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::Http);
    QCOMPARE(request.error().httpStatus, 400);
    QCOMPARE(request.error().code, QStringLiteral("BadRequest"));
}

QTEST_GUILESS_MAIN(TestHoldMusicRequests)
#include "tst_hold_music_requests.moc"
