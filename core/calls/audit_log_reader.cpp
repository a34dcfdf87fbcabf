#include "core/calls/audit_log_reader.h"

#include "core/calls/audit_log_files.h"
#include "core/graph/json_object.h"

#include <QFile>

namespace moderato {

namespace {

void readFile(const QString &path, const AuditLogFilter &filter, AuditLogContents &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.unreadable.append({path, file.errorString()});
        return;
    }
    DamagedLines damaged{path, {}};
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const auto json = jsonObjectFrom(line);
        const auto entry = json ? AuditEntry::fromJson(*json) : std::nullopt;
        if (!entry)
            damaged.lineNumbers.append(lineNumber);
        else if (filter.matches(*entry))
            contents.entries.append(*entry);
    }
    if (file.error() != QFileDevice::NoError)
        contents.unreadable.append({path, file.errorString()});
    if (!damaged.lineNumbers.isEmpty())
        contents.damaged.append(damaged);
}

} // namespace

bool AuditLogFilter::matches(const AuditEntry &entry) const
{
    return (callId.isEmpty() || entry.callId == callId) && (!since.isValid() || entry.time >= since)
           && (!until.isValid() || entry.time <= until) && (!action || entry.action == *action)
           && (!outcome || entry.outcome == *outcome);
}

int AuditLogContents::damagedLineCount() const
{
    int count = 0;
    for (const DamagedLines &file : damaged)
        count += int(file.lineNumbers.size());
    return count;
}

AuditLogReader::AuditLogReader(const QString &path)
    : m_path(path.isEmpty() ? AuditLog::defaultPath() : path)
{}

AuditLogContents AuditLogReader::read(const AuditLogFilter &filter) const
{
    AuditLogContents contents;
    const QStringList files = auditLogFilesOldestFirst(m_path);
    contents.found = !files.isEmpty();
    for (const QString &file : files)
        readFile(file, filter, contents);
    return contents;
}

} // namespace moderato
