// The Graph requests, $batch, retries and token refresh end to end against the simulator.
#include "core/graph/batch_runner.h"
#include "core/graph/participant_requests.h"
#include "core/graph/call_requests.h"
#include "core/graph/get_operation_request.h"
#include "core/graph/invite_participants_request.h"
#include "core/graph/join_meeting_request.h"
#include "core/graph/list_participants_request.h"
#include "core/graph/user_requests.h"
#include "integration/graph/sim_fixture.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace itest;

namespace {

QJsonObject fault(const char *method, const QString &path, const QJsonObject &effects)
{
    QJsonObject rule{{QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("path"), path}};
    for (auto it = effects.begin(); it != effects.end(); ++it)
        rule.insert(it.key(), it.value());
    return rule;
}

const QString ParticipantsPath = QStringLiteral("/v1.0/communications/calls/*/participants");
const QString OneParticipantPath = QStringLiteral("/v1.0/communications/calls/*/participants/*");

QString httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) + QLatin1String(" GMT");
}

QList<int> statuses(const QJsonArray &entries)
{
    QList<int> result;
    for (const QJsonValue &entry : entries)
        result << (entry[QLatin1String("status")].isNull() ? 0 : entry[QLatin1String("status")].toInt());
    return result;
}

} // namespace

class TestGraphAgainstSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getsTheCall();
    void unknownCallIsNotFound();
    void listsTheRoster();
    void followsPagesOfTheRoster();
    void flagsARosterCappedAtOneHundred();
    void getsOneParticipant();
    void removesAParticipantThenReportsAlreadyGone();
    void invitesWithTheDocumentedAnswer();
    void getsTheInvitationOperation();
    void operationNotGettableIsNotAvailable();
    void mutesAParticipant();
    void joinsAMeeting();
    void searchesTheDirectory();
    void removesFortyFiveInThreeBatches();
    void throttledItemsInABatchAreRetried();
    void throttledRequestWaitsForRetryAfterSeconds();
    void throttledRequestWaitsForRetryAfterDate();
    void expiredTokenIsRefreshedOnceAndTheRequestReplayed();
    void inviteWhoseConnectionDropsAfterSendingIsNotRepeated();
    void deleteWhoseConnectionDropsIsRetried_data();
    void deleteWhoseConnectionDropsIsRetried();
    void unreadableAnswersAreReported_data();
    void unreadableAnswersAreReported();
    void cutOffRosterIsFetchedAgain();
};

void TestGraphAgainstSimulator::getsTheCall()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    GetCallRequest request(Call);
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QCOMPARE(request.call().value(QLatin1String("id")).toString(), Call);
    QCOMPARE(request.call().value(QLatin1String("state")).toString(), QStringLiteral("established"));
    QVERIFY(!request.requestId().isEmpty());

    const QJsonArray gets = sim.logEntries(QStringLiteral("GET"), QStringLiteral("/v1.0/communications/calls/") + Call);
    QCOMPARE(gets.size(), 1);
    const QJsonObject headers = gets.first()[QLatin1String("headers")].toObject();
    QVERIFY(headers.value(QLatin1String("authorization")).toString().startsWith(QLatin1String("Bearer ")));
    QCOMPARE(headers.value(QLatin1String("client-request-id")).toString(), request.clientRequestId());
    QVERIFY(headers.value(QLatin1String("user-agent")).toString().startsWith(QLatin1String("Moderato/")));
}

void TestGraphAgainstSimulator::unknownCallIsNotFound()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    GetCallRequest request(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QVERIFY(!sim.run(&request));
    QCOMPARE(request.error().kind, GraphError::Kind::Http);
    QCOMPARE(request.error().httpStatus, 404);
    QVERIFY(!request.error().code.isEmpty());
    QVERIFY(!request.error().requestId.isEmpty());
}

