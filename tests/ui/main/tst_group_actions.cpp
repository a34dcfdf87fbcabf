// Remove a Group… / Mute a Group…: the preview lists exactly whom the kinds or the filter select,
// never Moderato's own participant, lets the moderator untick people, and acts on the listed ids
// only — people who join after the preview are not touched.
#include "ui/main/ui_harness.h"

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/graph/graph_client.h"
#include "ui/group_action_dialog.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"
#include "ui/roster_view.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

using namespace moderato;
using namespace moderato::test;

namespace {

GroupActionDialog *openGroupDialog(MainWindow *w, const char *actionName)
{
    action(w, actionName)->trigger();
    GroupActionDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] { return (dialog = w->findChild<GroupActionDialog *>(QStringLiteral("groupActionDialog"))) != nullptr; });
    return opened ? dialog : nullptr;
}

QStringList listed(GroupActionDialog *dialog)
{
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("groupPeople"));
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        ids.append(list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QJsonObject simParticipant(UiHarness &h, const QString &id)
{
    for (const QJsonValue &p : h.simulatedCalls().at(0)[QLatin1String("participants")].toArray())
        if (p[QLatin1String("id")].toString() == id)
            return p.toObject();
    return {};
}

} // namespace

class TestGroupActions : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void removesOnlyTheTickedPeopleOfTheChosenKinds()
    {
        QVERIFY(startWith());
        GroupActionDialog *dialog = openGroupDialog(w, "actionRemoveGroup");
        QVERIFY(dialog);
        auto *go = dialog->findChild<QPushButton *>(QStringLiteral("groupGo"));
        QVERIFY(!go->isEnabled()); // no kind ticked yet: nobody
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_guest"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_phone"))->setChecked(true);
        QCOMPARE(listed(dialog), (QStringList{kGuest, kPhone}));
        QCOMPARE(go->text(), GroupActionDialog::tr("Remove %n People", nullptr, 2));
        // The moderator leaves the phone out.
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("groupPeople"));
        list->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(go->text(), GroupActionDialog::tr("Remove %n People", nullptr, 1));
        QCOMPARE(dialog->chosenIds(), QStringList{kGuest});
        QTest::mouseClick(go, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(simParticipant(*h, kGuest).isEmpty(), 5000);
        QVERIFY(!simParticipant(*h, kPhone).isEmpty());
        QVERIFY(!simParticipant(*h, kOmar).isEmpty());
        QVERIFY(!simParticipant(*h, kBot).isEmpty());
    }

    void everyoneTheFilterShowsButModerato()
    {
        QVERIFY(startWith());
        w->rosterView()->filterEdit()->setText(QStringLiteral("Moderato"));
        QTRY_COMPARE(w->rosterView()->filterModel()->rowCount(), 1); // the bot's own row
        GroupActionDialog *dialog = openGroupDialog(w, "actionMuteGroup");
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("byFilter"))->setChecked(true);
        QVERIFY(listed(dialog).isEmpty());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("groupGo"))->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("groupCount"))->text(),
                 QStringLiteral("Nobody in the call matches."));
        dialog->reject();
        QTRY_VERIFY(!w->findChild<GroupActionDialog *>()); // closed and gone

        w->rosterView()->filterEdit()->setText(QStringLiteral("Omar"));
        QTRY_COMPARE(w->rosterView()->filterModel()->rowCount(), 1);
        dialog = openGroupDialog(w, "actionMuteGroup");
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("byFilter"))->setChecked(true);
        QCOMPARE(listed(dialog), QStringList{kOmar});
        dialog->reject();
    }

    void peopleWhoJoinAfterThePreviewAreNotTouched()
    {
        qRegisterMetaType<ActionReport>();
        QVERIFY(startWith({.joinEvery = 1}));
        GroupActionDialog *dialog = openGroupDialog(w, "actionMuteGroup");
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("byFilter"))->setChecked(true); // everyone shown
        const QStringList previewed = dialog->chosenIds();
        QVERIFY(!previewed.contains(kBot));
        QCOMPARE(previewed.size(), 5);
        // Three people join while the moderator reads the list (the roster holds still meanwhile:
        // they wait to be shown).
        ParticipantModel *roster = h->session()->participants();
        const int before = roster->rowCount() + roster->waitingArrivals();
        h->simulator().advanceClock(3);
        QTRY_VERIFY_WITH_TIMEOUT(roster->rowCount() + roster->waitingArrivals() >= before + 3, 5000);
        QCOMPARE(dialog->chosenIds(), previewed);
        QSignalSpy completed(h->session(), &CallSession::actionCompleted);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("groupGo")), Qt::LeftButton);
        QVERIFY(completed.wait(5000));
        const auto report = completed.first().first().value<ActionReport>();
        QStringList acted;
        for (const ActionOutcome &o : report.outcomes)
            acted.append(o.participantId);
        acted.sort();
        QStringList expected = previewed;
        expected.sort();
        QCOMPARE(acted, expected);
    }

    void stopLeavesThoseNotYetSent()
    {
        ScenarioOptions options;
        options.extraPhones = 45;
        QVERIFY(startWith(options));
        h->client()->setMaxConcurrentRequests(1); // the $batches of 20 go one after another
        GroupActionDialog *dialog = openGroupDialog(w, "actionRemoveGroup");
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_phone"))->setChecked(true);
        QCOMPARE(listed(dialog).size(), 46);
        QSignalSpy completed(h->session(), &CallSession::actionCompleted);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("groupGo")), Qt::LeftButton);

        // While it runs, the banner counts and offers Stop.
        MessageBanner *banner = w->actionBanner();
        QVERIFY2(banner->text().startsWith(QStringLiteral("Removing people: ")), qPrintable(banner->text()));
        QVERIFY2(banner->text().endsWith(QStringLiteral(" of 46 done.")), qPrintable(banner->text()));
        QCOMPARE(banner->actionText(), QStringLiteral("Stop"));
        QPushButton *stop = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>())
            if (!button->isHidden() && button->text() == QStringLiteral("Stop"))
                stop = button;
        QVERIFY(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 10000);

        const auto report = completed.first().first().value<ActionReport>();
        QCOMPARE(report.outcomes.size(), 46);
        int stopped = 0;
        for (const ActionOutcome &outcome : report.outcomes)
            stopped += outcome.result == ActionOutcome::Result::Stopped;
        QVERIFY2(stopped >= 26, qPrintable(QString::number(stopped))); // at least the last two batches
        QVERIFY2(banner->text().contains(QStringLiteral("the action was stopped.")), qPrintable(banner->text()));
        // Exactly those are still in the call, as the service sees it.
        int phonesLeft = 0;
        for (const QJsonValue &p : h->simulatedCalls().at(0)[QLatin1String("participants")].toArray())
            phonesLeft += p[QLatin1String("id")].toString().startsWith(QLatin1String("d0000000"))
                          || p[QLatin1String("id")].toString() == kPhone;
        QCOMPARE(phonesLeft, stopped);
    }

    void joinedLatelyMeansSeenJoiningByModerato()
    {
        QVERIFY(startWith({.joinEvery = 1}));
        ParticipantModel *roster = h->session()->participants();
        const QStringList first = idsInTheCall(h->session());
        h->simulator().advanceClock(2); // two people join after the first roster
        QTRY_VERIFY_WITH_TIMEOUT(idsInTheCall(h->session()).size() >= first.size() + 2, 5000);
        QStringList newcomers;
        for (const QString &id : idsInTheCall(h->session()))
            if (!first.contains(id))
                newcomers.append(id);
        for (const QString &id : std::as_const(newcomers))
            QVERIFY(roster->firstSeen(id).isValid());
        QVERIFY(!roster->firstSeen(kJane).isValid()); // there from the start: when she joined is unknown

        GroupActionDialog *dialog = openGroupDialog(w, "actionRemoveGroup");
        QVERIFY(dialog);
        auto *recent = dialog->findChild<QCheckBox *>(QStringLiteral("kind_recent"));
        QVERIFY(recent);
        recent->setChecked(true);
        QStringList listedNow = listed(dialog);
        listedNow.sort();
        newcomers.sort();
        QCOMPARE(listedNow, newcomers);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("recentNote"))->text().isEmpty());
        // Together with a kind: either.
        dialog->findChild<QCheckBox *>(QStringLiteral("kind_guest"))->setChecked(true);
        QVERIFY(listed(dialog).contains(kGuest));
        QCOMPARE(listed(dialog).size(), newcomers.size() + 1);
        dialog->reject();
    }
};

QTEST_MAIN(TestGroupActions)
#include "tst_group_actions.moc"
