#include "core/calls/audit_log_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace moderato {

namespace {

//! "audit" and ".jsonl" for "…/audit.jsonl"; a name without a dot has no suffix.
std::pair<QString, QString> stemAndSuffix(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    return {info.completeBaseName(), suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix};
}

bool removeIfThere(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    *error = QStringLiteral("cannot delete %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QString rotatedAuditLogPath(const QString &path, int number)
{
    const auto [stem, suffix] = stemAndSuffix(path);
    return QFileInfo(path).dir().filePath(QStringLiteral("%1.%2%3").arg(stem).arg(number).arg(suffix));
}

std::map<int, QString, std::greater<>> rotatedAuditLogFiles(const QString &path)
{
    const auto [stem, suffix] = stemAndSuffix(path);
    const QRegularExpression rotated(QRegularExpression::anchoredPattern(QRegularExpression::escape(stem)
                                                                         + QStringLiteral("\\.([1-9][0-9]{0,5})")
                                                                         + QRegularExpression::escape(suffix)));
    const QDir dir = QFileInfo(path).dir();
    std::map<int, QString, std::greater<>> files;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const auto match = rotated.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

QStringList auditLogFilesOldestFirst(const QString &path)
{
    QStringList files;
    for (const auto &[number, file] : rotatedAuditLogFiles(path))
        files.append(file);
    if (QFileInfo::exists(path))
        files.append(path);
    return files;
}

bool rotateAuditLogFiles(const QString &path, int keptFiles, QString *error)
{
    // Highest first, so that each file moves into a number that is already free.
    for (const auto &[number, file] : rotatedAuditLogFiles(path)) {
        if (number >= keptFiles) {
            if (!removeIfThere(file, error))
                return false;
        } else if (!QFile::rename(file, rotatedAuditLogPath(path, number + 1))) {
            *error = QStringLiteral("cannot rename %1").arg(file);
            return false;
        }
    }
    if (keptFiles < 1)
        return removeIfThere(path, error);
    if (!QFile::rename(path, rotatedAuditLogPath(path, 1))) {
        *error = QStringLiteral("cannot rename %1").arg(path);
        return false;
    }
    return true;
}

} // namespace moderato
