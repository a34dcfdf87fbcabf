#include "app/cli/cli_environment.h"

#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"

#include "core/auth/fixed_secret_source.h"
#include "core/auth/keychain_secret_source.h"
#include "core/auth/token_provider.h"
#include "core/graph/graph_client.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace moderato::cli {

std::unique_ptr<CliEnvironment> CliEnvironment::create(const CliOptions &options, QString *error)
{
    std::unique_ptr<CliEnvironment> env(new CliEnvironment);
    AccountSettings &saved = env->m_settings;
    if (!options.cloud.isEmpty()) {
        const auto cloud = parseCloud(options.cloud);
        if (!cloud) {
            *error = CliText::tr("Unknown cloud \"%1\": use global, usgov, dod or china.").arg(options.cloud);
            return nullptr;
        }
        env->m_cloud = *cloud;
    } else {
        env->m_cloud = saved.cloud();
    }
    env->m_tenantId = options.tenantId.isEmpty() ? saved.tenantId() : options.tenantId;
    env->m_clientId = options.clientId.isEmpty() ? saved.clientId() : options.clientId;
    env->m_noNotifications = options.noNotifications;
    env->m_options = options;
    if (env->m_tenantId.isEmpty() || env->m_clientId.isEmpty()) {
        *error = CliText::tr("No account: give --tenant and --client-id (login saves them for later commands).");
        return nullptr;
    }
    env->m_endpoints = CloudEndpoints::forCloud(env->m_cloud);
    QUrl graph = options.graphUrl.isEmpty() ? QUrl() : QUrl(options.graphUrl);
    QUrl login = options.loginUrl.isEmpty() ? QUrl() : QUrl(options.loginUrl);
    if (options.graphUrl.isEmpty() && options.loginUrl.isEmpty() && options.cloud.isEmpty()) {
        graph = saved.customGraphUrl();
        login = saved.customLoginUrl();
    }
    if (!graph.isEmpty() || !login.isEmpty()) {
        QString why;
        const auto custom =
            CloudEndpoints::custom(graph.isEmpty() ? env->m_endpoints.graphRoot : graph,
                                   login.isEmpty() ? env->m_endpoints.loginRoot : login, &why, env->m_cloud);
        if (!custom) {
            *error = why;
            return nullptr;
        }
        env->m_endpoints = *custom;
        env->m_custom = true;
    }
    return env;
}

CliEnvironment::~CliEnvironment()
{
    // The client and token provider go first: they refer to the secret source and the QNAM.
    m_graph.reset();
    m_tokens.reset();
    m_secrets.reset();
}

QString CliEnvironment::readSecretFromStdin(QString *secondLine)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    QString text = QString::fromUtf8(bytes);
    scrub(bytes);
    if (!secondLine)
        return text;
    // The client secret, then the relay's key: one per line.
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline < 0)
        return text;
    QString secret = text.left(newline);
    if (secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    *secondLine = text.mid(newline + 1).trimmed();
    scrub(text);
    return secret;
}

QString CliEnvironment::promptForSecret()
{
    if (!isatty(STDIN_FILENO))
        return readSecretFromStdin();
    std::fputs("Client secret: ", stderr);
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    char buffer[1024] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    QByteArray bytes(ok ? buffer : "");
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    QString secret = QString::fromUtf8(bytes);
    scrub(bytes);
    return secret;
}

void CliEnvironment::useSecret(const QString &secret)
{
    m_secrets = std::make_unique<FixedSecretSource>(secret);
}

TokenProvider *CliEnvironment::tokens()
{
    if (!m_tokens) {
        if (!m_secrets)
            m_secrets = std::make_unique<KeychainSecretSource>(&m_credentials, credentialKey());
        m_tokens = std::make_unique<TokenProvider>(&m_nam, m_endpoints, m_tenantId, m_clientId, m_secrets.get());
    }
    return m_tokens.get();
}

GraphClient *CliEnvironment::graph()
{
    if (!m_graph)
        m_graph = std::make_unique<GraphClient>(&m_nam, tokens(), m_endpoints.graphRoot);
    return m_graph.get();
}

void CliEnvironment::listenForNotifications(CallSession *session, std::function<void(NotificationHookup *)> ready)
{
    if (m_noNotifications || !m_settings.settings()) {
        ready(nullptr);
        return;
    }
    NotificationHookup::Config config;
    config.settings =
        applyNotificationOptions(NotificationSettings::loadEnsuringPath(*m_settings.settings()), m_options);
    config.clientId = m_clientId;
    if (config.settings.mode == NotificationSettings::Mode::None) {
        ready(nullptr);
        return;
    }
    const auto start = [this, session, ready](const NotificationHookup::Config &withKey) {
        delete m_notifications;
        m_notifications = new NotificationHookup(session, &m_nam, withKey, this);
        if (!m_notifications->problem().isEmpty()) {
            err() << "moderato-cli: "
                  << CliText::tr("not listening for notifications: %1").arg(m_notifications->problem()) << Qt::endl;
            ready(nullptr);
            return;
        }
        // What the listener does goes to standard error, one line per change of state.
        auto said = std::make_shared<QString>();
        connect(m_notifications, &NotificationHookup::stateChanged, this, [this, said] {
            const QString text = m_notifications->stateText();
            if (!text.isEmpty() && text != *said)
                err() << "moderato-cli: " << CliText::tr("notifications: %1").arg(*said = text) << Qt::endl;
        });
        m_notifications->start();
        // Joins need the address at once; the listener connects meanwhile (polling covers the start).
        ready(m_notifications);
    };
    config.relayKey = m_relayKey.toUtf8();
    NotificationHookup::withRelayKey(
        &m_credentials, config, this, [start](const NotificationHookup::Config &withKey, const CredentialError &error) {
            if (withKey.relayKey.isEmpty() && error.isError() && error.kind != CredentialError::Kind::NotFound)
                err() << "moderato-cli: " << error.message() << Qt::endl;
            start(withKey);
        });
}

} // namespace moderato::cli
