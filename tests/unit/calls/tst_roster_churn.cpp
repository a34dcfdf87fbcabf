// ParticipantModel under churn: many refreshes with joins, leaves and changes; selections and
// persistent indexes across refreshes. A Fatal QAbstractItemModelTester watches every step.
#include "core/calls/participant_model.h"

#include "participant_model_fixture.h"
#include "roster_builders.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace moderato;
using namespace moderato::test;

namespace {

// The model must hold exactly the snapshot's participants (plus invited rows not yet joined),
// each with the snapshot's data, and rowOf/idAt must agree.
void verifyModelEquals(const ParticipantModel &model, const QList<Participant> &roster,
                       const QList<InvitedRow> &invited)
{
    QSet<QString> rosterIds;
    for (const Participant &p : roster) {
        rosterIds.insert(p.id());
        const int row = model.rowOf(p.id());
        QVERIFY2(row >= 0, qPrintable(p.id()));
        QCOMPARE(model.idAt(row), p.id());
        QCOMPARE(model.index(row, 0).data(ParticipantModel::ParticipantRole).value<Participant>(), p);
        QVERIFY(model.index(row, 0).data(ParticipantModel::StateRole).toInt()
                != int(ParticipantModel::RowState::Invited));
    }
    int invitedRows = 0;
    for (const InvitedRow &inv : invited) {
        if (rosterIds.contains(inv.participantId))
            continue;
        ++invitedRows;
        const int row = model.rowOf(inv.participantId);
        QVERIFY2(row >= 0, qPrintable(inv.participantId));
        QCOMPARE(model.index(row, 0).data(ParticipantModel::StateRole).toInt(),
                 int(ParticipantModel::RowState::Invited));
    }
    QCOMPARE(model.rowCount(), int(roster.size()) + invitedRows);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.idAt(row);
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QCOMPARE(model.rowOf(id), row);
    }
}

Participant changedVersion(const Participant &p, QRandomGenerator &random)
{
    Participant changed = p;
    switch (random.bounded(5)) {
    case 0: changed.setMuted(!p.isMuted()); break;
    case 1: changed.setInLobby(!p.isInLobby()); break;
    case 2: changed.setDisplayName(p.displayName() + QLatin1Char('\'')); break;
    case 3:
        changed.setMediaStreams({MediaStream{MediaType(1 + random.bounded(3)),
                                             MediaDirection::SendReceive,
                                             false,
                                             {},
                                             QString::number(random.bounded(100))}});
        break;
    default: changed.setRosterSequenceNumber(random.bounded(1000000)); break;
    }
    return changed;
}

QStringList selectedIds(const QItemSelectionModel &selection, const ParticipantModel &model)
{
    QStringList ids;
    for (const QModelIndex &index : selection.selectedRows())
        ids.append(model.idAt(index.row()));
    ids.sort();
    return ids;
}

} // namespace

class TestRosterChurn : public ParticipantModelTest
{
    Q_OBJECT
private Q_SLOTS:
    void modelEqualsSnapshotAfterEveryRandomRefresh_data();
    void modelEqualsSnapshotAfterEveryRandomRefresh();
    void scatteredMassLeaveKeepsTheRestIntact();
    void selectionAndPersistentIndexesSurviveRefreshes();
    void selectedRowThatLeavesDropsOutOfTheSelection();
};

void TestRosterChurn::modelEqualsSnapshotAfterEveryRandomRefresh_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 20240501") << 20240501u;
    QTest::newRow("seed 777") << 777u;
}

void TestRosterChurn::modelEqualsSnapshotAfterEveryRandomRefresh()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QDateTime now(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QList<Participant> roster = people(60);
    QList<InvitedRow> invited;
    int nextId = 1000;
    for (int round = 0; round < 300; ++round) {
        // Leaves: usually a few, sometimes half the call at once.
        const int leavePercent = random.bounded(20) == 0 ? 50 : 6;
        roster.erase(std::remove_if(roster.begin(), roster.end(),
                                    [&](const Participant &) { return int(random.bounded(100)) < leavePercent; }),
                     roster.end());
        for (Participant &p : roster) {
            if (random.bounded(10) == 0)
                p = changedVersion(p, random);
        }
        const int joins = int(random.bounded(roster.size() < 20 ? 15 : 6));
        for (int j = 0; j < joins; ++j) {
            // Sometimes the one joining is someone we invited.
            if (!invited.isEmpty() && random.bounded(3) == 0) {
                const InvitedRow inv = invited.takeAt(random.bounded(invited.size()));
                roster.append(person(inv.participantId, inv.displayName, QStringLiteral("home")));
            } else {
                roster.append(person(QStringLiteral("p%1").arg(nextId), QStringLiteral("Joiner %1").arg(nextId),
                                     random.bounded(4) == 0 ? QStringLiteral("other") : QStringLiteral("home")));
                ++nextId;
            }
        }
        if (random.bounded(3) == 0) // the service's order means nothing
            std::shuffle(roster.begin(), roster.end(), random);
        if (random.bounded(5) == 0) {
            if (!invited.isEmpty() && random.bounded(2) == 0)
                invited.removeAt(random.bounded(invited.size())); // declined
            invited.append(InvitedRow{
                QStringLiteral("inv%1").arg(nextId++), QStringLiteral("Invitee"), IdentityKind::User, now, {}});
            model->setInvitedRows(invited);
        }
        if (random.bounded(7) == 0 && !roster.isEmpty())
            model->setPending({roster[random.bounded(roster.size())].id()}, ParticipantModel::RowState::Removing);

        model->apply(snapshotOf(roster));
        verifyModelEquals(*model, roster, invited);
        if (QTest::currentTestFailed()) {
            qWarning("round %d of seed %u", round, seed);
            return;
        }
    }
    // Unchanged afterwards: silence.
    log->changes.clear();
    model->apply(snapshotOf(roster));
    QCOMPARE(log->changes.size(), 0);
}

