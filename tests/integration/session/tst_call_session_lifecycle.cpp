// Moderato's own leg in a meeting, end to end against the simulator: joining from a link or a
// meeting id (and waiting in the lobby), each failure with its own sentence, keepAlive that keeps
// a watched call alive through 46 minutes and after the computer slept, a call that ended being
// its own state (never "everyone already left"), hanging up, and calling requests sent alone when
// the service refuses them in $batch.
#include "core/calls/join_target.h"
#include "integration/session/session_fixture.h"
#include "support/test_columns.h"

using namespace moderato;
using namespace itest;
using namespace stest;
using State = CallSession::ConnectionState;

namespace {

const QString Thread = QStringLiteral("19:meeting_NjQ1ZGE3YmEtNGQ2Mi00MTJj@thread.v2");
const QString MeetingId = QStringLiteral("358714290465");
const QString Passcode = QStringLiteral("Qp7hRt");

QString meetingLink()
{
    return itest::meetupJoinLink(Thread, Tenant, Organizer);
}

//! The standard world with one meeting of five people that the app can join.
QJsonObject meetingWorld(const QJsonObject &meetingOptions = {}, const QJsonObject &options = {})
{
    QJsonObject world = scenario(2, options);
    QJsonArray people;
    for (int i = 10; i < 15; ++i)
        people.append(participant(participantId(i), QStringLiteral("Attendee %1").arg(i)));
    QJsonObject meeting{
        {QStringLiteral("joinWebUrl"), meetingLink()},
        {QStringLiteral("joinMeetingId"), MeetingId},
        {QStringLiteral("passcode"), Passcode},
        {QStringLiteral("threadId"), Thread},
        {QStringLiteral("tenantId"), Tenant},
        {QStringLiteral("organizer"),
         QJsonObject{{QStringLiteral("id"), Organizer}, {QStringLiteral("displayName"), QStringLiteral("Olga")}}},
        {QStringLiteral("subject"), QStringLiteral("Budget review")},
        {QStringLiteral("participants"), people}};
    for (auto it = meetingOptions.begin(); it != meetingOptions.end(); ++it)
        meeting.insert(it.key(), it.value());
    world.insert(QStringLiteral("meetings"), QJsonArray{meeting});
    return world;
}

MeetingToJoin meetingFrom(const QString &text)
{
    QString error;
    const auto target = parseJoinTarget(text, &error);
    MeetingToJoin meeting = target ? target->meeting : MeetingToJoin();
    meeting.callbackUri = QUrl(Callback);
    return meeting;
}

bool waitForState(SessionFixture &sim, State state, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return sim.session->connectionState() == state; }, timeoutMs);
}

int keepAlives(SessionFixture &sim, const QString &callId)
{
    return int(sim.logEntries(QStringLiteral("POST"), callId + QStringLiteral("/keepAlive")).size());
}

//! Opens the scenario's call with Moderato's clock \a advanced seconds ahead of the wall clock and
//! its leg checked every 50 ms; true once the keepAlive of opening it went out.
bool openOnMovableClock(SessionFixture &sim, const qint64 &advanced)
{
    sim.client->setClock([&advanced] { return QDateTime::currentDateTimeUtc().addSecs(advanced); });
    sim.session->setLegCheckIntervals(50, 50);
    return sim.openCall() && QTest::qWaitFor([&] { return keepAlives(sim, Call) == 1; }, 10000);
}

//! Requests of \a method whose path contains \a part.
int requestsTo(SessionFixture &sim, const QString &method, const QString &part)
{
    int count = 0;
    for (const QJsonValue &entry : sim.log()) {
        if (entry[QLatin1String("method")].toString() == method
            && entry[QLatin1String("path")].toString().contains(part))
            ++count;
    }
    return count;
}

//! The call the join made (the meeting's thread), from the simulator's state.
QString joinedCallId(SessionFixture &sim)
{
    for (const QJsonValue &call :
         sim.hook("GET", QStringLiteral("/_sim/state")).value(QLatin1String("calls")).toArray()) {
        if (call[QLatin1String("threadId")].toString() == Thread)
            return call[QLatin1String("id")].toString();
    }
    return {};
}

} // namespace

class TestCallSessionLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsFromTheLink();
    void joinsWithTheMeetingIdAndPasscode();
    void waitsInTheLobbyUntilAdmitted();
    void eachFailedJoinSaysWhy_data();
    void eachFailedJoinSaysWhy();
    void aWatchedCallOutlivesFortySixMinutes();
    void afterASleepAKeepAliveGoesAtOnce();
    void anEndedCallIsItsOwnStateAndRefusesActions();
    void leavingHangsUp();
    void callingRequestsGoAloneWhenTheBatchRefusesThem();
};

