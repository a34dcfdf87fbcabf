// The roster puts what needs attention first and holds still under the pointer: people waiting in
// the lobby sit at the top, the header's counts apply their filter, and while the pointer is over
// the roster nobody's row moves — departures stay greyed as "Left", arrivals wait, banners overlay
// the table instead of pushing it down. Real widgets against the simulator over loopback.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "ui/call_header.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"
#include "ui/roster_view.h"

using namespace moderato;
using namespace moderato::test;
using PM = ParticipantModel;

namespace {

QStringList viewIds(MainWindow *w)
{
    QStringList ids;
    QAbstractItemModel *model = rosterTable(w)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, PM::NameColumn).data(PM::IdRole).toString());
    return ids;
}

QString stateText(MainWindow *w, const QString &id)
{
    QAbstractItemModel *model = rosterTable(w)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PM::NameColumn).data(PM::IdRole).toString() == id)
            return model->index(row, PM::StateColumn).data().toString();
    }
    return {};
}

} // namespace

class TestRosterStability : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void theLobbyComesFirstAndSaysSo()
    {
        QVERIFY(startWith());
        QCOMPARE(viewIds(w).value(0), kGuest);
        QCOMPARE(stateText(w, kGuest), QStringLiteral("Waiting in lobby"));
        QCOMPARE(stateText(w, kJane), QStringLiteral("In the call"));
        // A ringing invitation comes right after the lobby, with how long it has rung.
        const QStringList ids =
            h->session()->invite({InviteTarget{InviteTarget::Kind::Phone, QStringLiteral("+14255550999"), {}}});
        QTRY_VERIFY_WITH_TIMEOUT(viewIds(w).contains(ids.first()), 5000);
        QCOMPARE(viewIds(w).value(1), ids.first());
        QVERIFY2(stateText(w, ids.first()).startsWith(QStringLiteral("Ringing — ")),
                 qPrintable(stateText(w, ids.first())));
    }

    void theHeaderCountsApplyTheirFilter()
    {
        QVERIFY(startWith());
        auto *lobby = w->findChild<QAbstractButton *>(QStringLiteral("inLobbyCount"));
        QVERIFY(lobby);
        QCOMPARE(lobby->text(), QStringLiteral("1 in the lobby"));
        QTest::mouseClick(lobby, Qt::LeftButton);
        QCOMPARE(viewIds(w), QStringList{kGuest});
        QTest::mouseClick(w->findChild<QAbstractButton *>(QStringLiteral("inCallCount")), Qt::LeftButton);
        QCOMPARE(viewIds(w).size(), 6);
    }

    void rowsHoldStillUnderThePointer()
    {
        QVERIFY(startWith({.joinEvery = 10, .leaveEvery = 10}));
        QTableView *table = rosterTable(w);
        const QStringList before = viewIds(w);
        // The pointer rests on the roster.
        QTest::mouseMove(table->viewport(), table->viewport()->rect().center());
        QTRY_VERIFY(table->viewport()->underMouse());
        const QStringList rosterBefore = idsInTheCall(h->session());
        h->simulator().advanceClock(10); // one leaves, one joins
        QTRY_VERIFY_WITH_TIMEOUT(idsInTheCall(h->session()) != rosterBefore, 5000);
        QTest::qWait(100);
        // Same rows in the same places; the one who left is greyed, the newcomer waits.
        QCOMPARE(viewIds(w), before);
        QString left;
        for (const QString &id : before)
            if (!idsInTheCall(h->session()).contains(id))
                left = id;
        QVERIFY(!left.isEmpty());
        QCOMPARE(stateText(w, left), QStringLiteral("Left"));
        QCOMPARE(h->session()->participants()->state(left), std::optional(PM::RowState::Left));

        // A banner appears: it does not push the table down.
        const int tableTop = table->mapTo(w, QPoint(0, 0)).y();
        w->actionBanner()->showMessage(MessageBanner::Kind::Information, QStringLiteral("Something happened."));
        QApplication::processEvents();
        QCOMPARE(table->mapTo(w, QPoint(0, 0)).y(), tableTop);

        // The pointer leaves: the roster catches up.
        QTest::mouseMove(w->callHeader(), QPoint(5, 5));
        QTRY_VERIFY_WITH_TIMEOUT(!viewIds(w).contains(left), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(viewIds(w).size(), idsInTheCall(h->session()).size(), 5000);
    }

    void theFirstRosterComesInWholeUnderThePointer()
    {
        QVERIFY(startWith());
        QTableView *table = rosterTable(w);
        QTest::mouseMove(table->viewport(), table->viewport()->rect().center());
        QTRY_VERIFY(table->viewport()->underMouse());
        // The call opens again while the pointer rests on the empty roster: nothing to keep
        // still, so everyone comes in at once, attention first.
        h->session()->open(kCall);
        QTRY_COMPARE_WITH_TIMEOUT(viewIds(w).size(), 6, 5000);
        QCOMPARE(viewIds(w).value(0), kGuest);
        QVERIFY(table->viewport()->underMouse());
    }

    void aLeftRowIsNoTarget()
    {
        QVERIFY(startWith({.joinEvery = 0, .leaveEvery = 10}));
        QTableView *table = rosterTable(w);
        QTest::mouseMove(table->viewport(), table->viewport()->rect().center());
        QTRY_VERIFY(table->viewport()->underMouse());
        const QStringList rosterBefore = idsInTheCall(h->session());
        h->simulator().advanceClock(10);
        QTRY_VERIFY_WITH_TIMEOUT(idsInTheCall(h->session()) != rosterBefore, 5000);
        QString left;
        for (const QString &id : rosterBefore)
            if (!idsInTheCall(h->session()).contains(id))
                left = id;
        QVERIFY(!left.isEmpty());
        QTRY_COMPARE(stateText(w, left), QStringLiteral("Left"));
        QSignalSpy finished(h->session(), &CallSession::actionFinished);
        h->session()->remove({left});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<ActionOutcome>().result, ActionOutcome::Result::NotInCall);
    }
};

QTEST_MAIN(TestRosterStability)
#include "tst_roster_stability.moc"
