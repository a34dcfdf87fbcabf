// The invite dialog's "Add by hand" for users, against the simulator over loopback: a sign-in
// name is looked up in the directory and invited by the object id it gives; a name nobody has, or
// no permission to read the directory, is explained inline and adds nobody.
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include "core/calls/call_session.h"
#include "ui/invite_dialog.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"

using namespace moderato;
using namespace moderato::test;

class TestInviteDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<UiHarness> h;
    InviteDialog *dialog = nullptr;
    QLineEdit *entry = nullptr;
    QLabel *message = nullptr;

    bool openDialog(const ScenarioOptions &options = {})
    {
        h = std::make_unique<UiHarness>();
        QString error;
        if (!h->start(uiScenario(options), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!(dialog = openInviteDialog(h->window())))
            return false;
        dialog->findChild<QComboBox *>(QStringLiteral("manualKind"))->setCurrentIndex(0); // user
        entry = dialog->findChild<QLineEdit *>(QStringLiteral("manualEntry"));
        message = dialog->findChild<QLabel *>(QStringLiteral("manualError"));
        return entry && message;
    }

    void type(const QString &text)
    {
        entry->clear();
        QTest::keyClicks(entry, text);
        QTest::keyClick(entry, Qt::Key_Return);
    }

private Q_SLOTS:
    void cleanup()
    {
        if (dialog)
            dialog->reject();
        dialog = nullptr;
        h.reset();
    }

    void signInNameIsInvitedByItsObjectId()
    {
        QVERIFY(openDialog());
        type(QStringLiteral("ADA@contoso.example"));
        QVERIFY(!entry->isEnabled()); // while the directory answers
        QTRY_COMPARE_WITH_TIMEOUT(dialog->chosen().size(), 1, 5000);
        QCOMPARE(dialog->chosen().first().kind, InviteTarget::Kind::User);
        QCOMPARE(dialog->chosen().first().id, kAcceptUser);
        QCOMPARE(dialog->chosen().first().displayName, QStringLiteral("Ada Accepts"));
        QVERIFY(entry->isEnabled());
        QVERIFY(entry->text().isEmpty());
        QVERIFY(message->isHidden());
        const auto *chosen = dialog->findChild<QListWidget *>(QStringLiteral("chosenList"));
        QVERIFY(chosen);
        QCOMPARE(chosen->count(), 1);
        QVERIFY2(chosen->item(0)->text().contains(QStringLiteral("Ada Accepts")), qPrintable(chosen->item(0)->text()));

        // The same person again, by object id this time: already on the list.
        type(kAcceptUser);
        QCOMPARE(dialog->chosen().size(), 1);
        QVERIFY(message->isVisible());
    }

    void unknownSignInNameAddsNobody()
    {
        QVERIFY(openDialog());
        type(QStringLiteral("nobody@contoso.example"));
        QTRY_VERIFY_WITH_TIMEOUT(entry->isEnabled(), 5000);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Nobody in the directory")), qPrintable(message->text()));
        QCOMPARE(dialog->chosen().size(), 0);
        QCOMPARE(entry->text(), QStringLiteral("nobody@contoso.example")); // what was typed stays
    }

    void withoutDirectoryPermissionTheReasonIsShown()
    {
        QVERIFY(openDialog({.userReadAll = false}));
        type(QStringLiteral("ada@contoso.example"));
        QTRY_VERIFY_WITH_TIMEOUT(entry->isEnabled(), 5000);
        QVERIFY2(message->text().contains(QStringLiteral("User.Read.All")), qPrintable(message->text()));
        QCOMPARE(dialog->chosen().size(), 0);
        // An object id needs no directory.
        type(kAcceptUser);
        QCOMPARE(dialog->chosen().size(), 1);
        QCOMPARE(dialog->chosen().first().id, kAcceptUser);
    }
};

QTEST_MAIN(TestInviteDialog)
#include "tst_invite_dialog.moc"
