#include "app/cli/cli_options.h"

#include "core/calls/action_targets.h"
#include "core/calls/join_target.h"
#include "core/auth/notification_settings.h"
#include "core/graph/user_agent.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace moderato::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("moderato-cli", text, disambiguation, n);
}

namespace {

struct CommandSpec
{
    const char *name;
    const char *usage;
    const char *summary;
};

const CommandSpec commands[] = {
    {"login", "login [--relay-key-stdin]",
     "Store the client secret in the keychain and check it by getting a token. --relay-key-stdin stores the relay's "
     "key (and the --relay settings) instead; with --secret-stdin too, the secret is the first line of standard "
     "input and the key the second."},
    {"logout", "logout", "Delete the stored client secret from the keychain."},
    {"participants", "participants CALL [--json]", "List the call's roster."},
    {"remove", "remove CALL PID... [--ignore-missing]",
     "Remove participants from the call. Each id is checked against the roster first: an id not in the call "
     "is refused (exit 1; --ignore-missing: exit 0), and nothing is sent for it."},
    {"invite", "invite CALL (--user OBJECT_ID|SIGN_IN_NAME | --phone +E164)... [--wait SECONDS] [--json]",
     "Invite people, one invitation each; prints the participant ids used. A --user is an object id, or a sign-in "
     "name or email address looked up in the directory first (User.Read.All). --wait follows each invitation to its "
     "end; with --json each gets an outcome: connected, declined, busy, noAnswer, unreachable, cancelled, failed or "
     "unknown."},
    {"cancel", "cancel CALL PID... [--ignore-missing]",
     "Cancel ringing invitations (by the participant ids invite printed). Someone already in the call is refused: "
     "use remove."},
    {"mute", "mute CALL PID... [--ignore-missing]", "Mute participants in the call."},
    {"watch", "watch CALL|MEETING [--for SECONDS] [--json]",
     "Print one line per join, leave and change; keeps the call alive. Given a meeting (link or invitation "
     "text), joins it first and, with notifications set up, sees past the 100 people a roster read returns."},
    {"join", "join TARGET [--callback-url URL] [--wait SECONDS] [--json]",
     "Join a meeting: TARGET is a meeting link, the invitation text with its meeting ID and passcode, or a "
     "Graph call id (quote it). Waits until the call is established (default 60 s) and prints only its call id."},
    {"leave", "leave CALL", "Hang up Moderato's bot: the meeting goes on for everyone else."},
};

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commands)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

bool takeValue(const QStringList &args, qsizetype &i, QString *value, QString *message)
{
    if (i + 1 >= args.size()) {
        *message = tr("%1 needs a value.").arg(args.at(i));
        return false;
    }
    *value = args.at(++i);
    return true;
}

bool parseSeconds(const QString &text, int *seconds, QString *message)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 86400) {
        *message = tr("\"%1\" is not a number of seconds.").arg(text);
        return false;
    }
    *seconds = value;
    return true;
}


} // namespace

