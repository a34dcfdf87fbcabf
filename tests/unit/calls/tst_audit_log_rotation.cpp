// AuditLog's rotation by size: when a fresh file starts, how many old ones stay, and that every
// file stays private.
#include "core/calls/audit_log.h"
#include "core/calls/audit_log_reader.h"

#include "unit/calls/audit_entries.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace moderato;
using namespace audittest;

namespace {

//! The size of removed(\a target)'s line, line break included.
qint64 lineSize(const QString &target)
{
    return jsonLine(removed(target)).size() + 1;
}

bool appendAll(AuditLog &log, const QStringList &targets)
{
    for (const QString &target : targets)
        if (!log.append(removed(target))) {
            qWarning("append failed: %s", qPrintable(log.lastError()));
            return false;
        }
    return true;
}

//! The targets in the log at \a path: its rotated files first, then \a path itself.
QStringList targetsIn(const QString &path)
{
    const AuditLogContents contents = AuditLogReader(path).read();
    return contents.found ? targetsOf(contents.entries) : QStringList();
}

constexpr QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestAuditLogRotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaults();
    void rotatesWhenTheNextLineWouldPassTheLimit();
    void keepsTheConfiguredNumberOfFiles();
    void keepingNoneStartsOver();
    void aLineLongerThanTheLimitGetsAFileOfItsOwn();
    void everyFileIsPrivate();
    void rotatedLogIsReadOldestFirst();

private:
    QString path(const QTemporaryDir &dir, const char *name = "audit.jsonl")
    {
        return dir.filePath(QString::fromLatin1(name));
    }
};

void TestAuditLogRotation::initTestCase()
{
    ::umask(022); // files would be readable by everyone unless AuditLog says otherwise
}

void TestAuditLogRotation::defaults()
{
    QCOMPARE(AuditLogRotation{}.maxBytes, qint64(5 * 1024 * 1024));
    QCOMPARE(AuditLogRotation{}.keptFiles, 5);
}

void TestAuditLogRotation::rotatesWhenTheNextLineWouldPassTheLimit()
{
    QTemporaryDir dir;
    // Exactly two lines fit.
    AuditLog log(path(dir), {2 * lineSize(QStringLiteral("p1")), 5});
    QVERIFY(appendAll(log, ids("p1 p2")));
    QCOMPARE(QFileInfo(path(dir)).size(), 2 * lineSize(QStringLiteral("p1")));
    QVERIFY(!QFileInfo::exists(path(dir, "audit.1.jsonl")));
    QVERIFY(appendAll(log, ids("p3")));
    QCOMPARE(targetsIn(path(dir, "audit.1.jsonl")), ids("p1 p2"));
    QCOMPARE(QFileInfo(path(dir)).size(), lineSize(QStringLiteral("p3")));
}

void TestAuditLogRotation::keepsTheConfiguredNumberOfFiles()
{
    QTemporaryDir dir;
    AuditLog log(path(dir), {1, 2}); // every line starts a new file
    QVERIFY(appendAll(log, ids("p1 p2 p3 p4 p5")));
    QCOMPARE(targetsIn(path(dir, "audit.2.jsonl")), ids("p3"));
    QCOMPARE(targetsIn(path(dir, "audit.1.jsonl")), ids("p4"));
    QVERIFY(!QFileInfo::exists(path(dir, "audit.3.jsonl")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    // A smaller count later deletes what is now beyond it.
    AuditLog fewer(path(dir), {1, 1});
    QVERIFY(appendAll(fewer, ids("p6")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList({QStringLiteral("audit.1.jsonl"), QStringLiteral("audit.jsonl")}));
    QCOMPARE(targetsIn(path(dir)), ids("p5 p6"));
}

void TestAuditLogRotation::keepingNoneStartsOver()
{
    QTemporaryDir dir;
    AuditLog log(path(dir), {1, 0});
    QVERIFY(appendAll(log, ids("p1 p2")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("audit.jsonl")});
    QCOMPARE(targetsIn(path(dir)), ids("p2"));
}

void TestAuditLogRotation::aLineLongerThanTheLimitGetsAFileOfItsOwn()
{
    QTemporaryDir dir;
    AuditLog log(path(dir), {10, 5});
    QVERIFY(appendAll(log, ids("p1")));
    QCOMPARE(targetsIn(path(dir)), ids("p1")); // an empty file is never rotated away
    QVERIFY(!QFileInfo::exists(path(dir, "audit.1.jsonl")));
    QVERIFY(appendAll(log, ids("p2")));
    QCOMPARE(targetsIn(path(dir, "audit.1.jsonl")), ids("p1"));
    QCOMPARE(targetsIn(path(dir)), ids("p1 p2")); // the rotated file, then the fresh one
}

void TestAuditLogRotation::everyFileIsPrivate()
{
    QTemporaryDir dir;
    AuditLog log(path(dir), {1, 3});
    QVERIFY(appendAll(log, ids("p1 p2 p3")));
    for (const char *name : {"audit.jsonl", "audit.1.jsonl", "audit.2.jsonl"}) {
        const auto permissions = QFile(path(dir, name)).permissions();
        QVERIFY2(permissions & QFileDevice::ReadOwner && permissions & QFileDevice::WriteOwner, name);
        QVERIFY2(!(permissions & shared), name);
    }
}

void TestAuditLogRotation::rotatedLogIsReadOldestFirst()
{
    QTemporaryDir dir;
    AuditLog log(path(dir), {2 * lineSize(QStringLiteral("p1")), 5});
    QVERIFY(appendAll(log, ids("p1 p2 p3 p4 p5")));
    QVERIFY(QFileInfo::exists(path(dir, "audit.2.jsonl")));
    QCOMPARE(targetsIn(path(dir)), ids("p1 p2 p3 p4 p5"));
}

QTEST_GUILESS_MAIN(TestAuditLogRotation)
#include "tst_audit_log_rotation.moc"
