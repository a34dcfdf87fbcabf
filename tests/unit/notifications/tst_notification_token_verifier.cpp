// Every check of a notification's bearer token, one refusal reason at a time, with tokens signed
// (and forged) by the simulator's signer and its key set served through a scripted network.
#include "core/notifications/notification_token_verifier.h"
#include "core/notifications/openid_key_cache.h"
#include "simulator/jwt_signer.h"
#include "unit/graph/fake_network.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>
#include "support/test_columns.h"

using namespace moderato;
using Refusal = NotificationTokenVerifier::Refusal;
using testing::FakeNetwork;
using testing::FakeResponse;
using testing::RecordedRequest;

namespace {

const QString App = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
const QString Tenant = QStringLiteral("9d2c6a1e-4b3f-4e5d-8a7c-1f2e3d4c5b6a");
const QUrl ConfigurationUrl(QStringLiteral("https://keys.test/openid"));
const QDateTime Now(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

QJsonObject validClaims()
{
    const qint64 now = Now.toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://api.botframework.com")},
                       {QStringLiteral("aud"), App},
                       {QStringLiteral("tid"), Tenant},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("exp"), now + 3600}};
}

QJsonObject claimsWith(const char *name, const QJsonValue &value)
{
    QJsonObject claims = validClaims();
    if (value.isUndefined())
        claims.remove(QLatin1String(name));
    else
        claims.insert(QLatin1String(name), value);
    return claims;
}

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

} // namespace

class TestNotificationTokenVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsGraphsTokenAndGivesItsClaims();
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void answersAtOnceOnceTheKeyIsKnown();
    void refusesWhenTheKeysCannotBeFetched();
    void aVerifierDestroyedWhileKeysAreFetchedNeverCallsBack();

private:
    NotificationTokenVerifier::Result verifyAndWait(const QByteArray &header);
    QJsonObject rs256Header(const QJsonValue &alg = QStringLiteral("RS256")) const;

    graphsim::JwtSigner m_signer;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<OpenIdKeyCache> m_keys;
    std::unique_ptr<NotificationTokenVerifier> m_verifier;
    bool m_keysFail = false;
};

void TestNotificationTokenVerifier::init()
{
    m_keysFail = false;
    m_network = std::make_unique<FakeNetwork>();
    m_network->handler = [this](const RecordedRequest &request) {
        if (m_keysFail)
            return FakeResponse::json(503, "{}");
        if (request.url == ConfigurationUrl)
            return FakeResponse::json(
                200, R"({"issuer":"https://api.botframework.com","jwks_uri":"https://keys.test/keys"})");
        return FakeResponse::json(200, QJsonDocument(m_signer.jwks()).toJson());
    };
    m_keys = std::make_unique<OpenIdKeyCache>(m_network.get(), ConfigurationUrl);
    m_keys->setClock([] { return Now; });
    m_verifier = std::make_unique<NotificationTokenVerifier>(m_keys.get(), App);
    m_verifier->setClock([] { return Now; });
}

void TestNotificationTokenVerifier::cleanup()
{
    m_verifier.reset();
    m_keys.reset();
    m_network.reset();
}

NotificationTokenVerifier::Result TestNotificationTokenVerifier::verifyAndWait(const QByteArray &header)
{
    std::optional<NotificationTokenVerifier::Result> result;
    int calls = 0;
    m_verifier->verify(header, [&](const NotificationTokenVerifier::Result &r) {
        result = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        qFatal("verify() never called back");
    QTest::qWait(0);
    if (calls != 1)
        qFatal("verify() called back more than once");
    return *result;
}

QJsonObject TestNotificationTokenVerifier::rs256Header(const QJsonValue &alg) const
{
    return QJsonObject{{QStringLiteral("alg"), alg},
                       {QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("kid"), m_signer.kid()}};
}

void TestNotificationTokenVerifier::acceptsGraphsTokenAndGivesItsClaims()
{
    const auto result = verifyAndWait(bearer(m_signer.sign(validClaims())));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(result.refusal, Refusal::None);
    QCOMPARE(result.tenantId(), Tenant);
    QCOMPARE(result.claims.value(QLatin1String("aud")).toString(), App);
}

void TestNotificationTokenVerifier::accepts_data()
{
    QTest::addColumn<QByteArray>("header");
    const qint64 now = Now.toSecsSinceEpoch();
    const qint64 skew = NotificationTokenVerifier::allowedClockSkew.count();
    QTest::newRow("aud a list naming us")
        << bearer(m_signer.sign(claimsWith("aud", QJsonArray{QStringLiteral("https://other.example"), App})));
    QTest::newRow("aud in upper case") << bearer(m_signer.sign(claimsWith("aud", App.toUpper())));
    QTest::newRow("expired, but within the skew") << bearer(m_signer.sign(claimsWith("exp", now - skew + 1)));
    QTest::newRow("exp with a fraction") << bearer(m_signer.sign(claimsWith("exp", now + 0.5)));
    QTest::newRow("not valid yet, but within the skew") << bearer(m_signer.sign(claimsWith("nbf", now + skew)));
    QTest::newRow("no nbf") << bearer(m_signer.sign(claimsWith("nbf", QJsonValue::Undefined)));
    QTest::newRow("no typ") << bearer(m_signer.signWithHeader(
        QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), m_signer.kid()}},
        validClaims()));
    QJsonObject lowerCaseTyp = rs256Header();
    lowerCaseTyp.insert(QStringLiteral("typ"), QStringLiteral("jwt"));
    QTest::newRow("typ jwt") << bearer(m_signer.signWithHeader(lowerCaseTyp, validClaims()));
    QTest::newRow("scheme in lower case") << QByteArray("bearer " + m_signer.sign(validClaims()));
    QTest::newRow("spaces around") << QByteArray("  Bearer   " + m_signer.sign(validClaims()) + "  ");
}