QString helpText(const QString &command)
{
    if (const CommandSpec *spec = findCommand(command)) {
        return tr("Usage: moderato-cli [GLOBAL OPTIONS] %1\n\n%2\n")
            .arg(QLatin1String(spec->usage), tr(spec->summary));
    }
    QString text = tr("Usage: moderato-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS]\n\n"
                      "Moderate Microsoft Teams calls from scripts.\n\nCommands:\n");
    for (const CommandSpec &spec : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(QLatin1String(spec.usage), tr(spec.summary));
    text += tr("\nGlobal options:\n"
               "  --cloud global|usgov|dod|china   the national cloud (default: saved, else global)\n"
               "  --graph-url URL                  Graph root (https, or http on loopback only)\n"
               "  --login-url URL                  login root (https, or http on loopback only)\n"
               "  --tenant ID                      tenant id (default: saved)\n"
               "  --client-id ID                   application (client) id (default: saved)\n"
               "  --secret-stdin                   read the client secret from standard input, not the keychain\n"
               "  --callback-url URL               the https address Graph posts to (join; default: saved)\n"
               "  --no-notifications               poll only: do not listen for Graph's notifications\n"
               "  --relay NAMESPACE/NAME           hear notifications through this Azure Relay hybrid connection\n"
               "  --relay-key-name NAME            its shared access policy with Listen rights (key: keychain, or\n"
               "                                   the second line of standard input with --secret-stdin)\n"
               "  --relay-url URL                  the relay's network address (wss://, ws:// on loopback only)\n"
               "  --listen HOST:PORT               hear notifications on this local port; --callback-url is the\n"
               "                                   public https address that reaches it\n"
               "  --openid-url URL                 Graph's OpenID configuration (https, http on loopback only)\n"
               "  --help, --version\n"
               "\nExit status: 0 success, 1 the service refused, 2 usage error.\n"
               "Run 'moderato-cli COMMAND --help' for one command.\n");
    return text;
}

NotificationSettings applyNotificationOptions(NotificationSettings settings, const CliOptions &options)
{
    if (!options.relay.isEmpty()) {
        settings.mode = NotificationSettings::Mode::Relay;
        QString ns, path;
        if (NotificationSettings::splitRelay(options.relay, &ns, &path)) {
            settings.relayNamespace = ns;
            settings.relayPath = path;
        }
    }
    if (!options.relayKeyName.isEmpty())
        settings.relayKeyName = options.relayKeyName;
    if (!options.relayUrl.isEmpty())
        settings.relayUrl = QUrl(options.relayUrl);
    if (!options.listen.isEmpty()) {
        settings.mode = NotificationSettings::Mode::OwnAddress;
        const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
        settings.listenHost = QHostAddress(options.listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
        settings.listenPort = quint16(options.listen.mid(colon + 1).toUInt());
        settings.publicUrl = QUrl(options.callbackUrl);
    }
    if (!options.openIdUrl.isEmpty())
        settings.openIdUrl = QUrl(options.openIdUrl);
    return settings;
}

QString notificationOptionsProblem(const CliOptions &options)
{
    QString ns, path;
    if (!options.relay.isEmpty() && !NotificationSettings::splitRelay(options.relay, &ns, &path))
        return tr("--relay is NAMESPACE/HYBRID_CONNECTION, e.g. contoso-moderato.servicebus.windows.net/moderato, "
                  "not \"%1\".").arg(options.relay);
    if (!options.relay.isEmpty() && !options.listen.isEmpty())
        return tr("--relay and --listen are two ways to hear notifications: give one.");
    if (!options.listen.isEmpty()) {
        const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? options.listen.mid(colon + 1).toUInt(&portOk) : 0;
        const QString host = colon > 0 ? options.listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString();
        if (!portOk || port == 0 || port > 65535 || QHostAddress(host).isNull())
            return tr("--listen is HOST:PORT, e.g. 127.0.0.1:8443, not \"%1\".").arg(options.listen);
        if (options.callbackUrl.isEmpty())
            return tr("--listen needs --callback-url: the public https address that reaches the port.");
    }
    if (const QString p = NotificationSettings::relayUrlProblem(QUrl(options.relayUrl)); !p.isEmpty())
        return QStringLiteral("--relay-url: ") + p;
    if (const QString p = NotificationSettings::openIdUrlProblem(QUrl(options.openIdUrl)); !p.isEmpty())
        return QStringLiteral("--openid-url: ") + p;
    return {};
}

std::optional<CliOptions> parseCommandLine(const QStringList &args, QString *message, int *exitCode)
{
    CliOptions options;
    *exitCode = UsageError;
    QStringList positional;
    bool wantHelp = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString value;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            wantHelp = true;
        } else if (arg == QLatin1String("--version")) {
            *message = QStringLiteral("moderato-cli %1\n").arg(applicationVersion());
            *exitCode = Success;
            return std::nullopt;
        } else if (arg == QLatin1String("--secret-stdin")) {
            options.secretFromStdin = true;
        } else if (arg == QLatin1String("--no-notifications")) {
            options.noNotifications = true;
        } else if (arg == QLatin1String("--relay-key-stdin")) {
            options.relayKeyFromStdin = true;
        } else if (arg == QLatin1String("--relay") || arg == QLatin1String("--relay-key-name")
                   || arg == QLatin1String("--relay-url") || arg == QLatin1String("--listen")
                   || arg == QLatin1String("--openid-url")) {
            if (!takeValue(args, i, &value, message))
                return std::nullopt;
            (arg == QLatin1String("--relay")            ? options.relay
             : arg == QLatin1String("--relay-key-name") ? options.relayKeyName
             : arg == QLatin1String("--relay-url")      ? options.relayUrl
             : arg == QLatin1String("--listen")         ? options.listen
                                                        : options.openIdUrl) = value;
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--ignore-missing")) {
            options.ignoreMissing = true;
        } else if (arg == QLatin1String("--cloud") || arg == QLatin1String("--graph-url")
                   || arg == QLatin1String("--login-url") || arg == QLatin1String("--tenant")
                   || arg == QLatin1String("--client-id") || arg == QLatin1String("--wait")
                   || arg == QLatin1String("--for") || arg == QLatin1String("--user")
                   || arg == QLatin1String("--phone") || arg == QLatin1String("--guest")
                   || arg == QLatin1String("--callback-url")) {
            if (!takeValue(args, i, &value, message))
                return std::nullopt;
            if (arg == QLatin1String("--cloud"))
                options.cloud = value;
            else if (arg == QLatin1String("--graph-url"))
                options.graphUrl = value;
            else if (arg == QLatin1String("--login-url"))
                options.loginUrl = value;
            else if (arg == QLatin1String("--tenant"))
                options.tenantId = value;
            else if (arg == QLatin1String("--client-id"))
                options.clientId = value;
            else if (arg == QLatin1String("--callback-url"))
                options.callbackUrl = value;
            else if (arg == QLatin1String("--wait") && !parseSeconds(value, &options.waitSeconds, message))
                return std::nullopt;
            else if (arg == QLatin1String("--for") && !parseSeconds(value, &options.watchSeconds, message))
                return std::nullopt;
            else if (arg == QLatin1String("--user"))
                options.inviteTargets.append({InviteTarget::Kind::User, value, {}});
            else if (arg == QLatin1String("--phone")) {
                const QString number = Invitee::normalisedPhoneNumber(value);
                if (number.isEmpty()) {
                    *message = tr("\"%1\" is not a phone number in E.164 form, like +14255550123.").arg(value);
                    return std::nullopt;
                }
                options.inviteTargets.append({InviteTarget::Kind::Phone, number, {}});
            } else if (arg == QLatin1String("--guest")) {
                *message = tr("Graph cannot invite a guest: someone without an account joins with the meeting "
                              "link. Invite users (--user) and phone numbers (--phone) only.");
                return std::nullopt;
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            *message = tr("Unknown option %1.").arg(arg);
            return std::nullopt;
        } else {
            positional.append(arg);
        }
    }
    options.command = positional.value(0);
    if (wantHelp) {
        *message = helpText(options.command);
        *exitCode = Success;
        return std::nullopt;
    }
    if (const QString problem = notificationOptionsProblem(options); !problem.isEmpty()) {
        *message = problem + QLatin1Char('\n');
        return std::nullopt;
    }
    const CommandSpec *spec = findCommand(options.command);
    if (!spec) {
        *message = options.command.isEmpty() ? helpText()
                                             : tr("Unknown command \"%1\".\n\n").arg(options.command) + helpText();
        return std::nullopt;
    }
    const bool joining = options.command == QLatin1String("join") || options.command == QLatin1String("watch");
    if (joining) {
        // Nothing is sent for what cannot be understood.
        options.joinTarget = positional.value(1);
        QString problem;
        const auto target = parseJoinTarget(options.joinTarget, &problem);
        if (!target) {
            *message = tr("%1: %2\n").arg(options.command, problem);
            return std::nullopt;
        }
        if (target->kind == JoinTarget::Kind::CallId)
            options.callId = target->callId;
        if (!options.callbackUrl.isEmpty()) {
            const QUrl callback(options.callbackUrl);
            if (callback.scheme() != QLatin1String("https") || callback.host().isEmpty()) {
                *message = tr("--callback-url must be an https address, not \"%1\".\n").arg(options.callbackUrl);
                return std::nullopt;
            }
        }
        if (positional.size() > 2) {
            *message = tr("Unexpected argument \"%1\" (quote the whole link or text).\n\n").arg(positional.at(2))
                       + helpText(options.command);
            return std::nullopt;
        }
        *exitCode = Success;
        return options;
    }
    const bool needsCall = options.command != QLatin1String("login") && options.command != QLatin1String("logout");
    const bool needsIds = options.command == QLatin1String("remove") || options.command == QLatin1String("cancel")
                          || options.command == QLatin1String("mute");
    if (needsCall) {
        options.callId = positional.value(1);
        if (options.callId.isEmpty()) {
            *message = tr("%1 needs a call id.\n\n").arg(options.command) + helpText(options.command);
            return std::nullopt;
        }
    }
    options.participantIds = positional.mid(2);
    if (needsIds && options.participantIds.isEmpty()) {
        *message = tr("%1 needs at least one participant id.\n\n").arg(options.command) + helpText(options.command);
        return std::nullopt;
    }
    for (const QString &id : std::as_const(options.participantIds)) {
        if (needsIds && !isParticipantId(id)) {
            *message = tr("\"%1\" is not a participant id (a GUID such as 0d7664b6-6432-43c3-a0a2-e9ddf1ec3da9).\n")
                           .arg(id);
            return std::nullopt;
        }
    }
    if (!needsIds && positional.size() > (needsCall ? 2 : 1)) {
        *message = tr("Unexpected argument \"%1\".\n\n").arg(positional.at(needsCall ? 2 : 1))
                   + helpText(options.command);
        return std::nullopt;
    }
    if (options.command == QLatin1String("invite") && options.inviteTargets.isEmpty()) {
        *message = tr("invite needs at least one --user or --phone.\n\n") + helpText(options.command);
        return std::nullopt;
    }
    *exitCode = Success;
    return options;
}

} // namespace moderato::cli
