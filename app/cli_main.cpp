// moderato-cli: Moderato's core, headless, for scripts.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QTimer>

using namespace moderato::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Moderato"));
    QCoreApplication::setApplicationName(QStringLiteral("Moderato"));
    // The language of the user's locale, as the desktop app without --lang.
    moderato::installTranslations(app);

    QString message;
    int exitCode = UsageError;
    const auto options = parseCommandLine(app.arguments(), &message, &exitCode);
    if (!options) {
        if (exitCode == Success) {
            out() << message;
            out().flush();
        } else {
            printError(message);
        }
        return exitCode;
    }
    if (options->command == QLatin1String("audit"))
        return runAudit(*options);
    auto env = CliEnvironment::create(*options, &message);
    if (!env) {
        printError(message);
        return UsageError;
    }

    // login reads the secret itself (and may prompt); every other command signs in with the
    // secret from standard input when asked, else from the keychain.
    if (options->secretFromStdin && options->command != QLatin1String("login")) {
        QString relayKey;
        QString secret = CliEnvironment::readSecretFromStdin(&relayKey);
        env->useRelayKey(relayKey);
        if (secret.isEmpty()) {
            printError(CliText::tr("--secret-stdin: standard input was empty."));
            return UsageError;
        }
        env->useSecret(secret);
    }

    static const QHash<QString, void (*)(CliEnvironment &, const CliOptions &, Done)> commands{
        {QStringLiteral("login"), runLogin},
        {QStringLiteral("logout"), runLogout},
        {QStringLiteral("participants"), runParticipants},
        {QStringLiteral("remove"), runAction},
        {QStringLiteral("cancel"), runAction},
        {QStringLiteral("mute"), runAction},
        {QStringLiteral("hold"), runAction},
        {QStringLiteral("resume"), runAction},
        {QStringLiteral("invite"), runInvite},
        {QStringLiteral("watch"), runWatch},
        {QStringLiteral("join"), runJoin},
        {QStringLiteral("leave"), runLeave},
    };
    bool finished = false;
    QTimer::singleShot(0, env.get(), [&] {
        commands.value(options->command)(*env, *options, [&](int code) {
            if (!std::exchange(finished, true))
                QCoreApplication::exit(code);
        });
    });
    return app.exec();
}
