#pragma once
// moderato-cli's commands. Each runs asynchronously and calls done(exit code) exactly once.

#include "app/cli/cli_environment.h"

#include <QTextStream>

#include <functional>

namespace moderato::cli {

using Done = std::function<void(int exitCode)>;

void runLogin(CliEnvironment &env, const CliOptions &options, Done done);
void runLogout(CliEnvironment &env, const CliOptions &options, Done done);
void runParticipants(CliEnvironment &env, const CliOptions &options, Done done);
void runAction(CliEnvironment &env, const CliOptions &options, Done done); // remove, cancel, mute
void runInvite(CliEnvironment &env, const CliOptions &options, Done done);
void runWatch(CliEnvironment &env, const CliOptions &options, Done done);
void runJoin(CliEnvironment &env, const CliOptions &options, Done done);
void runLeave(CliEnvironment &env, const CliOptions &options, Done done);

QTextStream &out();
QTextStream &err();
//! "moderato-cli: <message>" plus the request id when there is one, on standard error.
void printError(const QString &message, const QString &requestId = QString());

} // namespace moderato::cli
