// moderato-cli audit: the audit log as a table, CSV or JSON Lines.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"

#include "core/calls/audit_log_export.h"
#include "core/calls/audit_log_reader.h"

#include <algorithm>

namespace moderato::cli {

namespace {

//! A file's damaged line numbers, the first ten of them: "7" or "3, 9, 12, …".
QString lineNumbers(const QList<int> &numbers)
{
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(numbers.size(), 10); ++i)
        shown.append(QString::number(numbers.at(i)));
    if (numbers.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

void printTable(const QList<AuditEntry> &entries)
{
    QList<QStringList> rows{{CliText::tr("Time"), CliText::tr("Action"), CliText::tr("Who"), CliText::tr("Outcome"),
                             CliText::tr("Request id")}};
    for (const AuditEntry &entry : entries)
        rows.append({entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     AuditEntry::actionName(entry.action),
                     entry.targetName.isEmpty() ? entry.targetId : entry.targetName,
                     AuditEntry::outcomeName(entry.outcome), entry.requestId});
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += row.at(column).leftJustified(widths[column] + 2);
        out() << line.trimmed() << '\n';
    }
}

bool filtersSomething(const AuditLogFilter &filter)
{
    return !filter.callId.isEmpty() || filter.since.isValid() || filter.until.isValid() || filter.action
           || filter.outcome;
}

} // namespace

int runAudit(const CliOptions &options)
{
    const AuditLogReader reader(options.auditFile);
    const AuditLogContents contents = reader.read(options.auditFilter);
    if (!contents.found && !options.auditFile.isEmpty()) {
        printError(CliText::tr("There is no audit log at %1.").arg(reader.path()));
        return Refused;
    }
    for (const DamagedLines &damaged : contents.damaged)
        printError(CliText::tr("Skipped %n damaged line(s) in %1: line(s) %2", nullptr, int(damaged.lineNumbers.size()))
                       .arg(damaged.path, lineNumbers(damaged.lineNumbers)));
    for (const UnreadableFile &file : contents.unreadable)
        printError(CliText::tr("Cannot read the audit log %1: %2").arg(file.path, file.error));

    if (options.csv)
        out() << QString::fromUtf8(auditEntriesAsCsv(contents.entries));
    else if (options.json)
        out() << QString::fromUtf8(auditEntriesAsJsonLines(contents.entries));
    else if (!contents.entries.isEmpty())
        printTable(contents.entries);
    else if (filtersSomething(options.auditFilter) && contents.found)
        out() << CliText::tr("No moderation action matches.") << '\n';
    else if (contents.unreadable.isEmpty())
        out() << CliText::tr("No moderation actions recorded yet.") << '\n';
    out().flush();
    err().flush();
    return contents.unreadable.isEmpty() ? Success : Refused;
}

} // namespace moderato::cli