void TestCallSessionLifecycle::joinsFromTheLink()
{
    SessionFixture sim(meetingWorld({}, {{QStringLiteral("joinDelay"), 0}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.session->setLegCheckIntervals(50, 50);
    sim.session->join(meetingFrom(meetingLink()));
    QCOMPARE(sim.session->connectionState(), State::Joining);
    QVERIFY(waitForState(sim, State::Live));
    const QString callId = sim.session->callId();
    QVERIFY(!callId.isEmpty() && callId != Call); // a leg of its own
    QTRY_COMPARE(sim.session->callInfo().subject, QStringLiteral("Budget review"));
    QVERIFY(sim.rosterIds().contains(participantId(12)));
    QCOMPARE(sim.rosterIds(), sim.simRosterIds(callId));
    const QJsonObject body =
        QJsonDocument::fromJson(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/communications/calls"))
                                    .first()[QLatin1String("body")]
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(body.value(QLatin1String("callbackUri")).toString(), Callback);
    QCOMPARE(body[QLatin1String("chatInfo")][QLatin1String("threadId")].toString(), Thread);
}

void TestCallSessionLifecycle::joinsWithTheMeetingIdAndPasscode()
{
    SessionFixture sim(meetingWorld({}, {{QStringLiteral("joinDelay"), 0}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.session->setLegCheckIntervals(50, 50);
    sim.session->join(meetingFrom(QStringLiteral("Join: Meeting ID: 358 714 290 465\nPasscode: Qp7hRt")));
    QVERIFY(waitForState(sim, State::Live));
    QVERIFY(sim.rosterIds().contains(participantId(10)));
}

void TestCallSessionLifecycle::waitsInTheLobbyUntilAdmitted()
{
    SessionFixture sim(meetingWorld({{QStringLiteral("lobbyForApps"), true}}, {{QStringLiteral("joinDelay"), 0}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.session->setLegCheckIntervals(50, 50);
    sim.session->join(meetingFrom(meetingLink()));
    QVERIFY(waitForState(sim, State::InLobby));
    QCOMPARE(sim.roster()->rowCount(), 0); // nobody is shown before the bot is let in
    const QString callId = joinedCallId(sim);
    QVERIFY(!callId.isEmpty());
    sim.hook("POST", QStringLiteral("/_sim/calls/%1/admit").arg(callId));
    QVERIFY(waitForState(sim, State::Live));
    QVERIFY(sim.rosterIds().contains(participantId(11)));
}

void TestCallSessionLifecycle::eachFailedJoinSaysWhy_data()
{
    testing::addColumns<QString, bool, QString, QString>(
        {"target", "callingEnabled", "callback", "sentence"});
    // Graph tells why a join failed only in its notification: followed by polling, the call is
    // simply gone, and the sentence says what to check.
    QTest::newRow("wrong passcode") << QStringLiteral("Meeting ID: 358714290465 Passcode: wrong1") << true
                                    << Callback << QStringLiteral("meeting ID or passcode may be wrong");
    QTest::newRow("unknown meeting id") << QStringLiteral("Meeting ID: 111222333444") << true << Callback
                                        << QStringLiteral("meeting may not exist");
    QTest::newRow("not a calling bot") << meetingLink() << false << Callback
                                       << QStringLiteral("calling bot");
    QTest::newRow("callback not https") << meetingLink() << true << QStringLiteral("http://moderato.example.org/cb")
                                        << QStringLiteral("callback address");
}

void TestCallSessionLifecycle::eachFailedJoinSaysWhy()
{
    QFETCH(QString, target);
    QFETCH(bool, callingEnabled);
    QFETCH(QString, callback);
    QFETCH(QString, sentence);
    QJsonObject world = meetingWorld();
    editScenarioApp(world, [&](QJsonObject &app) { app.insert(QStringLiteral("callingEnabled"), callingEnabled); });
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    sim.session->setLegCheckIntervals(50, 50);
    MeetingToJoin meeting = meetingFrom(target);
    meeting.callbackUri = QUrl(callback);
    sim.session->join(meeting);
    QVERIFY(QTest::qWaitFor(
        [&] {
            sim.simulator.advanceClock(1); // the service ends a failed join a moment later
            return sim.session->connectionState() == State::Ended;
        },
        10000));
    QVERIFY2(sim.session->endReason().contains(sentence), qPrintable(sim.session->endReason()));
}

void TestCallSessionLifecycle::aWatchedCallOutlivesFortySixMinutes()
{
    // The scenario's call on the manual clock; Moderato's clock follows the simulated one.
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    qint64 advanced = 0;
    QVERIFY(openOnMovableClock(sim, advanced)); // a keepAlive at once when opened
    for (int minute = 0; minute < 46; minute += 2) {
        sim.simulator.advanceClock(120);
        advanced += 120;
        QTest::qWait(120); // a few wall-clock checks
    }
    QVERIFY2(keepAlives(sim, Call) >= 3, qPrintable(QString::number(keepAlives(sim, Call))));
    QCOMPARE(sim.simCall()[QLatin1String("state")].toString(), QStringLiteral("established"));
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.session->connectionState(), State::Live);

    // A call nobody keeps alive ends after 45 minutes: the control experiment.
    SessionFixture idle(scenario(3));
    QVERIFY2(idle.ok(), qPrintable(idle.error));
    idle.simulator.advanceClock(46 * 60);
    QCOMPARE(idle.simCall()[QLatin1String("state")].toString(), QStringLiteral("terminated"));
}

void TestCallSessionLifecycle::afterASleepAKeepAliveGoesAtOnce()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    qint64 advanced = 0;
    QVERIFY(openOnMovableClock(sim, advanced));
    // The computer slept for 50 minutes: no timer fired, but the wall clock moved.
    advanced += 50 * 60;
    QTRY_COMPARE(keepAlives(sim, Call), 2);
    QTest::qWait(200); // and only one: the next is due 15 minutes after it
    QCOMPARE(keepAlives(sim, Call), 2);
}

void TestCallSessionLifecycle::anEndedCallIsItsOwnStateAndRefusesActions()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    // Nobody kept it alive (Moderato's own clock did not move): Graph ended it.
    sim.simulator.advanceClock(46 * 60);
    sim.session->refresh();
    QVERIFY(waitForState(sim, State::Ended));
    QVERIFY2(sim.session->endReason().contains(QLatin1String("has ended for Moderato")),
             qPrintable(sim.session->endReason()));
    const qsizetype before = sim.log().size();
    sim.outcomes.clear();
    sim.session->remove({participantId(1)});
    QVERIFY(sim.waitForOutcomes(1));
    QCOMPARE(sim.outcomes.first().result, ActionOutcome::Result::Refused);
    QVERIFY(!sim.outcomes.first().message.contains(QLatin1String("already left")));
    QCOMPARE(sim.log().size(), before);    // nothing was sent
    QCOMPARE(sim.roster()->rowCount(), 3); // the last roster stays to read
}

void TestCallSessionLifecycle::leavingHangsUp()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.session->leave();
    QVERIFY(waitForState(sim, State::Ended));
    QCOMPARE(sim.logEntries(QStringLiteral("DELETE"), QStringLiteral("/communications/calls/") + Call).size(), 1);
    QCOMPARE(sim.simCall()[QLatin1String("state")].toString(), QStringLiteral("terminated"));
    QVERIFY2(sim.session->endReason().contains(QLatin1String("You left")), qPrintable(sim.session->endReason()));
}

void TestCallSessionLifecycle::callingRequestsGoAloneWhenTheBatchRefusesThem()
{
    SessionFixture sim(scenario(8, {{QStringLiteral("batchCommunications"), QStringLiteral("refused")}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.clearLog();
    sim.session->remove({participantId(1), participantId(2), participantId(3)});
    QVERIFY(sim.waitForOutcomes(3));
    for (const ActionOutcome &outcome : std::as_const(sim.outcomes))
        QCOMPARE(outcome.result, ActionOutcome::Result::Done);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 1);
    QCOMPARE(requestsTo(sim, QStringLiteral("DELETE"), QStringLiteral("/participants/")), 3);
    // From now on they go alone at once: no second $batch.
    QVERIFY(sim.refreshNow());
    sim.clearLog();
    sim.outcomes.clear();
    sim.session->mute({participantId(4), participantId(5)});
    QVERIFY(sim.waitForOutcomes(2));
    for (const ActionOutcome &outcome : std::as_const(sim.outcomes))
        QCOMPARE(outcome.result, ActionOutcome::Result::Done);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 0);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/mute")).size(), 2);
}

QTEST_GUILESS_MAIN(TestCallSessionLifecycle)
#include "tst_call_session_lifecycle.moc"
