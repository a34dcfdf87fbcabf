// CallSession's roster loop end to end against the simulator over loopback HTTP, with Moderato's
// real client, token provider and models: loading, churn, paging and the 100 cap, token expiry,
// throttling, a stale roster and an unknown call. Manual simulated clock unless a test says
// otherwise.
#include "integration/session/session_fixture.h"

#include <QElapsedTimer>

using namespace moderato;
using namespace itest;
using namespace stest;

namespace {

QJsonObject fault(const QString &method, const QString &path, const QJsonObject &effects)
{
    QJsonObject rule = effects;
    rule.insert(QStringLiteral("method"), method);
    rule.insert(QStringLiteral("path"), path);
    return rule;
}

const QString ParticipantsPath = QStringLiteral("/v1.0/communications/calls/*/participants");

} // namespace

class TestCallSessionRoster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensTheCallAndLoadsTheRoster();
    void refreshPicksUpChurn();
    void followsRosterPages();
    void saysWhenTheRosterMayBeCapped();
    void expiredTokenIsRenewedMidSession();
    void throttledRosterIsRateLimitedThenLive();
    void failedRefreshKeepsTheLastGoodRoster();
    void unknownCallHasEndedForModerato();
};

void TestCallSessionRoster::opensTheCallAndLoadsTheRoster()
{
    SessionFixture sim(scenario(5));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QSignalSpy info(sim.session.get(), &CallSession::callInfoChanged);
    QVERIFY(sim.openCall());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QCOMPARE(sim.roster()->rowCount(), 5);
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    const QModelIndex first = sim.roster()->index(sim.roster()->rowOf(participantId(0)), 0);
    QCOMPARE(first.data(ParticipantModel::DisplayNameRole).toString(), QStringLiteral("Person 0"));
    QCOMPARE(first.data(ParticipantModel::KindNameRole).toString(), QStringLiteral("user"));
    QVERIFY(sim.session->lastRefresh().isValid());
    QVERIFY(!sim.session->rosterMayBeIncomplete());
    QVERIFY(QTest::qWaitFor([&] { return sim.session->callInfo().state == QLatin1String("established"); }, 5000));
    QCOMPARE(sim.session->callInfo().id, Call);
    QVERIFY(!info.isEmpty());
}

