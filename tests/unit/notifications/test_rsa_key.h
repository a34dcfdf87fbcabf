#pragma once
// An RSA key made by the test itself with libcrypto, independent of the simulator's signer:
// its JWK, and RS256 signatures with it, to check Moderato's verification against.

#include <QByteArray>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <memory>

namespace testing {

class TestRsaKey
{
public:
    explicit TestRsaKey(unsigned bits = 2048)
        : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)), EVP_PKEY_free)
    {}

    bool isValid() const { return m_key != nullptr; }
    QByteArray modulus() const { return parameter(OSSL_PKEY_PARAM_RSA_N); }
    QByteArray exponent() const { return parameter(OSSL_PKEY_PARAM_RSA_E); }

    QJsonObject jwk(const QString &kid) const
    {
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("kid"), kid},
                           {QStringLiteral("n"), QString::fromLatin1(base64Url(modulus()))},
                           {QStringLiteral("e"), QString::fromLatin1(base64Url(exponent()))}};
    }

    QByteArray signRs256(const QByteArray &input) const
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        size_t length = 0;
        if (EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) != 1
            || EVP_DigestSign(context.get(), nullptr, &length, data, size_t(input.size())) != 1)
            return {};
        QByteArray signature(qsizetype(length), '\0');
        if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                           size_t(input.size()))
            != 1)
            return {};
        signature.resize(qsizetype(length));
        return signature;
    }

    static QByteArray base64Url(const QByteArray &bytes)
    {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

private:
    QByteArray parameter(const char *name) const
    {
        BIGNUM *number = nullptr;
        if (EVP_PKEY_get_bn_param(m_key.get(), name, &number) != 1)
            return {};
        QByteArray bytes(BN_num_bytes(number), '\0');
        BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(number);
        return bytes;
    }

    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace testing
