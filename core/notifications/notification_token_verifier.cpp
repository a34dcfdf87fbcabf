#include "core/notifications/notification_token_verifier.h"

#include "core/notifications/jwt.h"
#include "core/notifications/openid_key_cache.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace moderato {

namespace {

using Result = NotificationTokenVerifier::Result;
using Refusal = NotificationTokenVerifier::Refusal;

Result refused(Refusal refusal, const QString &reason)
{
    return Result{refusal, reason, {}};
}

//! The token of "Bearer <token>" (the scheme ignoring case, RFC 7235 §2.1), else nothing.
std::optional<QByteArray> bearerToken(const QByteArray &headerValue)
{
    const QByteArray value = headerValue.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray token = value.sliced(space + 1).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

//! A NumericDate (RFC 7519 §2): seconds since the epoch, possibly with a fraction.
std::optional<QDateTime> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    // Beyond ±10^12 s (about 31,000 years) QDateTime's milliseconds would overflow.
    if (!(seconds > -1e12 && seconds < 1e12))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
}

bool namesAudience(const QJsonValue &audience, const QString &clientId)
{
    const auto matches = [&clientId](const QJsonValue &value) {
        return value.isString() && !clientId.isEmpty() && value.toString().compare(clientId, Qt::CaseInsensitive) == 0;
    };
    if (audience.isArray()) {
        const QJsonArray list = audience.toArray();
        return std::any_of(list.begin(), list.end(), matches);
    }
    return matches(audience);
}

} // namespace

QString NotificationTokenVerifier::Result::tenantId() const
{
    return claims.value(QLatin1String("tid")).toString();
}

QString NotificationTokenVerifier::botFrameworkIssuer()
{
    return QStringLiteral("https://api.botframework.com");
}

NotificationTokenVerifier::NotificationTokenVerifier(OpenIdKeyCache *keys, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_clientId(clientId)
    , m_issuers{botFrameworkIssuer()}
{}

void NotificationTokenVerifier::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime NotificationTokenVerifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void NotificationTokenVerifier::verify(const QByteArray &authorizationHeaderValue, Callback callback)
{
    const std::optional<QByteArray> token = bearerToken(authorizationHeaderValue);
    if (!token)
        return callback(refused(Refusal::NotBearer, tr("The notification has no bearer token in its Authorization "
                                                       "header.")));
    QString error;
    std::optional<Jws> jws = parseJws(*token, &error);
    if (!jws)
        return callback(refused(Refusal::Malformed, error));
    if (Result result = checkHeader(jws->header); !result.ok())
        return callback(result);
    if (Result result = checkClaims(jws->payload); !result.ok())
        return callback(result);
    if (!m_keys)
        return callback(refused(Refusal::KeysUnavailable, tr("There are no signing keys to check the token with.")));
    const QString kid = jws->header.value(QLatin1String("kid")).toString();
    const QPointer<NotificationTokenVerifier> alive(this);
    m_keys->findKey(kid, [alive, token = std::move(*jws), callback = std::move(callback)](const KeyLookup &lookup) {
        if (alive)
            callback(checkSignature(token, lookup));
    });
}

Result NotificationTokenVerifier::checkHeader(const QJsonObject &header) const
{
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return refused(Refusal::Algorithm, tr("The token is not signed (its algorithm is "
                                              "\"none\")."));
    if (alg.toString() != QLatin1String("RS256"))
        return refused(Refusal::Algorithm, tr("The token is not signed with RS256, the only "
                                              "algorithm Graph uses."));
    const QJsonValue typ = header.value(QLatin1String("typ"));
    if (!typ.isUndefined() && typ.toString().compare(QLatin1String("JWT"), Qt::CaseInsensitive) != 0)
        return refused(Refusal::Algorithm, tr("The token's type is not JWT."));
    // RFC 7515 §4.1.11: extensions the recipient does not understand must not be ignored.
    if (header.contains(QLatin1String("crit")))
        return refused(Refusal::Algorithm, tr("The token requires header extensions Moderato "
                                              "does not know."));
    if (header.value(QLatin1String("kid")).toString().isEmpty())
        return refused(Refusal::UnknownKey, tr("The token does not say which key signed it."));
    return {};
}

Result NotificationTokenVerifier::checkClaims(const QJsonObject &payload) const
{
    const QJsonValue issuer = payload.value(QLatin1String("iss"));
    if (!issuer.isString() || !m_issuers.contains(issuer.toString()))
        return refused(Refusal::Issuer, tr("The token was not issued by the Bot Framework "
                                           "(https://api.botframework.com)."));
    if (!namesAudience(payload.value(QLatin1String("aud")), m_clientId))
        return refused(Refusal::Audience, tr("The token is meant for another application."));
    const QDateTime current = now();
    const qint64 skewMs = qint64(allowedClockSkew.count()) * 1000;
    const std::optional<QDateTime> expires = numericDate(payload.value(QLatin1String("exp")));
    if (!expires)
        return refused(Refusal::Expired, tr("The token has no valid expiry time."));
    if (current >= expires->addMSecs(skewMs))
        return refused(Refusal::Expired, tr("The token has expired."));
    const QJsonValue notBeforeValue = payload.value(QLatin1String("nbf"));
    if (!notBeforeValue.isUndefined()) {
        const std::optional<QDateTime> notBefore = numericDate(notBeforeValue);
        if (!notBefore)
            return refused(Refusal::NotYetValid, tr("The token's start time is not valid."));
        if (current < notBefore->addMSecs(-skewMs))
            return refused(Refusal::NotYetValid, tr("The token is not valid yet."));
    }
    return {};
}

Result NotificationTokenVerifier::checkSignature(const Jws &token, const KeyLookup &lookup)
{
    switch (lookup.outcome) {
    case KeyLookup::Outcome::Unavailable: return refused(Refusal::KeysUnavailable, lookup.error);
    case KeyLookup::Outcome::UnknownKey:
        return refused(Refusal::UnknownKey, tr("The token was signed with a key Graph does not publish."));
    case KeyLookup::Outcome::Found: break;
    }
    if (!lookup.key || !lookup.key->verifyRs256(token.signingInput, token.signature))
        return refused(Refusal::Signature, tr("The token's signature does not match Graph's key."));
    return Result{Refusal::None, {}, token.payload};
}

} // namespace moderato
