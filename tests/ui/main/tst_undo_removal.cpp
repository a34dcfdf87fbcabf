// Undoing a removal: the banner of a removal offers Undo for its window, which invites the removed
// people back by the ids the roster showed (users by object id, phones by number) and names those
// who must rejoin alone; the audit log window's Invite Back does the same later, in the same call.
#include "ui/main/ui_harness.h"

#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "ui/audit_log_window.h"
#include "ui/main_window.h"
#include "ui/message_banner.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace moderato;
using namespace moderato::test;

namespace {

const QString JaneObjectId = QStringLiteral("c0000000-0000-4000-8000-000000000002");

QPushButton *bannerButton(MessageBanner *banner, const QString &text)
{
    for (QPushButton *button : banner->findChildren<QPushButton *>())
        if (button->isVisible() && button->text() == text)
            return button;
    return nullptr;
}

//! The ids the session has invited, as "kind:id".
QStringList invitedIds(CallSession *session)
{
    QStringList ids;
    InvitationModel *model = session->invitations();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto invitation = model->index(row, 0).data(InvitationModel::InvitationRole).value<Invitation>();
        ids.append(identityKindName(invitation.invitee.kind) + QLatin1Char(':') + invitation.invitee.id);
    }
    return ids;
}

} // namespace

class TestUndoRemoval : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void undoInvitesTheRemovedBackAndNamesTheGuest()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kJane));
        QVERIFY(clickRow(w, kPhone, Qt::ControlModifier));
        QVERIFY(clickRow(w, kGuest, Qt::ControlModifier));
        action(w, "actionRemoveParticipant")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!idsInTheCall(h->session()).contains(kJane), 5000);
        QTRY_VERIFY(bannerButton(w->actionBanner(), SessionBannersUndo()));
        QVERIFY(invitedIds(h->session()).isEmpty());

        QTest::mouseClick(bannerButton(w->actionBanner(), SessionBannersUndo()), Qt::LeftButton);
        QStringList invited = invitedIds(h->session());
        invited.sort();
        QCOMPARE(invited, (QStringList{QStringLiteral("phone:+14255550123"), QStringLiteral("user:") + JaneObjectId}));
        const QString text = w->actionBanner()->text();
        // In the roster's order, as the removal reported them.
        QVERIFY2(text.contains(QStringLiteral("Inviting back +14255550123 and Jane Doe.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Visiting Auditor (guest) can rejoin with the meeting link.")),
                 qPrintable(text));
        QVERIFY(!bannerButton(w->actionBanner(), SessionBannersUndo())); // once only
        // The service rings them: the invitations are followed like any other.
        QTRY_COMPARE_WITH_TIMEOUT(h->simulatedCalls().at(0)[QLatin1String("pendingInvitees")].toArray().size(), 2,
                                  5000);
    }

    void undoIsGoneAfterItsWindow()
    {
        HarnessAccount account;
        account.undoWindowMs = 300;
        QVERIFY(startOn(uiScenario(), account));
        QVERIFY(clickRow(w, kLena));
        action(w, "actionRemoveParticipant")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(bannerButton(w->actionBanner(), SessionBannersUndo()), 5000);
        QTRY_VERIFY(!bannerButton(w->actionBanner(), SessionBannersUndo()));
        QVERIFY(invitedIds(h->session()).isEmpty());
    }

    void aMuteOffersNoUndo()
    {
        QVERIFY(startWith());
        QVERIFY(clickRow(w, kLena));
        action(w, "actionMuteParticipant")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->actionBanner()->isVisible(), 5000);
        QVERIFY(!bannerButton(w->actionBanner(), SessionBannersUndo()));
    }

    void auditLogInvitesBackInTheSameCallOnly()
    {
        QTemporaryDir dir;
        HarnessAccount account;
        account.auditLogPath = dir.filePath(QStringLiteral("audit.jsonl"));
        QVERIFY(startOn(uiScenario(), account));
        AuditLog log(account.auditLogPath);
        h->session()->setAuditLog(&log);
        QVERIFY(clickRow(w, kJane));
        action(w, "actionRemoveParticipant")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!idsInTheCall(h->session()).contains(kJane), 5000);
        h->session()->setAuditLog(nullptr);

        w->showAuditLog();
        auto *window = w->findChild<AuditLogWindow *>(QStringLiteral("auditLogWindow"));
        QVERIFY(window);
        QTRY_COMPARE(window->table()->model()->rowCount(), 1);
        QVERIFY(!window->inviteBackButton()->isEnabled()); // nothing chosen yet
        window->table()->selectRow(0);
        QVERIFY(window->inviteBackButton()->isEnabled());
        QTest::mouseClick(window->inviteBackButton(), Qt::LeftButton);
        QCOMPARE(invitedIds(h->session()), QStringList{QStringLiteral("user:") + JaneObjectId});
        QVERIFY2(w->actionBanner()->text().startsWith(QStringLiteral("Inviting back Jane Doe.")),
                 qPrintable(w->actionBanner()->text()));

        // Once Moderato has left that call, its removals cannot be undone from here.
        window->setCurrentCall(QStringLiteral("another-call"));
        QVERIFY(!window->inviteBackButton()->isEnabled());
        QCOMPARE(window->inviteBackButton()->toolTip(), AuditLogWindow::tr("Moderato is not in that call now."));
    }

private:
    static QString SessionBannersUndo() { return QStringLiteral("Undo"); }
};

QTEST_MAIN(TestUndoRemoval)
#include "tst_undo_removal.moc"
