// Splitting and decoding compact JWS tokens: what parseJws accepts and everything it refuses.
#include "core/notifications/jwt.h"

#include <QJsonDocument>
#include <QTest>
#include "support/test_columns.h"

using namespace moderato;

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QByteArray Header = b64(R"({"alg":"RS256","typ":"JWT","kid":"k1"})");
const QByteArray Payload = b64(R"({"iss":"https://api.botframework.com","aud":"app","exp":1})");
// 0xfb 0xff 0xbf: base64url needs both '-' and '_' for it.
const QByteArray Signature = b64(QByteArray("\xfb\xff\xbf\x01\x02", 5));

//! The parts joined with dots, as a compact JWS.
QByteArray dotted(const QByteArrayList &parts)
{
    return parts.join('.');
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAndDecodesAToken();
    void acceptsAnEmptySignature();
    void refuses_data();
    void refuses();
    void refusesTokensOverTheSizeLimit();
    void decodesBase64Url_data();
    void decodesBase64Url();
};

void TestJwt::splitsAndDecodesAToken()
{
    QString error = QStringLiteral("stale");
    const auto jws = parseJws(dotted({Header, Payload, Signature}), &error);
    QVERIFY(jws);
    QVERIFY(error.isEmpty());
    QCOMPARE(jws->header.value(QLatin1String("kid")).toString(), QStringLiteral("k1"));
    QCOMPARE(jws->payload.value(QLatin1String("aud")).toString(), QStringLiteral("app"));
    QCOMPARE(jws->signingInput, dotted({Header, Payload}));
    QCOMPARE(jws->signature, QByteArray("\xfb\xff\xbf\x01\x02", 5));
}

void TestJwt::acceptsAnEmptySignature()
{
    // An unsigned token is well-formed; refusing it is the verifier's job (it names the reason).
    const auto jws = parseJws(dotted({Header, Payload, {}}), nullptr);
    QVERIFY(jws);
    QVERIFY(jws->signature.isEmpty());
}

void TestJwt::refuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << Header;
    QTest::newRow("two parts") << dotted({Header, Payload});
    QTest::newRow("four parts") << dotted({Header, Payload, Signature, Signature});
    QTest::newRow("only dots") << QByteArray("..");
    QTest::newRow("empty header") << dotted({{}, Payload, Signature});
    QTest::newRow("empty payload") << dotted({Header, {}, Signature});
    QTest::newRow("padding in the header") << dotted({b64("{\"a\":1}") + "==", Payload, Signature});
    QTest::newRow("padding in the signature") << dotted({Header, Payload, b64("xy") + '='});
    QTest::newRow("standard base64 '+'") << dotted({Header, Payload, "ab+c"});
    QTest::newRow("standard base64 '/'") << dotted({Header, Payload, "ab/c"});
    QTest::newRow("space inside") << dotted({Header, Payload, "ab c"});
    QTest::newRow("NUL inside") << dotted({Header, Payload, QByteArray("ab\0c", 4)});
    QTest::newRow("length 4n+1") << dotted({Header, Payload, "abcde"});
    QTest::newRow("non-zero unused bits") << dotted({Header, Payload, "AB"});
    QTest::newRow("header not JSON") << dotted({b64("alg=RS256"), Payload, Signature});
    QTest::newRow("header a JSON array") << dotted({b64("[\"RS256\"]"), Payload, Signature});
    QTest::newRow("header a JSON string") << dotted({b64("\"RS256\""), Payload, Signature});
    QTest::newRow("payload JSON null") << dotted({Header, b64("null"), Signature});
    QTest::newRow("payload with trailing bytes") << dotted({Header, b64("{\"exp\":1} x"), Signature});
    QTest::newRow("payload truncated") << dotted({Header, b64("{\"exp\":1").chopped(1), {}});
}

void TestJwt::refuses()
{
    QFETCH(QByteArray, token);
    QString error;
    QVERIFY(!parseJws(token, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY2(token.size() < 8 || !error.contains(QString::fromLatin1(token.left(8))), "the reason repeats the token");
}

void TestJwt::refusesTokensOverTheSizeLimit()
{
    const QByteArray atLimit =
        dotted({Header, Payload, QByteArray(Jws::maxCompactSize - Header.size() - Payload.size() - 2, 'A')});
    QCOMPARE(atLimit.size(), Jws::maxCompactSize);
    QString error;
    // At the limit the token is read (and refused only for its signature's length, 4n+1 or not).
    const auto read = parseJws(atLimit, &error);
    QVERIFY(read || !error.contains(QLatin1String("16 KiB")));
    QVERIFY(!parseJws(QByteArray(atLimit + 'A'), &error));
    QVERIFY2(error.contains(QLatin1String("16 KiB")), qPrintable(error));
}

void TestJwt::decodesBase64Url_data()
{
    testing::addColumns<QByteArray, bool, QByteArray>({"text", "valid", "bytes"});
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("one byte") << QByteArray("YQ") << true << QByteArray("a");
    QTest::newRow("two bytes") << QByteArray("YWI") << true << QByteArray("ab");
    QTest::newRow("three bytes") << QByteArray("YWJj") << true << QByteArray("abc");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("padded") << QByteArray("YQ==") << false << QByteArray();
    QTest::newRow("one character") << QByteArray("Y") << false << QByteArray();
    QTest::newRow("unused bits set") << QByteArray("YR") << false << QByteArray();
    QTest::newRow("plus") << QByteArray("+/8") << false << QByteArray();
}

void TestJwt::decodesBase64Url()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    const auto decoded = decodeBase64Url(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, bytes);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
