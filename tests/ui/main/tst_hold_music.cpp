// Put on Hold and Resume in the main window against the simulator over loopback: the actions
// follow the selection (one person in the call, not in the lobby), the roster's State column
// says who is on hold, a second hold is refused with a sentence naming who is on hold, and the
// context menu offers Resume for the person on hold.
#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/notifications/comms_notification.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"
#include "ui/roster_actions.h"
#include "ui/roster_view.h"

#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QtTest>

using namespace moderato;
using namespace moderato::test;
using PM = ParticipantModel;

namespace {

QString stateText(MainWindow *w, const QString &participantId)
{
    return viewIndex(w, participantId).siblingAtColumn(PM::StateColumn).data().toString();
}

QStringList menuActionNames(const QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            names.append(a->objectName());
    return names;
}

//! The simulator's hold-music operations of the call, as it keeps them.
QJsonArray holdOperations(UiHarness &h)
{
    QJsonArray found;
    for (const QJsonValue &op : h.simulatedCalls().at(0)[QLatin1String("operations")].toArray())
        if (op[QLatin1String("@odata.type")].toString().contains(QLatin1String("HoldMusic")))
            found.append(op);
    return found;
}

} // namespace

class TestHoldMusic : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void putOnHoldShowsOnHoldAndResumeBringsBack()
    {
        QVERIFY(startWith());
        QAction *hold = action(w, "actionHoldParticipant");
        QAction *resume = action(w, "actionResumeParticipant");
        QMenu *people = nullptr;
        for (QAction *menu : w->menuBar()->actions())
            if (menu->menu() && menuActionNames(menu->menu()).contains(QStringLiteral("actionHoldParticipant")))
                people = menu->menu();
        QVERIFY(people);
        QVERIFY(menuActionNames(people).contains(QStringLiteral("actionResumeParticipant")));

        QVERIFY(clickRow(w, kLena));
        QVERIFY(hold->isEnabled());
        QVERIFY(!resume->isEnabled());
        QTest::keyClick(rosterTable(w), Qt::Key_H, Qt::ControlModifier);
        // The harness has no notification listener: Graph accepted it, nobody can confirm it.
        QTRY_COMPARE_WITH_TIMEOUT(stateText(w, kLena), QStringLiteral("On hold (not confirmed)"), 5000);
        QTRY_VERIFY(w->actionBanner()->text().contains(QLatin1String("notifications, which are off")));
        QTRY_VERIFY(resume->isEnabled());
        QVERIFY(!hold->isEnabled());

        // One at a time: the core refuses a second hold before sending, naming who is on hold.
        QVERIFY(clickRow(w, kJane));
        QVERIFY(hold->isEnabled()); // the window does not know; the session does
        hold->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->actionBanner()->text().contains(QLatin1String("resume them first")), 5000);
        QVERIFY2(w->actionBanner()->text().contains(QLatin1String("Lena")), qPrintable(w->actionBanner()->text()));
        QCOMPARE(holdOperations(*h).size(), 1);
        QCOMPARE(stateText(w, kJane), QStringLiteral("In the call"));

        // The operation's notification (as the simulator would post it) confirms the hold.
        h->simulator().advanceClock(1);
        QJsonArray operations;
        QTRY_VERIFY((operations = holdOperations(*h)).size() == 1
                    && operations.at(0)[QLatin1String("status")].toString() == QLatin1String("completed"));
        const QJsonObject op = operations.at(0).toObject();
        const QJsonObject body{
            {QStringLiteral("value"), QJsonArray{QJsonObject{{QStringLiteral("changeType"), QStringLiteral("deleted")},
                                                             {QStringLiteral("resourceUrl"),
                                                              QStringLiteral("communications/calls/%1/operations/%2")
                                                                  .arg(kCall, op[QLatin1String("id")].toString())},
                                                             {QStringLiteral("resourceData"), op}}}}};
        QString error;
        const auto batch = parseCommsNotifications(QJsonDocument(body).toJson(), &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(h->session()->applyNotifications(batch->notifications), 1);
        QTRY_COMPARE(stateText(w, kLena), QStringLiteral("On hold"));

        QVERIFY(clickRow(w, kLena));
        QVERIFY(resume->isEnabled());
        QTest::keyClick(rosterTable(w), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(w, kLena), QStringLiteral("In the call"), 5000);
        QTRY_VERIFY(w->actionBanner()->text().contains(QLatin1String("is back in the call")));
        QTRY_VERIFY(hold->isEnabled());
        QVERIFY(!resume->isEnabled());
    }

    void nobodyInTheLobbyAndNeverSeveral()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kGuest)); // waiting in the lobby
        QVERIFY(!action(w, "actionHoldParticipant")->isEnabled());
        QVERIFY(clickRow(w, kBot)); // Moderato's own participant
        QVERIFY(!action(w, "actionHoldParticipant")->isEnabled());
        QVERIFY(clickRow(w, kJane));
        QVERIFY(action(w, "actionHoldParticipant")->isEnabled());
        rosterTable(w)->selectAll();
        QVERIFY(!action(w, "actionHoldParticipant")->isEnabled());
    }

    void theContextMenuOffersResumeForThePersonOnHold()
    {
        QWidget window;
        RosterActions actions(&window);
        SelectedRow row{QStringLiteral("a"), QStringLiteral("Al"), SelectedRow::State::Active, false};
        actions.update(RosterSelection({row}), true, true);
        std::unique_ptr<QMenu> menu(actions.buildContextMenu(RosterSelection({row}), &window));
        QVERIFY(menuActionNames(menu.get()).contains(QStringLiteral("actionHoldParticipant")));
        QVERIFY(!menuActionNames(menu.get()).contains(QStringLiteral("actionResumeParticipant")));
        row.hold = SelectedRow::Hold::OnHold;
        actions.update(RosterSelection({row}), true, true);
        menu.reset(actions.buildContextMenu(RosterSelection({row}), &window));
        QVERIFY(menuActionNames(menu.get()).contains(QStringLiteral("actionResumeParticipant")));
        QVERIFY(!menuActionNames(menu.get()).contains(QStringLiteral("actionHoldParticipant")));
        row.hold = SelectedRow::Hold::Pending; // waiting for Graph: neither
        actions.update(RosterSelection({row}), true, true);
        QVERIFY(!actions.holdParticipant->isEnabled());
        QVERIFY(!actions.resumeParticipant->isEnabled());
    }
};

QTEST_MAIN(TestHoldMusic)
#include "tst_hold_music.moc"
