#include "app/cli/cli_rule_selection.h"

#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/graph/invitee.h"

#include <cstdio>
#include <unistd.h>

namespace moderato::cli {

namespace {

//! More than this many people are only acted on with --yes or a "y" at the terminal.
constexpr int AskAbove = 5;

QString kindsText(const ParticipantRule &rule)
{
    QStringList kinds;
    for (ParticipantRule::Kind kind : rule.kinds())
        kinds.append(ParticipantRule::describe(kind));
    return kinds.join(QLatin1String(", "));
}

bool confirmedAtTheTerminal(const QString &question)
{
    out() << question << ' ' << CliText::tr("[y/N]") << ' ' << Qt::flush;
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == CliText::tr("y");
}

} // namespace

std::optional<QStringList> idsSelectedByRule(const CallSession &session, const CliOptions &options,
                                             const QString &clientId, int *exitCode)
{
    const ParticipantRule &rule = *options.where;
    if (!session.lastRefresh().isValid()) {
        printError(CliText::tr("The roster could not be read, so nobody was chosen and nothing was sent: %1")
                       .arg(session.lastRefreshError()));
        *exitCode = Refused;
        return std::nullopt;
    }
    if (session.rosterMayBeIncomplete())
        err() << "moderato-cli: "
              << CliText::tr("the roster may be incomplete (Graph lists at most 100 people); people beyond it are "
                             "not included.")
              << Qt::endl;
    const QString homeTenant = session.participants()->homeTenantId();
    if (rule.kinds().contains(ParticipantRule::Kind::External) && !Invitee::isObjectId(homeTenant)) {
        // With a domain name no tenant id compares equal: everyone would look external.
        printError(CliText::tr("\"external\" needs the tenant's id (a GUID) as --tenant, not a domain name."));
        *exitCode = UsageError;
        return std::nullopt;
    }
    const RuleExemptions exempt{clientId, session.callInfo().organizerId};
    const QList<Participant> selected =
        selectByRule(session.participants()->activeParticipants(), rule, homeTenant, exempt);
    const bool removing = options.command == QLatin1String("remove");
    if (selected.isEmpty()) {
        out() << CliText::tr("Nobody in the call matches (%1).").arg(kindsText(rule)) << Qt::endl;
        *exitCode = Success;
        return std::nullopt;
    }
    const int n = int(selected.size());
    out() << (removing ? CliText::tr("%n people match (%1) and would be removed:", nullptr, n)
                       : CliText::tr("%n people match (%1) and would be muted:", nullptr, n))
                 .arg(kindsText(rule))
          << Qt::endl;
    QStringList ids;
    for (const Participant &p : selected) {
        ids.append(p.id());
        out() << "  " << p.id() << "  " << p.displayName() << "  (" << identityKindName(p.kind()) << ')' << Qt::endl;
    }
    if (options.dryRun) {
        *exitCode = Success;
        return std::nullopt;
    }
    if (n > AskAbove && !options.yes) {
        const QString question = removing ? CliText::tr("Remove these %n people?", nullptr, n)
                                          : CliText::tr("Mute these %n people?", nullptr, n);
        if (!isatty(fileno(stdin))) {
            printError(CliText::tr("More than %1 people match: add --yes to act on them all, or --dry-run to only "
                                   "see who.")
                           .arg(AskAbove));
            *exitCode = UsageError;
            return std::nullopt;
        }
        if (!confirmedAtTheTerminal(question)) {
            out() << CliText::tr("Nothing was sent.") << Qt::endl;
            *exitCode = Refused;
            return std::nullopt;
        }
    }
    return ids;
}

} // namespace moderato::cli
