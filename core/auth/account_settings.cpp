#include "core/auth/account_settings.h"

#include "core/auth/credential_store.h"

#include <QSettings>

namespace moderato {

namespace {
const QString CloudKey = QStringLiteral("account/cloud");
const QString TenantKey = QStringLiteral("account/tenantId");
const QString ClientKey = QStringLiteral("account/clientId");
const QString NameKey = QStringLiteral("account/displayName");
const QString GraphUrlKey = QStringLiteral("account/customGraphUrl");
const QString LoginUrlKey = QStringLiteral("account/customLoginUrl");
const QString RecentKey = QStringLiteral("recent/callIds");
} // namespace

AccountSettings::AccountSettings(QSettings *settings)
    : m_owned(settings ? nullptr : std::make_unique<QSettings>(QStringLiteral("Moderato"), QStringLiteral("Moderato")))
    , m_settings(settings ? settings : m_owned.get())
{}

AccountSettings::~AccountSettings() = default;

Cloud AccountSettings::cloud() const
{
    return parseCloud(m_settings->value(CloudKey).toString()).value_or(Cloud::Global);
}

void AccountSettings::setCloud(Cloud cloud)
{
    m_settings->setValue(CloudKey, cloudName(cloud));
}

QString AccountSettings::tenantId() const
{
    return m_settings->value(TenantKey).toString();
}

void AccountSettings::setTenantId(const QString &tenantId)
{
    m_settings->setValue(TenantKey, tenantId.trimmed());
}

QString AccountSettings::clientId() const
{
    return m_settings->value(ClientKey).toString();
}

void AccountSettings::setClientId(const QString &clientId)
{
    m_settings->setValue(ClientKey, clientId.trimmed());
}

QString AccountSettings::displayName() const
{
    return m_settings->value(NameKey).toString();
}

void AccountSettings::setDisplayName(const QString &name)
{
    m_settings->setValue(NameKey, name);
}

QUrl AccountSettings::customGraphUrl() const
{
    return QUrl(m_settings->value(GraphUrlKey).toString());
}

QUrl AccountSettings::customLoginUrl() const
{
    return QUrl(m_settings->value(LoginUrlKey).toString());
}

void AccountSettings::setCustomEndpoints(const QUrl &graph, const QUrl &login)
{
    if (graph.isEmpty() && login.isEmpty()) {
        m_settings->remove(GraphUrlKey);
        m_settings->remove(LoginUrlKey);
        return;
    }
    m_settings->setValue(GraphUrlKey, graph.toString());
    m_settings->setValue(LoginUrlKey, login.toString());
}

bool AccountSettings::isComplete() const
{
    return !tenantId().isEmpty() && !clientId().isEmpty();
}

std::optional<CloudEndpoints> AccountSettings::endpoints(QString *error) const
{
    const QUrl graph = customGraphUrl();
    const QUrl login = customLoginUrl();
    if (graph.isEmpty() && login.isEmpty())
        return CloudEndpoints::forCloud(cloud());
    const CloudEndpoints standard = CloudEndpoints::forCloud(cloud());
    return CloudEndpoints::custom(graph.isEmpty() ? standard.graphRoot : graph,
                                  login.isEmpty() ? standard.loginRoot : login, error, cloud());
}

QString AccountSettings::credentialKey() const
{
    return CredentialStore::keyFor(cloud(), tenantId(), clientId());
}

QStringList AccountSettings::recentCallIds() const
{
    QStringList ids = m_settings->value(RecentKey).toStringList();
    ids.removeAll(QString());
    ids.removeDuplicates();
    return ids.mid(0, MaxRecentCalls);
}

void AccountSettings::addRecentCallId(const QString &callId)
{
    const QString id = callId.trimmed();
    if (id.isEmpty())
        return;
    QStringList ids = recentCallIds();
    ids.removeAll(id);
    ids.prepend(id);
    m_settings->setValue(RecentKey, ids.mid(0, MaxRecentCalls));
}

void AccountSettings::removeRecentCallId(const QString &callId)
{
    QStringList ids = recentCallIds();
    ids.removeAll(callId.trimmed());
    m_settings->setValue(RecentKey, ids);
}

void AccountSettings::clearRecentCallIds()
{
    m_settings->remove(RecentKey);
}

QUrl AccountSettings::callbackUrl() const
{
    return QUrl(m_settings->value(QStringLiteral("account/callbackUrl")).toString());
}

void AccountSettings::setCallbackUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings->remove(QStringLiteral("account/callbackUrl"));
    else
        m_settings->setValue(QStringLiteral("account/callbackUrl"), url.toString(QUrl::FullyEncoded));
}

void AccountSettings::sync()
{
    m_settings->sync();
}

} // namespace moderato
