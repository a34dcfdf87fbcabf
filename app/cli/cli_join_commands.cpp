// moderato-cli join and leave: Moderato's own leg in a meeting.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"

#include "core/calls/call_session.h"
#include "core/calls/join_target.h"
#include "core/graph/call_requests.h"
#include "core/graph/graph_client.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace moderato::cli {

namespace {

using State = CallSession::ConnectionState;

void printJoined(const CliOptions &options, CallSession *session, const JoinTarget &target)
{
    if (options.json) {
        const CallInfo info = session->callInfo();
        out() << QJsonDocument(QJsonObject{{QStringLiteral("callId"), session->callId()},
                                           {QStringLiteral("state"), QStringLiteral("established")},
                                           {QStringLiteral("subject"), info.subject},
                                           {QStringLiteral("joinedBy"), target.joinedBy()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << session->callId() << Qt::endl;
    }
}

//! The meeting the command line names; checked when it was read, so this is a guard: what cannot
//! be understood is said and \a done with a usage error.
std::optional<JoinTarget> joinTargetOf(const CliOptions &options, const Done &done)
{
    QString problem;
    std::optional<JoinTarget> target = parseJoinTarget(options.joinTarget, &problem);
    if (!target) {
        printError(problem);
        done(UsageError);
    }
    return target;
}

} // namespace

void runJoin(CliEnvironment &env, const CliOptions &options, Done done)
{
    const std::optional<JoinTarget> target = joinTargetOf(options, done);
    if (!target)
        return;
    auto *session = new CallSession(env.graph(), env.clientId(), &env);
    session->setRefreshInterval(60000);
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done](int code) {
        if (!std::exchange(*finished, true))
            done(code);
    };
    auto toldLobby = std::make_shared<bool>(false);
    QObject::connect(session, &CallSession::connectionStateChanged, &env, [session, toldLobby, finish] {
        if (session->connectionState() == State::InLobby && !std::exchange(*toldLobby, true))
            err() << "moderato-cli: " << CliText::tr("waiting in the lobby: ask the organiser to admit the bot.")
                  << Qt::endl;
        if (session->connectionState() == State::Ended) {
            printError(session->endReason());
            finish(Refused);
        }
    });
    // Established and its roster read: the call id is worth printing.
    QObject::connect(session, &CallSession::refreshed, &env, [options, session, target, finish] {
        if (session->connectionState() == State::Stale)
            return;
        printJoined(options, session, *target);
        finish(Success);
    });
    QObject::connect(session, &CallSession::sessionError, &env, [finish](const QString &message, const QString &) {
        printError(message);
        finish(Refused);
    });
    const int waitSeconds = options.waitSeconds > 0 ? options.waitSeconds : 60;
    QTimer::singleShot(waitSeconds * 1000, &env, [session, waitSeconds, finish] {
        const QString state = session->connectionState() == State::InLobby ? CliText::tr("still waiting in the lobby")
                                                                           : CliText::tr("not established yet");
        printError(
            CliText::tr("after %1 s the call is %2 (call id %3).").arg(waitSeconds).arg(state, session->callId()));
        finish(Refused);
    });
    openOrJoin(env, options, session, finish);
}

void openOrJoin(CliEnvironment &env, const CliOptions &options, CallSession *session, Done fail)
{
    const std::optional<JoinTarget> target = joinTargetOf(options, fail);
    if (!target)
        return;
    env.listenForNotifications(session, [&env, options, session, target, fail](NotificationHookup *hookup) {
        if (target->kind == JoinTarget::Kind::CallId) {
            session->open(target->callId);
            return;
        }
        // --callback-url first, then where Moderato hears notifications, then the account's address.
        QUrl callback = QUrl(options.callbackUrl);
        if (callback.isEmpty() && hookup)
            callback = hookup->callbackUrl();
        if (callback.isEmpty())
            callback = env.settings().callbackUrl();
        if (callback.isEmpty() || callback.scheme() != QLatin1String("https") || callback.host().isEmpty()) {
            printError(callback.isEmpty()
                           ? CliText::tr("joining needs a callback URL: give --callback-url https://… (or "
                                         "set one in the account settings). Nothing was sent.")
                           : CliText::tr("the callback URL must be an https address (%1). Nothing was sent.")
                                 .arg(callback.toString()));
            fail(UsageError);
            return;
        }
        MeetingToJoin meeting = target->meeting;
        meeting.callbackUri = callback;
        session->join(meeting);
    });
}

void runLeave(CliEnvironment &env, const CliOptions &options, Done done)
{
    auto *request = new HangUpRequest(options.callId);
    QObject::connect(request, &GraphRequest::finished, &env, [request, options, done] {
        if (request->isSucceeded()) {
            out() << CliText::tr("Left call %1: Moderato's bot hung up; the meeting goes on for "
                                 "everyone else.")
                         .arg(options.callId)
                  << Qt::endl;
            done(Success);
        } else if (request->error().isCallGone()) {
            out() << CliText::tr("Call %1 had already ended for Moderato.").arg(options.callId) << Qt::endl;
            done(Success);
        } else {
            printError(request->error().userMessage(), request->error().requestId);
            done(Refused);
        }
    });
    env.graph()->send(request);
}

} // namespace moderato::cli
