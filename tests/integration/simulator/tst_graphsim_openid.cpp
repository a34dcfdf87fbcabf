// The simulator's notification tokens and the OpenID configuration and key set that vouch for
// them, over real HTTP: what is served, what a token says, key rotation, and the forgeries.
#include "sim_harness.h"

#include "simulator/jwt_signer.h"
#include "simulator/notification_tokens.h"

#include <QJsonDocument>
#include <QtTest>

using namespace simtest;

namespace {

const QString kConfigurationPath = QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration");

QByteArray decoded(const QByteArray &part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject headerOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(decoded(token.split('.').value(0))).object();
}

QJsonObject payloadOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(decoded(token.split('.').value(1))).object();
}

} // namespace

class GraphSimOpenIdTest : public QObject
{
    Q_OBJECT

private slots:
    void servesTheConfigurationWithTheKeySetAddress()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const Reply reply = h.send("GET", kConfigurationPath);
        QCOMPARE(reply.status, 200);
        const QJsonObject configuration = reply.json();
        QCOMPARE(configuration.value(QStringLiteral("issuer")).toString(),
                 QStringLiteral("https://api.botframework.com"));
        QCOMPARE(configuration.value(QStringLiteral("jwks_uri")).toString(),
                 h.simulator().baseUrl().toString() + QStringLiteral("/_sim/openid/keys"));
        QCOMPARE(configuration.value(QStringLiteral("id_token_signing_alg_values_supported")).toArray(),
                 QJsonArray{QStringLiteral("RS256")});
    }

    void servesTheSigningKeyAsAJwk()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const Reply reply = h.send("GET", QStringLiteral("/_sim/openid/keys"));
        QCOMPARE(reply.status, 200);
        const QJsonArray keys = reply.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(key.value(QStringLiteral("kid")).toString(), h.simulator().notificationTokens().signer().kid());
        QCOMPARE(decoded(key.value(QStringLiteral("n")).toString().toLatin1()).size(), 256); // 2048 bits
        QCOMPARE(key.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    }

    void signsTokensAsGraphDoes()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.advance(42);
        const QByteArray token = h.simulator().notificationToken(kApp);
        QCOMPARE(token.count('.'), 2);
        const QJsonObject header = headerOf(token);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), h.simulator().notificationTokens().signer().kid());
        const QJsonObject payload = payloadOf(token);
        QCOMPARE(payload.value(QStringLiteral("iss")).toString(), QStringLiteral("https://api.botframework.com"));
        QCOMPARE(payload.value(QStringLiteral("aud")).toString(), kApp);
        QCOMPARE(payload.value(QStringLiteral("tid")).toString(), kTenant);
        const QDateTime now = QDateTime::fromString(
            h.hook("GET", QStringLiteral("/_sim/clock")).value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        QCOMPARE(payload.value(QStringLiteral("iat")).toInteger(), now.toSecsSinceEpoch());
        QCOMPARE(payload.value(QStringLiteral("nbf")).toInteger(), now.toSecsSinceEpoch());
        QCOMPARE(payload.value(QStringLiteral("exp")).toInteger(), now.toSecsSinceEpoch() + 3600);
        QCOMPARE(decoded(token.split('.').at(2)).size(), 256);
    }

    void rotatingReplacesTheKey()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QJsonObject before = h.hook("GET", QStringLiteral("/_sim/openid/keys"))
                                       .value(QStringLiteral("keys"))
                                       .toArray()
                                       .first()
                                       .toObject();
        const QJsonObject rotated = h.hook("POST", QStringLiteral("/_sim/openid/rotate"));
        const QString newKid = rotated.value(QStringLiteral("kid")).toString();
        QVERIFY(!newKid.isEmpty());
        QVERIFY(newKid != before.value(QStringLiteral("kid")).toString());
        const QJsonArray after =
            h.hook("GET", QStringLiteral("/_sim/openid/keys")).value(QStringLiteral("keys")).toArray();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().toObject().value(QStringLiteral("kid")).toString(), newKid);
        QVERIFY(after.first().toObject().value(QStringLiteral("n")) != before.value(QStringLiteral("n")));
        QCOMPARE(headerOf(h.simulator().notificationToken(kApp)).value(QStringLiteral("kid")).toString(), newKid);
    }

    void hooksAreNotInTheRequestLog()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        h.send("GET", kConfigurationPath);
        h.send("GET", QStringLiteral("/_sim/openid/keys"));
        QVERIFY(h.log().isEmpty());
        QCOMPARE(h.send("DELETE", QStringLiteral("/_sim/openid/keys")).status, 405);
    }

    void forgesWhatAVerifierMustRefuse()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        graphsim::NotificationTokens &tokens = h.simulator().notificationTokens();
        const QByteArray genuine = tokens.notificationToken(kApp);
        const QJsonObject claims = payloadOf(genuine);

        const QByteArray unsignedToken = tokens.signer().unsignedToken(claims);
        QCOMPARE(headerOf(unsignedToken).value(QStringLiteral("alg")).toString(), QStringLiteral("none"));
        QVERIFY(unsignedToken.endsWith('.'));

        const QByteArray hs256 = tokens.signer().signHs256WithPublicKey(claims);
        QCOMPARE(headerOf(hs256).value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QVERIFY(tokens.signer().publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));

        const QByteArray badSignature = tokens.signer().signWithBadSignature(claims);
        QCOMPARE(badSignature.left(badSignature.lastIndexOf('.')), genuine.left(genuine.lastIndexOf('.')));
        QVERIFY(badSignature != genuine);
        const QByteArray otherKey = tokens.signer().signWithAnotherKey(claims);
        QCOMPARE(headerOf(otherKey).value(QStringLiteral("kid")), headerOf(genuine).value(QStringLiteral("kid")));
        QVERIFY(otherKey.split('.').at(2) != genuine.split('.').at(2));

        const qint64 now = claims.value(QStringLiteral("iat")).toInteger();
        QVERIFY(payloadOf(tokens.expiredToken(kApp)).value(QStringLiteral("exp")).toInteger() <= now - 3600);
        QVERIFY(payloadOf(tokens.notYetValidToken(kApp)).value(QStringLiteral("nbf")).toInteger() >= now + 3600);
        QVERIFY(payloadOf(tokens.wrongAudienceToken(kApp)).value(QStringLiteral("aud")).toString() != kApp);
        QVERIFY(payloadOf(tokens.wrongIssuerToken(kApp)).value(QStringLiteral("iss")).toString()
                != QStringLiteral("https://api.botframework.com"));
    }
};

QTEST_GUILESS_MAIN(GraphSimOpenIdTest)
#include "tst_graphsim_openid.moc"
