// moderato-cli participants, remove, cancel, mute, hold and resume.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_environment.h"
#include "app/cli/cli_rule_selection.h"
#include "app/cli/cli_text.h"

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/calls/roster_parser.h"
#include "core/graph/graph_client.h"
#include "core/graph/list_participants_request.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace moderato::cli {

void printSessionError(const QString &message, const QString &details)
{
    err() << "moderato-cli: " << message;
    if (!details.isEmpty())
        err() << " (" << details << ')';
    err() << Qt::endl;
}

bool isThisApp(const Participant &p, const QString &clientId)
{
    const auto app = p.identity(IdentityKind::Application);
    return app && app->id.compare(clientId, Qt::CaseInsensitive) == 0;
}

QString participantFlags(const Participant &p, const QString &clientId)
{
    QStringList words;
    if (!clientId.isEmpty() && isThisApp(p, clientId))
        words << CliText::tr("this app");
    if (p.isMuted())
        words << CliText::tr("muted");
    if (p.isInLobby())
        words << CliText::tr("in lobby");
    return words.join(QLatin1String(", "));
}

namespace {

void printTable(const RosterSnapshot &roster, const QString &clientId)
{
    out() << QStringLiteral("%1  %2  %3  %4\n")
                 .arg(CliText::tr("NAME").leftJustified(32), CliText::tr("KIND").leftJustified(10),
                      CliText::tr("STATUS").leftJustified(16), CliText::tr("ID"));
    for (const Participant &p : roster.participants) {
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(p.displayName().leftJustified(32, QLatin1Char(' '), true),
                          identityKindName(p.kind()).leftJustified(10), participantFlags(p, clientId).leftJustified(16),
                          p.id());
    }
    out() << CliText::tr("%n participant(s)", nullptr, int(roster.participants.size())) << Qt::endl;
}

} // namespace

void runParticipants(CliEnvironment &env, const CliOptions &options, Done done)
{
    auto *request = new ListParticipantsRequest(options.callId);
    const QString clientId = env.clientId();
    QObject::connect(request, &GraphRequest::finished, &env, [request, options, done, clientId] {
        if (!request->isSucceeded()) {
            printError(request->error().userMessage(), request->error().requestId);
            done(Refused);
            return;
        }
        const RosterSnapshot roster = RosterParser::parse(request->participants());
        for (const QString &problem : roster.problems)
            err() << "moderato-cli: " << CliText::tr("skipped: %1").arg(problem) << Qt::endl;
        if (options.json) {
            QJsonArray array;
            for (const Participant &p : roster.participants) {
                QJsonObject object = p.toSummaryJson();
                object.insert(QStringLiteral("state"), QStringLiteral("active"));
                object.insert(QStringLiteral("isThisApp"), isThisApp(p, clientId));
                array.append(object);
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            out().flush();
        } else {
            printTable(roster, clientId);
        }
        if (request->mayBeIncomplete())
            err() << "moderato-cli: "
                  << CliText::tr("the service returned exactly 100 participants without a next "
                                 "page: the list may be incomplete.")
                  << Qt::endl;
        done(Success);
    });
    env.graph()->send(request);
}

namespace {

//! Exit 0 for it: done, already gone, a missing id with --ignore-missing, or a hold or resume
//! Graph accepted but could not confirm (the line says so; Graph did not refuse it).
bool isFine(const ActionOutcome &o, const CliOptions &options)
{
    return o.isSuccess() || o.result == ActionOutcome::Result::Unconfirmed
           || (o.result == ActionOutcome::Result::NotInCall && options.ignoreMissing);
}

} // namespace

void runAction(CliEnvironment &env, const CliOptions &options, Done done)
{
    auto *session = new CallSession(env.graph(), env.clientId(), &env);
    session->setRefreshInterval(60000);
    session->setHomeTenantId(env.tenantId());
    // One line per person as each answer comes in, the exit code once all are in.
    QObject::connect(session, &CallSession::actionFinished, &env, [options](const ActionOutcome &o) {
        const bool fine = isFine(o, options);
        // The id first: scripts find each person's line by it.
        const QString line = o.participantId + QLatin1String(": ") + o.describe();
        if (fine) {
            out() << line << Qt::endl;
            return;
        }
        printError(line);
        if (!o.adminHint.isEmpty())
            err() << "  " << o.adminHint << Qt::endl;
    });
    QObject::connect(session, &CallSession::actionCompleted, &env, [options, done](const ActionReport &report) {
        for (const ActionOutcome &o : report.outcomes) {
            if (!isFine(o, options)) {
                done(Refused);
                return;
            }
        }
        done(Success);
    });
    // The ids are checked against the roster, so act after the first load (or its failure); --where
    // also waits for the call's details, which name the organiser.
    auto started = std::make_shared<bool>(false);
    auto rosterRead = std::make_shared<bool>(false);
    auto detailsRead = std::make_shared<bool>(!options.where);
    const QString clientId = env.clientId();
    auto act = [session, options, started, rosterRead, detailsRead, clientId, done] {
        if (!*rosterRead || !*detailsRead || std::exchange(*started, true))
            return;
        QStringList ids = options.participantIds;
        if (options.where) {
            int exitCode = Success;
            const std::optional<QStringList> selected = idsSelectedByRule(*session, options, clientId, &exitCode);
            if (!selected) {
                done(exitCode);
                return;
            }
            ids = *selected;
        }
        if (options.command == QLatin1String("remove"))
            session->remove(ids);
        else if (options.command == QLatin1String("cancel"))
            session->cancelInvitations(ids);
        else if (options.command == QLatin1String("hold"))
            session->hold(ids.value(0));
        else if (options.command == QLatin1String("resume"))
            session->resume(ids.value(0));
        else
            session->mute(ids);
    };
    QObject::connect(session, &CallSession::refreshed, &env, [rosterRead, act] {
        *rosterRead = true;
        act();
    });
    QObject::connect(session, &CallSession::callInfoChanged, &env, [detailsRead, act] {
        *detailsRead = true;
        act();
    });
    // The meeting has ended for Moderato: nothing to act on.
    QObject::connect(session, &CallSession::connectionStateChanged, &env, [session, started, done] {
        if (session->connectionState() != CallSession::ConnectionState::Ended || std::exchange(*started, true))
            return;
        printError(session->endReason());
        done(Refused);
    });
    // No call (404) or no sign-in: nothing can be checked, nothing is sent.
    QObject::connect(session, &CallSession::sessionError, &env,
                     [started, done](const QString &message, const QString &details) {
                         if (std::exchange(*started, true))
                             return;
                         printSessionError(message, details);
                         done(Refused);
                     });
    // Graph confirms a hold or resume through notifications: listen when the account says how.
    if (options.command == QLatin1String("hold") || options.command == QLatin1String("resume")) {
        env.listenForNotifications(session,
                                   [session, options](NotificationHookup *) { session->open(options.callId); });
        return;
    }
    session->open(options.callId);
}

} // namespace moderato::cli
