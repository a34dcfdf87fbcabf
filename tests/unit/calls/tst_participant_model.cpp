// ParticipantModel: diffing snapshots into rows, and exactly which signals that emits.
#include "core/calls/participant_model.h"

#include "participant_model_fixture.h"
#include "roster_builders.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;
using State = ParticipantModel::RowState;

class TestParticipantModel : public ParticipantModelTest
{
    Q_OBJECT
private Q_SLOTS:
    void firstApplyAppendsEveryoneInOneInsert();
    void unchangedRosterEmitsNoSignals();
    void equalButNotSharedRosterEmitsNoSignals();
    void oneChangedRowEmitsOneDataChangedForThatRowAndColumn();
    void changedFieldsMapToColumnsAndRoles_data();
    void changedFieldsMapToColumnsAndRoles();
    void adjacentChangedRowsShareOneDataChanged();
    void leaversAreRemovedInContiguousRanges();
    void joinersAreAppendedAtTheEnd();
    void rowsOfLeaversAreForgotten();
    void snapshotThatIsNotOkIsIgnored();
    void duplicateIdsInAHandMadeSnapshotKeepTheLast();
    void clearRemovesEveryRowWithoutAReset();
};

void TestParticipantModel::firstApplyAppendsEveryoneInOneInsert()
{
    model->apply(snapshotOf(people(5)));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("inserted"));
    QCOMPARE(log->changes[0].first, 0);
    QCOMPARE(log->changes[0].last, 4);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(model->idAt(i), QStringLiteral("p%1").arg(i));
        QCOMPARE(model->rowOf(QStringLiteral("p%1").arg(i)), i);
    }
}

void TestParticipantModel::unchangedRosterEmitsNoSignals()
{
    const auto snapshot = snapshotOf(people(20));
    model->apply(snapshot);
    log->changes.clear();
    QSignalSpy counts(model.get(), &ParticipantModel::countsChanged);
    model->apply(snapshot);
    model->apply(snapshot);
    QCOMPARE(log->changes.size(), 0);
    QCOMPARE(counts.count(), 0);
}

void TestParticipantModel::equalButNotSharedRosterEmitsNoSignals()
{
    model->apply(snapshotOf(people(20)));
    log->changes.clear();
    model->apply(snapshotOf(people(20))); // built afresh: equal by value only
    QCOMPARE(log->changes.size(), 0);
}

void TestParticipantModel::oneChangedRowEmitsOneDataChangedForThatRowAndColumn()
{
    auto list = people(10);
    model->apply(snapshotOf(list));
    log->changes.clear();
    list[3] = muted(list[3]);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 1);
    const auto &change = log->changes[0];
    QCOMPARE(change.kind, QStringLiteral("changed"));
    QCOMPARE(change.first, 3);
    QCOMPARE(change.last, 3);
    QCOMPARE(change.firstColumn, int(ParticipantModel::MutedColumn));
    QCOMPARE(change.lastColumn, int(ParticipantModel::MutedColumn));
    QVERIFY(change.roles.contains(ParticipantModel::IsMutedRole));
    QVERIFY(change.roles.contains(Qt::DisplayRole));
    QVERIFY(!change.roles.contains(ParticipantModel::DisplayNameRole));
    QCOMPARE(model->index(3, 0).data(ParticipantModel::IsMutedRole).toBool(), true);
}

void TestParticipantModel::changedFieldsMapToColumnsAndRoles_data()
{
    testing::addColumns<Participant, int, int, int>({"after", "firstColumn", "lastColumn", "role"});

    const Participant before = person(QStringLiteral("x"), QStringLiteral("Ada"), QStringLiteral("home"));
    Participant renamed = before;
    renamed.setDisplayName(QStringLiteral("Ada L."));
    Participant lobby = inLobby(before);
    Participant media = before;
    media.setMediaStreams({MediaStream{MediaType::Video, MediaDirection::SendReceive, false, {}, QStringLiteral("7")}});
    Participant external = person(QStringLiteral("x"), QStringLiteral("Ada"), QStringLiteral("elsewhere"));
    Participant sequence = before;
    sequence.setRosterSequenceNumber(99);

    QTest::newRow("name") << renamed << int(ParticipantModel::NameColumn) << int(ParticipantModel::NameColumn)
                          << int(ParticipantModel::DisplayNameRole);
    // The lobby shows in the State column too ("Waiting in lobby"), and moves the row to the top
    // of the default sort by name.
    QTest::newRow("lobby") << lobby << int(ParticipantModel::NameColumn) << int(ParticipantModel::StateColumn)
                           << int(ParticipantModel::IsInLobbyRole);
    QTest::newRow("media") << media << int(ParticipantModel::MediaColumn) << int(ParticipantModel::MediaColumn)
                           << int(ParticipantModel::MediaRole);
    QTest::newRow("tenant") << external << int(ParticipantModel::OrganisationColumn)
                            << int(ParticipantModel::OrganisationColumn) << int(ParticipantModel::IsExternalRole);
    QTest::newRow("sequence number only")
        << sequence << int(ParticipantModel::NameColumn) << int(ParticipantModel::NameColumn)
        << int(ParticipantModel::ParticipantRole);
}

