// The audit log window on a log written here: its rows, each filter, the details of an entry,
// damaged lines, following the file live (rotation included), the exports, and the main window's
// "Audit Log…" action.
#include "core/calls/audit_log.h"
#include "core/i18n/translations.h"
#include "support/python_csv.h"
#include "ui/audit_log_details.h"
#include "ui/audit_log_window.h"
#include "ui/main/audit_log_fixture.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace moderato;
using namespace moderato::test;

namespace {

QStringList names(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestAuditLogWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listsEveryEntryNewestFirst();
    void filtersByCall();
    void filtersByDateRange();
    void filtersByActionAndOutcome();
    void searchFindsTheMessage();
    void detailsShowEveryFieldOfTheClickedEntry();
    void damagedLineIsReportedNotFatal();
    void followsNewEntriesKeepingTheSelection();
    void followsRotation();
    void missingLogIsAnEmptyStateThatFillsLater();
    void exportsTheFilteredRowsAsCsv();
    void exportsTheFilteredRowsAsJsonLines();
    void mainWindowOpensItFromTheAuditLogAction();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("audit.jsonl")); }
    //! A window on the sample log, shown.
    std::unique_ptr<AuditLogWindow> openWindow();
    //! What the window exports in \a format to a new file; empty when the export failed.
    QByteArray exported(AuditLogWindow *window, AuditLogWindow::ExportFormat format) const;
    //! The "Who" column of every row, top to bottom.
    static QStringList who(AuditLogWindow *window);
    template <typename T> static T *child(AuditLogWindow *window, const char *name)
    {
        return window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditLogWindow::initTestCase()
{
    // The English catalogue: the plural forms of the status line.
    QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestAuditLogWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeSampleAuditLog(path()));
}

std::unique_ptr<AuditLogWindow> TestAuditLogWindow::openWindow()
{
    auto window = std::make_unique<AuditLogWindow>(path());
    window->show();
    return window;
}

QByteArray TestAuditLogWindow::exported(AuditLogWindow *window, AuditLogWindow::ExportFormat format) const
{
    const QString exportPath = m_dir->filePath(QStringLiteral("export"));
    QFile file(exportPath);
    if (!window->exportTo(exportPath, format) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList TestAuditLogWindow::who(AuditLogWindow *window)
{
    QStringList names;
    QAbstractItemModel *model = window->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 3).data().toString());
    return names;
}

void TestAuditLogWindow::listsEveryEntryNewestFirst()
{
    const auto window = openWindow();
    QCOMPARE(who(window.get()), names({"=Eve", "p-dan", "Cleo Park", "Ben Okafor", "Ada Lovelace"}));
    QAbstractItemModel *model = window->table()->model();
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("call-b"));         // no subject: the id
    QCOMPARE(model->index(4, 1).data().toString(), QStringLiteral("Press briefing")); // the subject
    QCOMPARE(model->index(4, 2).data().toString(), QStringLiteral("Remove"));
    QCOMPARE(model->index(3, 4).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model->index(4, 0).data().toString(),
             auditTime(0, 10).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY2(window->statusText().startsWith(QStringLiteral("5 of 5 entries shown.")),
             qPrintable(window->statusText()));
}

void TestAuditLogWindow::filtersByCall()
{
    const auto window = openWindow();
    auto *calls = child<QComboBox>(window.get(), "auditCallFilter");
    QCOMPARE(calls->count(), 3); // all, call-b (newest), call-a
    QCOMPARE(calls->itemText(2), QStringLiteral("Press briefing (call-a)"));
    calls->setCurrentIndex(calls->findData(QStringLiteral("call-a")));
    QCOMPARE(who(window.get()), names({"Cleo Park", "Ben Okafor", "Ada Lovelace"}));
    calls->setCurrentIndex(calls->findData(QStringLiteral("call-b")));
    QCOMPARE(who(window.get()), names({"=Eve", "p-dan"}));
    QVERIFY(window->statusText().startsWith(QStringLiteral("2 of 5 entries shown.")));
}

