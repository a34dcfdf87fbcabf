#pragma once
// AuditLog: one JSON line per moderation action, appended to a local file.

#include "core/calls/identity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace moderato {

//! One moderation action on one participant.
struct AuditEntry
{
    enum class Action { Remove, Cancel, Invite, Mute, Hold, Resume };
    enum class Outcome { Done, Failed, AlreadyGone, Unknown, NotInCall, Refused, Stopped };

    QDateTime time; //!< when it finished; AuditLog::append() fills in "now" when invalid
    QString callId;
    QString callSubject; //!< the meeting's subject when it was known; empty in lines written before it was kept
    Action action = Action::Remove;
    QString targetId; //!< participant id
    QString targetName;
    Outcome outcome = Outcome::Unknown;
    QString requestId; //!< Graph's request-id, for support
    QString message;
    //! For a removal that went out: who the person was (kind, id, tenant), so that they can be
    //! invited back later. Empty otherwise, and in lines written before it was kept.
    ParticipantIdentity targetIdentity{};

    //! {"time","callId","action","targetId","targetName","outcome","requestId","message","callSubject"};
    //! time is ISO 8601 UTC with milliseconds, action remove|cancel|invite|mute|hold|resume, outcome
    //! done|failed|alreadyGone|unknown|notInCall|refused|stopped (the last three: nothing was sent). Text fields pass
    //! through scrubSecrets(). A non-empty targetIdentity adds "targetIdentity": {"kind","id","tenantId"}.
    QJsonObject toJson() const;
    //! The entry toJson() wrote, or nothing when \a json is not one: time, callId, action, targetId
    //! and outcome must be there and valid; targetName, requestId, message and callSubject may be missing.
    static std::optional<AuditEntry> fromJson(const QJsonObject &json);

    static QString actionName(Action action);
    static QString outcomeName(Outcome outcome);
    //! The inverses of actionName() and outcomeName(); nothing for a name they never return.
    static std::optional<Action> actionFromName(const QString &name);
    static std::optional<Outcome> outcomeFromName(const QString &name);
};

//! When AuditLog starts a fresh file: audit.jsonl becomes audit.1.jsonl, audit.1.jsonl becomes
//! audit.2.jsonl, and so on; the oldest beyond keptFiles is deleted.
struct AuditLogRotation
{
    qint64 maxBytes = 5 * 1024 * 1024; //!< a line that would take the file past this starts a new one
    int keptFiles = 5;                 //!< rotated files kept beside the current one; 0 keeps none
};

//! Appends AuditEntry lines (JSON Lines) to one file, flushing each, so that lines written by
//! earlier runs are kept and a crash loses at most the line being written. Never holds the file
//! open between entries. The file is rotated by size (AuditLogRotation); AuditLogReader reads the
//! rotated files too.
class AuditLog
{
public:
    //! \a path defaults to defaultPath(); its directory is created when needed.
    explicit AuditLog(const QString &path = defaultPath(), AuditLogRotation rotation = {});

    //! QStandardPaths::AppDataLocation + "/audit.jsonl".
    static QString defaultPath();
    //! Beside defaultPath(), "demo-audit.jsonl": the demo's actions stay out of the real log but
    //! in the user's own data directory.
    static QString demoPath();

    QString path() const { return m_path; }
    //! Appends one line. Returns false (see lastError()) when the file cannot be written.
    bool append(const AuditEntry &entry);
    QString lastError() const { return m_lastError; }

private:
    QString m_path;
    AuditLogRotation m_rotation;
    QString m_lastError;
};

//! Replaces anything that looks like a credential — bearer tokens, JWTs, client_secret /
//! access_token / refresh_token / password values — with "[redacted]".
QString scrubSecrets(const QString &text);

} // namespace moderato
