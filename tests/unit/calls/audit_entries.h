#pragma once
// AuditEntry values and audit log files for the audit log's tests.

#include "core/calls/audit_log.h"

#include <QFile>
#include <QJsonDocument>

namespace audittest {

using moderato::AuditEntry;

//! An entry at 2024-05-01 10:00:05.250 UTC plus \a minutes, in call-1, on Ada Lovelace.
inline AuditEntry auditEntry(AuditEntry::Action action, AuditEntry::Outcome outcome, const QString &target,
                             int minutes = 0)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 5, 250), Qt::UTC).addSecs(60 * minutes);
    e.callId = QStringLiteral("call-1");
    e.action = action;
    e.targetId = target;
    e.targetName = QStringLiteral("Ada Lovelace");
    e.outcome = outcome;
    e.requestId = QStringLiteral("req-42");
    e.message = QStringLiteral("ok");
    return e;
}

inline AuditEntry removed(const QString &target, int minutes = 0)
{
    return auditEntry(AuditEntry::Action::Remove, AuditEntry::Outcome::Done, target, minutes);
}

//! \a entry as the log holds it, without the line break.
inline QByteArray jsonLine(const AuditEntry &entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
}

//! Writes \a lines to \a path, each followed by a line break unless \a tornEnd (the last is then
//! left without one, as a crash in the middle of a write leaves it).
inline bool writeLines(const QString &path, const QByteArrayList &lines, bool tornEnd = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text = lines.join('\n');
    if (!tornEnd && !lines.isEmpty())
        text += '\n';
    return file.write(text) == text.size();
}

//! "p1 p2" as {"p1", "p2"}.
inline QStringList ids(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

//! The targetIds of \a entries, in order.
inline QStringList targetsOf(const QList<AuditEntry> &entries)
{
    QStringList targets;
    for (const AuditEntry &e : entries)
        targets.append(e.targetId);
    return targets;
}

} // namespace audittest
