#pragma once
// moderato-cli's commands. Each runs asynchronously and calls done(exit code) exactly once.

#include "app/cli/cli_environment.h"

#include <QTextStream>

#include <functional>

namespace moderato {
class CallSession;
class Participant;
} // namespace moderato

namespace moderato::cli {

using Done = std::function<void(int exitCode)>;

void runLogin(CliEnvironment &env, const CliOptions &options, Done done);
void runLogout(CliEnvironment &env, const CliOptions &options, Done done);
void runParticipants(CliEnvironment &env, const CliOptions &options, Done done);
void runAction(CliEnvironment &env, const CliOptions &options, Done done); // remove, cancel, mute, hold, resume
void runInvite(CliEnvironment &env, const CliOptions &options, Done done);
void runWatch(CliEnvironment &env, const CliOptions &options, Done done);
void runJoin(CliEnvironment &env, const CliOptions &options, Done done);
void runLeave(CliEnvironment &env, const CliOptions &options, Done done);
//! Prints the audit log: a local file, so no account and no sign-in. Returns the exit code.
int runAudit(const CliOptions &options);

//! Opens options.joinTarget in \a session — a call id is opened, a meeting joined with the
//! callbackUri of --callback-url, else where Moderato hears notifications, else the account's —
//! after starting to listen for notifications. A missing or non-https callback for a meeting is
//! printed and ends with UsageError through \a fail, nothing sent.
void openOrJoin(CliEnvironment &env, const CliOptions &options, CallSession *session, Done fail);

QTextStream &out();
QTextStream &err();
//! "moderato-cli: <message>" plus the request id when there is one, on standard error.
void printError(const QString &message, const QString &requestId = QString());
//! A session-level problem (call not found, sign-in failed) with its diagnostics, which name the
//! request id for support.
void printSessionError(const QString &message, const QString &details);
//! Whether \a p is Moderato's own participant: the application with this client id.
bool isThisApp(const Participant &p, const QString &clientId);
//! "this app, muted, in lobby" — what the table shows about a participant.
QString participantFlags(const Participant &p, const QString &clientId = {});

} // namespace moderato::cli
