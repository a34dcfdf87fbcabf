#include "app/cli/cli_command_specs.h"

#include "app/cli/cli_text.h"

namespace moderato::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description, const char *valueName = nullptr)
{
    return QCommandLineOption(QString::fromLatin1(name), description,
                              valueName ? QString::fromLatin1(valueName) : QString());
}

QCommandLineOption jsonOption(const QString &description)
{
    return option("json", description);
}

QCommandLineOption ignoreMissingOption()
{
    return option("ignore-missing", CliText::tr("An id that is not in the call is not an error (exit 0)."));
}

CommandArgument callArgument()
{
    return {QStringLiteral("CALL"), CliText::tr("The call id, as join prints it.")};
}

CommandArgument participantsArgument()
{
    return {QStringLiteral("PID..."), CliText::tr("Participant ids, as participants and invite print them.")};
}

CommandSpec actionOnParticipants(const QString &name, const QString &summary, const QString &description)
{
    return {name, summary, description, {callArgument(), participantsArgument()}, {ignoreMissingOption()}};
}

//! remove and mute also act on everyone of some kinds, with a look first.
CommandSpec actionByRule(const QString &name, const QString &summary, const QString &description)
{
    CommandSpec spec = actionOnParticipants(name, summary, description);
    spec.options.append(option("where",
                               CliText::tr("Instead of ids: everyone in the call of these kinds, read from the roster "
                                           "once (Moderato's own participant and the organiser are never included): "
                                           "guest, external, phone, lobby, app."),
                               "KIND[,KIND...]"));
    spec.options.append(option("dry-run", CliText::tr("With --where: list who would be affected and send nothing.")));
    spec.options.append(option("yes", CliText::tr("With --where: act on more than five people without asking.")));
    return spec;
}

} // namespace

QList<QCommandLineOption> globalOptions()
{
    return {
        option("cloud", CliText::tr("The national cloud (default: the saved one, else global)."),
               "global|usgov|dod|china"),
        option("graph-url", CliText::tr("The Graph root (https, or http on loopback only)."), "URL"),
        option("login-url", CliText::tr("The login root (https, or http on loopback only)."), "URL"),
        option("tenant", CliText::tr("The tenant id (default: the saved one)."), "ID"),
        option("client-id", CliText::tr("The application (client) id (default: the saved one)."), "ID"),
        option("secret-stdin", CliText::tr("Read the client secret from standard input, not from the keychain.")),
        option("callback-url",
               CliText::tr("The https address Graph posts the call's events to, for join and watch (default: "
                           "where Moderato listens, else the saved one)."),
               "URL"),
        option("no-notifications", CliText::tr("Poll only: do not listen for Graph's notifications.")),
        option("relay", CliText::tr("Hear notifications through this Azure Relay hybrid connection."),
               "NAMESPACE/NAME"),
        option("relay-key-name",
               CliText::tr("Its shared access policy with the Listen right. The key comes from the keychain, or "
                           "with --secret-stdin from the second line of standard input."),
               "NAME"),
        option("relay-url", CliText::tr("The relay's network address (wss://, or ws:// on loopback only)."), "URL"),
        option("listen",
               CliText::tr("Hear notifications on this local port; --callback-url is the public https address "
                           "that reaches it."),
               "HOST:PORT"),
        option("openid-url", CliText::tr("Graph's OpenID configuration (https, or http on loopback only)."), "URL"),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           CliText::tr("Show this help; with a command, the command's help.")),
        option("version", CliText::tr("Show the version.")),
    };
}

