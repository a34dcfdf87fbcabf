// The roster as notifications and polls tell it together: whole rosters, deltas past 100 people,
// a missed delta, a poll cut at Graph's cap that must not make anyone leave, and a complete poll
// that shows notifications missed something.
#include <QTest>

#include "core/calls/notified_roster.h"

using namespace moderato;

namespace {

QJsonObject person(int n)
{
    return {{QStringLiteral("id"), QStringLiteral("p%1").arg(n)},
            {QStringLiteral("info"),
             QJsonObject{
                 {QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("user"),
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("u%1").arg(n)},
                                           {QStringLiteral("displayName"), QStringLiteral("Person %1").arg(n)}}}}}}}};
}

QJsonArray people(int from, int to)
{
    QJsonArray out;
    for (int n = from; n < to; ++n)
        out.append(person(n));
    return out;
}

QJsonObject gone(int n)
{
    QJsonObject p = person(n);
    p.insert(QStringLiteral("removedState"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("left")}});
    return p;
}

QStringList ids(const NotifiedRoster &roster)
{
    QStringList out;
    for (const Participant &p : roster.participants())
        out.append(p.id());
    return out;
}

QList<Participant> parsed(const QJsonArray &array)
{
    QList<Participant> out;
    for (const QJsonValue &v : array)
        out.append(Participant::fromJson(v.toObject()));
    return out;
}

} // namespace

class TestNotifiedRoster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWholeRosterReplacesEverything()
    {
        NotifiedRoster roster;
        roster.replaceAll(people(0, 3));
        roster.replaceAll(people(1, 4));
        QCOMPARE(ids(roster), (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
        QVERIFY(roster.isCompleteFromNotifications());
    }

    void deltasFromTheFirstAddAndRemove()
    {
        NotifiedRoster roster;
        QVERIFY(roster.applyDelta(people(0, 250), false, 1));
        QCOMPARE(roster.size(), 250);
        QVERIFY(roster.isCompleteFromNotifications());
        QVERIFY(roster.applyDelta(QJsonArray{gone(3), person(250)}, false, 2));
        QCOMPARE(roster.size(), 250);
        QVERIFY(!ids(roster).contains(QStringLiteral("p3")));
        QVERIFY(ids(roster).contains(QStringLiteral("p250")));
        QVERIFY(roster.applyDelta(QJsonArray{person(4)}, true, 3)); // a "deleted" change
        QCOMPARE(roster.size(), 249);
    }

    void aMissedDeltaIsNoticed()
    {
        NotifiedRoster roster;
        QVERIFY(roster.applyDelta(people(0, 150), false, 1));
        QVERIFY(!roster.applyDelta(QJsonArray{person(150)}, false, 3));
        QVERIFY(!roster.isCompleteFromNotifications());
        // A repeat of an older one is harmless.
        QVERIFY(roster.applyDelta(QJsonArray{person(150)}, false, 2));
    }

    void deltasJoinedLateAreNotTakenForTheWholeRoster()
    {
        NotifiedRoster roster;
        QVERIFY(roster.applyDelta(people(0, 5), false, 17));
        QVERIFY(!roster.isCompleteFromNotifications());
    }

    void aPollCutAtTheCapMakesNobodyLeave()
    {
        NotifiedRoster roster;
        roster.applyDelta(people(0, 250), false, 1);
        QJsonArray first100 = people(0, 100);
        QJsonObject renamed = person(7);
        renamed.insert(QStringLiteral("isMuted"), true);
        first100.replace(7, renamed);
        QVERIFY(roster.applyPoll(parsed(first100), true));
        QCOMPARE(roster.size(), 250);
        QVERIFY(roster.participants().at(7).isMuted());
        QVERIFY(roster.isCompleteFromNotifications());
    }

    void aCompletePollIsTheTruthAndShowsWhatWasMissed()
    {
        NotifiedRoster roster;
        roster.replaceAll(people(0, 10));
        QVERIFY(roster.applyPoll(parsed(people(0, 10)), false));
        QVERIFY(!roster.applyPoll(parsed(people(0, 9)), false));
        QCOMPARE(roster.size(), 9);
        QVERIFY(!roster.isCompleteFromNotifications());
        roster.replaceAll(people(0, 9)); // the next whole roster
        QVERIFY(roster.isCompleteFromNotifications());
    }

    void someoneModeratoRemovedIsNotAGapBeforeTheirNotification()
    {
        NotifiedRoster roster;
        roster.replaceAll(people(0, 10));
        roster.leftTheCall(people(0, 10).last().toObject().value(QLatin1String("id")).toString());
        QCOMPARE(roster.size(), 9);
        QVERIFY(roster.applyPoll(parsed(people(0, 9)), false)); // read before the deletion was notified
        QVERIFY(roster.isCompleteFromNotifications());
        QVERIFY(roster.applyDelta(QJsonArray{people(0, 10).last()}, true, -1)); // then the notification
        QCOMPARE(roster.size(), 9);
    }

    void manyDeparturesKeepTheOrder()
    {
        NotifiedRoster roster;
        roster.applyDelta(people(0, 1000), false, 1);
        QJsonArray leaving;
        for (int n = 0; n < 1000; n += 2)
            leaving.append(gone(n));
        roster.applyDelta(leaving, false, 2);
        const QStringList left = ids(roster);
        QCOMPARE(left.size(), 500);
        QCOMPARE(left.first(), QStringLiteral("p1"));
        QCOMPARE(left.last(), QStringLiteral("p999"));
        roster.applyDelta(QJsonArray{gone(1)}, false, 3);
        QCOMPARE(roster.size(), 499);
        QCOMPARE(ids(roster).first(), QStringLiteral("p3"));
    }
};

QTEST_GUILESS_MAIN(TestNotifiedRoster)
#include "tst_notified_roster.moc"
