// moderato-cli watch: the roster as it changes, as text or one JSON object per line.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"
#include "app/large_roster_heap_release.h"

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/notifications/notification_receiver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace moderato::cli {

namespace {

struct WatchState
{
    QHash<QString, Participant> known;
    bool first = true;
    QString lastCallState;
};

void printJsonLine(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
}

QJsonObject participantJson(const Participant &p, const QString &clientId)
{
    QJsonObject object = p.toSummaryJson();
    object.insert(QStringLiteral("state"), p.isInLobby() ? QStringLiteral("inLobby") : QStringLiteral("active"));
    object.insert(QStringLiteral("isThisApp"), isThisApp(p, clientId));
    return object;
}

QString callStateName(CallSession::ConnectionState state)
{
    switch (state) {
    case CallSession::ConnectionState::Joining: return QStringLiteral("joining");
    case CallSession::ConnectionState::InLobby: return QStringLiteral("inLobby");
    case CallSession::ConnectionState::Ended: return QStringLiteral("ended");
    case CallSession::ConnectionState::Idle: return QStringLiteral("idle");
    default: return QStringLiteral("established");
    }
}

//! Prints what changed between \a state's known roster and \a now, then remembers \a now.
void printChanges(WatchState &state, QHash<QString, Participant> now, const CliOptions &options,
                  const QString &clientId)
{
    const QString stamp = QDateTime::currentDateTime().toString(Qt::ISODate);
    const auto event = [&](const char *kind, const char *symbol, const QString &text, const Participant &p) {
        if (options.json)
            printJsonLine({{QStringLiteral("event"), QLatin1String(kind)},
                           {QStringLiteral("participant"), participantJson(p, clientId)}});
        else
            out() << stamp << ' ' << symbol << ' ' << text << Qt::endl;
    };
    if (std::exchange(state.first, false) && !options.json) {
        out() << stamp << ' ' << CliText::tr("watching %n participant(s)", nullptr, int(now.size())) << Qt::endl;
    } else {
        // --json: the roster as first seen is a "joined" each, so a reader needs nothing else.
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto before = state.known.constFind(it.key());
            if (before == state.known.cend())
                event("joined", "+", CliText::tr("joined: %1 (%2)").arg(it->displayName(), it.key()), *it);
            else if (*before != *it)
                event("changed", "~",
                      CliText::tr("changed: %1 (%2) %3").arg(it->displayName(), it.key(), participantFlags(*it)), *it);
        }
        for (auto it = state.known.cbegin(); it != state.known.cend(); ++it)
            if (!now.contains(it.key()))
                event("left", "-", CliText::tr("left: %1 (%2)").arg(it->displayName(), it.key()), *it);
    }
    state.known = std::move(now);
}

void warn(const CliOptions &options, const QString &message)
{
    if (options.json)
        printJsonLine({{QStringLiteral("event"), QStringLiteral("warning")}, {QStringLiteral("message"), message}});
    else
        err() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << CliText::tr("! %1").arg(message)
              << Qt::endl;
}

} // namespace

void runWatch(CliEnvironment &env, const CliOptions &options, Done done)
{
    auto *session = new CallSession(env.graph(), env.clientId(), &env);
    new LargeRosterHeapRelease(session); // watch runs for hours: the app's memory policy
    auto state = std::make_shared<WatchState>();
    const QString clientId = env.clientId();
    QObject::connect(session, &CallSession::sessionError, &env, [done](const QString &message, const QString &details) {
        printSessionError(message, details);
        done(Refused);
    });
    QObject::connect(session, &CallSession::connectionStateChanged, &env, [session, state, options, done] {
        const QString name = callStateName(session->connectionState());
        if (options.json && name != state->lastCallState)
            printJsonLine({{QStringLiteral("event"), QStringLiteral("call")},
                           {QStringLiteral("state"), name},
                           {QStringLiteral("callId"), session->callId()}});
        state->lastCallState = name;
        if (session->connectionState() == CallSession::ConnectionState::Ended) {
            printError(session->endReason());
            done(Refused);
        }
    });
    QObject::connect(session, &CallSession::refreshed, &env, [session, state, options, clientId] {
        if (session->connectionState() == CallSession::ConnectionState::Stale) {
            warn(options, CliText::tr("roster is stale: %1").arg(session->lastRefreshError()));
            return;
        }
        ParticipantModel *model = session->participants();
        QHash<QString, Participant> now;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (const auto p = model->participant(model->idAt(row)))
                now.insert(p->id(), *p);
        }
        printChanges(*state, std::move(now), options, clientId);
        if (!session->notificationsProblem().isEmpty())
            warn(options, session->notificationsProblem());
    });
    if (options.watchSeconds > 0) {
        QTimer::singleShot(options.watchSeconds * 1000, &env, [&env, session, state, options, done] {
            const int count = int(state->known.size());
            const bool complete = !session->rosterMayBeIncomplete();
            if (options.json) {
                const NotificationHookup *hookup = env.notifications();
                const NotificationReceiver *receiver = hookup ? hookup->receiver() : nullptr;
                printJsonLine({{QStringLiteral("event"), QStringLiteral("summary")},
                               {QStringLiteral("participants"), count},
                               {QStringLiteral("complete"), complete},
                               {QStringLiteral("notifications"),
                                QJsonObject{{QStringLiteral("accepted"), receiver ? receiver->accepted() : 0},
                                            {QStringLiteral("refused"), receiver ? receiver->refused() : 0}}}});
            } else {
                out() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' '
                      << (complete ? CliText::tr("%n in the call when the watch ended", nullptr, count)
                                   : CliText::tr("at least %n in the call when the watch ended", nullptr, count))
                      << Qt::endl;
            }
            done(Success);
        });
    }
    openOrJoin(env, options, session, done);
}

} // namespace moderato::cli
