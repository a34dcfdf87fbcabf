#pragma once
// Everything a moderato-cli command talks through: account, endpoints, keychain, tokens, Graph.

#include "app/cli/cli_options.h"
#include "core/auth/account_settings.h"
#include "core/auth/cloud.h"
#include "core/auth/credential_store.h"
#include "core/calls/notification_hookup.h"

#include <functional>

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace moderato {
class GraphClient;
class SecretSource;
class TokenProvider;
} // namespace moderato

namespace moderato::cli {

class CliEnvironment : public QObject
{
    Q_OBJECT
public:
    //! Resolves the account from \a options and the saved settings. Returns null and sets
    //! \a error (a usage problem) when something needed is missing or invalid.
    static std::unique_ptr<CliEnvironment> create(const CliOptions &options, QString *error);
    ~CliEnvironment() override;

    //! Reads the client secret from standard input (all of it, without the final line break);
    //! with \a secondLine, only the first line, and the second goes there (the relay's key).
    static QString readSecretFromStdin(QString *secondLine = nullptr);
    //! Asks on the terminal without echo; falls back to standard input when there is no terminal.
    static QString promptForSecret();

    //! Signs in with \a secret (login) instead of the keychain. Call before graph().
    void useSecret(const QString &secret);
    GraphClient *graph();
    //! Hears Graph's notifications for \a session as the account's settings say (the relay's key
    //! from the keychain), then calls \a ready — also when notifications are off or cannot start
    //! (a sentence on standard error says why; polling alone goes on).
    void listenForNotifications(CallSession *session, std::function<void(NotificationHookup *hookup)> ready);
    //! What listenForNotifications() started, or null.
    NotificationHookup *notifications() const { return m_notifications; }
    //! The relay's key given on standard input (the second line with --secret-stdin).
    void useRelayKey(const QString &key) { m_relayKey = key; }
    TokenProvider *tokens();

    AccountSettings &settings() { return m_settings; }
    CredentialStore &credentials() { return m_credentials; }
    QString credentialKey() const { return CredentialStore::keyFor(m_cloud, m_tenantId, m_clientId); }
    Cloud cloud() const { return m_cloud; }
    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }
    const CloudEndpoints &endpoints() const { return m_endpoints; }
    bool customEndpoints() const { return m_custom; }

private:
    CliEnvironment() = default;

    AccountSettings m_settings;
    CredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    NotificationHookup *m_notifications = nullptr;
    bool m_noNotifications = false;
    CliOptions m_options;
    QString m_relayKey;
    Cloud m_cloud = Cloud::Global;
    CloudEndpoints m_endpoints;
    bool m_custom = false;
    QString m_tenantId;
    QString m_clientId;
    std::unique_ptr<SecretSource> m_secrets;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_graph;
};

} // namespace moderato::cli
