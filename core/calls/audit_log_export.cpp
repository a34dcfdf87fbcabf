#include "core/calls/audit_log_export.h"

#include <QJsonDocument>

#include <algorithm>

namespace moderato {

namespace {

//! The columns, in the order toJson() documents its keys.
const char *const columns[] = {"time",    "callId",    "action",  "targetId",   "targetName",
                               "outcome", "requestId", "message", "callSubject"};

QByteArray csvRow(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

QString csvField(const QString &text)
{
    // Formula injection: a spreadsheet runs a cell that starts with = + - or @ (and, in some, a tab
    // or CR) as a formula, and a participant chooses their own display name. Such a field gets a
    // leading single quote, as OWASP recommends: the cell then shows the text, quote included,
    // and the export is no longer byte for byte what the log holds. Nothing else is changed.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    QString field = text;
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    static const QString needsQuotes = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(field.cbegin(), field.cend(), [](QChar c) { return needsQuotes.contains(c); });
    if (!quote)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QByteArray auditEntriesAsCsv(const QList<AuditEntry> &entries)
{
    QStringList header;
    for (const char *column : columns)
        header.append(QLatin1String(column));
    QByteArray csv = csvRow(header);
    for (const AuditEntry &entry : entries) {
        const QJsonObject json = entry.toJson();
        QStringList fields;
        for (const char *column : columns)
            fields.append(json.value(QLatin1String(column)).toString());
        csv += csvRow(fields);
    }
    return csv;
}

QByteArray auditEntriesAsJsonLines(const QList<AuditEntry> &entries)
{
    QByteArray lines;
    for (const AuditEntry &entry : entries)
        lines += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

} // namespace moderato
