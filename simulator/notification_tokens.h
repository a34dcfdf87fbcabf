// The bearer tokens on the notifications Graph posts to an app's callbackUri: RS256 JWTs from
// the simulator's own key, iss https://api.botframework.com, aud the app's client id, tid its
// tenant, iat and nbf now and exp an hour later on the simulated clock. Also forged variants
// (expired, not yet valid, for another app or from another issuer) for the app's tests.
#pragma once

#include "simulator/jwt_signer.h"

#include <QJsonObject>
#include <QString>

namespace graphsim {

class SimClock;
class World;

class NotificationTokens
{
public:
    static constexpr qint64 kLifetimeSeconds = 3600;
    //! "https://api.botframework.com"
    static QString issuer();

    NotificationTokens(const World &world, const SimClock &clock);

    JwtSigner &signer() { return m_signer; }
    const JwtSigner &signer() const { return m_signer; }

    //! {"aud","iss","iat","nbf","exp","tid"} for the app \a audienceClientId, valid from now.
    QJsonObject claims(const QString &audienceClientId) const;
    //! A token as Graph signs it for the app \a audienceClientId: claims() signed by signer().
    QByteArray notificationToken(const QString &audienceClientId) const;

    //! exp an hour before now (well beyond any allowed clock skew).
    QByteArray expiredToken(const QString &audienceClientId) const;
    //! nbf an hour after now.
    QByteArray notYetValidToken(const QString &audienceClientId) const;
    //! For another app than \a audienceClientId.
    QByteArray wrongAudienceToken(const QString &audienceClientId) const;
    //! iss another service than the Bot Framework.
    QByteArray wrongIssuerToken(const QString &audienceClientId) const;

private:
    QString tenantOf(const QString &clientId) const;

    const World &m_world;
    const SimClock &m_clock;
    JwtSigner m_signer;
};

} // namespace graphsim