void TestRosterChurn::scatteredMassLeaveKeepsTheRestIntact()
{
    const auto everyone = people(400);
    model->apply(snapshotOf(everyone));
    QList<Participant> stay;
    for (int i = 0; i < everyone.size(); ++i) {
        if (i % 3 == 1)
            stay.append(everyone[i]);
    }
    log->changes.clear();
    model->apply(snapshotOf(stay));
    verifyModelEquals(*model, stay, {});
    // Rows 0, 2-3, 5-6, … go: one signal per contiguous range, never a reset.
    QCOMPARE(log->count(QStringLiteral("removed")), 134);
    QCOMPARE(log->changes.size(), 134);
    for (int i = 0; i < stay.size(); ++i)
        QCOMPARE(model->idAt(i), stay[i].id()); // relative order kept
}

void TestRosterChurn::selectionAndPersistentIndexesSurviveRefreshes()
{
    auto roster = people(20);
    model->apply(snapshotOf(roster));
    QItemSelectionModel selection(model.get());
    const auto select = [&](const QString &id) {
        selection.select(model->index(model->rowOf(id), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    select(QStringLiteral("p5"));
    select(QStringLiteral("p12"));
    selection.setCurrentIndex(model->index(model->rowOf(QStringLiteral("p12")), 2), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex kept(model->index(model->rowOf(QStringLiteral("p15")), ParticipantModel::MediaColumn));

    QRandomGenerator random(42);
    int nextId = 100;
    for (int round = 0; round < 50; ++round) {
        // Others come and go; p5, p12 and p15 stay (and change now and then).
        roster.erase(std::remove_if(roster.begin(), roster.end(),
                                    [&](const Participant &p) {
                                        const bool anchor = p.id() == QLatin1String("p5")
                                                            || p.id() == QLatin1String("p12")
                                                            || p.id() == QLatin1String("p15");
                                        return !anchor && random.bounded(5) == 0;
                                    }),
                     roster.end());
        for (int j = int(random.bounded(4)); j > 0; --j)
            roster.insert(random.bounded(roster.size() + 1),
                          person(QStringLiteral("p%1").arg(nextId++), QStringLiteral("New")));
        for (Participant &p : roster) {
            if (random.bounded(6) == 0)
                p = changedVersion(p, random);
        }
        model->apply(snapshotOf(roster));

        QCOMPARE(selectedIds(selection, *model), (QStringList{QStringLiteral("p12"), QStringLiteral("p5")}));
        QCOMPARE(selection.currentIndex().row(), model->rowOf(QStringLiteral("p12")));
        QCOMPARE(selection.currentIndex().column(), 2);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), model->rowOf(QStringLiteral("p15")));
        QCOMPARE(kept.column(), int(ParticipantModel::MediaColumn));
        QCOMPARE(kept.data(ParticipantModel::IdRole).toString(), QStringLiteral("p15"));
    }
}

void TestRosterChurn::selectedRowThatLeavesDropsOutOfTheSelection()
{
    auto roster = people(10);
    model->apply(snapshotOf(roster));
    QItemSelectionModel selection(model.get());
    selection.select(model->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(model->index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QPersistentModelIndex gone(model->index(3, 1));
    roster.removeAt(3);
    model->apply(snapshotOf(roster));
    QVERIFY(!gone.isValid());
    QCOMPARE(selectedIds(selection, *model), QStringList{QStringLiteral("p7")});
}

QTEST_GUILESS_MAIN(TestRosterChurn)
#include "tst_roster_churn.moc"