void TestNotificationTokenVerifier::accepts()
{
    QFETCH(QByteArray, header);
    const auto result = verifyAndWait(header);
    QVERIFY2(result.ok(), qPrintable(result.reason));
}

void TestNotificationTokenVerifier::refuses_data()
{
    testing::addColumns<QByteArray, Refusal>({"header", "refusal"});
    const qint64 now = Now.toSecsSinceEpoch();
    const qint64 skew = NotificationTokenVerifier::allowedClockSkew.count();
    const QByteArray token = m_signer.sign(validClaims());

    QTest::newRow("no header") << QByteArray() << Refusal::NotBearer;
    QTest::newRow("the token alone") << token << Refusal::NotBearer;
    QTest::newRow("Basic scheme") << QByteArray("Basic " + token) << Refusal::NotBearer;
    QTest::newRow("Bearer without a token") << QByteArray("Bearer ") << Refusal::NotBearer;
    QTest::newRow("two dots only") << bearer("..") << Refusal::Malformed;
    QTest::newRow("two parts") << bearer(token.left(token.lastIndexOf('.'))) << Refusal::Malformed;
    QTest::newRow("truncated") << bearer(token.chopped(1)) << Refusal::Malformed;
    QTest::newRow("a space inside") << bearer(token.left(20) + ' ' + token.mid(20)) << Refusal::Malformed;

    QTest::newRow("alg none") << bearer(m_signer.unsignedToken(validClaims())) << Refusal::Algorithm;
    QTest::newRow("alg NONE, signed") << bearer(
        m_signer.signWithHeader(rs256Header(QStringLiteral("NONE")), validClaims()))
                                      << Refusal::Algorithm;
    QTest::newRow("HS256 keyed with the public key")
        << bearer(m_signer.signHs256WithPublicKey(validClaims())) << Refusal::Algorithm;
    QTest::newRow("alg RS512") << bearer(m_signer.signWithHeader(rs256Header(QStringLiteral("RS512")), validClaims()))
                               << Refusal::Algorithm;
    QTest::newRow("alg rs256") << bearer(m_signer.signWithHeader(rs256Header(QStringLiteral("rs256")), validClaims()))
                               << Refusal::Algorithm;
    QTest::newRow("alg missing") << bearer(m_signer.signWithHeader(rs256Header(QJsonValue::Undefined), validClaims()))
                                 << Refusal::Algorithm;
    QJsonObject jwe = rs256Header();
    jwe.insert(QStringLiteral("typ"), QStringLiteral("JWE"));
    QTest::newRow("typ JWE") << bearer(m_signer.signWithHeader(jwe, validClaims())) << Refusal::Algorithm;
    QJsonObject critical = rs256Header();
    critical.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
    QTest::newRow("crit") << bearer(m_signer.signWithHeader(critical, validClaims())) << Refusal::Algorithm;

    QJsonObject noKid = rs256Header();
    noKid.remove(QStringLiteral("kid"));
    QTest::newRow("no kid") << bearer(m_signer.signWithHeader(noKid, validClaims())) << Refusal::UnknownKey;
    QJsonObject otherKid = rs256Header();
    otherKid.insert(QStringLiteral("kid"), QStringLiteral("someone-elses-key"));
    QTest::newRow("unknown kid") << bearer(m_signer.signWithHeader(otherKid, validClaims())) << Refusal::UnknownKey;

    QTest::newRow("a flipped signature bit")
        << bearer(m_signer.signWithBadSignature(validClaims())) << Refusal::Signature;
    QTest::newRow("signed by another key") << bearer(m_signer.signWithAnotherKey(validClaims())) << Refusal::Signature;
    QTest::newRow("payload swapped") << bearer(
        m_signer.sign(validClaims()).split('.').at(0) + '.'
        + m_signer.sign(claimsWith("aud", QJsonArray{App, QStringLiteral("x")})).split('.').at(1) + '.'
        + token.split('.').at(2)) << Refusal::Signature;
    QTest::newRow("signature empty") << bearer(token.left(token.lastIndexOf('.') + 1)) << Refusal::Signature;

    QTest::newRow("iss missing") << bearer(m_signer.sign(claimsWith("iss", QJsonValue::Undefined))) << Refusal::Issuer;
    QTest::newRow("iss Entra") << bearer(
        m_signer.sign(claimsWith("iss", QStringLiteral("https://sts.windows.net/common/"))))
                               << Refusal::Issuer;
    QTest::newRow("iss with a trailing slash")
        << bearer(m_signer.sign(claimsWith("iss", QStringLiteral("https://api.botframework.com/")))) << Refusal::Issuer;
    QTest::newRow("iss a list") << bearer(
        m_signer.sign(claimsWith("iss", QJsonArray{QStringLiteral("https://api.botframework.com")})))
                                << Refusal::Issuer;

    QTest::newRow("aud another app") << bearer(
        m_signer.sign(claimsWith("aud", QStringLiteral("00000000-0000-0000-0000-00000000a11e"))))
                                     << Refusal::Audience;
    QTest::newRow("aud missing") << bearer(m_signer.sign(claimsWith("aud", QJsonValue::Undefined)))
                                 << Refusal::Audience;
    QTest::newRow("aud a list without us")
        << bearer(m_signer.sign(claimsWith("aud", QJsonArray{QStringLiteral("x"), 42}))) << Refusal::Audience;
    QTest::newRow("aud a prefix of ours")
        << bearer(m_signer.sign(claimsWith("aud", App.left(20)))) << Refusal::Audience;

    QTest::newRow("exp missing") << bearer(m_signer.sign(claimsWith("exp", QJsonValue::Undefined))) << Refusal::Expired;
    QTest::newRow("exp a string") << bearer(m_signer.sign(claimsWith("exp", QString::number(now + 3600))))
                                  << Refusal::Expired;
    QTest::newRow("exp just beyond the skew")
        << bearer(m_signer.sign(claimsWith("exp", now - skew))) << Refusal::Expired;
    QTest::newRow("exp absurdly far") << bearer(m_signer.sign(claimsWith("exp", 1e300))) << Refusal::Expired;
    QTest::newRow("nbf just beyond the skew")
        << bearer(m_signer.sign(claimsWith("nbf", now + skew + 1))) << Refusal::NotYetValid;
    QTest::newRow("nbf a string") << bearer(m_signer.sign(claimsWith("nbf", QStringLiteral("now"))))
                                  << Refusal::NotYetValid;
}

