// The smaller pieces on their own: actions and their keys, the context menu, the banner, the
// header's countdown, the open-call dialog and the account dialog (with no keychain at all).
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "ui/account_dialog.h"
#include "ui/call_header.h"
#include "ui/join_dialog.h"
#include "ui/message_banner.h"
#include "ui/notification_tester.h"
#include "ui/roster_actions.h"
#include "ui/main/ui_harness.h"
#include "support/test_columns.h"

using namespace moderato;
using moderato::test::kClientId;
using moderato::test::kTenant;

namespace {

QStringList menuActionNames(QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names.append(a->objectName());
    }
    return names;
}

class FakeTester : public ConnectionTester
{
public:
    ConnectionTestResult result;
    ConnectionTestRequest lastRequest;
    void test(const ConnectionTestRequest &request, QObject *context, Callback done) override
    {
        lastRequest = request;
        QMetaObject::invokeMethod(
            context, [this, done] { done(result); }, Qt::QueuedConnection);
    }
};

class FakeNotificationTester : public NotificationTester
{
public:
    NotificationSettings lastSettings;
    QString lastKey;
    int calls = 0;
    void test(const NotificationSettings &settings, const QString &typedRelayKey, QObject *context,
              Callback done) override
    {
        ++calls;
        lastSettings = settings;
        lastKey = typedRelayKey;
        QMetaObject::invokeMethod(
            context, [done] { done(true, QStringLiteral("came back")); }, Qt::QueuedConnection);
    }
};

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actionsHaveTheirNamesAndKeys_data()
    {
        testing::addColumns<QString, QKeySequence>({"name", "key"});
        QTest::newRow("delete") << QStringLiteral("actionDeleteSelection") << QKeySequence(QKeySequence::Delete);
        QTest::newRow("mute") << QStringLiteral("actionMuteParticipant") << QKeySequence(Qt::CTRL | Qt::Key_M);
        QTest::newRow("invite") << QStringLiteral("actionInvite") << QKeySequence(Qt::CTRL | Qt::Key_I);
        QTest::newRow("refresh") << QStringLiteral("actionRefresh") << QKeySequence(Qt::Key_F5);
        QTest::newRow("join") << QStringLiteral("actionJoinMeeting") << QKeySequence(Qt::CTRL | Qt::Key_J);
        QTest::newRow("copy id") << QStringLiteral("actionCopyParticipantId")
                                 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
        QTest::newRow("remove") << QStringLiteral("actionRemoveParticipant") << QKeySequence();
        QTest::newRow("cancel") << QStringLiteral("actionCancelInvitation") << QKeySequence();
        QTest::newRow("account") << QStringLiteral("actionAccountSetup") << QKeySequence();
        QTest::newRow("about") << QStringLiteral("actionAbout") << QKeySequence();
        QTest::newRow("quit") << QStringLiteral("actionQuit") << QKeySequence(QKeySequence::Quit);
    }
    void actionsHaveTheirNamesAndKeys()
    {
        QFETCH(QString, name);
        QFETCH(QKeySequence, key);
        QWidget window;
        RosterActions actions(&window);
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->shortcut(), key);
        QVERIFY(window.actions().contains(action));
    }

    void contextMenuOffersOnlyWhatTheRowsAllow()
    {
        QWidget window;
        RosterActions actions(&window);
        const RosterSelection invited(
            {SelectedRow{QStringLiteral("i"), QStringLiteral("Ivy"), SelectedRow::State::Invited, false}});
        actions.update(invited, true, true);
        std::unique_ptr<QMenu> menu(actions.buildContextMenu(invited, &window));
        QStringList names = menuActionNames(menu.get());
        QVERIFY(names.contains(QStringLiteral("actionCancelInvitation")));
        QVERIFY(!names.contains(QStringLiteral("actionRemoveParticipant")));
        QVERIFY(!names.contains(QStringLiteral("actionMuteParticipant")));

        const RosterSelection active(
            {SelectedRow{QStringLiteral("a"), QStringLiteral("Al"), SelectedRow::State::Active, false}});
        actions.update(active, true, true);
        menu.reset(actions.buildContextMenu(active, &window));
        names = menuActionNames(menu.get());
        QVERIFY(names.contains(QStringLiteral("actionRemoveParticipant")));
        QVERIFY(names.contains(QStringLiteral("actionMuteParticipant")));
        QVERIFY(names.contains(QStringLiteral("actionCopyParticipantId")));
        QVERIFY(!names.contains(QStringLiteral("actionCancelInvitation")));
    }

    void nothingButJoinWithoutACall()
    {
        QWidget window;
        RosterActions actions(&window);
        actions.update(RosterSelection(), false, false);
        QVERIFY(!actions.invite->isEnabled());
        QVERIFY(!actions.refresh->isEnabled());
        QVERIFY(!actions.leaveMeeting->isEnabled());
        QVERIFY(actions.joinMeeting->isEnabled());
        // Ctrl+O still joins: it is what opening a call was.
        QVERIFY(actions.joinMeeting->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_O)));
    }

    void anEndedMeetingHasNothingToActOn()
    {
        QWidget window;
        RosterActions actions(&window);
        const RosterSelection active(
            {SelectedRow{QStringLiteral("a"), QStringLiteral("Al"), SelectedRow::State::Active, false}});
        actions.update(active, true, false);
        QVERIFY(!actions.removeParticipant->isEnabled());
        QVERIFY(!actions.muteParticipant->isEnabled());
        QVERIFY(!actions.invite->isEnabled());
        QVERIFY(actions.joinMeeting->isEnabled());
    }

    void bannerShowsTextDetailsAndAction()
    {
        MessageBanner banner;
        QSignalSpy action(&banner, &MessageBanner::actionTriggered);
        QSignalSpy closed(&banner, &MessageBanner::closed);
        banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("It failed"), QStringLiteral("Do-This -Now"));
        banner.setActionText(QStringLiteral("Copy Command"));
        banner.show();
        QCOMPARE(banner.findChild<QLabel *>(QStringLiteral("bannerDetails"))->text(), QStringLiteral("Do-This -Now"));
        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("bannerAction")), Qt::LeftButton);
        QCOMPARE(action.count(), 1);
        QTest::mouseClick(banner.findChild<QWidget *>(QStringLiteral("bannerClose")), Qt::LeftButton);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!banner.isVisible());
    }

    void bannerColoursContrast_data()
    {
        QTest::addColumn<int>("kind");
        for (auto k : {MessageBanner::Kind::Information, MessageBanner::Kind::Positive, MessageBanner::Kind::Warning,
                       MessageBanner::Kind::Error})
            QTest::newRow(QMetaEnum::fromType<MessageBanner::Kind>().valueToKey(int(k))) << int(k);
    }
    void bannerColoursContrast()
    {
        QFETCH(int, kind);
        MessageBanner banner;
        banner.showMessage(static_cast<MessageBanner::Kind>(kind), QStringLiteral("x"));
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double a = luminance(banner.palette().color(QPalette::WindowText));
        const double b = luminance(banner.palette().color(QPalette::Window));
        const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        QVERIFY2(ratio >= 7.0, qPrintable(QString::number(ratio)));
    }

    void headerCountsDownEverySecond()
    {
        CallHeader header;
        QDateTime now = QDateTime::currentDateTimeUtc();
        header.setClock([&now] { return now; });
        CallHeaderState state;
        state.title = QStringLiteral("Board review");
        state.callId = QStringLiteral("call-1");
        state.connection = CallSession::ConnectionState::RateLimited;
        state.rateLimitedUntil = now.addSecs(12);
        header.setState(state);
        QCOMPARE(header.connectionText(), QStringLiteral("Rate limited — retrying in 12 s"));
        QSignalSpy ticks(&header, &CallHeader::countdownTicked);
        now = now.addMSecs(1500);
        QVERIFY(ticks.wait(2000));
        QCOMPARE(ticks.last().at(0).toInt(), 11);
        QCOMPARE(header.findChild<QLabel *>(QStringLiteral("connectionState"))->text(),
                 QStringLiteral("Rate limited — retrying in 11 s"));
    }

    void headerSaysSinceWhenTheRosterIsStale()
    {
        CallHeader header;
        CallHeaderState state;
        state.callId = QStringLiteral("call-1");
        state.connection = CallSession::ConnectionState::Stale;
        state.staleSince = QDateTime(QDate(2025, 3, 3), QTime(9, 15, 42), Qt::LocalTime).toUTC();
        header.setState(state);
        QCOMPARE(header.connectionText(), QStringLiteral("Stale since 09:15:42"));
        QCOMPARE(header.findChild<QLabel *>(QStringLiteral("callTitle"))->text(), QStringLiteral("call-1"));
    }

    void joinDialogSaysWhatItUnderstoodAndRefusesJunk()
    {
        const RecentMeeting recent{QStringLiteral("Meeting ID: 123 456 789 012"), QStringLiteral("Weekly sync"),
                                   QStringLiteral("meetingId"), QDateTime::currentDateTimeUtc(), true};
        JoinDialog dialog({recent}, true);
        QSignalSpy requested(&dialog, &JoinDialog::joinRequested);
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("joinTargetEdit"));
        auto *join = dialog.findChild<QPushButton *>(QStringLiteral("joinButton"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("joinError"));
        auto *understood = dialog.findChild<QLabel *>(QStringLiteral("joinUnderstood"));
        QVERIFY(!join->isEnabled());
        edit->setPlainText(QStringLiteral("javascript:alert(1)"));
        QVERIFY(!join->isEnabled());
        QVERIFY(!error->isHidden());
        edit->setPlainText(QStringLiteral("  491f0b00-ffff-4bc9-a43e-b226498ec22a "));
        QVERIFY(join->isEnabled());
        QVERIFY2(understood->text().contains(QStringLiteral("491f0b00")), qPrintable(understood->text()));
        // A recent meeting id comes back without its passcode, which is asked for again.
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("recentMeetings"));
        QCOMPARE(list->count(), 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QVERIFY2(edit->toPlainText().contains(QStringLiteral("Passcode:")), qPrintable(edit->toPlainText()));
        edit->setPlainText(QStringLiteral("Meeting ID: 123 456 789 012\nPasscode: Xy12ab"));
        QVERIFY(join->isEnabled());
        QTest::mouseClick(join, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).value<JoinTarget>().meeting.joinMeetingId, QStringLiteral("123456789012"));
    }

    void tabbingThroughRecentMeetingsKeepsWhatWasPasted()
    {
        const RecentMeeting recent{QStringLiteral("491f0b00-ffff-4bc9-a43e-b226498ec22a"),
                                   QStringLiteral("Weekly sync"), QStringLiteral("callId"),
                                   QDateTime::currentDateTimeUtc(), false};
        JoinDialog dialog({recent}, true);
        QSignalSpy requested(&dialog, &JoinDialog::joinRequested);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("joinTargetEdit"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("recentMeetings"));
        const QString pasted = QStringLiteral("Meeting ID: 246 813 579 024\nPasscode: Tw8nHl");
        edit->setPlainText(pasted);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        // The moderator tabs on, past the list: what they pasted stays.
        for (int i = 0; i < 4 && !list->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(list->hasFocus());
        QCOMPARE(edit->toPlainText(), pasted);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(edit->toPlainText(), pasted);
        QCOMPARE(requested.count(), 0);
        // Enter on a recent meeting joins it.
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).value<JoinTarget>().callId, recent.target);
    }

    void joinDialogWithoutACallbackOpensCallsOnly()
    {
        JoinDialog dialog({}, false);
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("joinTargetEdit"));
        auto *join = dialog.findChild<QPushButton *>(QStringLiteral("joinButton"));
        edit->setPlainText(QStringLiteral("Meeting ID: 123 456 789 012\nPasscode: Xy12ab"));
        QVERIFY(!join->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("joinError"))->text().contains(QStringLiteral("callback")));
        edit->setPlainText(QStringLiteral("491f0b00-ffff-4bc9-a43e-b226498ec22a"));
        QVERIFY(join->isEnabled());
    }

    void setupCommandCarriesTheClientId()
    {
        QCOMPARE(AccountDialog::removalSetupCommand(kClientId),
                 QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"")
                     + kClientId + QStringLiteral("\"}"));
        QCOMPARE(AccountDialog::missingRoles({QStringLiteral("calls.joingroupcall.all")}),
                 (QStringList{QStringLiteral("Calls.InitiateGroupCall.All"), QStringLiteral("User.Read.All")}));
    }

    void testConnectionListsMissingPermissions()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AccountSettings settings(&ini);
        CredentialStore store(nullptr, QStringLiteral("Moderato UI test"));
        FakeTester tester;
        tester.result.signedIn = true;
        tester.result.grantedRoles = {QStringLiteral("Calls.JoinGroupCall.All")};
        AccountDialog dialog(&settings, &store, &tester);
        dialog.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"))->setText(kTenant);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(kClientId);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->setText(QStringLiteral("typed-secret"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->echoMode(), QLineEdit::Password);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("setupCommand"))->text().contains(kClientId));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("connectionResult"));
        QTRY_VERIFY(result->text().contains(QStringLiteral("Calls.InitiateGroupCall.All")));
        QVERIFY(result->text().contains(QStringLiteral("User.Read.All")));
        QCOMPARE(tester.lastRequest.secret, QStringLiteral("typed-secret"));
        QCOMPARE(tester.lastRequest.clientId, kClientId);
    }

    void withoutAKeychainNothingIsSaved()
    {
        // The environment of this test has no session bus (see CMakeLists.txt): no Secret Service.
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AccountSettings settings(&ini);
        CredentialStore store(nullptr, QStringLiteral("Moderato UI test"));
        AccountDialog dialog(&settings, &store, nullptr);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"))->setText(kTenant);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(kClientId);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->setText(QStringLiteral("typed-secret"));
        dialog.accept();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("accountError"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("settings were not saved")), qPrintable(error->text()));
        const QString keychainStatus = dialog.findChild<QLabel *>(QStringLiteral("keychainStatus"))->text();
        QVERIFY(!keychainStatus.isEmpty());
        QVERIFY2(!keychainStatus.contains(QStringLiteral("--secret-stdin")), qPrintable(keychainStatus));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(settings.clientId().isEmpty(), "nothing reaches the settings without the secret");
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))->text(),
                 QStringLiteral("typed-secret"));
        ini.sync();
        QFile file(dir.filePath(QStringLiteral("a.ini")));
        const QByteArray written = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        QVERIFY2(!written.contains("typed-secret"), "the secret never goes to a file");
    }

    void theNotificationTestUsesWhatIsTyped()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("n.ini")), QSettings::IniFormat);
        AccountSettings settings(&ini);
        CredentialStore store(nullptr, QStringLiteral("Moderato UI test"));
        FakeNotificationTester tester;
        AccountDialog dialog(&settings, &store, nullptr);
        dialog.setNotificationTester(&tester);
        dialog.show();
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testNotificationsButton"));
        QVERIFY(test);
        QVERIFY(!test->isVisible()); // notifications off: nothing to test
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("notificationModeCombo"));
        mode->setCurrentIndex(mode->findData(int(NotificationSettings::Mode::Relay)));
        QVERIFY(test->isVisible());
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("notificationsTestResult"));
        // Half-filled: explained, nothing tested.
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(tester.calls, 0);
        QVERIFY2(result->text().contains(QStringLiteral("NAMESPACE/NAME")), qPrintable(result->text()));
        dialog.findChild<QLineEdit *>(QStringLiteral("relayEdit"))
            ->setText(QStringLiteral("contoso.servicebus.windows.net/adele"));
        dialog.findChild<QLineEdit *>(QStringLiteral("relayKeyNameEdit"))->setText(QStringLiteral("listen"));
        dialog.findChild<QLineEdit *>(QStringLiteral("relayKeyEdit"))->setText(QStringLiteral("typed-key"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(QStringLiteral("came back")));
        QCOMPARE(tester.calls, 1);
        QCOMPARE(tester.lastSettings.relayNamespace, QStringLiteral("contoso.servicebus.windows.net"));
        QCOMPARE(tester.lastSettings.relayPath, QStringLiteral("adele"));
        QCOMPARE(tester.lastKey, QStringLiteral("typed-key"));
        QVERIFY(test->isEnabled());
    }

    void badIdsAreExplainedInline()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AccountSettings settings(&ini);
        CredentialStore store(nullptr, QStringLiteral("Moderato UI test"));
        AccountDialog dialog(&settings, &store, nullptr);
        dialog.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"))->setText(QStringLiteral("not a tenant"));
        dialog.accept();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("accountError"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("tenant")), qPrintable(error->text()));
        dialog.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"))
            ->setText(QStringLiteral("contoso.onmicrosoft.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("moderato"));
        dialog.accept();
        QVERIFY2(error->text().contains(QStringLiteral("client id")), qPrintable(error->text()));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
