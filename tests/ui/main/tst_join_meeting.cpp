// Joining, staying and leaving as a moderator does it in the window: Ctrl+J and a pasted link,
// the lobby said plainly, a meeting that ended with "Join Again", Leave Meeting, and the question
// on quitting while Moderato's bot is in a meeting it joined. Real widgets against the simulator.
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "ui/call_header.h"
#include "ui/join_dialog.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;
using State = CallSession::ConnectionState;

namespace {

//! The Join Meeting dialog on screen (an earlier one may still be on its way out).
JoinDialog *visibleJoinDialog(MainWindow *w)
{
    for (JoinDialog *dialog : w->findChildren<JoinDialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

const QString TownHall = QStringLiteral("Meeting ID: 246 813 579 024\nPasscode: Tw8nHl");

QStringList rosterNames(CallSession *session)
{
    QStringList names;
    for (int row = 0; row < session->participants()->rowCount(); ++row)
        names.append(session->participants()->index(row, 0).data(ParticipantModel::DisplayNameRole).toString());
    return names;
}

} // namespace

class TestJoinMeeting : public WindowTest
{
    Q_OBJECT
private:
    bool startWith(bool lobbyForApps = false) { return startOn(withMeeting(uiScenario(), lobbyForApps)); }

    //! Ctrl+J, paste \a text, click Join.
    void joinThroughTheDialog(const QString &text)
    {
        w->activateWindow(); // the last dialog may have taken the focus with it
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_J, Qt::ControlModifier);
        JoinDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleJoinDialog(w)));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("joinTargetEdit"))->setPlainText(text);
        auto *join = dialog->findChild<QPushButton *>(QStringLiteral("joinButton"));
        QVERIFY(join->isEnabled());
        QTest::mouseClick(join, Qt::LeftButton);
    }

    //! The state of the call \a id as the service sees it ("" when it does not know the call).
    QString serviceState(const QString &id)
    {
        for (const QJsonValue &call : h->simulatedCalls())
            if (call[QLatin1String("id")].toString() == id)
                return call[QLatin1String("state")].toString();
        return {};
    }

    //! Joined the press briefing from its link; returns its call id.
    QString joinPressBriefing()
    {
        joinThroughTheDialog(meetingLink());
        if (!QTest::qWaitFor([&] { return h->session()->connectionState() == State::Live; }, 5000))
            return {};
        return h->session()->callId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the quit question's answer stays out of real settings
        QSettings().remove(QStringLiteral("quit"));
    }

    void cleanup()
    {
        closeWindow();
        QSettings().remove(QStringLiteral("quit"));
    }

    void joinsFromAPastedLink()
    {
        QVERIFY(startWith());
        joinThroughTheDialog(meetingLink());
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Live, 5000);
        QVERIFY(h->session()->callId() != kCall);
        QTRY_VERIFY(rosterNames(h->session()).contains(QStringLiteral("Noah Berg")));
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Moderato — Press briefing"));
        // The meeting is one click away next time, without anything secret.
        action(w, "actionJoinMeeting")->trigger();
        JoinDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleJoinDialog(w)));
        auto *recent = dialog->findChild<QListWidget *>(QStringLiteral("recentMeetings"));
        QCOMPARE(recent->count(), 1);
        QVERIFY2(recent->item(0)->text().contains(QStringLiteral("Press briefing")),
                 qPrintable(recent->item(0)->text()));
        dialog->reject();
    }

    void theLobbyIsSaidPlainly()
    {
        QVERIFY(startWith(true));
        joinThroughTheDialog(QStringLiteral("Meeting ID: 358 714 290 465\nPasscode: Qp7hRt"));
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::InLobby, 5000);
        QTRY_VERIFY(w->connectionBanner()->isVisible());
        QVERIFY2(w->connectionBanner()->text().contains(QStringLiteral("Waiting in the lobby")),
                 qPrintable(w->connectionBanner()->text()));
        QCOMPARE(w->callHeader()->connectionText(), QStringLiteral("In the lobby"));
        QVERIFY(!action(w, "actionInvite")->isEnabled());
    }

    void aMeetingThatEndedOffersToJoinAgain()
    {
        QVERIFY(startWith());
        joinThroughTheDialog(meetingLink());
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Live, 5000);
        const QString first = h->session()->callId();
        // Nobody kept the call alive for 46 minutes of the service's time: it ended.
        h->simulator().advanceClock(46 * 60);
        h->session()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Ended, 5000);
        MessageBanner *banner = w->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("has ended for Moderato")), qPrintable(banner->text()));
        QVERIFY(!action(w, "actionRemoveParticipant")->isEnabled());
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("bannerAction")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Live, 5000);
        QVERIFY(h->session()->callId() != first); // a new leg
    }

    void leaveMeetingAsksThenHangsUp()
    {
        QVERIFY(startWith());
        joinThroughTheDialog(meetingLink());
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Live, 5000);
        action(w, "actionLeaveMeeting")->trigger();
        QCOMPARE(h->questions.size(), 1);
        QVERIFY2(h->questions.first().contains(QStringLiteral("goes on for everyone else")),
                 qPrintable(h->questions.first()));
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Ended, 5000);
        QVERIFY2(h->session()->endReason().contains(QStringLiteral("You left")), qPrintable(h->session()->endReason()));
    }

    void quittingInAJoinedMeetingAsksWhatToDoWithTheBot_data()
    {
        testing::addColumns<int, bool, bool, bool>({"choice", "remember", "closed", "hungUp"});
        QTest::newRow("leave") << int(MainWindow::QuitChoice::Leave) << false << true << true;
        QTest::newRow("keep the bot in, remembered") << int(MainWindow::QuitChoice::Stay) << true << true << false;
        QTest::newRow("cancel") << int(MainWindow::QuitChoice::Cancel) << false << false << false;
    }

    void quittingInAJoinedMeetingAsksWhatToDoWithTheBot()
    {
        QFETCH(int, choice);
        QFETCH(bool, remember);
        QFETCH(bool, closed);
        QFETCH(bool, hungUp);
        QVERIFY(startWith());
        joinThroughTheDialog(meetingLink());
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Live, 5000);
        int asked = 0;
        w->setQuitHook([&](bool *rememberIt) {
            ++asked;
            *rememberIt = remember;
            return MainWindow::QuitChoice(choice);
        });
        QCOMPARE(w->close(), closed);
        QCOMPARE(asked, 1);
        if (hungUp)
            QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Ended, 5000);
        else
            QCOMPARE(h->session()->connectionState(), State::Live);
        if (remember) {
            // Not asked again.
            w->show();
            QVERIFY(w->close());
            QCOMPARE(asked, 1);
        }
    }

    void joiningAnotherMeetingAsksWhatToDoWithTheBot_data()
    {
        testing::addColumns<int, QString, bool>({"choice", "firstCallAfterwards", "joinsTheOther"});
        QTest::newRow("leave, then join") << int(MainWindow::QuitChoice::Leave) << QStringLiteral("terminated") << true;
        QTest::newRow("keep the bot in and join")
            << int(MainWindow::QuitChoice::Stay) << QStringLiteral("established") << true;
        QTest::newRow("cancel") << int(MainWindow::QuitChoice::Cancel) << QStringLiteral("established") << false;
    }

    void joiningAnotherMeetingAsksWhatToDoWithTheBot()
    {
        QFETCH(int, choice);
        QFETCH(QString, firstCallAfterwards);
        QFETCH(bool, joinsTheOther);
        QVERIFY(startWith());
        const QString first = joinPressBriefing();
        QVERIFY(!first.isEmpty());
        QTRY_COMPARE(w->windowTitle(), QStringLiteral("Moderato — Press briefing"));
        QStringList asked;
        w->setSwitchHook([&](const QString &text) {
            asked.append(text);
            return MainWindow::QuitChoice(choice);
        });
        joinThroughTheDialog(TownHall);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("\u201cPress briefing\u201d")), qPrintable(asked.first()));
        if (joinsTheOther) {
            QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Live, 5000);
            QTRY_COMPARE(w->windowTitle(), QStringLiteral("Moderato — Town hall"));
            QVERIFY(h->session()->callId() != first);
            QCOMPARE(serviceState(h->session()->callId()), QStringLiteral("established"));
        } else {
            // Nothing was sent: still in the first meeting, no second leg anywhere.
            QCOMPARE(h->session()->connectionState(), State::Live);
            QCOMPARE(h->session()->callId(), first);
            QCOMPARE(h->simulatedCalls().size(), 2); // the harness's call and the press briefing
        }
        QCOMPARE(serviceState(first), firstCallAfterwards);
    }

    void theSameMeetingIsNotJoinedTwice()
    {
        QVERIFY(startWith());
        const QString first = joinPressBriefing();
        QVERIFY(!first.isEmpty());
        int asked = 0;
        w->setSwitchHook([&](const QString &) {
            ++asked;
            return MainWindow::QuitChoice::Stay;
        });
        joinThroughTheDialog(meetingLink());
        QCOMPARE(asked, 0);
        QCOMPARE(h->session()->callId(), first);
        QTRY_VERIFY(w->actionBanner()->isVisible());
        QVERIFY2(w->actionBanner()->text().contains(QStringLiteral("already in this meeting")),
                 qPrintable(w->actionBanner()->text()));
        QCOMPARE(h->simulatedCalls().size(), 2);
    }

    void aRefusedHangUpKeepsTheBotInAndJoinsNothing()
    {
        QVERIFY(startWith());
        const QString first = joinPressBriefing();
        QVERIFY(!first.isEmpty());
        QVERIFY(h->addFaults(QByteArrayLiteral("{\"faults\":[{\"method\":\"DELETE\",\"path\":"
                                               "\"/v1.0/communications/calls/*\",\"status\":403,"
                                               "\"code\":\"Forbidden\"}]}")));
        w->setSwitchHook([](const QString &) { return MainWindow::QuitChoice::Leave; });
        joinThroughTheDialog(TownHall);
        QTRY_VERIFY_WITH_TIMEOUT(w->actionBanner()->isVisible(), 5000);
        QVERIFY2(w->actionBanner()->text().contains(QStringLiteral("still in the meeting")),
                 qPrintable(w->actionBanner()->text()));
        QCOMPARE(w->actionBanner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(h->session()->connectionState(), State::Live);
        QCOMPARE(h->session()->callId(), first);
        QCOMPARE(serviceState(first), QStringLiteral("established"));
        QCOMPARE(h->simulatedCalls().size(), 2); // the town hall was not joined
        // Once Graph lets it go, leaving works.
        action(w, "actionLeaveMeeting")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h->session()->connectionState(), State::Ended, 5000);
        QCOMPARE(serviceState(first), QStringLiteral("terminated"));
    }
};

QTEST_MAIN(TestJoinMeeting)
#include "tst_join_meeting.moc"
