// Renders the windows offscreen, in English and German, to <build>/screenshots/ so that people
// can look at alignment, truncation and contrast; checks what can be checked mechanically.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/i18n/translations.h"
#include "ui/about_dialog.h"
#include "ui/account_dialog.h"
#include "ui/audit_log_window.h"
#include "ui/group_action_dialog.h"
#include "ui/invite_dialog.h"
#include "ui/join_dialog.h"
#include "ui/main/audit_log_fixture.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"
#include "ui/meeting_options_dialog.h"
#include "ui/roster_view.h"

using namespace moderato;
using namespace moderato::test;

namespace {

QJsonObject demoScenario(HarnessAccount *account)
{
    QFile file(QStringLiteral(MODERATO_SOURCE_DIR "/resources/scenarios/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject scenario = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject tenant = scenario.value(QStringLiteral("tenants")).toArray().first().toObject();
    const QJsonObject app = tenant.value(QStringLiteral("apps")).toArray().first().toObject();
    account->tenantId = tenant.value(QStringLiteral("id")).toString();
    account->clientId = app.value(QStringLiteral("clientId")).toString();
    account->secret = app.value(QStringLiteral("secret")).toString();
    account->joinLink = scenario.value(QStringLiteral("meetings"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("joinWebUrl"))
                            .toString();
    account->demo = true;
    // Still pictures: only the test moves the clock.
    QJsonObject options = scenario.value(QStringLiteral("options")).toObject();
    options.insert(QStringLiteral("clock"), QStringLiteral("manual"));
    options.insert(QStringLiteral("joinDelay"), 0); // the join completes without moving the clock
    scenario.insert(QStringLiteral("options"), options);
    return scenario;
}

QString shotPath(const QString &language, const QString &name)
{
    const QString dir = QStringLiteral(MODERATO_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + language + QLatin1Char('-') + name + QStringLiteral(".png");
}

bool save(QWidget *widget, const QString &language, const QString &name)
{
    QTest::qWait(50);
    return widget->grab().save(shotPath(language, name));
}

void checkHeadersFit(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
    }
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    void renderAll(const QString &language)
    {
        HarnessAccount account;
        const QJsonObject scenario = demoScenario(&account);
        QVERIFY(!scenario.isEmpty());
        QTemporaryDir auditDir;
        account.auditLogPath = auditDir.filePath(QStringLiteral("audit.jsonl"));
        QVERIFY(writeSampleAuditLog(account.auditLogPath));
        UiHarness h;
        QString error;
        QVERIFY2(h.start(scenario, &error, account), qPrintable(error));
        MainWindow *w = h.window();
        QTRY_VERIFY(h.session()->participants()->rowCount() > 10);
        QTRY_VERIFY2(w->windowTitle().endsWith(QCoreApplication::translate("moderato::MainWindow", " (demo)")),
                     qPrintable(w->windowTitle()));
        h.session()->invite(
            {InviteTarget{InviteTarget::Kind::Phone, QStringLiteral("+4930901820"), QStringLiteral("+4930901820")},
             InviteTarget{InviteTarget::Kind::Phone, QStringLiteral("+4940123456"), QStringLiteral("+4940123456")}});
        QTRY_VERIFY(h.session()->participants()->counts().invited == 2);
        auto *table = w->findChild<QTableView *>(QStringLiteral("rosterView"));
        table->selectRow(2);
        checkHeadersFit(table);
        QVERIFY(save(w, language, QStringLiteral("main-window")));

        InviteDialog *invite = openInviteDialog(w);
        QVERIFY(invite);
        QTest::keyClicks(invite->findChild<QLineEdit *>(QStringLiteral("directorySearch")), QStringLiteral("Jan"));
        auto *results = invite->findChild<QListWidget *>(QStringLiteral("searchResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0, 5000);
        results->item(0)->setCheckState(Qt::Checked);
        QVERIFY(save(invite, language, QStringLiteral("invite-dialog")));
        invite->reject();

        JoinDialog join({RecentMeeting{account.joinLink, QStringLiteral("Quarterly planning — Contoso"),
                                       QStringLiteral("link"), QDateTime::currentDateTimeUtc()}},
                        true, w);
        join.setText(account.joinLink);
        join.show();
        QVERIFY(save(&join, language, QStringLiteral("join-dialog")));
        AboutDialog about(w);
        about.show();
        QVERIFY(save(&about, language, QStringLiteral("about-dialog")));
        about.close();

        w->findChild<QAction *>(QStringLiteral("actionRemoveGroup"))->trigger();
        GroupActionDialog *group = nullptr;
        QTRY_VERIFY((group = w->findChild<GroupActionDialog *>(QStringLiteral("groupActionDialog"))));
        group->findChild<QCheckBox *>(QStringLiteral("kind_guest"))->setChecked(true);
        group->findChild<QCheckBox *>(QStringLiteral("kind_lobby"))->setChecked(true);
        auto *listed = group->findChild<QListWidget *>(QStringLiteral("groupPeople"));
        QVERIFY(listed->count() > 1);
        listed->item(1)->setCheckState(Qt::Unchecked); // one left out by hand
        QVERIFY(save(group, language, QStringLiteral("group-preview")));
        group->reject();

        w->findChild<QAction *>(QStringLiteral("actionAuditLog"))->trigger();
        auto *audit = w->findChild<AuditLogWindow *>();
        QVERIFY(audit);
        audit->table()->selectRow(3); // an entry with a message
        checkHeadersFit(audit->table());
        QVERIFY(save(audit, language, QStringLiteral("audit-log")));
        audit->close();

        w->findChild<QAction *>(QStringLiteral("meetingOptions"))->trigger();
        auto *options = w->findChild<MeetingOptionsDialog *>();
        QVERIFY(options);
        auto *lockDown = options->findChild<QPushButton *>(QStringLiteral("lockDownButton"));
        QTRY_VERIFY(lockDown->isEnabled());
        lockDown->click();
        QTRY_VERIFY(options->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        options->adjustSize();
        QVERIFY(save(options, language, QStringLiteral("meeting-options")));
        options->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QTRY_VERIFY(!options->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        options->close();

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("moderato.ini")), QSettings::IniFormat);
        AccountSettings accountSettings(&settings);
        accountSettings.setTenantId(account.tenantId);
        accountSettings.setClientId(account.clientId);
        CredentialStore store(nullptr, QStringLiteral("Moderato screenshot test"));
        AccountDialog accountDialog(&accountSettings, &store, nullptr, w);
        accountDialog.show();
        QTest::qWait(300);
        QVERIFY(save(&accountDialog, language, QStringLiteral("account-dialog")));
    }

    void renderBanners(const QString &language)
    {
        UiHarness h;
        QString error;
        QVERIFY2(h.start(uiScenario({.allowRemove = false}), &error), qPrintable(error));
        h.confirmAnswer = true;
        MainWindow *w = h.window();
        auto *table = w->findChild<QTableView *>(QStringLiteral("rosterView"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ParticipantModel::IdRole).toString() == kJane)
                table->selectRow(row);
        }
        w->findChild<QAction *>(QStringLiteral("actionRemoveParticipant"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QWidget *>(QStringLiteral("actionBanner"))->isVisible(), 5000);
        const QByteArray rule =
            "{\"faults\":[{\"method\":\"GET\",\"path\":\"/v1.0/communications/calls/*/participants\","
            "\"status\":429,\"retryAfter\":\"25\",\"count\":1}]}";
        QVERIFY(h.addFaults(rule));
        w->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QWidget *>(QStringLiteral("connectionBanner"))->isVisible(), 5000);
        QVERIFY(save(w, language, QStringLiteral("banners")));
    }

private Q_SLOTS:
    void english()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        renderAll(QStringLiteral("en"));
        renderBanners(QStringLiteral("en"));
    }

    void german()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("moderato::RosterActions", "&Invite…"), QStringLiteral("&Einladen…"));
        renderAll(QStringLiteral("de"));
        renderBanners(QStringLiteral("de"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
