// Fuzz entry for Graph's notification tokens: the compact JWS parser, JWK reading, and the
// verifier's checks up to the point where it would need the signing keys.
#include "fuzz/targets/fuzz_targets.h"

#include "core/notifications/jwt.h"
#include "core/notifications/notification_token_verifier.h"
#include "core/notifications/rsa_public_key.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace moderato_fuzz {

using namespace moderato;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void checkRefusalSentence(const QString &sentence)
{
    if (sentence.isEmpty() || sentence.size() > 300 || sentence.contains(QLatin1Char('\n')))
        violated("a refusal that is not one short sentence");
}

void checkParsed(const QByteArray &input, const Jws &jws)
{
    if (input.size() > Jws::maxCompactSize)
        violated("a token longer than the limit was read");
    // Every accepted token has exactly one spelling: its parts re-encode to the input.
    if (!input.startsWith(jws.signingInput) || input != jws.signingInput + '.' + base64Url(jws.signature))
        violated("a token whose signing input or signature does not re-encode to the input");
    const QList<QByteArray> parts = input.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        violated("a token without three parts and a header and payload was read");
    for (const QByteArray &part : parts) {
        const auto decoded = decodeBase64Url(part);
        if (!decoded || base64Url(*decoded) != part)
            violated("a part of a read token does not survive decoding");
    }
}

} // namespace

void jwt(const QByteArray &input)
{
    QString error = QStringLiteral("stale");
    const std::optional<Jws> jws = parseJws(input, &error);
    if (jws.has_value() == !error.isEmpty())
        violated("a token read as both a JWS and an error, or as neither");
    if (jws)
        checkParsed(input, *jws);
    else
        checkRefusalSentence(error);

    // Any JWK a token carries goes through the key reader (bounded sizes, no crash).
    if (jws) {
        QString keyError;
        const QJsonObject jwk = jws->header.value(QLatin1String("jwk")).toObject();
        const auto key = RsaPublicKey::fromJwk(jwk.isEmpty() ? jws->payload : jwk, &keyError);
        if (key && (key->bits() < RsaPublicKey::minimumBits || key->bits() > RsaPublicKey::maximumBits))
            violated("an RSA key outside the allowed sizes was read");
        if (key)
            (void)key->verifyRs256(jws->signingInput, jws->signature);
        else
            checkRefusalSentence(keyError);
    }

    // Without signing keys the verifier answers at once and never accepts.
    NotificationTokenVerifier verifier(nullptr, QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab"));
    verifier.setClock([] { return QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc()); });
    int answers = 0;
    verifier.verify("Bearer " + input, [&answers, &input](const NotificationTokenVerifier::Result &result) {
        ++answers;
        if (result.ok())
            violated("a token accepted without a signing key");
        checkRefusalSentence(result.reason);
        if (input.size() >= 24 && result.reason.contains(QString::fromLatin1(input.left(24))))
            violated("a refusal that repeats the token");
    });
    if (answers != 1)
        violated("the verifier did not answer exactly once, at once");
}

} // namespace moderato_fuzz
