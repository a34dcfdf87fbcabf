#include "core/calls/audit_log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace moderato {

QString AuditEntry::actionName(Action action)
{
    switch (action) {
    case Action::Remove: return QStringLiteral("remove");
    case Action::Cancel: return QStringLiteral("cancel");
    case Action::Invite: return QStringLiteral("invite");
    case Action::Mute: return QStringLiteral("mute");
    }
    return {};
}

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::AlreadyGone: return QStringLiteral("alreadyGone");
    case Outcome::NotInCall: return QStringLiteral("notInCall");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject AuditEntry::toJson() const
{
    const QDateTime when = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    return QJsonObject{
        {QStringLiteral("time"), when.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("callId"), scrubSecrets(callId)},
        {QStringLiteral("action"), actionName(action)},
        {QStringLiteral("targetId"), scrubSecrets(targetId)},
        {QStringLiteral("targetName"), scrubSecrets(targetName)},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("requestId"), scrubSecrets(requestId)},
        {QStringLiteral("message"), scrubSecrets(message)},
    };
}

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

QString AuditLog::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-audit.jsonl");
}

bool AuditLog::append(const AuditEntry &entry)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    const bool isNew = !info.exists();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_lastError = QStringLiteral("cannot open %1: %2").arg(m_path, file.errorString());
        return false;
    }
    if (isNew) // who was removed from which call is nobody else's business
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (file.write(line) != line.size() || !file.flush()) {
        m_lastError = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}

QString scrubSecrets(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression keyValue(
        QStringLiteral("((?:client_secret|access_token|refresh_token|password|secret)\"?\\s*[=:]\\s*\"?)"
                       "[^\\s\"&,;}]+"),
        QRegularExpression::CaseInsensitiveOption);
    // A JSON string value is redacted up to its closing quote: it may contain spaces and commas.
    static const QRegularExpression quotedValue(
        QStringLiteral("((?:client_secret|access_token|refresh_token|password|secret)\"\\s*:\\s*\")"
                       "(?:[^\"\\\\]|\\\\.)*"),
        QRegularExpression::CaseInsensitiveOption);
    QString scrubbed = text;
    scrubbed.replace(bearer, QStringLiteral("\\1[redacted]"));
    scrubbed.replace(jwt, QStringLiteral("[redacted]"));
    scrubbed.replace(quotedValue, QStringLiteral("\\1[redacted]"));
    scrubbed.replace(keyValue, QStringLiteral("\\1[redacted]"));
    return scrubbed;
}

} // namespace moderato
