// The main window against the simulator over loopback: the moderator's end-to-end actions,
// driven with the mouse and keyboard on the real widgets, confirmations answered by the hook.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "ui/call_header.h"
#include "ui/invitations_dock.h"
#include "ui/invite_dialog.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"
#include "ui/roster_view.h"

using namespace moderato;
using namespace moderato::test;
using PM = ParticipantModel;

namespace {

QStringList selectedIds(MainWindow *w)
{
    return RosterSelection::ids(w->rosterView()->selectedRows());
}

int outcomeOf(CallSession *session, const QString &name)
{
    InvitationModel *model = session->invitations();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(InvitationModel::InviteeNameRole).toString() == name)
            return index.data(InvitationModel::OutcomeRole).toInt();
    }
    return -1;
}

//! Types \a number as a phone invitee in the invite dialog and presses Return; the entry field.
QLineEdit *enterPhoneNumber(InviteDialog *dialog, const QString &number)
{
    dialog->findChild<QComboBox *>(QStringLiteral("manualKind"))->setCurrentIndex(1); // phone
    auto *entry = dialog->findChild<QLineEdit *>(QStringLiteral("manualEntry"));
    QTest::keyClicks(entry, number);
    QTest::keyClick(entry, Qt::Key_Return);
    return entry;
}

} // namespace

