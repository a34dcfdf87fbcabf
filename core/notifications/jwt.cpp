#include "core/notifications/jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace moderato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("moderato::Jws", text);
}

bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::optional<QJsonObject> decodeJsonObject(QByteArrayView part)
{
    const std::optional<QByteArray> bytes = decodeBase64Url(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<QByteArray> decodeBase64Url(QByteArrayView text)
{
    // A length of 4n+1 cannot come from any number of bytes.
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        if (!isBase64UrlCharacter(c))
            return std::nullopt;
    }
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray encoded = text.toByteArray();
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(encoded, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Non-zero unused bits in the last character would give a second spelling of the same bytes.
    if (decoded.decoded.toBase64(options) != encoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<Jws> parseJws(QByteArrayView compact, QString *error)
{
    const auto fail = [error](const char *reason) -> std::optional<Jws> {
        if (error)
            *error = tr(reason);
        return std::nullopt;
    };
    if (compact.isEmpty())
        return fail("The token is empty.");
    if (compact.size() > Jws::maxCompactSize)
        return fail("The token is longer than any notification token (16 KiB).");
    const qsizetype firstDot = compact.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : compact.indexOf('.', firstDot + 1);
    if (secondDot < 0 || compact.indexOf('.', secondDot + 1) >= 0)
        return fail("The token does not have exactly three parts separated by dots.");
    const QByteArrayView headerPart = compact.first(firstDot);
    const QByteArrayView payloadPart = compact.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = compact.sliced(secondDot + 1);
    if (headerPart.isEmpty() || payloadPart.isEmpty())
        return fail("The token's header or payload is empty.");

    Jws jws;
    const std::optional<QJsonObject> header = decodeJsonObject(headerPart);
    if (!header)
        return fail("The token's header is not a base64url-encoded JSON object.");
    const std::optional<QJsonObject> payload = decodeJsonObject(payloadPart);
    if (!payload)
        return fail("The token's payload is not a base64url-encoded JSON object.");
    std::optional<QByteArray> signature = decodeBase64Url(signaturePart);
    if (!signature)
        return fail("The token's signature is not base64url-encoded.");
    jws.header = *header;
    jws.payload = *payload;
    jws.signingInput = compact.first(secondDot).toByteArray();
    jws.signature = std::move(*signature);
    if (error)
        error->clear();
    return jws;
}

} // namespace moderato
