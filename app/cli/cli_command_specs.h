#pragma once
// What moderato-cli accepts, as QCommandLineParser takes it: the options every command takes, and
// each command's own options and arguments with the texts its help shows. The texts are built in
// the current language, so call these after the translator is installed.

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace moderato::cli {

//! A positional argument of a command: its name in the usage line and what it is.
struct CommandArgument
{
    QString syntax; //!< e.g. "CALL", "PID..."
    QString description;
};

struct CommandSpec
{
    QString name;
    QString summary;     //!< one line, for the list of commands in `moderato-cli --help`
    QString description; //!< the paragraph of `moderato-cli COMMAND --help`
    QList<CommandArgument> arguments;
    QList<QCommandLineOption> options; //!< the command's own; the global ones come on top
};

//! The options of every command (--tenant, --secret-stdin, …), with --help and --version.
QList<QCommandLineOption> globalOptions();

//! Every command, in the order the help lists them.
QList<CommandSpec> commandSpecs();

} // namespace moderato::cli
