// moderato-cli login and logout.
#include "app/cli/cli_commands.h"

#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_provider.h"

#include <QCoreApplication>

namespace moderato::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const QString &message, const QString &requestId)
{
    err() << "moderato-cli: " << message;
    if (!requestId.isEmpty())
        err() << ' ' << tr("(request id %1)").arg(requestId);
    err() << Qt::endl;
}

void runLogin(CliEnvironment &env, const CliOptions &options, Done done)
{
    QString secret = options.secretFromStdin ? CliEnvironment::readSecretFromStdin()
                                             : CliEnvironment::promptForSecret();
    if (secret.isEmpty()) {
        printError(tr("No client secret was given."));
        done(UsageError);
        return;
    }
    // Verify first, so a mistyped secret never replaces a good one in the keychain.
    env.useSecret(secret);
    env.tokens()->requestToken(&env, [&env, secret, options, done](const QString &token, const GraphError &error) mutable {
        if (token.isEmpty()) {
            scrub(secret);
            printError(error.userMessage(), error.requestId);
            done(Refused);
            return;
        }
        env.credentials().writeSecret(env.credentialKey(), secret, &env,
                                      [&env, options, done](const CredentialError &stored) {
            if (stored.isError()) {
                printError(stored.message());
                done(Refused);
                return;
            }
            AccountSettings &settings = env.settings();
            settings.setCloud(env.cloud());
            settings.setTenantId(env.tenantId());
            settings.setClientId(env.clientId());
            if (env.customEndpoints())
                settings.setCustomEndpoints(env.endpoints().graphRoot, env.endpoints().loginRoot);
            else
                settings.setCustomEndpoints({}, {});
            settings.sync();
            out() << tr("Signed in: the client secret is stored in the keychain and works.") << Qt::endl;
            done(Success);
        });
        scrub(secret);
    });
}

void runLogout(CliEnvironment &env, const CliOptions &, Done done)
{
    env.credentials().deleteSecret(env.credentialKey(), &env, [done](const CredentialError &error) {
        if (error.isError() && error.kind != CredentialError::Kind::NotFound) {
            printError(error.message());
            done(Refused);
            return;
        }
        out() << tr("Signed out: the client secret was removed from the keychain.") << Qt::endl;
        done(Success);
    });
}

} // namespace moderato::cli