void TestAuditLogWindow::filtersByDateRange()
{
    const auto window = openWindow();
    const QDate secondDay = auditTime(1, 10).toLocalTime().date();
    child<QDateEdit>(window.get(), "auditFromDate")->setDate(secondDay);
    QCOMPARE(who(window.get()), names({"=Eve", "p-dan", "Cleo Park"}));
    child<QDateEdit>(window.get(), "auditToDate")->setDate(secondDay);
    QCOMPARE(who(window.get()), names({"p-dan", "Cleo Park"}));
}

void TestAuditLogWindow::filtersByActionAndOutcome()
{
    const auto window = openWindow();
    auto *actions = child<QComboBox>(window.get(), "auditActionFilter");
    actions->setCurrentIndex(actions->findText(QStringLiteral("Remove")));
    QCOMPARE(who(window.get()), names({"p-dan", "Ada Lovelace"}));
    auto *outcomes = child<QComboBox>(window.get(), "auditOutcomeFilter");
    outcomes->setCurrentIndex(outcomes->findText(QStringLiteral("Already gone")));
    QCOMPARE(who(window.get()), names({"p-dan"}));
    actions->setCurrentIndex(0);
    outcomes->setCurrentIndex(outcomes->findText(QStringLiteral("Failed")));
    QCOMPARE(who(window.get()), names({"Ben Okafor"}));
}

void TestAuditLogWindow::searchFindsTheMessage()
{
    const auto window = openWindow();
    QTest::keyClicks(child<QLineEdit>(window.get(), "auditSearch"), QStringLiteral("forbidden"));
    QCOMPARE(who(window.get()), names({"Ben Okafor"}));
}

void TestAuditLogWindow::detailsShowEveryFieldOfTheClickedEntry()
{
    const auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    AuditLogDetails *details = window->details();
    QVERIFY(details->field(QStringLiteral("message")).isEmpty());
    QTableView *table = window->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(3, 0)).center());
    const AuditEntry ben = sampleAuditEntries().at(1);
    QCOMPARE(details->field(QStringLiteral("message")), ben.message);
    QCOMPARE(details->field(QStringLiteral("requestId")), ben.requestId);
    QCOMPARE(details->field(QStringLiteral("targetId")), ben.targetId);
    QCOMPARE(details->field(QStringLiteral("targetName")), ben.targetName);
    QCOMPARE(details->field(QStringLiteral("callId")), QStringLiteral("call-a"));
    QCOMPARE(details->field(QStringLiteral("callSubject")), QStringLiteral("Press briefing"));
    QCOMPARE(details->field(QStringLiteral("action")), QStringLiteral("Mute"));
    QCOMPARE(details->field(QStringLiteral("outcome")), QStringLiteral("Failed"));
    QVERIFY(!details->field(QStringLiteral("time")).isEmpty());
    auto *message = details->findChild<QLabel *>(QStringLiteral("auditDetail_message"));
    QVERIFY(message->textInteractionFlags() & Qt::TextSelectableByMouse);
}

void TestAuditLogWindow::damagedLineIsReportedNotFatal()
{
    const auto window = openWindow();
    QCOMPARE(window->table()->model()->rowCount(), 5);
    QVERIFY2(window->statusText().contains(QStringLiteral("1 damaged line skipped: line 4.")),
             qPrintable(window->statusText()));
}

void TestAuditLogWindow::followsNewEntriesKeepingTheSelection()
{
    const auto window = openWindow();
    window->table()->selectRow(3); // Ben
    AuditLog log(path());
    QVERIFY(log.append(sampleAuditEntry(auditTime(3, 8), QStringLiteral("call-c"), AuditEntry::Action::Mute,
                                        QStringLiteral("Finn Berg"), AuditEntry::Outcome::Done)));
    QTRY_COMPARE(window->table()->model()->rowCount(), 6);
    QCOMPARE(who(window.get()).first(), QStringLiteral("Finn Berg"));
    QCOMPARE(window->details()->field(QStringLiteral("targetName")), QStringLiteral("Ben Okafor"));
    QCOMPARE(window->table()->selectionModel()->selectedRows().value(0).row(), 4);
    QCOMPARE(child<QComboBox>(window.get(), "auditCallFilter")->count(), 4);
}

