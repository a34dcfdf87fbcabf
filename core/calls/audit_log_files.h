#pragma once
// The files of one audit log: the current one and the older ones rotation left beside it.

#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace moderato {

//! \a path's rotated file number \a number: "…/audit.jsonl", 2 → "…/audit.2.jsonl".
QString rotatedAuditLogPath(const QString &path, int number);

//! The rotated files beside \a path that exist, by their number, highest (the oldest) first.
std::map<int, QString, std::greater<>> rotatedAuditLogFiles(const QString &path);

//! Every file of the log at \a path that exists, oldest first: the rotated ones from the highest
//! number down, then \a path itself.
QStringList auditLogFilesOldestFirst(const QString &path);

//! Moves \a path to number 1, shifting the older files up one, and deletes those that would be
//! past \a keptFiles (with 0, \a path itself). Returns false with \a error when a file cannot be
//! moved or deleted.
bool rotateAuditLogFiles(const QString &path, int keptFiles, QString *error);

} // namespace moderato
