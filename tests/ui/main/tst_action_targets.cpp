// An action hits exactly whom the moderator means, and says exactly what happened: Delete follows
// the panel that has focus, the app's own participant is never a target, a selection the filter
// hides is not acted on, and a bulk action reports every person by name. Real widgets against
// the simulator over loopback.
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "ui/invitations_dock.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"
#include "ui/roster_view.h"

using namespace moderato;
using namespace moderato::test;
using PM = ParticipantModel;

namespace {

QModelIndex viewIndex(QTableView *table, const QString &participantId, int idRole)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(idRole).toString() == participantId)
            return index;
    }
    return {};
}

bool clickRow(QTableView *table, const QString &participantId, int idRole,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex index = viewIndex(table, participantId, idRole);
    if (!index.isValid())
        return false;
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    return true;
}

bool clickRoster(MainWindow *w, const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    return clickRow(rosterTable(w), id, PM::IdRole, modifiers);
}

QStringList rosterIds(CallSession *session)
{
    QStringList ids;
    for (int row = 0; row < session->participants()->rowCount(); ++row)
        ids.append(session->participants()->idAt(row));
    return ids;
}

} // namespace

class TestActionTargets : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void deleteInTheInvitationsPanelCancelsTheSelectedInvitation()
    {
        QVERIFY(startWith());
        const QStringList ids = h->session()->invite(
            {InviteTarget{InviteTarget::Kind::User, kDeclineUser, QStringLiteral("Dana Declines")}});
        QCOMPARE(ids.size(), 1);
        QTableView *panel = w->invitationsDock()->tableView();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 5000);
        // A guest selected in the roster, the ringing invitation selected in the panel, which
        // has the focus.
        QVERIFY(clickRoster(w, kGuest));
        QVERIFY(clickRow(panel, ids.first(), InvitationModel::ParticipantIdRole));
        QTRY_VERIFY(panel->hasFocus());
        QVERIFY(action(w, "actionCancelInvitation")->isEnabled());
        QVERIFY(!action(w, "actionRemoveParticipant")->isEnabled());
        QVERIFY(!action(w, "actionMuteParticipant")->isEnabled());
        QCOMPARE(action(w, "actionDeleteSelection")->text(), action(w, "actionCancelInvitation")->text());

        QTest::keyClick(panel, Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        QVERIFY2(h->questions.first().contains(QStringLiteral("Cancel the invitation to Dana Declines?")),
                 qPrintable(h->questions.first()));
        QVERIFY2(!h->questions.first().contains(QStringLiteral("Visiting Auditor")), qPrintable(h->questions.first()));
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->invitations()->invitation(ids.first())->outcome,
                                  InvitationOutcome::Cancelled, 5000);
        QCOMPARE(h->session()->participants()->state(kGuest), std::optional(PM::RowState::Active));

        // Back in the roster, the same keys act on the roster's selection again.
        QVERIFY(clickRoster(w, kGuest));
        QTRY_VERIFY(rosterTable(w)->hasFocus());
        QVERIFY(action(w, "actionRemoveParticipant")->isEnabled());
        QVERIFY(!action(w, "actionCancelInvitation")->isEnabled());
    }

    void theAppsOwnParticipantIsMarkedAndNeverATarget()
    {
        QVERIFY(startWith());
        const QModelIndex bot = viewIndex(rosterTable(w), kBot, PM::IdRole);
        QVERIFY(bot.isValid());
        QVERIFY2(bot.siblingAtColumn(PM::KindColumn).data().toString().contains(QStringLiteral("this app")),
                 qPrintable(bot.siblingAtColumn(PM::KindColumn).data().toString()));
        QVERIFY(clickRoster(w, kBot));
        QVERIFY(!action(w, "actionRemoveParticipant")->isEnabled());
        QVERIFY(!action(w, "actionMuteParticipant")->isEnabled());
        QVERIFY(!action(w, "actionDeleteSelection")->isEnabled());
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QTest::keyClick(rosterTable(w), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(h->questions.size(), 0);

        // Selected together with someone else: only that person is asked about and removed.
        QVERIFY(clickRoster(w, kLena, Qt::ControlModifier));
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        QVERIFY2(!h->questions.first().contains(QStringLiteral("Moderato Bot")), qPrintable(h->questions.first()));
        QTRY_VERIFY_WITH_TIMEOUT(!rosterIds(h->session()).contains(kLena), 5000);
        QVERIFY(rosterIds(h->session()).contains(kBot));

        // The core refuses it too, whoever asks.
        QSignalSpy finished(h->session(), &CallSession::actionFinished);
        h->session()->remove({kBot});
        h->session()->mute({kBot});
        QCOMPARE(finished.size(), 2);
        for (const QList<QVariant> &signal : finished)
            QCOMPARE(signal.at(0).value<ActionOutcome>().result, ActionOutcome::Result::Refused);
        QCOMPARE(h->session()->participants()->state(kBot), std::optional(PM::RowState::Active));
    }

    void aSelectionTheFilterHidesIsNotATarget()
    {
        QVERIFY(startWith());
        QVERIFY(clickRoster(w, kJane));
        QVERIFY(clickRoster(w, kLena, Qt::ControlModifier));
        auto *filter = w->findChild<QLineEdit *>(QStringLiteral("rosterFilter"));
        QTest::keyClicks(filter, QStringLiteral("lena"));
        QCOMPARE(rosterTable(w)->model()->rowCount(), 1);
        rosterTable(w)->setFocus();
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        QVERIFY2(h->questions.first().contains(QStringLiteral("Remove Lena Fischer from the call?")),
                 qPrintable(h->questions.first()));
        QVERIFY2(!h->questions.first().contains(QStringLiteral("Jane")), qPrintable(h->questions.first()));
        // Jane was never sent for and, with the filter gone, is no longer selected.
        filter->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!rosterIds(h->session()).contains(kLena), 5000);
        QCOMPARE(h->session()->participants()->state(kJane), std::optional(PM::RowState::Active));
        QVERIFY(w->rosterView()->selectedRows().isEmpty());
    }

    void aQuickFilterDropsTheHiddenPartOfTheSelection()
    {
        QVERIFY(startWith());
        QVERIFY(clickRoster(w, kJane));
        QVERIFY(clickRoster(w, kPhone, Qt::ControlModifier));
        QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("quickFilterPhone")), Qt::LeftButton);
        QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("quickFilterEveryone")), Qt::LeftButton);
        const QList<SelectedRow> selected = w->rosterView()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().id, kPhone);
    }

    void aBulkRemovalNamesEveryoneAndSeparatesFailures()
    {
        QVERIFY(startWith());
        // Lena's removal is refused; the four others go.
        QVERIFY(h->addFaults(QByteArrayLiteral("{\"faults\":[{\"method\":\"DELETE\",\"path\":"
                                               "\"/v1.0/communications/calls/*/participants/")
                             + kLena.toLatin1() + QByteArrayLiteral("\",\"status\":403,\"code\":\"Forbidden\"}]}")));
        for (const QString &id : {kJane, kOmar, kGuest, kPhone, kLena})
            QVERIFY(clickRoster(w, id, Qt::ControlModifier));
        QCOMPARE(w->rosterView()->selectedRows().size(), 5);
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        MessageBanner *banner = w->actionBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QStringLiteral("Lena Fischer")), 5000);
        const QString text = banner->text() + QLatin1Char('\n') + banner->details();
        QVERIFY2(text.contains(QStringLiteral("4 people were removed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Could not remove Lena Fischer")), qPrintable(text));
        // Collapsed past a few names; every name one click away.
        auto *expand = banner->findChild<QPushButton *>(QStringLiteral("bannerExpand"));
        if (expand && expand->isVisible())
            QTest::mouseClick(expand, Qt::LeftButton);
        const QString all = banner->text() + QLatin1Char('\n') + banner->details();
        for (const char *name : {"Jane Doe", "Omar Haddad", "Visiting Auditor", "+14255550123"})
            QVERIFY2(all.contains(QLatin1String(name)), qPrintable(all));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    }
};

QTEST_MAIN(TestActionTargets)
#include "tst_action_targets.moc"
