#include "core/notifications/rsa_public_key.h"

#include "core/notifications/jwt.h"
#include "core/notifications/openssl_handles.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/rsa.h> // RSA_PKCS1_PADDING only: the key itself is a provider-side EVP_PKEY

namespace moderato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("moderato::RsaPublicKey", text);
}

openssl::Bignum bignumFrom(QByteArrayView bigEndian)
{
    return openssl::Bignum(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.data()), int(bigEndian.size()), nullptr));
}

//! Leaves nothing in libcrypto's per-thread error queue: Qt's TLS code reads the same queue.
struct ErrorQueueCleaner
{
    ~ErrorQueueCleaner() { ERR_clear_error(); }
};

} // namespace

RsaPublicKey::RsaPublicKey(std::shared_ptr<evp_pkey_st> key)
    : m_key(std::move(key))
{}

std::optional<RsaPublicKey> RsaPublicKey::fromJwk(const QJsonObject &jwk, QString *error)
{
    const auto fail = [error](const char *reason) -> std::optional<RsaPublicKey> {
        if (error)
            *error = tr(reason);
        return std::nullopt;
    };
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
        return fail("The key is not an RSA key.");
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
        return fail("The key is not meant for signatures.");
    const QJsonValue alg = jwk.value(QLatin1String("alg"));
    if (!alg.isUndefined() && alg.toString() != QLatin1String("RS256"))
        return fail("The key is meant for another algorithm than RS256.");
    const std::optional<QByteArray> modulus = decodeBase64Url(jwk.value(QLatin1String("n")).toString().toLatin1());
    const std::optional<QByteArray> exponent = decodeBase64Url(jwk.value(QLatin1String("e")).toString().toLatin1());
    if (!modulus || !exponent || modulus->isEmpty() || exponent->isEmpty())
        return fail("The key's modulus or exponent is missing or not base64url-encoded.");
    return fromComponents(*modulus, *exponent, error);
}

std::optional<RsaPublicKey> RsaPublicKey::fromComponents(QByteArrayView modulus, QByteArrayView exponent,
                                                         QString *error)
{
    const ErrorQueueCleaner cleaner;
    const auto fail = [error](const char *reason) -> std::optional<RsaPublicKey> {
        if (error)
            *error = tr(reason);
        return std::nullopt;
    };
    // Checked before libcrypto sees them, so that no input makes it do heavy work.
    if (modulus.size() > maximumBits / 8 + 1)
        return fail("The key is longer than 8192 bits.");
    if (exponent.size() > 8)
        return fail("The key's public exponent is implausibly large.");
    const openssl::Bignum n = bignumFrom(modulus);
    const openssl::Bignum e = bignumFrom(exponent);
    if (!n || !e)
        return fail("The key could not be read.");
    const int bits = BN_num_bits(n.get());
    if (bits < minimumBits)
        return fail("The key is shorter than 2048 bits.");
    if (bits > maximumBits)
        return fail("The key is longer than 8192 bits.");
    if (!BN_is_odd(e.get()) || BN_is_one(e.get()) || !BN_is_odd(n.get()))
        return fail("The key's modulus or exponent is not that of an RSA key.");

    const openssl::ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return fail("The key could not be read.");
    const openssl::Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const openssl::PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1 || !key)
        return fail("The key could not be read.");
    if (error)
        error->clear();
    return RsaPublicKey(std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free));
}

int RsaPublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

bool RsaPublicKey::verifyRs256(QByteArrayView signingInput, QByteArrayView signature) const
{
    const ErrorQueueCleaner cleaner;
    // RSASSA-PKCS1-v1_5 signatures are exactly as long as the modulus.
    if (signature.size() != EVP_PKEY_get_size(m_key.get()))
        return false;
    const openssl::DigestContext context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) != 1)
        return false;
    EVP_PKEY_CTX *keyContext = EVP_MD_CTX_get_pkey_ctx(context.get());
    if (!keyContext || EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(signingInput.data()),
                            size_t(signingInput.size()))
           == 1;
}

} // namespace moderato
