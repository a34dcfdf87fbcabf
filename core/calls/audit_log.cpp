#include "core/calls/audit_log.h"

#include "core/calls/audit_log_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstddef>

namespace moderato {

namespace {

// The names the log writes, one table per enum: the only place a new action or outcome is named.
template <typename Enum> struct Named
{
    Enum value;
    const char *name;
};

constexpr Named<AuditEntry::Action> kActionNames[] = {
    {AuditEntry::Action::Remove, "remove"}, {AuditEntry::Action::Cancel, "cancel"},
    {AuditEntry::Action::Invite, "invite"}, {AuditEntry::Action::Mute, "mute"},
    {AuditEntry::Action::Hold, "hold"},     {AuditEntry::Action::Resume, "resume"},
};

constexpr Named<AuditEntry::Outcome> kOutcomeNames[] = {
    {AuditEntry::Outcome::Done, "done"},
    {AuditEntry::Outcome::Failed, "failed"},
    {AuditEntry::Outcome::AlreadyGone, "alreadyGone"},
    {AuditEntry::Outcome::Unknown, "unknown"},
    {AuditEntry::Outcome::NotInCall, "notInCall"},
    {AuditEntry::Outcome::Refused, "refused"},
    {AuditEntry::Outcome::Stopped, "stopped"},
};

template <typename Enum, std::size_t N>
QString nameIn(const Named<Enum> (&table)[N], Enum value, const QString &otherwise)
{
    for (const Named<Enum> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return otherwise;
}

template <typename Enum, std::size_t N> std::optional<Enum> valueIn(const Named<Enum> (&table)[N], const QString &name)
{
    for (const Named<Enum> &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString AuditEntry::actionName(Action action)
{
    return nameIn(kActionNames, action, QString());
}

QString AuditEntry::outcomeName(Outcome outcome)
{
    return nameIn(kOutcomeNames, outcome, QStringLiteral("unknown"));
}

std::optional<AuditEntry::Action> AuditEntry::actionFromName(const QString &name)
{
    return valueIn(kActionNames, name);
}

std::optional<AuditEntry::Outcome> AuditEntry::outcomeFromName(const QString &name)
{
    return valueIn(kOutcomeNames, name);
}

QJsonObject AuditEntry::toJson() const
{
    const QDateTime when = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    QJsonObject json{
        {QStringLiteral("time"), when.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("callId"), scrubSecrets(callId)},
        {QStringLiteral("action"), actionName(action)},
        {QStringLiteral("targetId"), scrubSecrets(targetId)},
        {QStringLiteral("targetName"), scrubSecrets(targetName)},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("requestId"), scrubSecrets(requestId)},
        {QStringLiteral("message"), scrubSecrets(message)},
        {QStringLiteral("callSubject"), scrubSecrets(callSubject)},
    };
    if (!targetIdentity.id.isEmpty() || targetIdentity.kind != IdentityKind::Unknown) {
        QJsonObject identity{{QStringLiteral("kind"), identityKindName(targetIdentity.kind)}};
        if (!targetIdentity.id.isEmpty())
            identity.insert(QStringLiteral("id"), scrubSecrets(targetIdentity.id));
        if (!targetIdentity.tenantId.isEmpty())
            identity.insert(QStringLiteral("tenantId"), scrubSecrets(targetIdentity.tenantId));
        json.insert(QStringLiteral("targetIdentity"), identity);
    }
    return json;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    for (const char *required : {"time", "callId", "action", "targetId", "outcome"})
        if (!json.value(QLatin1String(required)).isString())
            return std::nullopt;
    const auto action = actionFromName(text("action"));
    const auto outcome = outcomeFromName(text("outcome"));
    AuditEntry entry;
    entry.time = QDateTime::fromString(text("time"), Qt::ISODateWithMs);
    if (!action || !outcome || !entry.time.isValid())
        return std::nullopt;
    entry.callId = text("callId");
    entry.action = *action;
    entry.targetId = text("targetId");
    entry.targetName = text("targetName");
    entry.outcome = *outcome;
    entry.requestId = text("requestId");
    entry.message = text("message");
    entry.callSubject = text("callSubject");
    const QJsonObject identity = json.value(QLatin1String("targetIdentity")).toObject();
    if (!identity.isEmpty()) {
        entry.targetIdentity.kind = identityKindFromName(identity.value(QLatin1String("kind")).toString());
        entry.targetIdentity.id = identity.value(QLatin1String("id")).toString();
        entry.targetIdentity.tenantId = identity.value(QLatin1String("tenantId")).toString();
        entry.targetIdentity.displayName = entry.targetName;
    }
    return entry;
}

AuditLog::AuditLog(const QString &path, AuditLogRotation rotation)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_rotation(rotation)
{}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

QString AuditLog::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-audit.jsonl");
}

namespace {

//! Whether the file at \a path is missing, empty or ends with a line break.
bool endsWithLineBreak(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0 || !file.seek(file.size() - 1))
        return true;
    char last = '\n';
    return !file.getChar(&last) || last == '\n';
}

} // namespace

bool AuditLog::append(const AuditEntry &entry)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    // A file is never left empty: one line longer than the limit still goes into a fresh file.
    if (info.exists() && info.size() > 0 && info.size() + line.size() > m_rotation.maxBytes
        && !rotateAuditLogFiles(m_path, m_rotation.keptFiles, &m_lastError))
        return false;
    if (!endsWithLineBreak(m_path)) // a crash cut the last line short: it stays alone on its line
        line.prepend('\n');
    QFile file(m_path);
    // A new file is created private: who was removed from which call is nobody else's business.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_lastError = QStringLiteral("cannot open %1: %2").arg(m_path, file.errorString());
        return false;
    }
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
