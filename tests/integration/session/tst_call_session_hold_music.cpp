// Hold and resume end to end against the simulator over loopback HTTP, without notifications
// (their confirmation by notification is in tst_call_session_notifications): what is refused
// before anything is sent, what the simulator refuses and how it is worded, someone who left,
// a missing permission, and an accepted hold that cannot be confirmed. Manual simulated clock.
#include "core/graph/participant_requests.h"
#include "core/graph/hold_music_requests.h"
#include "integration/session/session_fixture.h"

using namespace moderato;
using namespace itest;
using namespace stest;
using Hold = ParticipantModel::HoldState;

class TestCallSessionHoldMusic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutNotificationsAHoldIsAcceptedButUnconfirmed();
    void withoutAConfirmationInTimeTheHoldIsUnconfirmed();
    void aSecondHoldIsRefusedBeforeSending();
    void aHoldWhileAnotherProgramHoldsSomeoneIsWordedAsSuch();
    void holdingSomeoneWhoLeftSaysTheyHadLeft();
    void resumingSomeoneNotOnHoldIsRefusedByGraph();
    void resumeIsSentForSomeoneAnotherProgramPutOnHold();
    void aMissingPermissionIsReported();
    void theHoldEndsWhenThePersonLeaves();
    void theCallsEndForgetsWhoIsOnHold();

private:
    static qsizetype holdPosts(SessionFixture &sim, const QString &action)
    {
        return sim.logEntries(QStringLiteral("POST"), action).size();
    }
};

void TestCallSessionHoldMusic::withoutNotificationsAHoldIsAcceptedButUnconfirmed()
{
    SessionFixture sim(scenario(4));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    sim.session->hold(target);
    QCOMPARE(sim.roster()->holdState(target), Hold::Starting); // at once, before the answer
    QCOMPARE(
        sim.roster()->data(sim.roster()->index(sim.roster()->rowOf(target), ParticipantModel::StateColumn)).toString(),
        QStringLiteral("Putting on hold…"));
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.action, ActionOutcome::Action::Hold);
    QCOMPARE(outcome.result, ActionOutcome::Result::Unconfirmed);
    QCOMPARE(outcome.httpStatus, 202);
    QVERIFY2(outcome.describe().contains(QLatin1String("notifications, which are off")),
             qPrintable(outcome.describe()));
    QCOMPARE(sim.roster()->holdState(target), Hold::Unconfirmed);
    QCOMPARE(holdPosts(sim, target + QStringLiteral("/startHoldMusic")), 1);
    const QJsonObject line = sim.auditLines().last();
    QCOMPARE(line.value(QLatin1String("action")).toString(), QStringLiteral("hold"));
    QCOMPARE(line.value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
}

void TestCallSessionHoldMusic::withoutAConfirmationInTimeTheHoldIsUnconfirmed()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    // Moderato believes notifications reach it, but none comes (the simulated clock stands still).
    sim.session->setNotificationsListening(true);
    sim.session->setHoldConfirmationTimeout(300);
    const QString target = participantId(2);
    sim.session->hold(target);
    QVERIFY(sim.settle());
    QCOMPARE(sim.roster()->holdState(target), Hold::Starting);
    QVERIFY(sim.outcomes.isEmpty()); // waiting for the notification
    QVERIFY(sim.waitForOutcomes(1));
    QCOMPARE(sim.outcomes.first().result, ActionOutcome::Result::Unconfirmed);
    QVERIFY2(sim.outcomes.first().message.contains(QLatin1String("has not confirmed")),
             qPrintable(sim.outcomes.first().message));
    QCOMPARE(sim.roster()->holdState(target), Hold::Unconfirmed);
}

void TestCallSessionHoldMusic::aSecondHoldIsRefusedBeforeSending()
{
    SessionFixture sim(scenario(4));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.session->hold(participantId(1));
    QVERIFY(sim.waitForOutcomes(1));
    QVERIFY(sim.settle());
    sim.session->hold(participantId(2));
    QVERIFY(sim.waitForOutcomes(2));
    const ActionOutcome refused = sim.outcomes.at(1);
    QCOMPARE(refused.result, ActionOutcome::Result::Refused);
    QCOMPARE(refused.describe(), QStringLiteral("Person 1 may be on hold already: resume them first."));
    QVERIFY(refused.requestId.isEmpty());
    QCOMPARE(holdPosts(sim, QStringLiteral("/startHoldMusic")), 1);
    QCOMPARE(sim.roster()->holdState(participantId(2)), Hold::None);
}

void TestCallSessionHoldMusic::aHoldWhileAnotherProgramHoldsSomeoneIsWordedAsSuch()
{
    SessionFixture sim(scenario(4));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    StartHoldMusicRequest elsewhere(Call, participantId(3));
    QVERIFY(sim.run(&elsewhere));
    sim.session->hold(participantId(1));
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.result, ActionOutcome::Result::Failed);
    QCOMPARE(outcome.httpStatus, 400);
    QVERIFY2(outcome.describe().startsWith(QLatin1String("Could not put Person 1 on hold")),
             qPrintable(outcome.describe()));
    QVERIFY2(outcome.message.contains(QLatin1String("one participant on hold at a time")), qPrintable(outcome.message));
    QCOMPARE(sim.roster()->holdState(participantId(1)), Hold::None);
}

