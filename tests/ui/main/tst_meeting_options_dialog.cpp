// Call > Meeting Options… in the real main window against the simulator: Lock Down then Restore
// round-trip the meeting's settings as the service has them (also with the window closed in
// between); a meeting joined by its id says why it has no options; a missing access policy shows
// the administrator's lines with a Copy button; the action is off without a call.
#include "ui/main/ui_harness.h"

#include "core/calls/call_session.h"
#include "core/calls/meeting_options_controller.h"
#include "ui/main_window.h"
#include "ui/meeting_options_dialog.h"
#include "ui/message_banner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace moderato;
using namespace moderato::test;

namespace {

HarnessAccount joining(const QString &text)
{
    HarnessAccount account;
    account.joinLink = text;
    return account;
}

MeetingOptionsDialog *openDialog(MainWindow *w)
{
    QAction *open = action(w, "meetingOptions");
    if (!open || !open->isEnabled())
        return nullptr;
    open->trigger();
    auto *dialog = w->findChild<MeetingOptionsDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

template <typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestMeetingOptionsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockDownAndRestoreRoundTripTheMeetingsSettings()
    {
        UiHarness h;
        QString error;
        QVERIFY2(h.start(withMeeting(uiScenario()), &error, joining(meetingLink())), qPrintable(error));
        const QJsonObject original = h.onlineMeetingOptions();
        QCOMPARE(original.value(QLatin1String("allowAttendeeToEnableMic")).toBool(), true);

        MeetingOptionsDialog *dialog = openDialog(h.window());
        QVERIFY(dialog);
        auto *lockDown = child<QPushButton>(dialog, "lockDownButton");
        auto *restore = child<QPushButton>(dialog, "restoreButton");
        auto *mic = child<QCheckBox>(dialog, "allowAttendeeToEnableMic");
        QTRY_VERIFY(lockDown->isEnabled());
        QVERIFY(mic->isVisible() && mic->isChecked());
        QVERIFY(!restore->isEnabled());

        QTest::mouseClick(lockDown, Qt::LeftButton);
        QTRY_COMPARE(h.onlineMeetingOptions().value(QLatin1String("allowAttendeeToEnableMic")).toBool(true), false);
        const QJsonObject locked = h.onlineMeetingOptions();
        QCOMPARE(locked.value(QLatin1String("allowAttendeeToEnableCamera")).toBool(true), false);
        QCOMPARE(locked.value(QLatin1String("allowedPresenters")).toString(), QStringLiteral("organizer"));
        QCOMPARE(locked[QLatin1String("lobbyBypassSettings")][QLatin1String("scope")].toString(),
                 QStringLiteral("organizer"));
        QTRY_VERIFY(restore->isEnabled());
        QVERIFY(!mic->isChecked());
        QVERIFY(child<QLabel>(dialog, "restoreNote")->text().contains(QStringLiteral("• Attendees may unmute: yes")));
        QCOMPARE(child<MessageBanner>(dialog, "meetingOptionsBanner")->kind(), MessageBanner::Kind::Positive);

        // Restore works after the window was closed: the controller kept what was there before.
        dialog->close();
        dialog = openDialog(h.window());
        QVERIFY(dialog);
        restore = child<QPushButton>(dialog, "restoreButton");
        QTRY_VERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(h.onlineMeetingOptions(), original);
        QTRY_VERIFY(!restore->isEnabled());
        QTRY_VERIFY(child<QCheckBox>(dialog, "allowAttendeeToEnableMic")->isChecked());
    }

    void lockDownAppliesTheSetChosenInTheWindow()
    {
        UiHarness h;
        QString error;
        QVERIFY2(h.start(withMeeting(uiScenario()), &error, joining(meetingLink())), qPrintable(error));
        const QJsonObject original = h.onlineMeetingOptions();
        MeetingOptionsDialog *dialog = openDialog(h.window());
        QVERIFY(dialog);
        auto *lockDown = child<QPushButton>(dialog, "lockDownButton");
        QTRY_VERIFY(lockDown->isEnabled());
        // The moderator's own set: chat off as well, everything else as shown.
        auto *chat = child<QComboBox>(dialog, "allowMeetingChat");
        chat->setCurrentIndex(chat->findData(QStringLiteral("disabled")));
        child<QCheckBox>(dialog, "allowAttendeeToEnableMic")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "useForLockDownButton"), Qt::LeftButton);
        QCOMPARE(h.meetingOptions()->lockDownSet().allowMeetingChat, QStringLiteral("disabled"));
        QCOMPARE(h.onlineMeetingOptions(), original); // choosing the set changes nothing yet
        QVERIFY(lockDown->toolTip().contains(QStringLiteral("Meeting chat: Off")));