void TestNotificationTokenVerifier::refuses()
{
    QFETCH(QByteArray, header);
    QFETCH(Refusal, refusal);
    const auto result = verifyAndWait(header);
    QCOMPARE(result.refusal, refusal);
    QVERIFY(!result.ok());
    QVERIFY(!result.reason.isEmpty());
    QVERIFY(result.claims.isEmpty());
    QVERIFY2(!result.reason.contains(QLatin1Char('\n')), qPrintable(result.reason));
    // No part of the token (each part is far longer than 12 characters) appears in the reason.
    const QByteArray token = header.mid(header.indexOf(' ') + 1).trimmed();
    for (const QByteArray &part : token.split('.')) {
        if (part.size() >= 12)
            QVERIFY2(!result.reason.contains(QString::fromLatin1(part.left(12))), qPrintable(result.reason));
    }
}

void TestNotificationTokenVerifier::answersAtOnceOnceTheKeyIsKnown()
{
    const QByteArray header = bearer(m_signer.sign(validClaims()));
    bool called = false;
    m_verifier->verify(header, [&called](const auto &) { called = true; });
    QVERIFY(!called); // the keys have to be fetched first
    QTRY_VERIFY(called);
    called = false;
    m_verifier->verify(header, [&called](const NotificationTokenVerifier::Result &result) { called = result.ok(); });
    QVERIFY(called);
    QCOMPARE(m_keys->fetchCount(), 1);
}

void TestNotificationTokenVerifier::refusesWhenTheKeysCannotBeFetched()
{
    m_keysFail = true;
    const auto result = verifyAndWait(bearer(m_signer.sign(validClaims())));
    QCOMPARE(result.refusal, Refusal::KeysUnavailable);
    QVERIFY(!result.reason.isEmpty());
}

void TestNotificationTokenVerifier::aVerifierDestroyedWhileKeysAreFetchedNeverCallsBack()
{
    bool called = false;
    m_verifier->verify(bearer(m_signer.sign(validClaims())), [&called](const auto &) { called = true; });
    m_verifier.reset();
    QTRY_VERIFY(!m_keys->isFetching());
    QTest::qWait(10);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestNotificationTokenVerifier)
#include "tst_notification_token_verifier.moc"
