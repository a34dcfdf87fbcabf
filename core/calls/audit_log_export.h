#pragma once
// Audit entries as files for other programs: CSV for spreadsheets, JSON Lines for scripts.

#include "core/calls/audit_log.h"

#include <QByteArray>
#include <QList>

namespace moderato {

//! RFC 4180 CSV in UTF-8 (no byte order mark): a header row with toJson()'s keys, in its order,
//! then one row per entry, every line ending in CRLF. See csvField() for quoting.
QByteArray auditEntriesAsCsv(const QList<AuditEntry> &entries);

//! One compact toJson() object per line, each ending in LF: the audit log's own format.
QByteArray auditEntriesAsJsonLines(const QList<AuditEntry> &entries);

//! \a text as one CSV field: quoted, with quotes doubled, when it holds a comma, quote, CR or LF;
//! prefixed with ' when it starts like a spreadsheet formula (see the definition).
QString csvField(const QString &text);

} // namespace moderato
