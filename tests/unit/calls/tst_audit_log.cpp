// AuditLog: JSON lines, appended across instances, no secrets.
#include "core/calls/audit_log.h"

#include "unit/calls/audit_entries.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using audittest::auditEntry;

namespace {

QList<QJsonObject> readLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        lines.append(doc.object());
    }
    return lines;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesAreJsonWithEveryField();
    void actionAndOutcomeNames_data();
    void actionAndOutcomeNames();
    void appendingAcrossInstancesKeepsEarlierLines();
    void createsTheDirectory();
    void fileIsPrivate();
    void missingTimeIsNow();
    void secretsNeverReachTheFile_data();
    void secretsNeverReachTheFile();
    void unwritablePathReportsAnError();
    void defaultPathIsInAppData();
    void removedIdentityRoundTrips();
};

void TestAuditLog::linesAreJsonWithEveryField()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, QStringLiteral("p1"))));
    const auto lines = readLines(log.path());
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = lines.first();
    QCOMPARE(line.value(QLatin1String("time")).toString(), QStringLiteral("2024-05-01T10:00:05.250Z"));
    QCOMPARE(line.value(QLatin1String("callId")).toString(), QStringLiteral("call-1"));
    QCOMPARE(line.value(QLatin1String("action")).toString(), QStringLiteral("remove"));
    QCOMPARE(line.value(QLatin1String("targetId")).toString(), QStringLiteral("p1"));
    QCOMPARE(line.value(QLatin1String("targetName")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(line.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(line.value(QLatin1String("requestId")).toString(), QStringLiteral("req-42"));
    QCOMPARE(line.value(QLatin1String("message")).toString(), QStringLiteral("ok"));
    QCOMPARE(line.value(QLatin1String("callSubject")).toString(), QString()); // not known for this entry
    QCOMPARE(line.keys().size(), 9);
}

void TestAuditLog::actionAndOutcomeNames_data()
{
    testing::addColumns<AuditEntry::Action, QString, AuditEntry::Outcome, QString>(
        {"action", "actionName", "outcome", "outcomeName"});
    QTest::newRow("remove done") << AuditEntry::Action::Remove << "remove" << AuditEntry::Outcome::Done << "done";
    QTest::newRow("cancel gone") << AuditEntry::Action::Cancel << "cancel" << AuditEntry::Outcome::AlreadyGone
                                 << "alreadyGone";
    QTest::newRow("invite failed") << AuditEntry::Action::Invite << "invite" << AuditEntry::Outcome::Failed << "failed";
    QTest::newRow("mute unknown") << AuditEntry::Action::Mute << "mute" << AuditEntry::Outcome::Unknown << "unknown";
}

void TestAuditLog::actionAndOutcomeNames()
{
    QFETCH(AuditEntry::Action, action);
    QFETCH(QString, actionName);
    QFETCH(AuditEntry::Outcome, outcome);
    QFETCH(QString, outcomeName);
    const QJsonObject json = auditEntry(action, outcome, QStringLiteral("p")).toJson();
    QCOMPARE(json.value(QLatin1String("action")).toString(), actionName);
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), outcomeName);
}

void TestAuditLog::appendingAcrossInstancesKeepsEarlierLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    {
        AuditLog first(path);
        QVERIFY(first.append(auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, QStringLiteral("p1"))));
        QVERIFY(first.append(auditEntry(AuditEntry::Action::Mute, AuditEntry::Outcome::Failed, QStringLiteral("p2"))));
    }
    AuditLog second(path);
    QVERIFY(
        second.append(auditEntry(AuditEntry::Action::Cancel, AuditEntry::Outcome::AlreadyGone, QStringLiteral("p3"))));
    // Each line is on disk as soon as append() returns.
    const auto lines = readLines(path);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].value(QLatin1String("targetId")).toString(), QStringLiteral("p1"));
    QCOMPARE(lines[1].value(QLatin1String("action")).toString(), QStringLiteral("mute"));
    QCOMPARE(lines[2].value(QLatin1String("outcome")).toString(), QStringLiteral("alreadyGone"));
}

