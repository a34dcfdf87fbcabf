#include "app/cli/cli_options_from_parser.h"

#include "app/cli/cli_audit_options.h"
#include "app/cli/cli_text.h"
#include "core/calls/action_targets.h"
#include "core/calls/join_target.h"

#include <QHash>

namespace moderato::cli {

namespace {

const struct
{
    const char *name;
    QString CliOptions::*field;
} textOptions[] = {
    {"cloud", &CliOptions::cloud},          {"graph-url", &CliOptions::graphUrl},
    {"login-url", &CliOptions::loginUrl},   {"tenant", &CliOptions::tenantId},
    {"client-id", &CliOptions::clientId},   {"callback-url", &CliOptions::callbackUrl},
    {"relay", &CliOptions::relay},          {"relay-key-name", &CliOptions::relayKeyName},
    {"relay-url", &CliOptions::relayUrl},   {"listen", &CliOptions::listen},
    {"openid-url", &CliOptions::openIdUrl},
};

const struct
{
    const char *name;
    bool CliOptions::*field;
} flagOptions[] = {
    {"secret-stdin", &CliOptions::secretFromStdin},
    {"no-notifications", &CliOptions::noNotifications},
    {"relay-key-stdin", &CliOptions::relayKeyFromStdin},
    {"json", &CliOptions::json},
    {"ignore-missing", &CliOptions::ignoreMissing},
    {"dry-run", &CliOptions::dryRun},
    {"yes", &CliOptions::yes},
};

bool parseSeconds(const QString &text, int *seconds, QString *problem)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 86400) {
        *problem = CliText::tr("\"%1\" is not a number of seconds.").arg(text);
        return false;
    }
    *seconds = value;
    return true;
}

//! The --user and --phone options in the order they were given. values() keeps the order of one
//! option's values; optionNames() lists every option each time it was given, so it has the order
//! between --user and --phone.
bool readInvitees(const QCommandLineParser &parser, QList<InviteTarget> *targets, QString *problem)
{
    QHash<QString, qsizetype> taken;
    for (const QString &name : parser.optionNames()) {
        if (name != QLatin1String("user") && name != QLatin1String("phone") && name != QLatin1String("guest"))
            continue;
        const QString value = parser.values(name).value(taken[name]++);
        if (name == QLatin1String("guest")) {
            *problem = CliText::tr("Graph cannot invite a guest: someone without an account joins with the meeting "
                                   "link. Invite users (--user) and phone numbers (--phone) only.");
            return false;
        }
        if (name == QLatin1String("user")) {
            targets->append({InviteTarget::Kind::User, value, {}});
            continue;
        }
        const QString number = Invitee::normalisedPhoneNumber(value);
        if (number.isEmpty()) {
            *problem = CliText::tr("\"%1\" is not a phone number in E.164 form, like +14255550123.").arg(value);
            return false;
        }
        targets->append({InviteTarget::Kind::Phone, number, {}});
    }
    return true;
}

//! join and watch: TARGET is a meeting to join or a call id. Nothing is sent for what cannot be
//! understood.
QString joinArgumentsProblem(CliOptions &options, const QStringList &arguments)
{
    options.joinTarget = arguments.value(0);
    QString problem;
    const auto target = parseJoinTarget(options.joinTarget, &problem);
    if (!target)
        return QStringLiteral("%1: %2").arg(options.command, problem);
    if (target->kind == JoinTarget::Kind::CallId)
        options.callId = target->callId;
    if (!options.callbackUrl.isEmpty()) {
        const QUrl callback(options.callbackUrl);
        if (callback.scheme() != QLatin1String("https") || callback.host().isEmpty())
            return CliText::tr("--callback-url must be an https address, not \"%1\".").arg(options.callbackUrl);
    }
    if (arguments.size() > 1)
        return CliText::tr("Unexpected argument \"%1\" (quote the whole link or text).").arg(arguments.at(1));
    return {};
}

//! Every other command: a call id unless it is login or logout, then participant ids for remove,
//! cancel and mute, and exactly one for hold and resume.
QString callArgumentsProblem(CliOptions &options, const QStringList &arguments)
{
    const QString &command = options.command;
    const bool needsCall = command != QLatin1String("login") && command != QLatin1String("logout");
    const bool onePerson = command == QLatin1String("hold") || command == QLatin1String("resume");
    const bool needsIds = onePerson || command == QLatin1String("remove") || command == QLatin1String("cancel")
                          || command == QLatin1String("mute");
    if (needsCall) {
        options.callId = arguments.value(0);
        if (options.callId.isEmpty())
            return CliText::tr("%1 needs a call id.").arg(command);
    }
    const qsizetype expected = needsCall ? 1 : 0;
    if (!needsIds && arguments.size() > expected)
        return CliText::tr("Unexpected argument \"%1\".").arg(arguments.at(expected));
    if (needsIds) {
        options.participantIds = arguments.mid(1);
        if (options.where && !options.participantIds.isEmpty())
            return CliText::tr("Give participant ids or --where, not both.");
        if (!options.where && (options.dryRun || options.yes))
            return CliText::tr("--dry-run and --yes go with --where.");
        if (onePerson && options.participantIds.size() != 1)
            return CliText::tr("%1 needs exactly one participant id: one person is on hold at a time.").arg(command);
        if (options.participantIds.isEmpty() && !options.where)
            return CliText::tr("%1 needs at least one participant id, or --where.").arg(command);
        for (const QString &id : std::as_const(options.participantIds))
            if (!isParticipantId(id))
                return CliText::tr("\"%1\" is not a participant id (a GUID such as "
                                   "0d7664b6-6432-43c3-a0a2-e9ddf1ec3da9).")
                    .arg(id);
    }
    if (command == QLatin1String("invite") && options.inviteTargets.isEmpty())
        return CliText::tr("invite needs at least one --user or --phone.");
    return {};
}

} // namespace

std::optional<CliOptions> optionsFromParser(const QCommandLineParser &parser, QString *problem)
{
    CliOptions options;
    const QStringList given = parser.optionNames();
    for (const auto &option : textOptions)
        if (given.contains(QLatin1String(option.name)))
            options.*option.field = parser.value(QLatin1String(option.name));
    for (const auto &option : flagOptions)
        options.*option.field = given.contains(QLatin1String(option.name));
    if (!readInvitees(parser, &options.inviteTargets, problem))
        return std::nullopt;
    if (given.contains(QLatin1String("wait"))
        && !parseSeconds(parser.value(QStringLiteral("wait")), &options.waitSeconds, problem))
        return std::nullopt;
    if (given.contains(QLatin1String("for"))
        && !parseSeconds(parser.value(QStringLiteral("for")), &options.watchSeconds, problem))
        return std::nullopt;
    if (given.contains(QLatin1String("where"))) {
        options.where = ParticipantRule::parse(parser.value(QStringLiteral("where")), problem);
        if (!options.where)
            return std::nullopt;
    }
    if (const QString p = notificationOptionsProblem(options); !p.isEmpty()) {
        *problem = p;
        return std::nullopt;
    }

    const QStringList positional = parser.positionalArguments();
    options.command = positional.value(0);
    const bool joining = options.command == QLatin1String("join") || options.command == QLatin1String("watch");
    if (options.command == QLatin1String("audit"))
        *problem = auditOptionsProblem(parser, options);
    else
        *problem = joining ? joinArgumentsProblem(options, positional.mid(1))
                           : callArgumentsProblem(options, positional.mid(1));
    if (!problem->isEmpty())
        return std::nullopt;
    return options;
}

} // namespace moderato::cli