void TestCallSessionRoster::refreshPicksUpChurn()
{
    QJsonObject world = scenario(6);
    setCallField(world, QStringLiteral("churn"),
                 QJsonObject{{QStringLiteral("joinEvery"), 2}, {QStringLiteral("leaveEvery"), 3}});
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QSet<QString> before = sim.rosterIds();
    QCOMPARE(before.size(), 6);

    QSignalSpy removed(sim.roster(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(sim.roster(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(sim.roster(), &QAbstractItemModel::modelReset);
    sim.simulator.advanceClock(7); // three joins, two leaves
    QVERIFY(sim.refreshNow());
    const QSet<QString> after = sim.rosterIds();
    QCOMPARE(after, sim.simRosterIds());
    QCOMPARE(after.size(), 7);
    QVERIFY(after != before);
    QVERIFY(!removed.isEmpty());
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
}

void TestCallSessionRoster::followsRosterPages()
{
    SessionFixture sim(scenario(35, QJsonObject{{QStringLiteral("pageSize"), 10}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QCOMPARE(sim.roster()->rowCount(), 35);
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    QVERIFY(!sim.session->rosterMayBeIncomplete());
    int pages = 0;
    for (const QJsonValue &entry : sim.log()) {
        if (entry[QLatin1String("method")].toString() == QLatin1String("GET")
            && entry[QLatin1String("path")].toString().endsWith(QLatin1String("/participants")))
            ++pages;
    }
    QCOMPARE(pages, 4);
}

void TestCallSessionRoster::saysWhenTheRosterMayBeCapped()
{
    SessionFixture sim(scenario(130, QJsonObject{{QStringLiteral("rosterCap"), 100}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QSignalSpy info(sim.session.get(), &CallSession::callInfoChanged);
    QVERIFY(sim.openCall());
    QCOMPARE(sim.roster()->rowCount(), 100);
    QVERIFY(sim.session->rosterMayBeIncomplete());
    QVERIFY(!info.isEmpty());
}

void TestCallSessionRoster::expiredTokenIsRenewedMidSession()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QCOMPARE(sim.tokenRequestsInLog(), 1);
    sim.clearLog();

    sim.expireTokens();
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QCOMPARE(sim.tokenRequestsInLog(), 1); // exactly one new token
    const QJsonArray lists = sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants"));
    QCOMPARE(lists.size(), 2); // the refused one and its replay
    QCOMPARE(lists.at(0)[QLatin1String("status")].toInt(), 401);
    QCOMPARE(lists.at(1)[QLatin1String("status")].toInt(), 200);
    QVERIFY(sim.session->lastRefreshError().isEmpty());
}

void TestCallSessionRoster::throttledRosterIsRateLimitedThenLive()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.addFault(fault(QStringLiteral("GET"), ParticipantsPath,
                       {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("1")}}));
    QList<CallSession::ConnectionState> states;
    QDateTime limitedUntil;
    connect(sim.session.get(), &CallSession::connectionStateChanged, this, [&] {
        states.append(sim.session->connectionState());
        if (sim.session->connectionState() == CallSession::ConnectionState::RateLimited)
            limitedUntil = sim.session->rateLimitedUntil();
    });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sim.refreshNow());
    QVERIFY(timer.elapsed() >= 950);
    QVERIFY2(states.contains(CallSession::ConnectionState::RateLimited), qPrintable(QString::number(states.size())));
    QVERIFY(limitedUntil.isValid());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QCOMPARE(states.last(), CallSession::ConnectionState::Live);
    const QJsonArray lists = sim.logEntries(QStringLiteral("GET"), QStringLiteral("/participants"));
    QCOMPARE(lists.last()[QLatin1String("status")].toInt(), 200);
    QCOMPARE(lists.at(lists.size() - 2)[QLatin1String("status")].toInt(), 429);
}

void TestCallSessionRoster::failedRefreshKeepsTheLastGoodRoster()
{
    SessionFixture sim(scenario(4));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QSet<QString> good = sim.rosterIds();
    const QDateTime goodAt = sim.session->lastRefresh();
    sim.addFault(fault(QStringLiteral("GET"), ParticipantsPath,
                       {{QStringLiteral("status"), 500}, {QStringLiteral("fraction"), 1.0}}));
    sim.simulator.advanceClock(1);

    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Stale);
    QVERIFY(!sim.session->lastRefreshError().isEmpty());
    QVERIFY(sim.session->staleSince().isValid());
    QCOMPARE(sim.session->lastRefresh(), goodAt);
    QCOMPARE(sim.rosterIds(), good);
    QVERIFY(sim.sessionErrors.isEmpty()); // a stale roster is a banner, not a dialog

    sim.hook("DELETE", QStringLiteral("/_sim/faults"));
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    QVERIFY(sim.session->lastRefreshError().isEmpty());
    QVERIFY(!sim.session->staleSince().isValid());
}

void TestCallSessionRoster::unknownCallHasEndedForModerato()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    // Graph answers a call it does not know with 404 "8522": for Moderato that call has ended
    // (never "everyone already left"), and the reason names the request for support.
    QVERIFY(sim.openCall(QStringLiteral("11111111-2222-4333-8444-555555555555")));
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Ended);
    QVERIFY2(sim.session->endReason().contains(QLatin1String("no longer knows this call")),
             qPrintable(sim.session->endReason()));
    QVERIFY2(sim.session->endReason().contains(QLatin1String("request id")), qPrintable(sim.session->endReason()));
    QCOMPARE(sim.roster()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCallSessionRoster)
#include "tst_call_session_roster.moc"