void TestAuditLogWindow::followsRotation()
{
    const auto window = openWindow();
    AuditLog log(path(), AuditLogRotation{1, 5}); // every line starts a new file
    QVERIFY(log.append(sampleAuditEntry(auditTime(3, 8), QStringLiteral("call-c"), AuditEntry::Action::Mute,
                                        QStringLiteral("Finn Berg"), AuditEntry::Outcome::Done)));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("audit.1.jsonl"))));
    QTRY_COMPARE(window->table()->model()->rowCount(), 6);
    QVERIFY(log.append(sampleAuditEntry(auditTime(3, 9), QStringLiteral("call-c"), AuditEntry::Action::Remove,
                                        QStringLiteral("Gus Moreau"), AuditEntry::Outcome::Done)));
    QTRY_COMPARE(window->table()->model()->rowCount(), 7);
    QTRY_VERIFY2(window->statusText().contains(QStringLiteral("skipped: audit.2.jsonl line 4.")),
                 qPrintable(window->statusText()));
}

void TestAuditLogWindow::missingLogIsAnEmptyStateThatFillsLater()
{
    QVERIFY(QFile::remove(path()));
    const auto window = openWindow();
    QCOMPARE(window->table()->model()->rowCount(), 0);
    QVERIFY2(window->statusText().startsWith(QStringLiteral("No moderation action recorded yet")),
             qPrintable(window->statusText()));
    QVERIFY(AuditLog(path()).append(sampleAuditEntries().first()));
    QTRY_COMPARE(window->table()->model()->rowCount(), 1);
    QVERIFY(window->statusText().startsWith(QStringLiteral("1 of 1 entry shown.")));
}

void TestAuditLogWindow::exportsTheFilteredRowsAsCsv()
{
    const auto window = openWindow();
    auto *calls = child<QComboBox>(window.get(), "auditCallFilter");
    calls->setCurrentIndex(calls->findData(QStringLiteral("call-b")));
    const QByteArray csv = exported(window.get(), AuditLogWindow::ExportFormat::Csv);
    QVERIFY(window->statusText().contains(QStringLiteral("Exported 2 entries to")));
    QString problem;
    const QJsonArray rows = testsupport::pythonCsvRows(csv, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toArray().at(1).toString(), QStringLiteral("callId"));
    // Oldest first, as the log holds them; the formula-like name is defused.
    QCOMPARE(rows.at(1).toArray().at(3).toString(), QStringLiteral("p-dan"));
    QCOMPARE(rows.at(2).toArray().at(4).toString(), QStringLiteral("'=Eve"));
    QCOMPARE(rows.at(2).toArray().at(7).toString(), sampleAuditEntries().at(4).message);
}

void TestAuditLogWindow::exportsTheFilteredRowsAsJsonLines()
{
    const auto window = openWindow();
    auto *actions = child<QComboBox>(window.get(), "auditActionFilter");
    actions->setCurrentIndex(actions->findText(QStringLiteral("Remove")));
    const QList<QByteArray> lines = exported(window.get(), AuditLogWindow::ExportFormat::JsonLines).split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last line break
    QVERIFY(lines.last().isEmpty());
    const QList<AuditEntry> expected{sampleAuditEntries().at(0), sampleAuditEntries().at(3)};
    for (int i = 0; i < 2; ++i)
        QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object(), expected.at(i).toJson());
    QVERIFY(!window->exportTo(m_dir->filePath(QStringLiteral("no/such/folder/x.jsonl")),
                              AuditLogWindow::ExportFormat::JsonLines));
    QVERIFY(window->statusText().contains(QStringLiteral("Could not export to")));
}

void TestAuditLogWindow::mainWindowOpensItFromTheAuditLogAction()
{
    UiHarness h;
    QString error;
    HarnessAccount account;
    account.auditLogPath = path();
    QVERIFY2(h.start(uiScenario(), &error, account), qPrintable(error));
    QAction *open = action(h.window(), "actionAuditLog");
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    open->trigger();
    auto *window = h.window()->findChild<AuditLogWindow *>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->table()->model()->rowCount(), 5);
    open->trigger(); // the same window again, not a second one
    QCOMPARE(h.window()->findChildren<AuditLogWindow *>().size(), 1);
}

QTEST_MAIN(TestAuditLogWindow)
#include "tst_audit_log_window.moc"
