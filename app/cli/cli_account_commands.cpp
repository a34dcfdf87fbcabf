// moderato-cli login and logout.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"

#include "core/auth/fixed_secret_source.h"
#include "core/auth/notification_settings.h"
#include "core/auth/token_provider.h"

#include <QCoreApplication>
#include <QSettings>

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
        err() << ' ' << CliText::tr("(request id %1)").arg(requestId);
    err() << Qt::endl;
}

//! Checks \a secret by getting a token, then stores it in the keychain and the account in the settings.
void storeClientSecret(CliEnvironment &env, QString secret, Done done);

namespace {

//! Stores the relay's \a key in the keychain and the relay's names in the settings.
void storeRelayKey(CliEnvironment &env, const NotificationSettings &relay, QString key, Done done)
{
    env.credentials().writeSecret(
        relay.relayKeyCredential(), key, &env, [&env, relay, done](const CredentialError &stored) {
            if (stored.isError()) {
                printError(stored.message());
                done(Refused);
                return;
            }
            if (QSettings *settings = env.settings().settings()) {
                relay.save(*settings);
                settings->sync();
            }
            out() << CliText::tr("The relay's key is stored in the keychain; Moderato listens on %1/%2.")
                         .arg(relay.relayNamespace, relay.relayPath)
                  << Qt::endl;
            done(Success);
        });
    scrub(key);
}

} // namespace

void runLogin(CliEnvironment &env, const CliOptions &options, Done done)
{
    if (options.relayKeyFromStdin) {
        QSettings *saved = env.settings().settings();
        const NotificationSettings relay = applyNotificationOptions(
            saved ? NotificationSettings::loadEnsuringPath(*saved) : NotificationSettings(), options);
        if (relay.mode != NotificationSettings::Mode::Relay || !relay.problem().isEmpty()) {
            printError(CliText::tr("--relay-key-stdin needs the relay: give --relay NAMESPACE/NAME "
                                   "and --relay-key-name NAME."));
            done(UsageError);
            return;
        }
        QString key;
        QString secret =
            options.secretFromStdin ? CliEnvironment::readSecretFromStdin(&key) : CliEnvironment::readSecretFromStdin();
        if (!options.secretFromStdin)
            std::swap(key, secret);
        if (key.isEmpty()) {
            printError(CliText::tr("No relay key was given on standard input."));
            done(UsageError);
            return;
        }
        if (!options.secretFromStdin) {
            storeRelayKey(env, relay, key, done);
            return;
        }
        // Both: the client secret first (as login always does), then the relay's key.
        storeClientSecret(env, secret, [&env, relay, key, done](int code) {
            if (code != Success) {
                done(code);
                return;
            }
            storeRelayKey(env, relay, key, done);
        });
        return;
    }
    QString secret =
        options.secretFromStdin ? CliEnvironment::readSecretFromStdin() : CliEnvironment::promptForSecret();
    storeClientSecret(env, secret, done);
}

void storeClientSecret(CliEnvironment &env, QString secret, Done done)
{
    if (secret.isEmpty()) {
        printError(CliText::tr("No client secret was given."));
        done(UsageError);
        return;
    }
    // Verify first, so a mistyped secret never replaces a good one in the keychain.
    env.useSecret(secret);
    env.tokens()->requestToken(&env, [&env, secret, done](const QString &token, const GraphError &error) mutable {
        if (token.isEmpty()) {
            scrub(secret);
            printError(error.userMessage(), error.requestId);
            done(Refused);
            return;
        }
        env.credentials().writeSecret(env.credentialKey(), secret, &env, [&env, done](const CredentialError &stored) {
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
            out() << CliText::tr("Signed in: the client secret is stored in the keychain and works.") << Qt::endl;
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
        out() << CliText::tr("Signed out: the client secret was removed from the keychain.") << Qt::endl;
        done(Success);
    });
}

} // namespace moderato::cli