QList<CommandSpec> commandSpecs()
{
    QCommandLineOption guest = option("guest", QString(), "NAME"); // refused with the reason
    guest.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        {QStringLiteral("login"),
         CliText::tr("Store the client secret in the keychain and check it."),
         CliText::tr("Read the client secret (from a prompt without echo, or from standard input), check it by "
                     "getting a token and store it in the keychain, with the account in the settings."),
         {},
         {option("relay-key-stdin",
                 CliText::tr("Store the relay's key from standard input (and the --relay settings) instead; with "
                             "--secret-stdin too, the secret is the first line and the key the second."))}},
        {QStringLiteral("logout"),
         CliText::tr("Delete the stored client secret from the keychain."),
         CliText::tr("Delete the stored client secret from the keychain."),
         {},
         {}},
        {QStringLiteral("participants"),
         CliText::tr("List the call's roster."),
         CliText::tr("List the call's roster. Moderato's own participant is marked \"this app\"."),
         {callArgument()},
         {jsonOption(CliText::tr("Print the roster as JSON."))}},
        actionByRule(
            QStringLiteral("remove"), CliText::tr("Remove participants from the call."),
            CliText::tr("Remove participants from the call. Each id is checked against the roster first: an id "
                        "that is not in the call is refused (exit 1), and nothing is sent for it.")),
        {QStringLiteral("invite"),
         CliText::tr("Invite people, one invitation each."),
         CliText::tr("Invite people, one invitation each, and print the participant ids used. Give at least one "
                     "--user or --phone; Graph cannot invite guests."),
         {callArgument()},
         {option("user",
                 CliText::tr("Invite this user: an object id, or a sign-in name or email address that is looked "
                             "up in the directory first (User.Read.All). Repeatable."),
                 "OBJECT_ID|SIGN_IN_NAME"),
          option("phone", CliText::tr("Invite this phone number. Repeatable."), "+E164"),
          option("wait", CliText::tr("Follow each invitation to its end, at most this long."), "SECONDS"),
          jsonOption(CliText::tr("Print the invitations as JSON; with --wait each has an outcome: connected, "
                                 "declined, busy, noAnswer, unreachable, cancelled, failed or unknown.")),
          guest}},
        actionOnParticipants(QStringLiteral("cancel"), CliText::tr("Cancel ringing invitations."),
                             CliText::tr("Cancel ringing invitations, by the participant ids invite printed. "
                                         "Someone already in the call is refused: use remove.")),
        actionByRule(QStringLiteral("mute"), CliText::tr("Mute participants in the call."),
                     CliText::tr("Mute participants in the call.")),
        {QStringLiteral("hold"),
         CliText::tr("Put one participant on hold with music."),
         CliText::tr("Take one participant out of the conversation with Teams' hold music, without removing "
                     "them. Graph allows one participant on hold at a time. Graph confirms it through "
                     "notifications: without them the answer is \"accepted, not confirmed\" (exit 0)."),
         {callArgument(), {QStringLiteral("PID"), CliText::tr("The participant id, as participants prints it.")}},
         {}},
        {QStringLiteral("resume"),
         CliText::tr("Bring the participant on hold back."),
         CliText::tr("Bring the participant on hold back into the conversation. Graph refuses it for someone "
                     "who is not on hold (exit 1)."),
         {callArgument(), {QStringLiteral("PID"), CliText::tr("The participant id, as participants prints it.")}},
         {}},
        {QStringLiteral("watch"),
         CliText::tr("Print each join, leave and change in the call."),
         CliText::tr("Print one line per join, leave and change; keeps the call alive. Given a meeting, joins "
                     "it first and, with notifications set up, sees past the 100 people a roster read returns."),
         {{QStringLiteral("CALL|MEETING"),
           CliText::tr("A call id, or a meeting link or invitation text to join first (quote it).")}},
         {option("for", CliText::tr("Stop after this many seconds (default: when interrupted)."), "SECONDS"),
          jsonOption(CliText::tr("One JSON object per line (joined, left, changed, call, warning) and a last "
                                 "summary."))}},
        {QStringLiteral("join"),
         CliText::tr("Join a meeting and print its call id."),
         CliText::tr("Join a meeting as Moderato's calling bot, wait until the call is established and print "
                     "only its call id."),
         {{QStringLiteral("TARGET"),
           CliText::tr("A meeting link, the invitation text with its meeting ID and passcode, or a Graph call id "
                       "(quote it).")}},
         {option("wait", CliText::tr("Wait at most this long for the call to be established (default 60)."), "SECONDS"),
          jsonOption(CliText::tr("Print {\"callId\", \"state\", \"subject\", \"joinedBy\"} as JSON."))}},
        {QStringLiteral("leave"),
         CliText::tr("Hang up Moderato's bot."),
         CliText::tr("Hang up Moderato's bot: the meeting goes on for everyone else."),
         {callArgument()},
         {}},
        {QStringLiteral("audit"),
         CliText::tr("Show the moderation actions taken, from the audit log."),
         CliText::tr("Print the audit log: who was removed, muted, invited or had an invitation cancelled, in which "
                     "call, with the outcome and Graph's request id. It is read from this computer; no sign-in is "
                     "needed. A damaged line is skipped with a warning."),
         {},
         {option("call", CliText::tr("Only this call's actions."), "ID"),
          option("since",
                 CliText::tr("Only actions at or after this time: an ISO 8601 date or date and time, local time "
                             "unless it gives an offset."),
                 "DATE"),
          option("until", CliText::tr("Only actions at or before this time; a date alone includes the whole day."),
                 "DATE"),
          option("action", CliText::tr("Only this action: remove, cancel, invite, mute, hold or resume."), "ACTION"),
          option("outcome", CliText::tr("Only this outcome: done, failed, alreadyGone, unknown, notInCall or refused."),
                 "OUTCOME"),
          option("csv", CliText::tr("Print CSV (RFC 4180, UTF-8) for a spreadsheet.")),
          jsonOption(CliText::tr("Print one JSON object per line, as the log holds them.")),
          option("file", CliText::tr("Read this audit log instead of the user's."), "PATH")}},
    };
}

} // namespace moderato::cli