void TestCallSessionHoldMusic::holdingSomeoneWhoLeftSaysTheyHadLeft()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    QVERIFY(sim.removeElsewhere(target));
    sim.session->hold(target);
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.result, ActionOutcome::Result::AlreadyGone);
    QCOMPARE(outcome.httpStatus, 404);
    QCOMPARE(outcome.describe(), QStringLiteral("Person 1 had already left the call."));
    QCOMPARE(holdPosts(sim, target + QStringLiteral("/startHoldMusic")), 1);
}

void TestCallSessionHoldMusic::resumingSomeoneNotOnHoldIsRefusedByGraph()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(2);
    // Moderato knows nobody on hold, but another program may have put them there: it asks Graph.
    sim.session->resume(target);
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.action, ActionOutcome::Action::Resume);
    QCOMPARE(outcome.result, ActionOutcome::Result::Failed);
    QCOMPARE(outcome.httpStatus, 400);
    QVERIFY2(outcome.message.contains(QLatin1String("Person 2 is perhaps not on hold.")), qPrintable(outcome.message));
    QCOMPARE(holdPosts(sim, target + QStringLiteral("/stopHoldMusic")), 1);
    QCOMPARE(sim.roster()->holdState(target), Hold::None);
    QCOMPARE(sim.auditLines().last().value(QLatin1String("action")).toString(), QStringLiteral("resume"));
}

void TestCallSessionHoldMusic::resumeIsSentForSomeoneAnotherProgramPutOnHold()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    StartHoldMusicRequest elsewhere(Call, target);
    QVERIFY(sim.run(&elsewhere));
    sim.session->resume(target);
    QVERIFY(sim.waitForOutcomes(1));
    // The simulator answers a stop as completed at once, as the newer documentation example does.
    QCOMPARE(sim.outcomes.first().result, ActionOutcome::Result::Done);
    QCOMPARE(sim.outcomes.first().describe(), QStringLiteral("Person 1 is back in the call."));
    QCOMPARE(sim.roster()->holdState(target), Hold::None);
}

void TestCallSessionHoldMusic::aMissingPermissionIsReported()
{
    QJsonObject world = scenario(3);
    editScenarioApp(world, [](QJsonObject &app) {
        app.insert(QStringLiteral("roles"),
                   QJsonArray{QStringLiteral("Calls.Initiate.All"), QStringLiteral("Calls.InitiateGroupCall.All")});
    });
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    sim.session->hold(target);
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.result, ActionOutcome::Result::Failed);
    QCOMPARE(outcome.httpStatus, 403);
    QVERIFY2(outcome.message.contains(QLatin1String("permission")), qPrintable(outcome.message));
    QCOMPARE(sim.roster()->holdState(target), Hold::None);
}

void TestCallSessionHoldMusic::theHoldEndsWhenThePersonLeaves()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    sim.session->hold(target);
    QVERIFY(sim.waitForOutcomes(1));
    QCOMPARE(sim.roster()->holdParticipant(), target);
    DeleteParticipantRequest elsewhere(Call, target);
    QVERIFY(sim.run(&elsewhere));
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.roster()->rowOf(target), -1);
    QVERIFY(sim.roster()->holdParticipant().isEmpty());
    // Nobody is on hold now: another person can be.
    sim.session->hold(participantId(2));
    QVERIFY(sim.waitForOutcomes(2));
    QCOMPARE(sim.outcomes.at(1).result, ActionOutcome::Result::Unconfirmed);
}

void TestCallSessionHoldMusic::theCallsEndForgetsWhoIsOnHold()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.session->setNotificationsListening(true); // waits for a notification that will not come
    const QString target = participantId(1);
    sim.session->hold(target);
    QVERIFY(sim.settle());
    QCOMPARE(sim.roster()->holdState(target), Hold::Starting);
    QVERIFY(sim.outcomes.isEmpty());
    sim.session->leave();
    QTRY_COMPARE_WITH_TIMEOUT(sim.session->connectionState(), CallSession::ConnectionState::Ended, 10000);
    QVERIFY(sim.waitForOutcomes(1));
    QCOMPARE(sim.outcomes.first().result, ActionOutcome::Result::Unconfirmed);
    QCOMPARE(sim.outcomes.first().describe(),
             QStringLiteral("The call ended before Graph confirmed the request for Person 1."));
    QVERIFY(sim.roster()->holdParticipant().isEmpty());
    QCOMPARE(sim.roster()->holdState(target), Hold::None);
}

QTEST_GUILESS_MAIN(TestCallSessionHoldMusic)
#include "tst_call_session_hold_music.moc"
