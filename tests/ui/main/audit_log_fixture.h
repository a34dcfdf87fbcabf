#pragma once
// An audit log of two calls for the audit log window's tests and screenshots: five moderation
// actions and one damaged line (line 4).

#include "core/calls/audit_log.h"

#include <QFile>
#include <QJsonDocument>

namespace moderato::test {

//! 2024-05-01 + \a day days, at \a hour:\a minute UTC.
inline QDateTime auditTime(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 5, 1).addDays(day), QTime(hour, minute), Qt::UTC);
}

inline AuditEntry sampleAuditEntry(const QDateTime &time, const QString &callId, AuditEntry::Action action,
                                   const QString &targetName, AuditEntry::Outcome outcome)
{
    AuditEntry entry;
    entry.time = time;
    entry.callId = callId;
    if (callId == QLatin1String("call-a"))
        entry.callSubject = QStringLiteral("Press briefing");
    entry.action = action;
    entry.targetId = QStringLiteral("p-") + QString(targetName).remove(QLatin1Char(' ')).toLower();
    entry.targetName = targetName;
    entry.outcome = outcome;
    entry.requestId = QStringLiteral("req-%1").arg(time.toSecsSinceEpoch() % 100000);
    return entry;
}

//! Oldest first: three in "Press briefing" (call-a), two in call-b, written before the subject
//! was kept. The fifth has a name a spreadsheet would run and a message with a comma and quotes.
inline QList<AuditEntry> sampleAuditEntries()
{
    using A = AuditEntry::Action;
    using O = AuditEntry::Outcome;
    QList<AuditEntry> entries{
        sampleAuditEntry(auditTime(0, 10), QStringLiteral("call-a"), A::Remove, QStringLiteral("Ada Lovelace"),
                         O::Done),
        sampleAuditEntry(auditTime(0, 10, 5), QStringLiteral("call-a"), A::Mute, QStringLiteral("Ben Okafor"),
                         O::Failed),
        sampleAuditEntry(auditTime(1, 9), QStringLiteral("call-a"), A::Invite, QStringLiteral("Cleo Park"), O::Done),
        sampleAuditEntry(auditTime(1, 11), QStringLiteral("call-b"), A::Remove, QString(), O::AlreadyGone),
        sampleAuditEntry(auditTime(2, 12), QStringLiteral("call-b"), A::Cancel, QStringLiteral("=Eve"), O::Unknown),
    };
    entries[1].message = QStringLiteral("403 Forbidden: the app may not mute in this tenant");
    entries[3].targetId = QStringLiteral("p-dan");
    entries[4].message = QStringLiteral("timed out, \"maybe\" cancelled");
    return entries;
}

//! Writes sampleAuditEntries() to \a path with a torn line as line 4.
inline bool writeSampleAuditLog(const QString &path)
{
    QByteArrayList lines;
    for (const AuditEntry &entry : sampleAuditEntries())
        lines.append(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    lines.insert(3, QByteArrayLiteral("{\"time\":\"2024-05-02T10:00:00Z\",\"callId\":\"ca"));
    QFile file(path);
    const QByteArray text = lines.join('\n') + '\n';
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace moderato::test
