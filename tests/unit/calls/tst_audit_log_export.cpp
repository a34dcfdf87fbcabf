// The audit log's exports: CSV by RFC 4180 with formula-safe fields, and JSON Lines.
#include "core/calls/audit_log_export.h"

#include "unit/calls/audit_entries.h"

#include <QJsonObject>
#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace audittest;

class TestAuditLogExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvHasAHeaderAndCrlfLines();
    void csvIsUtf8();
    void csvRowHoldsEveryFieldInHeaderOrder();
    void emptyCsvIsTheHeaderAlone();
    void jsonLinesAreTheLogsOwnObjects();
};

void TestAuditLogExport::csvField_data()
{
    testing::addColumns<QString, QString>({"text", "field"});
    const auto row = [](const char *name, const char *text, const char *field) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(field);
    };
    row("plain", "Ada Lovelace", "Ada Lovelace");
    row("empty", "", "");
    row("comma", "Lovelace, Ada", "\"Lovelace, Ada\"");
    row("quote", "Ada \"the Countess\"", "\"Ada \"\"the Countess\"\"\"");
    row("only a quote", "\"", "\"\"\"\"");
    row("line feed", "one\ntwo", "\"one\ntwo\"");
    row("carriage return", "one\r\ntwo", "\"one\r\ntwo\"");
    row("non-ASCII", "Zoë Åström", "Zoë Åström");
    row("formula =", "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"");
    row("formula +", "+1 425 555 0123", "'+1 425 555 0123");
    row("formula -", "-2+3", "'-2+3");
    row("formula @", "@SUM(A1)", "'@SUM(A1)");
    row("formula tab", "\tx", "'\tx");
    row("formula with comma", "=1,2", "\"'=1,2\"");
    row("sign later is fine", "a=b+c-d@e", "a=b+c-d@e");
    row("apostrophe first is kept", "'quoted", "'quoted");
}

void TestAuditLogExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(moderato::csvField(text), field);
}

void TestAuditLogExport::csvHasAHeaderAndCrlfLines()
{
    const QByteArray csv = auditEntriesAsCsv({removed(QStringLiteral("p1")), removed(QStringLiteral("p2"))});
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QByteArray> lines = csv.chopped(1).split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY2(line.endsWith('\r'), line.constData());
    QCOMPARE(lines.first(),
             QByteArray("time,callId,action,targetId,targetName,outcome,requestId,message,callSubject\r"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
}

void TestAuditLogExport::csvIsUtf8()
{
    AuditEntry entry = removed(QStringLiteral("p1"));
    entry.targetName = QStringLiteral("Zoë Åström");
    const QByteArray csv = auditEntriesAsCsv({entry});
    QVERIFY(csv.contains("Zo\xC3\xAB \xC3\x85str\xC3\xB6m"));
}

void TestAuditLogExport::csvRowHoldsEveryFieldInHeaderOrder()
{
    AuditEntry entry = auditEntry(AuditEntry::Action::Cancel, AuditEntry::Outcome::AlreadyGone, QStringLiteral("p9"));
    entry.message = QStringLiteral("gone, already");
    entry.callSubject = QStringLiteral("Press briefing");
    const QByteArray csv = auditEntriesAsCsv({entry});
    const QByteArray row = csv.mid(csv.indexOf("\r\n") + 2);
    QCOMPARE(row, QByteArray("2024-05-01T10:00:05.250Z,call-1,cancel,p9,Ada Lovelace,alreadyGone,req-42,"
                             "\"gone, already\",Press briefing\r\n"));
}

void TestAuditLogExport::emptyCsvIsTheHeaderAlone()
{
    QCOMPARE(auditEntriesAsCsv({}),
             QByteArray("time,callId,action,targetId,targetName,outcome,requestId,message,callSubject\r\n"));
}

void TestAuditLogExport::jsonLinesAreTheLogsOwnObjects()
{
    AuditEntry second = removed(QStringLiteral("p2"));
    second.targetName = QStringLiteral("Zoë\nÅström");
    const QByteArray lines = auditEntriesAsJsonLines({removed(QStringLiteral("p1")), second});
    QVERIFY(lines.endsWith('\n'));
    const QList<QByteArray> split = lines.chopped(1).split('\n');
    QCOMPARE(split.size(), 2);
    QCOMPARE(split.at(0), jsonLine(removed(QStringLiteral("p1"))));
    QCOMPARE(QJsonDocument::fromJson(split.at(1)).object(), second.toJson());
}

QTEST_GUILESS_MAIN(TestAuditLogExport)
#include "tst_audit_log_export.moc"
