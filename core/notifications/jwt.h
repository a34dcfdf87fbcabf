#pragma once
// A JSON Web Token in compact JWS form (RFC 7515 §7.1), split and decoded but not yet trusted:
// the notification token verifier decides whether its signature and claims hold.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace moderato {

//! The three parts of a compact JWS, decoded. Nothing in it is trusted until verified.
struct Jws
{
    //! Longer input is refused without being read. Graph's notification tokens are about 1 KiB.
    static constexpr qsizetype maxCompactSize = 16 * 1024;

    QJsonObject header;      //!< the JOSE header: "alg", "kid", "typ", …
    QJsonObject payload;     //!< the claims: "iss", "aud", "exp", …
    QByteArray signingInput; //!< "<header>.<payload>" exactly as received: what is signed
    QByteArray signature;    //!< decoded; empty for an unsigned ("alg": "none") token
};

//! Splits and decodes \a compact ("<header>.<payload>.<signature>", each base64url). Refuses,
//! with one sentence in \a error that never repeats the input: more than Jws::maxCompactSize
//! bytes; anything but exactly three parts; an empty header or payload; characters outside the
//! base64url alphabet, including "=" — RFC 7515 encodes without padding, and a token that
//! carries it was not written by a conforming signer, so it is refused rather than tolerated;
//! an impossible length or non-zero unused bits (every token has exactly one spelling); a header
//! or payload that is not a JSON object. Clears \a error on success.
std::optional<Jws> parseJws(QByteArrayView compact, QString *error);

//! Decodes unpadded base64url (RFC 4648 §5) under the same rules as parseJws(); nothing on error.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text);

} // namespace moderato
