#pragma once
// AuditLogReader: the entries of an audit log and its rotated files, filtered, with the damaged
// lines it had to skip.

#include "core/calls/audit_log.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace moderato {

//! Which entries to keep; an empty or unset field keeps every entry.
struct AuditLogFilter
{
    QString callId;
    QDateTime since; //!< inclusive
    QDateTime until; //!< inclusive
    std::optional<AuditEntry::Action> action;
    std::optional<AuditEntry::Outcome> outcome;

    bool matches(const AuditEntry &entry) const;
};

//! The lines of one file that are not an entry: cut short by a crash, not JSON, or missing fields.
struct DamagedLines
{
    QString path;
    QList<int> lineNumbers; //!< 1-based
};

//! A file of the log that exists but cannot be read.
struct UnreadableFile
{
    QString path;
    QString error;
};

struct AuditLogContents
{
    QList<AuditEntry> entries; //!< oldest file first, each file in its own order
    QList<DamagedLines> damaged;
    QList<UnreadableFile> unreadable;
    bool found = false; //!< whether any file of the log exists

    int damagedLineCount() const;
};

//! Reads the log at \a path: the files rotation moved away (highest number first), then \a path.
//! A damaged line is skipped and reported, never fatal; a blank line is neither entry nor damage.
class AuditLogReader
{
public:
    explicit AuditLogReader(const QString &path = AuditLog::defaultPath());

    QString path() const { return m_path; }
    AuditLogContents read(const AuditLogFilter &filter = {}) const;

private:
    QString m_path;
};

} // namespace moderato