        QTest::mouseClick(lockDown, Qt::LeftButton);
        QTRY_COMPARE(h.onlineMeetingOptions().value(QLatin1String("allowMeetingChat")).toString(),
                     QStringLiteral("disabled"));
        QCOMPARE(h.onlineMeetingOptions().value(QLatin1String("allowAttendeeToEnableMic")).toBool(true), false);
        QCOMPARE(h.onlineMeetingOptions().value(QLatin1String("allowedPresenters")),
                 original.value(QLatin1String("allowedPresenters")));
        auto *restore = child<QPushButton>(dialog, "restoreButton");
        QTRY_VERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(h.onlineMeetingOptions(), original);
    }

    void meetingJoinedByIdSaysWhyItHasNoOptions()
    {
        UiHarness h;
        QString error;
        QVERIFY2(h.start(withMeeting(uiScenario()), &error,
                         joining(QStringLiteral("Meeting ID: 358 714 290 465 Passcode: Qp7hRt"))),
                 qPrintable(error));
        MeetingOptionsDialog *dialog = openDialog(h.window());
        QVERIFY(dialog);
        QTRY_VERIFY(child<QLabel>(dialog, "meetingOptionsStatus")->text().contains(QStringLiteral("meeting ID")));
        QVERIFY(!child<QPushButton>(dialog, "lockDownButton")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "allowAttendeeToEnableMic")->isVisible());
    }

    void missingAccessPolicyShowsTheAdministratorsLines()
    {
        ScenarioOptions options;
        options.onlineMeetings = false;
        QJsonObject scenario = withMeeting(uiScenario(options));
        // The role without the policy: Graph's documented 403 for the organiser's meetings.
        QJsonArray tenants = scenario.value(QLatin1String("tenants")).toArray();
        QJsonObject tenant = tenants.at(0).toObject();
        QJsonArray apps = tenant.value(QLatin1String("apps")).toArray();
        QJsonObject app = apps.at(0).toObject();
        QJsonArray roles = app.value(QLatin1String("roles")).toArray();
        roles.append(QStringLiteral("OnlineMeetings.ReadWrite.All"));
        app.insert(QStringLiteral("roles"), roles);
        apps[0] = app;
        tenant.insert(QStringLiteral("apps"), apps);
        tenants[0] = tenant;
        scenario.insert(QStringLiteral("tenants"), tenants);
        UiHarness h;
        QString error;
        QVERIFY2(h.start(scenario, &error, joining(meetingLink())), qPrintable(error));
        MeetingOptionsDialog *dialog = openDialog(h.window());
        QVERIFY(dialog);
        auto *banner = child<MessageBanner>(dialog, "meetingOptionsBanner");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(banner->details().contains(QStringLiteral("New-CsApplicationAccessPolicy -Identity "
                                                          "\"Moderato-Meetings\" -AppIds \"%1\"")
                                               .arg(kClientId)));
        QVERIFY(banner->details().contains(QStringLiteral("Grant-CsApplicationAccessPolicy -PolicyName "
                                                          "\"Moderato-Meetings\" -Identity \"%1\"")
                                               .arg(kAcceptUser)));
        QCOMPARE(banner->actionText(), QStringLiteral("Copy Commands"));
        QVERIFY(!child<QPushButton>(dialog, "lockDownButton")->isEnabled());
    }

    void actionIsOffWithoutACall()
    {
        UiHarness h;
        QString error;
        QVERIFY2(h.start(withMeeting(uiScenario()), &error, joining(meetingLink())), qPrintable(error));
        QAction *open = action(h.window(), "meetingOptions");
        QVERIFY(open && open->isEnabled());
        h.session()->leave();
        QTRY_VERIFY(!open->isEnabled());
        QCOMPARE(h.meetingOptions()->state(), MeetingOptionsController::State::NoCall);
    }
};

QTEST_MAIN(TestMeetingOptionsDialog)
#include "tst_meeting_options_dialog.moc"