void TestAuditLog::createsTheDirectory()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("nested/deeper/audit.jsonl")));
    QVERIFY2(log.append(auditEntry(AuditEntry::Action::Invite, AuditEntry::Outcome::Done, QStringLiteral("p"))),
             qPrintable(log.lastError()));
    QCOMPARE(readLines(log.path()).size(), 1);
}

void TestAuditLog::fileIsPrivate()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, QStringLiteral("p"))));
    const auto permissions = QFile(log.path()).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestAuditLog::missingTimeIsNow()
{
    AuditEntry e = auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, QStringLiteral("p"));
    e.time = {};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString time = e.toJson().value(QLatin1String("time")).toString();
    QVERIFY(time.endsWith(QLatin1Char('Z')));
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
    QVERIFY(parsed >= before);
    QVERIFY(parsed <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TestAuditLog::secretsNeverReachTheFile_data()
{
    testing::addColumns<QString, QString>({"message", "secret"});
    QTest::newRow("bearer") << "sent Authorization: Bearer abc.DEF-123_xyz"
                            << "abc.DEF-123_xyz";
    QTest::newRow("jwt") << "token eyJ0eXAiOiJKV1QiLCJhbGciOi.eyJhdWQiOiJodHRwczovL2dyYXBo.c2lnbmF0dXJl was rejected"
                         << "eyJ0eXAiOiJKV1QiLCJhbGciOi";
    QTest::newRow("form secret") << "client_id=abc&client_secret=s3cr3t~value&grant_type=client_credentials"
                                 << "s3cr3t~value";
    QTest::newRow("json secret") << R"({"client_secret": "hunter2"})"
                                 << "hunter2";
    QTest::newRow("access token") << "access_token=opaque-token-value"
                                  << "opaque-token-value";
}

void TestAuditLog::secretsNeverReachTheFile()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    AuditEntry e = auditEntry(AuditEntry::Action::Invite, AuditEntry::Outcome::Failed, QStringLiteral("p"));
    e.message = message;
    QVERIFY(log.append(e));
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains(secret.toUtf8()), content.constData());
    QVERIFY(content.contains("[redacted]"));
    // Ordinary words survive.
    QCOMPARE(scrubSecrets(QStringLiteral("Removed Ada from the call (request req-1)")),
             QStringLiteral("Removed Ada from the call (request req-1)"));
}

void TestAuditLog::unwritablePathReportsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLog log(dir.filePath(QStringLiteral("file/audit.jsonl"))); // a file where a folder should be
    QVERIFY(!log.append(auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, QStringLiteral("p"))));
    QVERIFY(!log.lastError().isEmpty());
}

void TestAuditLog::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const AuditLog log;
    QCOMPARE(log.path(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl"));
    QVERIFY(log.path().endsWith(QLatin1String("/audit.jsonl")));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"

void TestAuditLog::removedIdentityRoundTrips()
{
    AuditEntry entry = auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, QStringLiteral("p1"));
    entry.targetIdentity =
        ParticipantIdentity{IdentityKind::User, QStringLiteral("2d0f5a4b-8c3e-4f9a-8b7c-4e6d8f0a2b3c"),
                            QStringLiteral("Ada Lovelace"), QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")};
    const QJsonObject json = entry.toJson();
    const QJsonObject identity = json.value(QLatin1String("targetIdentity")).toObject();
    QCOMPARE(identity.value(QLatin1String("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(identity.keys().size(), 3);
    const auto read = AuditEntry::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->targetIdentity, entry.targetIdentity);

    // Lines without it (every action but a removal, and lines of earlier versions) read as empty.
    const auto older = AuditEntry::fromJson(
        auditEntry(AuditEntry::Action::Mute, AuditEntry::Outcome::Done, QStringLiteral("p2")).toJson());
    QVERIFY(older);
    QVERIFY(older->targetIdentity.id.isEmpty());
    QCOMPARE(older->targetIdentity.kind, IdentityKind::Unknown);
}
