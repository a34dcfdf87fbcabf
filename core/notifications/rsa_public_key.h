#pragma once
// An RSA public key read from a JSON Web Key (RFC 7517/7518), and RS256 signature checks with it
// (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 §3.3) — all done by OpenSSL's libcrypto.

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace moderato {

//! An RSA public key for checking RS256 signatures. Cheap to copy (the key is shared).
class RsaPublicKey
{
public:
    //! Shorter keys are refused (RFC 7518 §3.3 requires 2048 bits or more).
    static constexpr int minimumBits = 2048;
    //! Longer keys are refused too: nobody signs with them, and checks would be slow.
    static constexpr int maximumBits = 8192;

    //! The key a JWK describes: "kty" "RSA", base64url "n" and "e"; "use", when present, "sig";
    //! "alg", when present, "RS256". Nothing, with one sentence in \a error, for anything else.
    static std::optional<RsaPublicKey> fromJwk(const QJsonObject &jwk, QString *error);
    //! The key with modulus \a modulus and public exponent \a exponent (big-endian bytes).
    static std::optional<RsaPublicKey> fromComponents(QByteArrayView modulus, QByteArrayView exponent, QString *error);

    int bits() const;
    //! Whether \a signature is this key's RS256 signature of \a signingInput.
    bool verifyRs256(QByteArrayView signingInput, QByteArrayView signature) const;

private:
    explicit RsaPublicKey(std::shared_ptr<evp_pkey_st> key);
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace moderato
