// moderato-cli audit, run as a real process on audit logs written here: the CSV read back by
// Python's csv module, the filters, damaged lines, missing logs and usage errors.
#include "core/calls/audit_log.h"
#include "support/cli_process.h"
#include "support/python_csv.h"
#include "unit/calls/audit_entries.h"

#include "support/test_columns.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace moderato;
using namespace audittest;
using testsupport::pythonCsvRows;

namespace {

QJsonArray row(const QStringList &fields)
{
    return QJsonArray::fromStringList(fields);
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvRoundTripsThroughPythonsCsvModule();
    void sinceAndCallFilter();
    void tableShowsLocalTimeAndWho();
    void damagedLinesAreSkippedWithAWarning();
    void defaultLogMissingMeansNothingRecorded();
    void defaultLogIsRead();
    void missingFileIsAnError();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    testsupport::CliResult audit(const QStringList &arguments, const QString &timeZone = QStringLiteral("UTC"))
    {
        QProcessEnvironment env = m_home.environment();
        env.insert(QStringLiteral("TZ"), timeZone);
        return testsupport::runCli(env, QStringList{QStringLiteral("audit")} + arguments);
    }
    QStringList withFile(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--file"), m_log} + arguments;
    }

    testsupport::ScratchHome m_home;
    QTemporaryDir m_dir;
    const QString m_log = m_dir.filePath(QStringLiteral("audit.jsonl"));
};

void TestCliAudit::csvRoundTripsThroughPythonsCsvModule()
{
    AuditEntry tricky = auditEntry(AuditEntry::Action::Mute, AuditEntry::Outcome::Failed, QStringLiteral("p2"), 1);
    tricky.targetName = QStringLiteral("Zoë Åström, \"Zo\"");
    tricky.message = QStringLiteral("Forbidden.\r\nAsk an admin.");
    AuditEntry formula = removed(QStringLiteral("p3"), 2);
    formula.targetName = QStringLiteral("=HYPERLINK(\"http://evil\")");
    QVERIFY(writeLines(m_log, {jsonLine(removed(QStringLiteral("p1"))), jsonLine(tricky), jsonLine(formula)}));

    const testsupport::CliResult result = audit(withFile({QStringLiteral("--csv")}));
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.err.isEmpty(), result.describe());
    QVERIFY(result.out.endsWith("\r\n"));
    QString problem;
    const QJsonArray rows = pythonCsvRows(result.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).toArray(),
             row(ids("time callId action targetId targetName outcome requestId message callSubject")));
    QCOMPARE(rows.at(1).toArray(),
             row({QStringLiteral("2024-05-01T10:00:05.250Z"), QStringLiteral("call-1"), QStringLiteral("remove"),
                  QStringLiteral("p1"), QStringLiteral("Ada Lovelace"), QStringLiteral("done"),
                  QStringLiteral("req-42"), QStringLiteral("ok"), QString()}));
    QCOMPARE(rows.at(2).toArray(),
             row({QStringLiteral("2024-05-01T10:01:05.250Z"), QStringLiteral("call-1"), QStringLiteral("mute"),
                  QStringLiteral("p2"), tricky.targetName, QStringLiteral("failed"), QStringLiteral("req-42"),
                  tricky.message, QString()}));
    // A name that a spreadsheet would run as a formula comes back with a leading quote.
    QCOMPARE(rows.at(3).toArray().at(4).toString(), QLatin1Char('\'') + formula.targetName);
}

void TestCliAudit::sinceAndCallFilter()
{
    AuditEntry otherCall = removed(QStringLiteral("p2"), 24 * 60);
    otherCall.callId = QStringLiteral("call-2");
    AuditEntry laterOtherCall = removed(QStringLiteral("p4"), 2 * 24 * 60);
    laterOtherCall.callId = QStringLiteral("call-2");
    QVERIFY(writeLines(m_log, {jsonLine(removed(QStringLiteral("p1"))), jsonLine(otherCall),
                               jsonLine(removed(QStringLiteral("p3"), 24 * 60 + 5)), jsonLine(laterOtherCall)}));
    const auto targets = [](const QByteArray &jsonLines) {
        QStringList found;
        for (const QByteArray &line : jsonLines.split('\n'))
            if (!line.isEmpty())
                found.append(QJsonDocument::fromJson(line).object().value(QLatin1String("targetId")).toString());
        return found;
    };

    const auto since =
        audit(withFile({QStringLiteral("--json"), QStringLiteral("--since"), QStringLiteral("2024-05-02")}));
    QVERIFY2(since.exitCode == 0, since.describe());
    QCOMPARE(targets(since.out), ids("p2 p3 p4"));

    const auto call = audit(withFile({QStringLiteral("--json"), QStringLiteral("--call"), QStringLiteral("call-2")}));
    QCOMPARE(targets(call.out), ids("p2 p4"));

    const auto both = audit(
        withFile({QStringLiteral("--json"), QStringLiteral("--call=call-2"), QStringLiteral("--since"),
                  QStringLiteral("2024-05-02T10:00:06Z"), QStringLiteral("--until"), QStringLiteral("2024-05-03")}));
    QCOMPARE(targets(both.out), ids("p4"));

    const auto none = audit(withFile({QStringLiteral("--call"), QStringLiteral("call-9")}));
    QVERIFY2(none.exitCode == 0, none.describe());
    QCOMPARE(none.out, QByteArray("No moderation action matches.\n"));
}

