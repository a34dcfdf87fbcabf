// The simulator's signing key for notification tokens (RSA-2048) and the RS256 JWTs it signs,
// as Graph signs the bearer tokens of its callbacks — plus forged tokens a verifier must refuse.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace graphsim {

class JwtSigner
{
public:
    JwtSigner();
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    //! The key's id: its RFC 7638 thumbprint. The key is made when first needed (making one
    //! takes a noticeable fraction of a second, and most simulators never sign anything).
    QString kid() const;
    //! {"kty":"RSA","use":"sig","alg":"RS256","kid","n","e"}
    QJsonObject publicJwk() const;
    //! {"keys":[publicJwk()]}, as served at the configuration's jwks_uri.
    QJsonObject jwks() const;
    //! Replaces the key with a new one (and so a new kid); tokens signed before no longer verify.
    void rotate();

    //! A compact JWS of \a payload, header {"alg":"RS256","typ":"JWT","kid":kid()}.
    QByteArray sign(const QJsonObject &payload) const;
    //! RS256 with this key, under \a header exactly as given (e.g. without kid, with "crit").
    QByteArray signWithHeader(const QJsonObject &header, const QJsonObject &payload) const;

    // Forgeries, for tests of the verifier.
    //! sign(), with one bit of the signature flipped.
    QByteArray signWithBadSignature(const QJsonObject &payload) const;
    //! Named as signed by kid() but signed by another key nobody publishes.
    QByteArray signWithAnotherKey(const QJsonObject &payload) const;
    //! {"alg":"none"} and an empty signature.
    QByteArray unsignedToken(const QJsonObject &payload) const;
    //! HS256 with the public key (PEM) as the HMAC secret: the classic algorithm confusion.
    QByteArray signHs256WithPublicKey(const QJsonObject &payload) const;
    //! The public key as PEM (SubjectPublicKeyInfo).
    QByteArray publicKeyPem() const;

private:
    evp_pkey_st *key() const;
    evp_pkey_st *otherKey() const;

    mutable std::shared_ptr<evp_pkey_st> m_key;
    mutable std::shared_ptr<evp_pkey_st> m_otherKey;
    mutable QString m_kid;
};

} // namespace graphsim
