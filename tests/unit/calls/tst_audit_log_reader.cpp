// AuditLogReader: entries back from the log and its rotated files, damaged lines skipped and
// reported, filters; AuditEntry::fromJson.
#include "core/calls/audit_log_reader.h"

#include "unit/calls/audit_entries.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace audittest;

Q_DECLARE_METATYPE(moderato::AuditLogFilter)

class TestAuditLogReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBackWhatTheLogWrote();
    void tornLastLineIsSkippedAndReported();
    void entryAppendedAfterATornLineIsKept();
    void damagedMiddleLineIsSkippedAndReported_data();
    void damagedMiddleLineIsSkippedAndReported();
    void blankLinesAreNotDamage();
    void rotatedFilesAreReadOldestFirst();
    void damageIsReportedPerFile();
    void missingLogIsNotFoundAndNotAnError();
    void unreadableFileIsReported();
    void filters_data();
    void filters();
    void optionalTextFieldsMayBeMissing();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name = QStringLiteral("audit.jsonl")) const { return m_dir.filePath(name); }
};

void TestAuditLogReader::readsBackWhatTheLogWrote()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    AuditEntry written = auditEntry(AuditEntry::Action::Mute, AuditEntry::Outcome::AlreadyGone, QStringLiteral("p1"));
    written.targetName = QStringLiteral("Zoë Åström, \"the\" moderator");
    written.message = QStringLiteral("line one\nline two");
    written.callSubject = QStringLiteral("Quarterly planning — Contoso");
    QVERIFY(log.append(written));
    const AuditLogContents contents = AuditLogReader(log.path()).read();
    QVERIFY(contents.found);
    QCOMPARE(contents.entries.size(), 1);
    const AuditEntry &read = contents.entries.first();
    QCOMPARE(read.time, written.time);
    QCOMPARE(read.callId, written.callId);
    QCOMPARE(read.action, written.action);
    QCOMPARE(read.targetId, written.targetId);
    QCOMPARE(read.targetName, written.targetName);
    QCOMPARE(read.outcome, written.outcome);
    QCOMPARE(read.requestId, written.requestId);
    QCOMPARE(read.message, written.message);
    QCOMPARE(read.callSubject, written.callSubject);
    QVERIFY(contents.damaged.isEmpty());
}

void TestAuditLogReader::tornLastLineIsSkippedAndReported()
{
    const QByteArray last = jsonLine(removed(QStringLiteral("p3")));
    QVERIFY(writeLines(
        path(),
        {jsonLine(removed(QStringLiteral("p1"))), jsonLine(removed(QStringLiteral("p2"))), last.left(last.size() / 2)},
        true));
    const AuditLogContents contents = AuditLogReader(path()).read();
    QCOMPARE(targetsOf(contents.entries), QStringList({QStringLiteral("p1"), QStringLiteral("p2")}));
    QCOMPARE(contents.damagedLineCount(), 1);
    QCOMPARE(contents.damaged.first().path, path());
    QCOMPARE(contents.damaged.first().lineNumbers, QList<int>{3});
}

void TestAuditLogReader::entryAppendedAfterATornLineIsKept()
{
    QVERIFY(writeLines(
        path(), {jsonLine(removed(QStringLiteral("p1"))), jsonLine(removed(QStringLiteral("p2"))).left(30)}, true));
    AuditLog log(path());
    QVERIFY(log.append(removed(QStringLiteral("p3"))));
    const AuditLogContents contents = AuditLogReader(path()).read();
    QCOMPARE(targetsOf(contents.entries), ids("p1 p3"));
    QCOMPARE(contents.damaged.size(), 1);
    QCOMPARE(contents.damaged.first().lineNumbers, QList<int>{2});
}