void TestCliAudit::tableShowsLocalTimeAndWho()
{
    AuditEntry nameless = removed(QStringLiteral("p2"));
    nameless.targetName.clear();
    QVERIFY(writeLines(m_log, {jsonLine(removed(QStringLiteral("p1"))), jsonLine(nameless)}));
    const auto result = audit(withFile({}), QStringLiteral("MOD-2")); // two hours east of UTC
    QVERIFY2(result.exitCode == 0, result.describe());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("Time") && lines.at(0).contains("Request id"), result.describe());
    QVERIFY2(lines.at(1).startsWith("2024-05-01 12:00:05  remove  Ada Lovelace  done"), result.describe());
    QVERIFY2(lines.at(1).endsWith("req-42"), result.describe());
    QVERIFY2(lines.at(2).contains("  p2  "), result.describe()); // no name: the participant id
}

void TestCliAudit::damagedLinesAreSkippedWithAWarning()
{
    const QByteArray torn = jsonLine(removed(QStringLiteral("p4")));
    QVERIFY(writeLines(m_log,
                       {jsonLine(removed(QStringLiteral("p1"))), "{\"garbled\": tr",
                        jsonLine(removed(QStringLiteral("p3"))), torn.left(20)},
                       true));
    const auto result = audit(withFile({QStringLiteral("--json")}));
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out.count('\n'), 2);
    QVERIFY2(result.err.contains(QByteArray("Skipped 2 damaged lines in " + m_log.toUtf8() + ": lines 2, 4")),
             result.describe());

    QVERIFY(writeLines(m_log, {jsonLine(removed(QStringLiteral("p1"))), "not json"}));
    const auto one = audit(withFile({}));
    QVERIFY2(one.err.contains(": line 2\n"), one.describe());
    QVERIFY2(one.err.contains("Skipped 1 damaged line in "), one.describe());
}

void TestCliAudit::defaultLogMissingMeansNothingRecorded()
{
    const auto result = audit({});
    QVERIFY2(result.exitCode == 0, result.describe());
    QCOMPARE(result.out, QByteArray("No moderation actions recorded yet.\n"));
}

void TestCliAudit::defaultLogIsRead()
{
    // Where the desktop app writes it: the user's data directory (XDG_DATA_HOME).
    const QString path = m_home.path(QStringLiteral("data/Moderato/Moderato/audit.jsonl"));
    AuditLog log(path);
    QVERIFY(log.append(removed(QStringLiteral("p-default"))));
    const auto result = audit({QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.describe());
    QVERIFY2(result.out.contains("\"targetId\":\"p-default\""), result.describe());
    QFile::remove(path);
}

void TestCliAudit::missingFileIsAnError()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-such.jsonl"));
    const auto result = audit({QStringLiteral("--file"), missing});
    QVERIFY2(result.exitCode == 1, result.describe());
    QVERIFY2(result.err.contains(QByteArray("There is no audit log at " + missing.toUtf8())), result.describe());
}

void TestCliAudit::usageErrorsExitTwo_data()
{
    testing::addColumns<QStringList, QString>({"arguments", "mentions"});
    QTest::newRow("bad --since") << QStringList{QStringLiteral("--since"), QStringLiteral("last tuesday")}
                                 << QStringLiteral("--since: \"last tuesday\"");
    QTest::newRow("bad --until") << QStringList{QStringLiteral("--until"), QStringLiteral("2024-13-01")}
                                 << QStringLiteral("--until");
    QTest::newRow("bad --action") << QStringList{QStringLiteral("--action"), QStringLiteral("ban")}
                                  << QStringLiteral("ban");
    QTest::newRow("bad --outcome") << QStringList{QStringLiteral("--outcome"), QStringLiteral("won")}
                                   << QStringLiteral("won");
    QTest::newRow("--csv and --json") << QStringList{QStringLiteral("--csv"), QStringLiteral("--json")}
                                      << QStringLiteral("not both");
    QTest::newRow("an argument") << QStringList{QStringLiteral("call-1")} << QStringLiteral("call-1");
}

void TestCliAudit::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QVERIFY(writeLines(m_log, {jsonLine(removed(QStringLiteral("p1")))}));
    const auto result = audit(withFile(arguments));
    QVERIFY2(result.exitCode == 2, result.describe());
    QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.describe());
    QVERIFY2(result.out.isEmpty(), result.describe());
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
