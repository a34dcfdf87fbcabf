// moderato-cli's command line, parsed the way QCommandLineParser documents for sub-commands: one
// parser reads the global options up to the command's name, a second one, made for that command,
// reads the whole line again with the command's own options and arguments. Both generate the help.
#include "app/cli/cli_options.h"

#include "app/cli/cli_command_specs.h"
#include "app/cli/cli_options_from_parser.h"
#include "app/cli/cli_text.h"
#include "moderato_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace moderato::cli {

namespace {

const QString HelpOption = QStringLiteral("help");
const QString VersionOption = QStringLiteral("version");

//! \a text in lines of at most \a width characters, broken between words.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QString result;
    qsizetype lineLength = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            result += QLatin1Char('\n');
            lineLength = 0;
        } else if (lineLength > 0) {
            result += QLatin1Char(' ');
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
    }
    return result;
}

void describeProgram(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything from the command's name on is the command's, for its own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(wrapped(CliText::tr("Moderate Microsoft Teams calls from scripts.")));
    parser.addOptions(globalOptions());
    parser.addPositionalArgument(QStringLiteral("COMMAND"), CliText::tr("One of the commands below."));
    parser.addPositionalArgument(QStringLiteral("ARGUMENTS"), CliText::tr("The command's arguments and options."),
                                 QStringLiteral("[ARGUMENTS]"));
}

void describeCommand(QCommandLineParser &parser, const CommandSpec &spec)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(wrapped(spec.description));
    parser.addOptions(spec.options);
    // The global options are taken here too (also after the command), but only listed by
    // `moderato-cli --help`.
    for (QCommandLineOption option : globalOptions()) {
        if (!option.names().contains(HelpOption))
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    // The usage line reads "moderato-cli [options] COMMAND ARGUMENTS"; the list below it describes
    // the arguments (QCommandLineParser would break a command's name that is longer than the
    // options in its column), or the command when it takes none.
    if (spec.arguments.isEmpty())
        parser.addPositionalArgument(spec.name, spec.summary);
    for (qsizetype i = 0; i < spec.arguments.size(); ++i) {
        const CommandArgument &argument = spec.arguments.at(i);
        parser.addPositionalArgument(argument.syntax, argument.description,
                                     i == 0 ? spec.name + QLatin1Char(' ') + argument.syntax : argument.syntax);
    }
}

//! The help \a parser generates. Its usage line names the program as it was started, which may
//! be a path: there it is moderato-cli, as everywhere else in the help.
QString generatedHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, started.size(), QStringLiteral("moderato-cli"));
    return text;
}

QString programHelp(const QCommandLineParser &parser, const QList<CommandSpec> &specs)
{
    qsizetype width = 0;
    for (const CommandSpec &spec : specs)
        width = std::max(width, spec.name.size());
    QString text = generatedHelp(parser) + QLatin1Char('\n') + CliText::tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec &spec : specs)
        text += QLatin1String("  ") + spec.name.leftJustified(width + 2) + spec.summary + QLatin1Char('\n');
    return text + QLatin1Char('\n')
           + wrapped(CliText::tr("Exit status: 0 success, 1 the service refused, 2 usage error.")) + QLatin1Char('\n')
           + wrapped(CliText::tr("Run 'moderato-cli COMMAND --help' for a command's arguments and options."))
           + QLatin1Char('\n');
}

QString commandHelp(const QCommandLineParser &parser)
{
    return generatedHelp(parser) + QLatin1Char('\n')
           + wrapped(CliText::tr("The global options that 'moderato-cli --help' lists can be given too."))
           + QLatin1Char('\n');
}

QString versionText()
{
    return QStringLiteral("moderato-cli " MODERATO_VERSION_STRING "\n");
}

//! How the option \a name was written in \a arguments: "--name" or "-name".
QString spelled(const QString &name, const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        for (const QLatin1String dashes : {QLatin1String("--"), QLatin1String("-")}) {
            const QString written = dashes + name;
            if (argument == written || argument.startsWith(written + QLatin1Char('=')))
                return written;
        }
    }
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

bool isCommandOption(const QString &name, const QList<CommandSpec> &specs)
{
    return std::any_of(specs.begin(), specs.end(), [&name](const CommandSpec &spec) {
        return std::any_of(spec.options.begin(), spec.options.end(),
                           [&name](const QCommandLineOption &option) { return option.names().contains(name); });
    });
}

//! Why \a parser refused \a arguments, in one sentence; \a command is empty for the program's parser.
QString parseProblem(const QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                     const QList<CommandSpec> &specs)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText(); // a missing value, or a value for an option that takes none
    const QString option = spelled(unknown.first(), arguments);
    if (!isCommandOption(unknown.first(), specs))
        return CliText::tr("Unknown option %1.").arg(option);
    if (command.isEmpty())
        return CliText::tr("%1 is an option of a command: give it after the command.").arg(option);
    return CliText::tr("%1 has no option %2.").arg(command, option);
}

} // namespace

std::optional<CliOptions> parseCommandLine(const QStringList &arguments, QString *message, int *exitCode)
{
    const auto answer = [message, exitCode](const QString &text) {
        *message = text;
        *exitCode = Success;
        return std::nullopt;
    };
    *exitCode = UsageError;
    const QList<CommandSpec> specs = commandSpecs();
    QCommandLineParser program;
    describeProgram(program);
    if (!program.parse(arguments)) {
        *message = parseProblem(program, arguments, QString(), specs);
        return std::nullopt;
    }
    if (program.isSet(VersionOption))
        return answer(versionText());
    const QString name = program.positionalArguments().value(0);
    const auto spec =
        std::find_if(specs.begin(), specs.end(), [&name](const CommandSpec &s) { return s.name == name; });
    if (spec == specs.end()) {
        if (program.isSet(HelpOption))
            return answer(programHelp(program, specs));
        *message = name.isEmpty()
                       ? CliText::tr("No command given (%1); 'moderato-cli --help' lists the commands.")
                             .arg(generatedHelp(program).section(QLatin1Char('\n'), 0, 0))
                       : CliText::tr("Unknown command \"%1\": 'moderato-cli --help' lists the commands.").arg(name);
        return std::nullopt;
    }

    QCommandLineParser command;
    describeCommand(command, *spec);
    if (!command.parse(arguments)) {
        *message = parseProblem(command, arguments, name, specs);
        return std::nullopt;
    }
    if (program.isSet(HelpOption) || command.isSet(HelpOption))
        return answer(commandHelp(command));
    if (command.isSet(VersionOption))
        return answer(versionText());
    auto options = optionsFromParser(command, message);
    if (options)
        *exitCode = Success;
    return options;
}

} // namespace moderato::cli