class TestMainWindow : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheCallInTitleAndHeader()
    {
        QVERIFY(startWith());
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Moderato — Board review"));
        QTRY_COMPARE(w->findChild<QAbstractButton *>(QStringLiteral("inCallCount"))->text(),
                     QStringLiteral("5 in the call"));
        QCOMPARE(w->findChild<QAbstractButton *>(QStringLiteral("inLobbyCount"))->text(),
                 QStringLiteral("1 in the lobby"));
        QCOMPARE(w->callHeader()->connectionText(), QStringLiteral("Live"));
        QVERIFY(w->width() >= 1100 && w->height() >= 680);
    }

    void removeWithDeleteAfterConfirmation()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kJane));
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        QVERIFY2(h->questions.first().endsWith(QStringLiteral("Remove Jane Doe from the call?")),
                 qPrintable(h->questions.first()));
        // The row says "removing…" at once, then leaves.
        QCOMPARE(h->session()->participants()->state(kJane), std::optional(PM::RowState::Removing));
        QTRY_VERIFY_WITH_TIMEOUT(!idsInTheCall(h->session()).contains(kJane), 5000);
        QTRY_VERIFY(w->actionBanner()->isVisible());
        QCOMPARE(w->actionBanner()->kind(), MessageBanner::Kind::Positive);
    }

    void declinedConfirmationSendsNothing()
    {
        QVERIFY(startWith());
        h->confirmAnswer = false;
        QVERIFY(clickRow(w, kLena));
        QSignalSpy refreshed(h->session(), &CallSession::refreshed);
        action(w, "actionRemoveParticipant")->trigger();
        QCOMPARE(h->questions.size(), 1);
        QCOMPARE(h->session()->participants()->state(kLena), std::optional(PM::RowState::Active));
        QTRY_VERIFY(refreshed.count() >= 2); // two rosters read since: she is still in them
        QVERIFY(idsInTheCall(h->session()).contains(kLena));
    }

    void peopleWhoChangedDuringTheQuestionAreLeftAlone()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kJane));
        QVERIFY(clickRow(w, kLena, Qt::ControlModifier));
        // While the question is open, Lena is being removed by other means: by id, the session
        // sees that she is no longer an active participant, leaves her alone and says so.
        QSignalSpy outcomes(h->session(), &CallSession::actionFinished);
        w->setConfirmHook([this](const QString &, const QString &) {
            h->session()->remove({kLena});
            return true;
        });
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->session()->participants()->state(kJane), std::optional(PM::RowState::Removing));
        const auto refusedLena = [&] {
            for (const QList<QVariant> &signal : std::as_const(outcomes)) {
                const auto outcome = signal.at(0).value<ActionOutcome>();
                if (outcome.participantId == kLena && outcome.result == ActionOutcome::Result::Refused)
                    return true;
            }
            return false;
        };
        QVERIFY(refusedLena());
        QTRY_VERIFY_WITH_TIMEOUT(
            !idsInTheCall(h->session()).contains(kJane) && !idsInTheCall(h->session()).contains(kLena), 5000);
        QTRY_VERIFY(w->actionBanner()->isVisible());
    }

    void removingSeveralNamesThemAll()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kJane));
        QVERIFY(clickRow(w, kLena, Qt::ControlModifier));
        QVERIFY(clickRow(w, kOmar, Qt::ControlModifier));
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        const QString q = h->questions.first();
        QVERIFY2(q.contains(QStringLiteral("Remove 3 participants from the call?")), qPrintable(q));
        for (const char *name : {"Jane Doe", "Lena Fischer", "Omar Haddad"})
            QVERIFY2(q.contains(QLatin1String(name)), qPrintable(q));
        QTRY_VERIFY_WITH_TIMEOUT(!idsInTheCall(h->session()).contains(kOmar)
                                     && !idsInTheCall(h->session()).contains(kJane)
                                     && !idsInTheCall(h->session()).contains(kLena),
                                 5000);
    }

    void forbiddenRemovalShowsTheAdminCommand()
    {
        QVERIFY(startWith({.allowRemove = false}));
        QVERIFY(clickRow(w, kJane));
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        MessageBanner *banner = w->actionBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->kind() == MessageBanner::Kind::Error, 5000);
        const QString command =
            QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"") + kClientId
            + QStringLiteral("\"}");
        QCOMPARE(banner->details(), command);
        QVERIFY2(banner->text().contains(QStringLiteral("Could not remove Jane Doe")), qPrintable(banner->text()));
        auto *copy = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
        QVERIFY(copy && copy->isVisible());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
        // The failed removal gives the row back.
        QTRY_COMPARE(h->session()->participants()->state(kJane), std::optional(PM::RowState::Active));
    }

    void muteWithCtrlM()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kLena));
        QVERIFY(action(w, "actionMuteParticipant")->isEnabled());
        QTest::keyClick(rosterTable(w), Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(viewIndex(w, kLena).data(PM::IsMutedRole).toBool(), 5000);
        // Muted already: nothing more to do.
        QTRY_VERIFY(!action(w, "actionMuteParticipant")->isEnabled());
    }

    void actionsFollowTheSelection()
    {
        QVERIFY(startWith());
        QVERIFY(!action(w, "actionRemoveParticipant")->isEnabled());
        QVERIFY(!action(w, "actionCopyParticipantId")->isEnabled());
        QVERIFY(clickRow(w, kOmar)); // muted already
        QVERIFY(action(w, "actionRemoveParticipant")->isEnabled());
        QVERIFY(!action(w, "actionCancelInvitation")->isEnabled());
        QVERIFY(!action(w, "actionMuteParticipant")->isEnabled());
        QTest::keyClick(rosterTable(w), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), kOmar);
    }

    void filterByTextAndQuickFilter()
    {
        QVERIFY(startWith());
        auto *filter = w->findChild<QLineEdit *>(QStringLiteral("rosterFilter"));
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("haddad"));
        QCOMPARE(rosterTable(w)->model()->rowCount(), 1);
        QVERIFY(viewIndex(w, kOmar).isValid());
        filter->clear();
        QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("quickFilterLobby")), Qt::LeftButton);
        QCOMPARE(rosterTable(w)->model()->rowCount(), 1);
        QVERIFY(viewIndex(w, kGuest).isValid());
        QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("quickFilterGuests")), Qt::LeftButton);
        QCOMPARE(rosterTable(w)->model()->rowCount(), 2); // the guest and the external user
        QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("quickFilterPhone")), Qt::LeftButton);
        QCOMPARE(rosterTable(w)->model()->rowCount(), 1);
        QVERIFY(viewIndex(w, kPhone).isValid());
    }

    void inviteTwoPeopleOneAcceptsOneDeclines()
    {
        QVERIFY(startWith({.operationsGettable = true})); // the decline is read from its operation
        QTest::keyClick(rosterTable(w), Qt::Key_I, Qt::ControlModifier);
        InviteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<InviteDialog *>(QStringLiteral("inviteDialog"))) && dialog->isVisible());
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("directorySearch"));
        auto *results = dialog->findChild<QListWidget *>(QStringLiteral("searchResults"));
        for (const QString &name : {QStringLiteral("Ada"), QStringLiteral("Dana")}) {
            search->clear();
            QTest::keyClicks(search, name);
            QTRY_VERIFY_WITH_TIMEOUT(results->count() == 1 && results->item(0)->text().startsWith(name), 5000);
            QListWidgetItem *item = results->item(0);
            const QRect rect = results->visualItemRect(item);
            // The check box sits at the start of the row.
            QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
            QCOMPARE(item->checkState(), Qt::Checked);
        }
        QCOMPARE(dialog->chosen().size(), 2);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("requestSummary"))->text(),
                 QStringLiteral("2 people will be called, each with an invitation of their own."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendInvitationsButton")), Qt::LeftButton);
        QVERIFY(dialog->isSending());
        QVERIFY(!search->isEnabled());
        QPointer<InviteDialog> guard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 5000);

        // Both ring: invited rows in the roster and in the panel.
        QTRY_COMPARE(h->session()->participants()->counts().invited, 2);
        QCOMPARE(outcomeOf(h->session(), QStringLiteral("Ada Accepts")), int(InvitationOutcome::Ringing));
        h->simulator().advanceClock(5);
        QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(h->session(), QStringLiteral("Ada Accepts")),
                                  int(InvitationOutcome::Connected), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(h->session(), QStringLiteral("Dana Declines")),
                                  int(InvitationOutcome::Declined), 5000);
        QTableView *panel = w->invitationsDock()->tableView();
        QStringList statuses;
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            statuses.append(panel->model()->index(row, InvitationModel::StatusColumn).data().toString());
        QCOMPARE(statuses.size(), 2);
        QVERIFY2(statuses.join(QLatin1Char('|')) != QStringLiteral("|"), "the panel says what happened");
    }

    void invalidPhoneNumberIsExplainedInline()
    {
        QVERIFY(startWith());
        InviteDialog *dialog = openInviteDialog(w);
        QVERIFY(dialog);
        QLineEdit *entry = enterPhoneNumber(dialog, QStringLiteral("0301234"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("manualError"));
        QVERIFY(error->isVisible());
        QCOMPARE(entry->text(), QStringLiteral("0301234")); // what was typed stays
        QCOMPARE(dialog->chosen().size(), 0);
        entry->clear();
        QTest::keyClicks(entry, QStringLiteral("+44 20 7946 0958"));
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(dialog->chosen().size(), 1);
        QCOMPARE(dialog->chosen().first().id, QStringLiteral("+442079460958"));
        dialog->reject();
    }

    void searchWithoutPermissionKeepsManualEntry()
    {
        QVERIFY(startWith({.userReadAll = false}));
        InviteDialog *dialog = openInviteDialog(w);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("directorySearch")), QStringLiteral("Ada"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("searchStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("User.Read.All")), 5000);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("manualEntry"))->isEnabled());
        dialog->reject();
    }

    void cancelAnInvitation()
    {
        QVERIFY(startWith());
        const QStringList ids = h->session()->invite(
            {InviteTarget{InviteTarget::Kind::Phone, QStringLiteral("+14255550999"), QStringLiteral("+14255550999")}});
        QCOMPARE(ids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(viewIndex(w, ids.first()).isValid(), 5000);
        QVERIFY(clickRow(w, ids.first()));
        QVERIFY(action(w, "actionCancelInvitation")->isEnabled());
        QVERIFY(!action(w, "actionRemoveParticipant")->isEnabled());
        QTest::keyClick(rosterTable(w), Qt::Key_Delete);
        QCOMPARE(h->questions.size(), 1);
        QVERIFY2(h->questions.first().contains(QStringLiteral("Cancel the invitation to +14255550999?")),
                 qPrintable(h->questions.first()));
        QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(h->session(), QStringLiteral("+14255550999")),
                                  int(InvitationOutcome::Cancelled), 5000);
        QTRY_VERIFY(!viewIndex(w, ids.first()).isValid());
    }

    void cancelFromTheInvitationsPanel()
    {
        QVERIFY(startWith());
        h->session()->invite(
            {InviteTarget{InviteTarget::Kind::Phone, QStringLiteral("+14255550777"), QStringLiteral("Late Caller")}});
        QTableView *panel = w->invitationsDock()->tableView();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 5000);
        QPushButton *cancel = w->invitationsDock()->cancelButton();
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {},
                          panel->visualRect(panel->model()->index(0, 0)).center());
        QTRY_VERIFY(cancel->isEnabled());
        QVERIFY(!w->invitationsDock()->retryButton()->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(h->session(), QStringLiteral("Late Caller")),
                                  int(InvitationOutcome::Cancelled), 5000);
        QTRY_VERIFY(w->invitationsDock()->retryButton()->isEnabled());
        QVERIFY(!cancel->isEnabled());
        // Invite again: a new invitation, ringing, next to the cancelled one.
        QTest::mouseClick(w->invitationsDock()->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 5000);
        QTRY_COMPARE(h->session()->participants()->counts().invited, 1);
    }

    void staleRosterSaysSoAndOffersARetry()
    {
        QVERIFY(startWith());
        const QByteArray rule =
            "{\"faults\":[{\"method\":\"GET\",\"path\":\"/v1.0/communications/calls/*/participants\","
            "\"status\":400,\"count\":2}]}";
        QVERIFY(h->addFaults(rule));
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), CallSession::ConnectionState::Stale, 5000);
        MessageBanner *banner = w->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("could not be refreshed")), qPrintable(banner->text()));
        QVERIFY(w->callHeader()->connectionText().startsWith(QStringLiteral("Stale since")));
        QCOMPARE(h->session()->participants()->rowCount(), 6); // the last good roster stays
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("bannerAction")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), CallSession::ConnectionState::Live, 5000);
        QTRY_VERIFY(!banner->isVisible());
    }

    void anUnknownCallHasEndedAndOffersToJoinAgain()
    {
        QVERIFY(startWith());
        h->session()->open(QStringLiteral("00000000-0000-4000-8000-0000000000ff"));
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), CallSession::ConnectionState::Ended, 5000);
        MessageBanner *banner = w->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("has ended for Moderato")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("request id")), qPrintable(banner->text()));
        QCOMPARE(banner->actionText(), QStringLiteral("Join Again"));
        QCOMPARE(w->callHeader()->connectionText(), QStringLiteral("Ended"));
        QVERIFY(!action(w, "actionInvite")->isEnabled());
    }

    void failedInviteRequestKeepsTheDialogOpen()
    {
        QVERIFY(startWith());
        const QByteArray rule =
            "{\"faults\":[{\"method\":\"POST\",\"path\":\"/v1.0/communications/calls/*/participants/invite\","
            "\"status\":403,\"count\":1}]}";
        QVERIFY(h->addFaults(rule));
        InviteDialog *dialog = openInviteDialog(w);
        QVERIFY(dialog);
        enterPhoneNumber(dialog, QStringLiteral("+1 425 555 0166"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendInvitationsButton")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("inviteError"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 5000);
        QVERIFY2(error->text().contains(QStringLiteral("+14255550166")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isSending());
        QCOMPARE(dialog->chosen().size(), 1); // ready to try again
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("sendInvitationsButton"))->isEnabled());
        dialog->reject();
    }

    void rateLimitShowsACountdown()
    {
        QVERIFY(startWith());
        const QByteArray rule =
            "{\"faults\":[{\"method\":\"GET\",\"path\":\"/v1.0/communications/calls/*/participants\","
            "\"status\":429,\"retryAfter\":\"20\",\"count\":1}]}";
        QVERIFY(h->addFaults(rule));
        QTest::keyClick(rosterTable(w), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), CallSession::ConnectionState::RateLimited, 5000);
        CallHeader *header = w->callHeader();
        QTRY_VERIFY(header->connectionText().startsWith(QStringLiteral("Rate limited — retrying in")));
        const int first = header->secondsUntilRetry();
        QVERIFY2(first > 10 && first <= 20, qPrintable(QString::number(first)));
        MessageBanner *banner = w->connectionBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("retrying in %1 s").arg(first)), qPrintable(banner->text()));
        // A second later the countdown has moved on screen, in the header and in the banner.
        const QString later = QStringLiteral("retrying in %1 s").arg(first - 1);
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(later), 2500);
        QVERIFY2(w->findChild<QLabel *>(QStringLiteral("connectionState"))->text().contains(later),
                 qPrintable(w->findChild<QLabel *>(QStringLiteral("connectionState"))->text()));
    }

    void selectionSurvivesRefreshesWithChurn()
    {
        QVERIFY(startWith({.joinEvery = 2, .leaveEvery = 3}));
        QVERIFY(clickRow(w, kJane));
        QVERIFY(clickRow(w, kLena, Qt::ControlModifier));
        QVERIFY(clickRow(w, kOmar, Qt::ControlModifier));
        const QStringList selected = selectedIds(w);
        const QString current = w->rosterView()->currentParticipantId();
        QCOMPARE(current, kOmar);
        const QStringList initial = idsInTheCall(h->session());
        int changes = 0;
        for (int step = 0; step < 6; ++step) {
            const QStringList before = idsInTheCall(h->session());
            h->simulator().advanceClock(2);
            QTRY_VERIFY_WITH_TIMEOUT(idsInTheCall(h->session()) != before, 5000);
            ++changes;
            QStringList expected;
            for (const QString &id : selected) {
                if (idsInTheCall(h->session()).contains(id))
                    expected.append(id);
            }
            QStringList now = selectedIds(w);
            now.sort();
            expected.sort();
            QCOMPARE(now, expected);
            if (idsInTheCall(h->session()).contains(current))
                QCOMPARE(w->rosterView()->currentParticipantId(), current);
        }
        QVERIFY(changes > 0);
        QVERIFY(idsInTheCall(h->session()) != initial);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