void TestParticipantModel::changedFieldsMapToColumnsAndRoles()
{
    QFETCH(Participant, after);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    QFETCH(int, role);
    model->apply(snapshotOf({person(QStringLiteral("x"), QStringLiteral("Ada"), QStringLiteral("home"))}));
    log->changes.clear();
    model->apply(snapshotOf({after}));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("changed"));
    QCOMPARE(log->changes[0].firstColumn, firstColumn);
    QCOMPARE(log->changes[0].lastColumn, lastColumn);
    QVERIFY(log->changes[0].roles.contains(role));
    QVERIFY(log->changes[0].roles.contains(ParticipantModel::ParticipantRole));
    QCOMPARE(model->participant(QStringLiteral("x")), std::optional<Participant>(after));
}

void TestParticipantModel::adjacentChangedRowsShareOneDataChanged()
{
    auto list = people(10);
    model->apply(snapshotOf(list));
    log->changes.clear();
    list[4] = muted(list[4]);
    list[5] = inLobby(list[5]);
    list[8] = muted(list[8]);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 2);
    QCOMPARE(log->changes[0].first, 4);
    QCOMPARE(log->changes[0].last, 5);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::NameColumn));
    QCOMPARE(log->changes[0].lastColumn, int(ParticipantModel::StateColumn));
    QCOMPARE(log->changes[1].first, 8);
    QCOMPARE(log->changes[1].last, 8);
}

void TestParticipantModel::leaversAreRemovedInContiguousRanges()
{
    auto list = people(10);
    model->apply(snapshotOf(list));
    log->changes.clear();
    // Leave: p2, p3, p4 (one range) and p7.
    QList<Participant> remaining;
    for (const auto &p : list) {
        if (!QStringList{QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4"), QStringLiteral("p7")}
                 .contains(p.id()))
            remaining.append(p);
    }
    model->apply(snapshotOf(remaining));
    QCOMPARE(log->changes.size(), 2);
    QCOMPARE(log->changes[0].kind, QStringLiteral("removed"));
    QCOMPARE(log->changes[0].first, 2);
    QCOMPARE(log->changes[0].last, 4);
    QCOMPARE(log->changes[1].kind, QStringLiteral("removed"));
    QCOMPARE(log->changes[1].first, 4); // p7, now at row 4
    QCOMPARE(log->changes[1].last, 4);
    QCOMPARE(model->rowCount(), 6);
    const QStringList expected{QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p5"),
                               QStringLiteral("p6"), QStringLiteral("p8"), QStringLiteral("p9")};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(model->idAt(row), expected[row]);
        QCOMPARE(model->rowOf(expected[row]), row);
    }
}

void TestParticipantModel::joinersAreAppendedAtTheEnd()
{
    model->apply(snapshotOf(people(3)));
    log->changes.clear();
    // New people come first in the service's order; they still go to the end, in that order.
    auto list = people(2, 10) + people(3);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("inserted"));
    QCOMPARE(log->changes[0].first, 3);
    QCOMPARE(log->changes[0].last, 4);
    QCOMPARE(model->idAt(3), QStringLiteral("p10"));
    QCOMPARE(model->idAt(4), QStringLiteral("p11"));
}

void TestParticipantModel::rowsOfLeaversAreForgotten()
{
    model->apply(snapshotOf(people(4)));
    model->apply(snapshotOf(people(2)));
    QCOMPARE(model->rowOf(QStringLiteral("p3")), -1);
    QVERIFY(!model->participant(QStringLiteral("p3")).has_value());
    QVERIFY(!model->state(QStringLiteral("p3")).has_value());
    QCOMPARE(model->idAt(2), QString());
    QCOMPARE(model->idAt(-1), QString());
}

void TestParticipantModel::snapshotThatIsNotOkIsIgnored()
{
    model->apply(snapshotOf(people(4)));
    log->changes.clear();
    RosterSnapshot failed;
    failed.ok = false;
    model->apply(failed);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(log->changes.size(), 0);
}

void TestParticipantModel::duplicateIdsInAHandMadeSnapshotKeepTheLast()
{
    const auto a = person(QStringLiteral("a"), QStringLiteral("First"));
    const auto b = person(QStringLiteral("a"), QStringLiteral("Second"));
    model->apply(snapshotOf({a, b}));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Second"));
}

void TestParticipantModel::clearRemovesEveryRowWithoutAReset()
{
    model->apply(snapshotOf(people(3)));
    log->changes.clear();
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(log->count(QStringLiteral("removed")), 1);
    QCOMPARE(model->rowOf(QStringLiteral("p0")), -1);
    model->apply(snapshotOf(people(2)));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(QStringLiteral("p1")), 1);
}

QTEST_GUILESS_MAIN(TestParticipantModel)
#include "tst_participant_model.moc"
