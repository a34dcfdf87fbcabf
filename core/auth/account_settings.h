#pragma once
#include "core/auth/cloud.h"

#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace moderato {

//! The account Moderato signs in with and the calls opened recently, in QSettings
//! (organization and application "Moderato"). Nothing secret is ever stored here: the client
//! secret lives only in the keychain (CredentialStore), tokens only in memory.
class AccountSettings
{
public:
    static constexpr int MaxRecentCalls = 10;

    //! Uses \a settings if given (not owned; tests pass an .ini file), else QSettings("Moderato",
    //! "Moderato").
    explicit AccountSettings(QSettings *settings = nullptr);
    ~AccountSettings();
    AccountSettings(const AccountSettings &) = delete;
    AccountSettings &operator=(const AccountSettings &) = delete;

    Cloud cloud() const;
    void setCloud(Cloud cloud);
    QString tenantId() const;
    void setTenantId(const QString &tenantId);
    QString clientId() const;
    void setClientId(const QString &clientId);
    QString displayName() const;
    void setDisplayName(const QString &name);
    QUrl customGraphUrl() const;
    QUrl customLoginUrl() const;
    //! Both empty to go back to the cloud's own endpoints.
    void setCustomEndpoints(const QUrl &graph, const QUrl &login);

    //! Tenant and client id are set.
    bool isComplete() const;
    //! The custom pair if one is set (validated), else the cloud's endpoints.
    std::optional<CloudEndpoints> endpoints(QString *error = nullptr) const;
    //! The keychain key of this account's secret.
    QString credentialKey() const;
    //! The https address Graph posts this account's call notifications to (callbackUri): joining a
    //! meeting needs one. Empty when not set.
    QUrl callbackUrl() const;
    void setCallbackUrl(const QUrl &url);

    //! Most recent first, at most MaxRecentCalls, no duplicates.
    QStringList recentCallIds() const;
    void addRecentCallId(const QString &callId);
    void removeRecentCallId(const QString &callId);
    void clearRecentCallIds();

    void sync();
    QSettings *settings() const { return m_settings; }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace moderato