void TestAuditLogReader::damagedMiddleLineIsSkippedAndReported_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not JSON") << QByteArray("this is not JSON at all");
    QTest::newRow("binary") << QByteArray("\x01\xff\xfe{");
    QTest::newRow("an array") << QByteArray("[1,2,3]");
    QTest::newRow("no outcome") << QByteArray(R"({"time":"2024-05-01T10:00:00Z","callId":"c","action":"remove",)"
                                              R"("targetId":"p"})");
    QTest::newRow("no time") << QByteArray(R"({"callId":"c","action":"remove","targetId":"p","outcome":"done"})");
    QTest::newRow("bad time") << QByteArray(R"({"time":"yesterday","callId":"c","action":"remove","targetId":"p",)"
                                            R"("outcome":"done"})");
    QTest::newRow("unknown action") << QByteArray(R"({"time":"2024-05-01T10:00:00Z","callId":"c","action":"ban",)"
                                                  R"("targetId":"p","outcome":"done"})");
    QTest::newRow("call id a number") << QByteArray(R"({"time":"2024-05-01T10:00:00Z","callId":7,)"
                                                    R"("action":"remove","targetId":"p","outcome":"done"})");
}

void TestAuditLogReader::damagedMiddleLineIsSkippedAndReported()
{
    QFETCH(QByteArray, line);
    QVERIFY(writeLines(path(), {jsonLine(removed(QStringLiteral("p1"))), jsonLine(removed(QStringLiteral("p2"))), line,
                                jsonLine(removed(QStringLiteral("p4")))}));
    const AuditLogContents contents = AuditLogReader(path()).read();
    QCOMPARE(targetsOf(contents.entries),
             QStringList({QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p4")}));
    QCOMPARE(contents.damaged.size(), 1);
    QCOMPARE(contents.damaged.first().lineNumbers, QList<int>{3});
    QVERIFY(contents.unreadable.isEmpty());
}

void TestAuditLogReader::blankLinesAreNotDamage()
{
    QVERIFY(writeLines(path(),
                       {jsonLine(removed(QStringLiteral("p1"))), "", "   ", jsonLine(removed(QStringLiteral("p2")))}));
    const AuditLogContents contents = AuditLogReader(path()).read();
    QCOMPARE(contents.entries.size(), 2);
    QCOMPARE(contents.damagedLineCount(), 0);
}

void TestAuditLogReader::rotatedFilesAreReadOldestFirst()
{
    QTemporaryDir dir;
    const QString current = dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(writeLines(dir.filePath(QStringLiteral("audit.2.jsonl")), {jsonLine(removed(QStringLiteral("oldest")))}));
    QVERIFY(writeLines(dir.filePath(QStringLiteral("audit.1.jsonl")), {jsonLine(removed(QStringLiteral("older")))}));
    QVERIFY(writeLines(current, {jsonLine(removed(QStringLiteral("newest")))}));
    // Neither another log's rotated files nor a name that only looks like one.
    QVERIFY(writeLines(dir.filePath(QStringLiteral("demo-audit.1.jsonl")), {jsonLine(removed(QStringLiteral("x")))}));
    QVERIFY(writeLines(dir.filePath(QStringLiteral("audit.x.jsonl")), {jsonLine(removed(QStringLiteral("y")))}));
    const AuditLogContents contents = AuditLogReader(current).read();
    QCOMPARE(targetsOf(contents.entries),
             QStringList({QStringLiteral("oldest"), QStringLiteral("older"), QStringLiteral("newest")}));
}

void TestAuditLogReader::damageIsReportedPerFile()
{
    QTemporaryDir dir;
    const QString current = dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(
        writeLines(dir.filePath(QStringLiteral("audit.1.jsonl")), {"garbage", jsonLine(removed(QStringLiteral("a")))}));
    QVERIFY(writeLines(current, {jsonLine(removed(QStringLiteral("b"))), "{", "}"}));
    const AuditLogContents contents = AuditLogReader(current).read();
    QCOMPARE(targetsOf(contents.entries), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(contents.damaged.size(), 2);
    QCOMPARE(contents.damaged.at(0).path, dir.filePath(QStringLiteral("audit.1.jsonl")));
    QCOMPARE(contents.damaged.at(0).lineNumbers, QList<int>{1});
    QCOMPARE(contents.damaged.at(1).path, current);
    QCOMPARE(contents.damaged.at(1).lineNumbers, QList<int>({2, 3}));
    QCOMPARE(contents.damagedLineCount(), 3);
}

void TestAuditLogReader::missingLogIsNotFoundAndNotAnError()
{
    QTemporaryDir dir;
    const AuditLogContents contents = AuditLogReader(dir.filePath(QStringLiteral("audit.jsonl"))).read();
    QVERIFY(!contents.found);
    QVERIFY(contents.entries.isEmpty());
    QVERIFY(contents.unreadable.isEmpty());
}

void TestAuditLogReader::unreadableFileIsReported()
{
    // A directory where the file should be: unreadable even for root, who reads any file.
    QTemporaryDir dir;
    const QString current = dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("audit.jsonl")));
    const AuditLogContents contents = AuditLogReader(current).read();
    QVERIFY(contents.found);
    QCOMPARE(contents.unreadable.size(), 1);
    QCOMPARE(contents.unreadable.first().path, current);
    QVERIFY(!contents.unreadable.first().error.isEmpty());
}

void TestAuditLogReader::filters_data()
{
    testing::addColumns<AuditLogFilter, QStringList>({"filter", "expected"});
    const QDateTime start = removed(QString()).time;
    const auto filter = [](auto change) {
        AuditLogFilter f;
        change(f);
        return f;
    };
    QTest::newRow("none") << AuditLogFilter{} << ids("p0 p1 p2 p3");
    QTest::newRow("call") << filter([](AuditLogFilter &f) { f.callId = QStringLiteral("call-2"); }) << ids("p1 p3");
    QTest::newRow("since, inclusive") << filter([&](AuditLogFilter &f) { f.since = start.addSecs(60); })
                                      << ids("p1 p2 p3");
    QTest::newRow("until, inclusive") << filter([&](AuditLogFilter &f) { f.until = start.addSecs(120); })
                                      << ids("p0 p1 p2");
    QTest::newRow("between") << filter([&](AuditLogFilter &f) {
        f.since = start.addSecs(30);
        f.until = start.addSecs(150);
    }) << ids("p1 p2");
    QTest::newRow("since in another zone")
        << filter([&](AuditLogFilter &f) { f.since = start.addSecs(120).toOffsetFromUtc(2 * 3600); }) << ids("p2 p3");
    QTest::newRow("action") << filter([](AuditLogFilter &f) { f.action = AuditEntry::Action::Mute; }) << ids("p2");
    QTest::newRow("outcome") << filter([](AuditLogFilter &f) { f.outcome = AuditEntry::Outcome::Failed; })
                             << ids("p1 p2");
    QTest::newRow("all at once") << filter([&](AuditLogFilter &f) {
        f.callId = QStringLiteral("call-2");
        f.outcome = AuditEntry::Outcome::Failed;
        f.action = AuditEntry::Action::Remove;
        f.since = start;
    }) << ids("p1");
}

void TestAuditLogReader::filters()
{
    QFETCH(AuditLogFilter, filter);
    QFETCH(QStringList, expected);
    AuditEntry p1 = auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Failed, QStringLiteral("p1"), 1);
    p1.callId = QStringLiteral("call-2");
    AuditEntry p3 = removed(QStringLiteral("p3"), 3);
    p3.callId = QStringLiteral("call-2");
    QVERIFY(writeLines(
        path(), {jsonLine(removed(QStringLiteral("p0"))), jsonLine(p1),
                 jsonLine(auditEntry(AuditEntry::Action::Mute, AuditEntry::Outcome::Failed, QStringLiteral("p2"), 2)),
                 jsonLine(p3)}));
    QCOMPARE(targetsOf(AuditLogReader(path()).read(filter).entries), expected);
}

void TestAuditLogReader::optionalTextFieldsMayBeMissing()
{
    const auto read = AuditEntry::fromJson(
        QJsonDocument::fromJson(
            R"({"time":"2024-05-01T10:00:00Z","callId":"c","action":"invite","targetId":"p","outcome":"notInCall"})")
            .object());
    QVERIFY(read);
    QCOMPARE(read->action, AuditEntry::Action::Invite);
    QCOMPARE(read->outcome, AuditEntry::Outcome::NotInCall);
    QVERIFY(read->targetName.isEmpty());
    QVERIFY(read->callSubject.isEmpty()); // lines written before the subject was kept
    QCOMPARE(read->time, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestAuditLogReader)
#include "tst_audit_log_reader.moc"