void TestGraphAgainstSimulator::listsTheRoster()
{
    SimFixture sim(scenario(7));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    ListParticipantsRequest request(Call);
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QVERIFY(request.participants().size() >= 7); // the scenario's people, and the bot if the simulator lists it
    QCOMPARE(request.pageBodies().size(), 1);
    QVERIFY(!request.mayBeIncomplete());
}

void TestGraphAgainstSimulator::followsPagesOfTheRoster()
{
    SimFixture sim(scenario(25, {{QStringLiteral("pageSize"), 10}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    ListParticipantsRequest request(Call);
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QSet<QString> ids;
    for (const QJsonValue &p : request.participants())
        ids.insert(p[QLatin1String("id")].toString());
    QCOMPARE(ids.size(), request.participants().size());
    for (int i = 0; i < 25; ++i)
        QVERIFY(ids.contains(participantId(i)));
    const int pages = int((request.participants().size() + 9) / 10);
    QCOMPARE(request.pageBodies().size(), pages);
    QCOMPARE(sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants")).size(), pages);
}

void TestGraphAgainstSimulator::flagsARosterCappedAtOneHundred()
{
    SimFixture sim(scenario(130, {{QStringLiteral("rosterCap"), 100}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    ListParticipantsRequest request(Call);
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QCOMPARE(request.participants().size(), 100);
    QVERIFY(request.mayBeIncomplete());
}

void TestGraphAgainstSimulator::getsOneParticipant()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    GetParticipantRequest request(Call, participantId(1));
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QCOMPARE(request.participant()[QLatin1String("id")].toString(), participantId(1));
}

void TestGraphAgainstSimulator::removesAParticipantThenReportsAlreadyGone()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    DeleteParticipantRequest remove(Call, participantId(0));
    QVERIFY2(sim.run(&remove), qPrintable(remove.error().diagnostics()));
    QCOMPARE(remove.httpStatus(), 204);

    DeleteParticipantRequest again(Call, participantId(0));
    QVERIFY(!sim.run(&again));
    QVERIFY(again.alreadyGone());
    QCOMPARE(again.error().httpStatus, 404);

    GetParticipantRequest get(Call, participantId(0));
    QVERIFY(!sim.run(&get));
    QCOMPARE(get.error().httpStatus, 404);
}

void TestGraphAgainstSimulator::invitesWithTheDocumentedAnswer()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    InviteParticipantsRequest invite(Call, {{Invitee::Kind::User, AdaId, QStringLiteral("Ada Lovelace"), {}},
                                            {Invitee::Kind::Phone, QStringLiteral("+14255550123"), {}, {}}});
    QVERIFY2(sim.run(&invite), qPrintable(invite.error().diagnostics()));
    QCOMPARE(invite.httpStatus(), 200);
    const QJsonObject operation = invite.operation();
    QCOMPARE(operation[QLatin1String("@odata.type")].toString(),
             QStringLiteral("#microsoft.graph.inviteParticipantsOperation"));
    QCOMPARE(operation[QLatin1String("clientContext")].toString(), invite.clientContext());
    QCOMPARE(operation[QLatin1String("status")].toString().compare(QLatin1String("running"), Qt::CaseInsensitive), 0);
    QVERIFY(operation.contains(QLatin1String("resultInfo")));
    QCOMPARE(operation[QLatin1String("participants")].toArray().size(), 2);
    QVERIFY(!invite.operationId().isEmpty());
    QVERIFY(invite.location().path().endsWith(QLatin1String("/operations/") + invite.operationId()));

    const QJsonArray posts = sim.logEntries(QStringLiteral("POST"), QStringLiteral("/participants/invite"));
    QCOMPARE(posts.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(posts.first()[QLatin1String("body")].toString().toUtf8()).object();
    QCOMPARE(sent[QLatin1String("participants")][0][QLatin1String("participantId")].toString(),
             invite.invitees().first().participantId);
}

void TestGraphAgainstSimulator::getsTheInvitationOperation()
{
    SimFixture sim(scenario(3, {{QStringLiteral("operationsGettable"), true}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    InviteParticipantsRequest invite(Call, {{Invitee::Kind::User, AdaId, QStringLiteral("Ada Lovelace"), {}}});
    QVERIFY(sim.run(&invite));
    GetOperationRequest operation(Call, invite.operationId());
    QVERIFY2(sim.run(&operation), qPrintable(operation.error().diagnostics()));
    QVERIFY(!operation.notAvailable());
    QVERIFY(!operation.status().isEmpty());

    sim.simulator.advanceClock(10); // Ada answers after 3 s
    GetOperationRequest later(Call, invite.operationId());
    QVERIFY(sim.run(&later));
    QCOMPARE(later.status().compare(QLatin1String("completed"), Qt::CaseInsensitive), 0);
    GetParticipantRequest joined(Call, invite.invitees().first().participantId);
    QVERIFY2(sim.run(&joined), qPrintable(joined.error().diagnostics()));
}

void TestGraphAgainstSimulator::operationNotGettableIsNotAvailable()
{
    SimFixture sim(scenario(3, {{QStringLiteral("operationsGettable"), false}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    InviteParticipantsRequest invite(Call, {{Invitee::Kind::User, AdaId, {}, {}}});
    QVERIFY(sim.run(&invite));
    GetOperationRequest operation(Call, invite.operationId());
    QVERIFY(!sim.run(&operation));
    QVERIFY(operation.notAvailable());
    QCOMPARE(operation.error().httpStatus, 404);
}

void TestGraphAgainstSimulator::mutesAParticipant()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    MuteParticipantRequest mute(Call, participantId(2));
    QVERIFY2(sim.run(&mute), qPrintable(mute.error().diagnostics()));
    QCOMPARE(mute.operation()[QLatin1String("clientContext")].toString(), mute.clientContext());
    GetParticipantRequest get(Call, participantId(2));
    QVERIFY(sim.run(&get));
    QCOMPARE(get.participant()[QLatin1String("isMuted")].toBool(), true);
}

void TestGraphAgainstSimulator::joinsAMeeting()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    MeetingToJoin meeting;
    meeting.threadId = QStringLiteral("19:meeting_moderato@thread.v2");
    meeting.organizerId = AdaId;
    meeting.tenantId = Tenant;
    meeting.callbackUri = QUrl(QStringLiteral("https://moderato.example.org/callback"));
    JoinMeetingRequest join(meeting);
    QVERIFY2(sim.run(&join), qPrintable(join.error().diagnostics()));
    QCOMPARE(join.httpStatus(), 201);
    QVERIFY(!join.callId().isEmpty());
    QVERIFY(join.location().path().endsWith(join.callId()));
    GetCallRequest get(join.callId());
    QVERIFY2(sim.run(&get), qPrintable(get.error().diagnostics()));
}

void TestGraphAgainstSimulator::searchesTheDirectory()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    SearchUsersRequest search(QStringLiteral("Ada"));
    QVERIFY2(sim.run(&search), qPrintable(search.error().diagnostics()));
    QCOMPARE(search.users().size(), 1);
    QCOMPARE(search.users().first().id, AdaId);
    QCOMPARE(search.users().first().userPrincipalName, QStringLiteral("ada@contoso.test"));

    const QJsonArray gets = sim.logEntries(QStringLiteral("GET"), QStringLiteral("/v1.0/users"));
    QCOMPARE(gets.size(), 1);
    QCOMPARE(gets.first()[QLatin1String("headers")][QLatin1String("consistencylevel")].toString(),
             QStringLiteral("eventual"));
}

void TestGraphAgainstSimulator::removesFortyFiveInThreeBatches()
{
    SimFixture sim(scenario(50));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    BatchRunner runner(sim.client);
    for (int i = 0; i < 45; ++i)
        runner.addItem(BatchItem::removeParticipant(Call, participantId(i)));
    runner.addItem(BatchItem::removeParticipant(Call, QStringLiteral("not-in-the-call")));
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start();
    QVERIFY(finished.wait(15000));

    const auto results = runner.results();
    QCOMPARE(results.size(), 46);
    for (int i = 0; i < 45; ++i)
        QVERIFY2(results.value(participantId(i)).ok(), qPrintable(results.value(participantId(i)).error.diagnostics()));
    QCOMPARE(results.value(QStringLiteral("not-in-the-call")).error.httpStatus, 404);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 3);

    ListParticipantsRequest roster(Call);
    QVERIFY(sim.run(&roster));
    for (const QJsonValue &p : roster.participants())
        QVERIFY(!p[QLatin1String("id")].toString().startsWith(QLatin1String("00000000-0000-4000-8000-00000000000"))
                || p[QLatin1String("id")].toString() >= participantId(45));
}

void TestGraphAgainstSimulator::throttledItemsInABatchAreRetried()
{
    SimFixture sim(scenario(5));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.addFault(fault("DELETE", OneParticipantPath,
                       {{QStringLiteral("count"), 2},
                        {QStringLiteral("status"), 429},
                        {QStringLiteral("retryAfter"), QStringLiteral("1")}}));
    BatchRunner runner(sim.client);
    for (int i = 0; i < 4; ++i)
        runner.addItem(BatchItem::removeParticipant(Call, participantId(i)));
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QVERIFY(finished.wait(15000));
    QVERIFY(clock.elapsed() >= 950);
    int retried = 0;
    for (const BatchItemResult &result : runner.results()) {
        QVERIFY2(result.ok(), qPrintable(result.error.diagnostics()));
        retried += result.attempts == 2 ? 1 : 0;
    }
    QCOMPARE(retried, 2);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 2);
}

void TestGraphAgainstSimulator::throttledRequestWaitsForRetryAfterSeconds()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.addFault(fault("GET", ParticipantsPath,
                       {{QStringLiteral("count"), 2},
                        {QStringLiteral("status"), 429},
                        {QStringLiteral("retryAfter"), QStringLiteral("1")},
                        {QStringLiteral("code"), QStringLiteral("TooManyRequests")}}));
    QSignalSpy throttled(sim.client, &GraphClient::throttled);
    QSignalSpy ended(sim.client, &GraphClient::throttleEnded);
    ListParticipantsRequest request(Call);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QVERIFY2(clock.elapsed() >= 1950, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(statuses(sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants"))),
             (QList<int>{429, 429, 200}));
    QCOMPARE(throttled.size(), 2);
    QCOMPARE(ended.size(), 2);
    QCOMPARE(request.attemptCount(), 3);
}

void TestGraphAgainstSimulator::throttledRequestWaitsForRetryAfterDate()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    // An HTTP date has one-second resolution: two seconds ahead waits between one and two.
    const QString until = httpDate(QDateTime::currentDateTimeUtc().addSecs(2));
    sim.addFault(
        fault("GET", ParticipantsPath,
              {{QStringLiteral("count"), 1}, {QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), until}}));
    ListParticipantsRequest request(Call);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(statuses(sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants"))), (QList<int>{429, 200}));
}

void TestGraphAgainstSimulator::expiredTokenIsRefreshedOnceAndTheRequestReplayed()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    GetCallRequest first(Call);
    QVERIFY(sim.run(&first));
    QCOMPARE(sim.tokenRequestsInLog(), 1);

    sim.expireTokens();
    sim.clearLog();
    ListParticipantsRequest second(Call);
    QVERIFY2(sim.run(&second), qPrintable(second.error().diagnostics()));
    QCOMPARE(sim.tokenRequestsInLog(), 1);
    const QJsonArray gets = sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants"));
    QCOMPARE(statuses(gets), (QList<int>{401, 200}));
    QVERIFY(gets.at(0)[QLatin1String("headers")][QLatin1String("authorization")]
            != gets.at(1)[QLatin1String("headers")][QLatin1String("authorization")]);

    // The new token serves the following requests without another sign-in.
    GetCallRequest third(Call);
    QVERIFY(sim.run(&third));
    QCOMPARE(sim.tokenRequestsInLog(), 1);
}

void TestGraphAgainstSimulator::inviteWhoseConnectionDropsAfterSendingIsNotRepeated()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    GetCallRequest warmUp(Call); // a kept-alive connection and a token, as in a real session
    QVERIFY(sim.run(&warmUp));
    sim.addFault(fault("POST", QStringLiteral("/v1.0/communications/calls/*/participants/invite"),
                       {{QStringLiteral("count"), 1}, {QStringLiteral("reset"), QStringLiteral("afterAction")}}));
    InviteParticipantsRequest invite(Call, {{Invitee::Kind::User, AdaId, {}, {}}});
    QVERIFY(!sim.run(&invite));
    QCOMPARE(invite.error().kind, GraphError::Kind::OutcomeUnknown);
    QVERIFY(invite.error().userMessage().contains(QLatin1String("roster")));
    QTest::qWait(300); // anything re-sent behind our back would show up in the log by now
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/participants/invite")).size(), 1);
}

void TestGraphAgainstSimulator::deleteWhoseConnectionDropsIsRetried_data()
{
    testing::addColumns<QString, bool>({"when", "succeeds"});
    // Dropped before acting: the repeat removes the participant. Dropped after acting: the repeat
    // finds them gone (404), which the caller counts as done.
    QTest::newRow("before the action") << QStringLiteral("beforeAction") << true;
    QTest::newRow("after the action") << QStringLiteral("afterAction") << false;
}

void TestGraphAgainstSimulator::deleteWhoseConnectionDropsIsRetried()
{
    QFETCH(QString, when);
    QFETCH(bool, succeeds);
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.addFault(fault("DELETE", OneParticipantPath, {{QStringLiteral("count"), 1}, {QStringLiteral("reset"), when}}));
    DeleteParticipantRequest remove(Call, participantId(1));
    QCOMPARE(sim.run(&remove), succeeds);
    if (!succeeds)
        QVERIFY(remove.alreadyGone());
    const QJsonArray deletes =
        sim.logEntries(QStringLiteral("DELETE"), QStringLiteral("/participants/") + participantId(1));
    QCOMPARE(deletes.size(), 2);
    QCOMPARE(statuses(deletes), (QList<int>{0, succeeds ? 204 : 404}));
}

void TestGraphAgainstSimulator::unreadableAnswersAreReported_data()
{
    testing::addColumns<QString, int, int>({"body", "kind", "status"});
    QTest::newRow("malformed JSON") << QStringLiteral("malformed") << int(GraphError::Kind::InvalidResponse) << 200;
    QTest::newRow("wrong shape") << QStringLiteral("wrongShape") << int(GraphError::Kind::InvalidResponse) << 200;
    QTest::newRow("HTML error page") << QStringLiteral("html") << int(GraphError::Kind::Http) << 502;
}

void TestGraphAgainstSimulator::unreadableAnswersAreReported()
{
    QFETCH(QString, body);
    QFETCH(int, kind);
    QFETCH(int, status);
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.addFault(fault("GET", ParticipantsPath, {{QStringLiteral("count"), 1}, {QStringLiteral("body"), body}}));
    ListParticipantsRequest request(Call);
    QVERIFY(!sim.run(&request));
    QCOMPARE(int(request.error().kind), kind);
    QCOMPARE(request.httpStatus(), status);
    QVERIFY(!request.error().userMessage().isEmpty());
}

void TestGraphAgainstSimulator::cutOffRosterIsFetchedAgain()
{
    SimFixture sim;
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.addFault(fault("GET", ParticipantsPath,
                       {{QStringLiteral("count"), 1}, {QStringLiteral("body"), QStringLiteral("truncated")}}));
    ListParticipantsRequest request(Call);
    QVERIFY2(sim.run(&request), qPrintable(request.error().diagnostics()));
    QCOMPARE(sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants")).size(), 2);
}

QTEST_GUILESS_MAIN(TestGraphAgainstSimulator)
#include "tst_graph_against_simulator.moc"
