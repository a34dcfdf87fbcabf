// A roster too large to decode on the GUI thread: CallSession hands the raw answer to its parse
// worker (RosterPageRequest, IncrementalRosterParser). Loading, churn, a large paged roster and
// an unreadable answer, end to end against the simulator.
#include "core/calls/roster_page_request.h"
#include "integration/session/session_fixture.h"

using namespace moderato;
using namespace itest;
using namespace stest;

namespace {

const QString ParticipantsPath = QStringLiteral("/v1.0/communications/calls/*/participants");
constexpr int LargeRoster = 1500;

//! Graph lists at most 100 participants; these tests follow a simulated service that lists (or
//! pages) them all, as a roster beyond 100 is otherwise read from notifications.
QJsonObject largeScenario(QJsonObject options = {})
{
    options.insert(QStringLiteral("rosterCap"), 0);
    return scenario(LargeRoster, options);
}

} // namespace

class TestCallSessionLargeRoster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theRosterIsLargeEnough();
    void loadsAndFollowsChurn();
    void largePagesAreFollowed();
    void anUnreadableAnswerKeepsTheLastGoodRoster();
};

void TestCallSessionLargeRoster::theRosterIsLargeEnough()
{
    // Otherwise the tests below would run the decoded path, which the other session tests cover.
    const QJsonArray participants = largeScenario()[QLatin1String("calls")][0][QLatin1String("participants")].toArray();
    QVERIFY(QJsonDocument(QJsonObject{{QStringLiteral("value"), participants}}).toJson(QJsonDocument::Compact).size()
            > RosterPageRequest::UndecodedFrom * 3 / 2);
}

void TestCallSessionLargeRoster::loadsAndFollowsChurn()
{
    QJsonObject world = largeScenario();
    setCallField(world, QStringLiteral("churn"),
                 QJsonObject{{QStringLiteral("joinEvery"), 2}, {QStringLiteral("leaveEvery"), 3}});
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QCOMPARE(sim.roster()->rowCount(), LargeRoster);
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    QVERIFY(!sim.session->rosterMayBeIncomplete());
    const QModelIndex first = sim.roster()->index(sim.roster()->rowOf(participantId(7)), 0);
    QCOMPARE(first.data(ParticipantModel::DisplayNameRole).toString(), QStringLiteral("Person 7"));

    for (int round = 0; round < 3; ++round) {
        sim.simulator.advanceClock(12);
        QVERIFY(sim.refreshNow());
        QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
        QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    }
    // 36 s of churn: 18 joined and 12 left, and the model saw it.
    QCOMPARE(sim.roster()->rowCount(), LargeRoster + 6);
}

void TestCallSessionLargeRoster::largePagesAreFollowed()
{
    // The first page is large enough to go undecoded; its next link makes the session read this
    // call with ListParticipantsRequest, which follows the pages.
    SessionFixture sim(largeScenario(QJsonObject{{QStringLiteral("pageSize"), 1200}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QCOMPARE(sim.roster()->rowCount(), LargeRoster);
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());

    sim.clearLog();
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    int pages = 0;
    for (const QJsonValue &entry : sim.log()) {
        if (entry[QLatin1String("method")].toString() == QLatin1String("GET")
            && entry[QLatin1String("path")].toString().endsWith(QLatin1String("/participants")))
            ++pages;
    }
    QCOMPARE(pages, 2); // once the session knows, each page once
}

void TestCallSessionLargeRoster::anUnreadableAnswerKeepsTheLastGoodRoster()
{
    SessionFixture sim(largeScenario());
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QSet<QString> good = sim.rosterIds();
    QCOMPARE(good.size(), LargeRoster);
    sim.addFault(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                             {QStringLiteral("path"), ParticipantsPath},
                             {QStringLiteral("body"), QStringLiteral("malformed")},
                             {QStringLiteral("fraction"), 1.0}});
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Stale);
    QCOMPARE(sim.session->lastRefreshError(), GraphError::make(GraphError::Kind::InvalidResponse).userMessage());
    QCOMPARE(sim.rosterIds(), good);
    QVERIFY(sim.sessionErrors.isEmpty());

    sim.hook("DELETE", QStringLiteral("/_sim/faults"));
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QVERIFY(sim.session->lastRefreshError().isEmpty());
    QCOMPARE(sim.rosterIds(), good);
}

QTEST_GUILESS_MAIN(TestCallSessionLargeRoster)
#include "tst_call_session_large_roster.moc"
