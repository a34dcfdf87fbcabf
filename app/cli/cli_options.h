#pragma once
// moderato-cli's command line: global options, one command, its arguments.

#include "core/auth/notification_settings.h"
#include "core/calls/audit_log_reader.h"
#include "core/calls/call_session.h"
#include "core/calls/participant_rule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace moderato::cli {

enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };

struct CliOptions
{
    QString command;
    // Global options; empty means "from the saved account settings" (or the cloud's default).
    QString cloud;
    QString graphUrl;
    QString loginUrl;
    QString tenantId;
    QString clientId;
    bool secretFromStdin = false;
    bool noNotifications = false; //!< poll only, even when the settings name a listener
    // Notifications; each overrides the saved setting.
    QString relay;                  //!< --relay NAMESPACE/HYBRID_CONNECTION
    QString relayKeyName;           //!< --relay-key-name
    QString relayUrl;               //!< --relay-url (wss://, or ws:// on loopback)
    QString listen;                 //!< --listen HOST:PORT (own address: --callback-url is the public address)
    QString openIdUrl;              //!< --openid-url
    bool relayKeyFromStdin = false; //!< login --relay-key-stdin
    // Command arguments.
    QString callId;
    QStringList participantIds;
    QList<InviteTarget> inviteTargets;
    QString joinTarget;  //!< join: what was pasted (link, invitation text, meeting id, call id)
    QString callbackUrl; //!< join: overrides the account's callback URL
    bool json = false;
    bool ignoreMissing = false;           //!< remove/cancel/mute: an id not in the call is not an error
    std::optional<ParticipantRule> where; //!< remove/mute --where KIND[,KIND…]: everyone of those kinds
    bool dryRun = false;                  //!< --dry-run: say who --where selects, send nothing
    bool yes = false;                     //!< --yes: act on more than five without asking
    int waitSeconds = 0;                  //!< invite --wait
    int watchSeconds = 0;                 //!< watch --for; 0 = until interrupted
    // audit
    AuditLogFilter auditFilter; //!< --call, --since, --until, --action, --outcome
    QString auditFile;          //!< --file; empty: the user's log (AuditLog::defaultPath())
    bool csv = false;           //!< --csv
};

//! Parses \a arguments (QCoreApplication::arguments(), the program first). On a usage error
//! returns nothing, sets \a message to one sentence and \a exitCode to UsageError; for --help and
//! --version returns nothing with \a message the text for standard output and \a exitCode Success.
std::optional<CliOptions> parseCommandLine(const QStringList &arguments, QString *message, int *exitCode);

//! \a settings with the notification options of the command line applied over them.
NotificationSettings applyNotificationOptions(NotificationSettings settings, const CliOptions &options);
//! Why the notification options cannot work (one sentence), or empty.
QString notificationOptionsProblem(const CliOptions &options);

} // namespace moderato::cli
