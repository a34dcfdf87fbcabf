#pragma once
// Decides whether a notification really comes from Graph: the bearer token on every callback
// must be an RS256 JWT signed with one of the keys of Graph's OpenID configuration, issued by
// the Bot Framework, for our application, and valid now. Nothing in a notification is applied
// before its token passes.
//
// Where the rules come from:
// - Microsoft Teams' "Incoming call notifications" page (MicrosoftDocs/msteams-docs,
//   bots/calls-and-meetings/call-notifications.md, "Authenticate the callback"): every POST to
//   the callback carries "an OAuth token in the Authorization header as a bearer token, with
//   the audience as your application's App ID", "signed by Skype", with the claims aud (the
//   app id), iss "https://api.botframework.com", iat, nbf, exp and tid (the tenant); "the
//   OpenID configuration published at https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration
//   can be used to verify the token"; the webhook must check the signature, that the token has
//   not expired, and that aud is the App ID before accepting the request.
// - That page points to Microsoft's calling sample (microsoftgraph/microsoft-graph-comms-samples,
//   Samples/Common/Sample.Common/Authentication/AuthenticationProvider.cs): it downloads the
//   same configuration ("the service does not sign outbound request using AAD, instead it is
//   signed with a private certificate"), takes the keys from its jwks_uri and checks issuer,
//   audience (= app id), lifetime and signature. It accepts two issuers,
//   "https://api.botframework.com" and "https://graph.microsoft.com"; Moderato accepts only the
//   documented one by default (setAcceptedIssuers() can add the other if Graph ever uses it).
// - The Bot Framework's "Authenticate requests with the Bot Connector API" page publishes the
//   configuration's content (issuer https://api.botframework.com, jwks_uri
//   https://api.aps.skype.com/v1/keys, id_token_signing_alg_values_supported ["RSA256"]) and the
//   checks: "Bearer" scheme, issuer, audience = the bot's app id, not expired with "industry-
//   standard clock-skew" of 5 minutes, signature by a key of the key set; refuse otherwise.

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace moderato {

class OpenIdKeyCache;
struct Jws;
struct KeyLookup;

//! Checks the Authorization header of Graph's notifications.
class NotificationTokenVerifier : public QObject
{
    Q_OBJECT
public:
    //! Why a token was refused (None: accepted).
    enum class Refusal {
        None,
        NotBearer,       //!< no header, or not the Bearer scheme
        Malformed,       //!< not a compact JWS with JSON header and payload
        Algorithm,       //!< alg not RS256 (none, HS256, …), typ not JWT, or crit present
        UnknownKey,      //!< no kid, or a kid the key set does not have (even after a refetch)
        KeysUnavailable, //!< the signing keys could not be fetched
        Signature,       //!< the signature does not match
        Issuer,          //!< iss is not the Bot Framework
        Audience,        //!< aud does not name our application
        Expired,         //!< exp missing, or more than the allowed skew in the past
        NotYetValid,     //!< nbf more than the allowed skew in the future
    };
    Q_ENUM(Refusal)

    struct Result
    {
        Refusal refusal = Refusal::None;
        QString reason;     //!< one sentence for logs and the moderator; never contains the token
        QJsonObject claims; //!< the verified payload, when accepted

        bool ok() const { return refusal == Refusal::None; }
        //! The "tid" claim: the tenant the notification is about (empty when absent).
        QString tenantId() const;
    };
    using Callback = std::function<void(const Result &result)>;
    using Clock = std::function<QDateTime()>;

    //! exp and nbf are allowed to be this far off, for clocks that disagree.
    static constexpr std::chrono::seconds allowedClockSkew{5 * 60};
    //! "https://api.botframework.com"
    static QString botFrameworkIssuer();

    //! \a keys (not owned) supplies the signing keys; \a clientId is our application's id, the
    //! audience every token must name (compared ignoring case: it is a GUID).
    NotificationTokenVerifier(OpenIdKeyCache *keys, const QString &clientId, QObject *parent = nullptr);

    void setClock(Clock clock);
    QDateTime now() const;
    //! The issuers accepted (default: botFrameworkIssuer() only).
    void setAcceptedIssuers(const QStringList &issuers) { m_issuers = issuers; }

    //! Checks \a authorizationHeaderValue ("Bearer <JWT>") and calls \a callback exactly once:
    //! before returning when the answer is known at once (a refusal, or the key is cached),
    //! otherwise after the signing keys have been fetched. Not called if this verifier is
    //! destroyed first.
    void verify(const QByteArray &authorizationHeaderValue, Callback callback);

private:
    Result checkHeader(const QJsonObject &header) const;
    Result checkClaims(const QJsonObject &payload) const;
    static Result checkSignature(const Jws &token, const KeyLookup &lookup);

    QPointer<OpenIdKeyCache> m_keys;
    QString m_clientId;
    QStringList m_issuers;
    Clock m_clock;
};

} // namespace moderato
