#include "simulator/jwt_signer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace graphsim {

namespace {

constexpr size_t kKeyBits = 2048;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray encodedJson(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::shared_ptr<evp_pkey_st> makeRsaKey()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", kKeyBits);
    if (!key)
        qFatal("graphsim: libcrypto could not make an RSA key for notification tokens");
    return std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
}

QByteArray bignumParameter(EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

QByteArray rs256(EVP_PKEY *key, const QByteArray &signingInput)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (!context || EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, input, size_t(signingInput.size())) != 1)
        qFatal("graphsim: libcrypto could not sign a notification token");
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                       size_t(signingInput.size()))
        != 1)
        qFatal("graphsim: libcrypto could not sign a notification token");
    signature.resize(qsizetype(length));
    return signature;
}

QJsonObject rs256Header(const QString &kid)
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("kid"), kid}};
}

QByteArray signedToken(EVP_PKEY *key, const QJsonObject &header, const QJsonObject &payload)
{
    const QByteArray signingInput = encodedJson(header) + '.' + encodedJson(payload);
    return signingInput + '.' + base64Url(rs256(key, signingInput));
}

} // namespace

JwtSigner::JwtSigner() = default;
JwtSigner::~JwtSigner() = default;

evp_pkey_st *JwtSigner::key() const
{
    if (!m_key) {
        m_key = makeRsaKey();
        // RFC 7638: SHA-256 of the required members, in lexicographic order, without whitespace.
        const QByteArray n = base64Url(bignumParameter(m_key.get(), OSSL_PKEY_PARAM_RSA_N));
        const QByteArray e = base64Url(bignumParameter(m_key.get(), OSSL_PKEY_PARAM_RSA_E));
        const QByteArray members = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
        m_kid = QString::fromLatin1(base64Url(QCryptographicHash::hash(members, QCryptographicHash::Sha256)));
    }
    return m_key.get();
}

evp_pkey_st *JwtSigner::otherKey() const
{
    if (!m_otherKey)
        m_otherKey = makeRsaKey();
    return m_otherKey.get();
}

QString JwtSigner::kid() const
{
    key();
    return m_kid;
}

QJsonObject JwtSigner::publicJwk() const
{
    EVP_PKEY *pkey = key();
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), m_kid},
        {QStringLiteral("n"), QString::fromLatin1(base64Url(bignumParameter(pkey, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"), QString::fromLatin1(base64Url(bignumParameter(pkey, OSSL_PKEY_PARAM_RSA_E)))},
    };
}

QJsonObject JwtSigner::jwks() const
{
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{publicJwk()}}};
}

void JwtSigner::rotate()
{
    m_key.reset();
    key();
}

QByteArray JwtSigner::sign(const QJsonObject &payload) const
{
    EVP_PKEY *pkey = key();
    return signedToken(pkey, rs256Header(m_kid), payload);
}

QByteArray JwtSigner::signWithHeader(const QJsonObject &header, const QJsonObject &payload) const
{
    return signedToken(key(), header, payload);
}

QByteArray JwtSigner::signWithBadSignature(const QJsonObject &payload) const
{
    EVP_PKEY *pkey = key();
    const QByteArray signingInput = encodedJson(rs256Header(m_kid)) + '.' + encodedJson(payload);
    QByteArray signature = rs256(pkey, signingInput);
    signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
    return signingInput + '.' + base64Url(signature);
}

QByteArray JwtSigner::signWithAnotherKey(const QJsonObject &payload) const
{
    return signedToken(otherKey(), rs256Header(kid()), payload);
}

QByteArray JwtSigner::unsignedToken(const QJsonObject &payload) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("none")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    return encodedJson(header) + '.' + encodedJson(payload) + '.';
}

QByteArray JwtSigner::signHs256WithPublicKey(const QJsonObject &payload) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), kid()}};
    const QByteArray signingInput = encodedJson(header) + '.' + encodedJson(payload);
    const QByteArray mac = QMessageAuthenticationCode::hash(signingInput, publicKeyPem(), QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(mac);
}

QByteArray JwtSigner::publicKeyPem() const
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key()) != 1) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace graphsim
