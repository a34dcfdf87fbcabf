// RSA public keys from JWKs and RS256 checks, against a key and signatures the test makes itself.
#include "core/notifications/rsa_public_key.h"
#include "unit/notifications/test_rsa_key.h"

#include <QTest>

using namespace moderato;
using testing::TestRsaKey;

namespace {

const QByteArray Message = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJhcHAifQ";

//! Made once: key generation takes a while.
const TestRsaKey &key2048()
{
    static const TestRsaKey key(2048);
    return key;
}

} // namespace

class TestRsaPublicKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAJwkAndVerifiesItsSignature();
    void refusesAnAlteredMessageOrSignature();
    void refusesASignatureByAnotherKey();
    void refusesKeysShorterThan2048Bits();
    void refusesJwksThatAreNotRsaSigningKeys_data();
    void refusesJwksThatAreNotRsaSigningKeys();
    void refusesImplausibleComponents();
};

void TestRsaPublicKey::readsAJwkAndVerifiesItsSignature()
{
    QVERIFY(key2048().isValid());
    QString error = QStringLiteral("stale");
    const auto key = RsaPublicKey::fromJwk(key2048().jwk(QStringLiteral("k")), &error);
    QVERIFY2(key, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(key->bits(), 2048);
    QVERIFY(key->verifyRs256(Message, key2048().signRs256(Message)));
}

void TestRsaPublicKey::refusesAnAlteredMessageOrSignature()
{
    const auto key = RsaPublicKey::fromJwk(key2048().jwk(QStringLiteral("k")), nullptr);
    QVERIFY(key);
    const QByteArray signature = key2048().signRs256(Message);
    QVERIFY(!key->verifyRs256(QByteArray(Message + 'x'), signature));
    QByteArray flipped = signature;
    flipped[10] = char(flipped.at(10) ^ 0x40);
    QVERIFY(!key->verifyRs256(Message, flipped));
    QVERIFY(!key->verifyRs256(Message, signature.chopped(1)));
    QVERIFY(!key->verifyRs256(Message, QByteArray(signature + '\0')));
    QVERIFY(!key->verifyRs256(Message, QByteArray()));
}

void TestRsaPublicKey::refusesASignatureByAnotherKey()
{
    const TestRsaKey other(2048);
    const auto key = RsaPublicKey::fromJwk(key2048().jwk(QStringLiteral("k")), nullptr);
    QVERIFY(key);
    QVERIFY(!key->verifyRs256(Message, other.signRs256(Message)));
}

void TestRsaPublicKey::refusesKeysShorterThan2048Bits()
{
    const TestRsaKey shortKey(1024);
    QVERIFY(shortKey.isValid());
    QString error;
    QVERIFY(!RsaPublicKey::fromJwk(shortKey.jwk(QStringLiteral("k")), &error));
    QVERIFY2(error.contains(QLatin1String("2048")), qPrintable(error));
}

void TestRsaPublicKey::refusesJwksThatAreNotRsaSigningKeys_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    const QJsonObject good = key2048().jwk(QStringLiteral("k"));
    const auto with = [&good](const char *name, const QJsonValue &value) {
        QJsonObject changed = good;
        changed.insert(QLatin1String(name), value);
        return changed;
    };
    const auto without = [&good](const char *name) {
        QJsonObject changed = good;
        changed.remove(QLatin1String(name));
        return changed;
    };
    QTest::newRow("kty EC") << with("kty", QStringLiteral("EC"));
    QTest::newRow("kty missing") << without("kty");
    QTest::newRow("use enc") << with("use", QStringLiteral("enc"));
    QTest::newRow("alg RS512") << with("alg", QStringLiteral("RS512"));
    QTest::newRow("alg HS256") << with("alg", QStringLiteral("HS256"));
    QTest::newRow("n missing") << without("n");
    QTest::newRow("e missing") << without("e");
    QTest::newRow("n a number") << with("n", 12345);
    QTest::newRow("n padded") << with("n", QString(good.value(QLatin1String("n")).toString() + QLatin1String("==")));
    QTest::newRow("n standard base64") << with(
        "n", QString(good.value(QLatin1String("n")).toString() + QLatin1String("+/+/")));
    QTest::newRow("e even") << with("e", QStringLiteral("AQAA"));
    QTest::newRow("e one") << with("e", QStringLiteral("AQ"));
}

void TestRsaPublicKey::refusesJwksThatAreNotRsaSigningKeys()
{
    QFETCH(QJsonObject, jwk);
    QString error;
    QVERIFY(!RsaPublicKey::fromJwk(jwk, &error));
    QVERIFY(!error.isEmpty());
}

void TestRsaPublicKey::refusesImplausibleComponents()
{
    const QByteArray exponent = key2048().exponent();
    QString error;
    QVERIFY(!RsaPublicKey::fromComponents(QByteArray(8192 / 8 + 2, '\xff'), exponent, &error));
    QVERIFY(!RsaPublicKey::fromComponents(key2048().modulus(), QByteArray(9, '\x01'), &error));
    QVERIFY(!RsaPublicKey::fromComponents(QByteArray(), exponent, &error));
    QVERIFY(!RsaPublicKey::fromComponents(QByteArray(key2048().modulus().chopped(1) + '\x02'), exponent,
                                          &error)); // an even modulus
    // A leading zero byte is tolerated: it changes nothing.
    QVERIFY(RsaPublicKey::fromComponents(QByteArray('\0' + key2048().modulus()), exponent, &error));
}

QTEST_GUILESS_MAIN(TestRsaPublicKey)
#include "tst_rsa_public_key.moc"
