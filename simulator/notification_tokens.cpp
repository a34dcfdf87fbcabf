#include "simulator/notification_tokens.h"

#include "simulator/sim_clock.h"
#include "simulator/world.h"

namespace graphsim {

namespace {

constexpr qint64 kHourSeconds = 3600;

} // namespace

QString NotificationTokens::issuer()
{
    return QStringLiteral("https://api.botframework.com");
}

NotificationTokens::NotificationTokens(const World &world, const SimClock &clock)
    : m_world(world)
    , m_clock(clock)
{}

QString NotificationTokens::tenantOf(const QString &clientId) const
{
    for (const ScenarioTenant &tenant : m_world.scenario().tenants) {
        for (const ScenarioApp &app : tenant.apps) {
            if (app.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
                return tenant.id;
        }
    }
    return {};
}

QJsonObject NotificationTokens::claims(const QString &audienceClientId) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("aud"), audienceClientId},
                       {QStringLiteral("iss"), issuer()},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + kLifetimeSeconds}};
    const QString tenant = tenantOf(audienceClientId);
    if (!tenant.isEmpty())
        claims.insert(QStringLiteral("tid"), tenant);
    return claims;
}

QByteArray NotificationTokens::notificationToken(const QString &audienceClientId) const
{
    return m_signer.sign(claims(audienceClientId));
}

QByteArray NotificationTokens::expiredToken(const QString &audienceClientId) const
{
    QJsonObject expired = claims(audienceClientId);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    expired.insert(QStringLiteral("iat"), now - kLifetimeSeconds - kHourSeconds);
    expired.insert(QStringLiteral("nbf"), now - kLifetimeSeconds - kHourSeconds);
    expired.insert(QStringLiteral("exp"), now - kHourSeconds);
    return m_signer.sign(expired);
}

QByteArray NotificationTokens::notYetValidToken(const QString &audienceClientId) const
{
    QJsonObject early = claims(audienceClientId);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    early.insert(QStringLiteral("nbf"), now + kHourSeconds);
    early.insert(QStringLiteral("exp"), now + kHourSeconds + kLifetimeSeconds);
    return m_signer.sign(early);
}

QByteArray NotificationTokens::wrongAudienceToken(const QString &audienceClientId) const
{
    QJsonObject other = claims(audienceClientId);
    const QString someoneElse = QStringLiteral("00000000-0000-0000-0000-00000000a11e");
    const QString anotherApp = audienceClientId.compare(someoneElse, Qt::CaseInsensitive) == 0
                                   ? QStringLiteral("00000000-0000-0000-0000-00000000b0b0")
                                   : someoneElse;
    other.insert(QStringLiteral("aud"), anotherApp);
    return m_signer.sign(other);
}

QByteArray NotificationTokens::wrongIssuerToken(const QString &audienceClientId) const
{
    QJsonObject other = claims(audienceClientId);
    other.insert(QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/common/"));
    return m_signer.sign(other);
}

} // namespace graphsim
