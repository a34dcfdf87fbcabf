// Moderato's notification-token verification against the simulator over loopback HTTP: the
// OpenID configuration and key set fetched with a real QNetworkAccessManager, genuine tokens
// accepted, every forgery refused, and a rotated key found by a refetch at most once a minute.
#include "core/notifications/notification_token_verifier.h"
#include "core/notifications/openid_key_cache.h"
#include "simulator/graph_simulator.h"
#include "simulator/jwt_signer.h"
#include "simulator/notification_tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>
#include <optional>
#include "support/test_columns.h"

using namespace moderato;
using Refusal = NotificationTokenVerifier::Refusal;
using Result = NotificationTokenVerifier::Result;

namespace {

const QString Tenant = QStringLiteral("9d2c6a1e-4b3f-4e5d-8a7c-1f2e3d4c5b6a");
const QString App = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
const QDateTime Start(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

QByteArray scenario()
{
    const QJsonObject app{{QStringLiteral("clientId"), App},
                          {QStringLiteral("secret"), QStringLiteral("secret")},
                          {QStringLiteral("roles"), QJsonArray{QStringLiteral("Calls.JoinGroupCall.All")}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("tenants"),
                                      QJsonArray{QJsonObject{{QStringLiteral("id"), Tenant},
                                                             {QStringLiteral("apps"), QJsonArray{app}}}}},
                                     {QStringLiteral("options"),
                                      QJsonObject{{QStringLiteral("clock"), QStringLiteral("manual")},
                                                  {QStringLiteral("startTime"), Start.toString(Qt::ISODate)}}}})
        .toJson();
}

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

} // namespace

class TestNotificationTokensAgainstSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsTheSimulatorsToken();
    void refusesForgedAndInvalidTokens_data();
    void refusesForgedAndInvalidTokens();
    void findsARotatedKeyByRefetchingAtMostOnceAMinute();
    void aShorterRefetchIntervalFindsARotatedKeyAtOnce();

private:
    Result verifyAndWait(const QByteArray &header);
    //! Moves both the simulator's clock and the verifier's forward.
    void advance(int seconds);
    void rotateKey();
    graphsim::NotificationTokens &tokens() { return m_simulator->notificationTokens(); }

    std::unique_ptr<graphsim::GraphSimulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OpenIdKeyCache> m_keys;
    std::unique_ptr<NotificationTokenVerifier> m_verifier;
    QDateTime m_now;
};

void TestNotificationTokensAgainstSimulator::init()
{
    m_now = Start;
    m_simulator = std::make_unique<graphsim::GraphSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadScenario(scenario(), &error), qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost) != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    const QUrl configuration(m_simulator->baseUrl().toString()
                             + QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration"));
    m_keys = std::make_unique<OpenIdKeyCache>(m_network.get(), configuration);
    m_keys->setClock([this] { return m_now; });
    m_verifier = std::make_unique<NotificationTokenVerifier>(m_keys.get(), App);
    m_verifier->setClock([this] { return m_now; });
}

void TestNotificationTokensAgainstSimulator::cleanup()
{
    m_verifier.reset();
    m_keys.reset();
    m_network.reset();
    m_simulator.reset();
}

Result TestNotificationTokensAgainstSimulator::verifyAndWait(const QByteArray &header)
{
    std::optional<Result> result;
    m_verifier->verify(header, [&result](const Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        qFatal("verify() never called back");
    return *result;
}

void TestNotificationTokensAgainstSimulator::advance(int seconds)
{
    m_simulator->advanceClock(seconds);
    m_now = m_now.addSecs(seconds);
}

void TestNotificationTokensAgainstSimulator::rotateKey()
{
    QNetworkAccessManager hooks; // the hook never shares a connection with the code under test
    QNetworkRequest request(QUrl(m_simulator->baseUrl().toString() + QStringLiteral("/_sim/openid/rotate")));
    QNetworkReply *reply = hooks.post(request, QByteArray());
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
}

void TestNotificationTokensAgainstSimulator::acceptsTheSimulatorsToken()
{
    const Result result = verifyAndWait(bearer(m_simulator->notificationToken(App)));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(result.tenantId(), Tenant);
    QCOMPARE(m_keys->fetchCount(), 1);
    QCOMPARE(m_keys->keyCount(), 1);
}

void TestNotificationTokensAgainstSimulator::refusesForgedAndInvalidTokens_data()
{
    testing::addColumns<int, Refusal>({"forgery", "refusal"});
    QTest::newRow("forged signature") << 0 << Refusal::Signature;
    QTest::newRow("signed by another key") << 1 << Refusal::Signature;
    QTest::newRow("expired") << 2 << Refusal::Expired;
    QTest::newRow("not yet valid") << 3 << Refusal::NotYetValid;
    QTest::newRow("wrong audience") << 4 << Refusal::Audience;
    QTest::newRow("wrong issuer") << 5 << Refusal::Issuer;
    QTest::newRow("alg none") << 6 << Refusal::Algorithm;
    QTest::newRow("HS256 with the public key as secret") << 7 << Refusal::Algorithm;
    QTest::newRow("malformed") << 8 << Refusal::Malformed;
    QTest::newRow("missing Bearer") << 9 << Refusal::NotBearer;
    QTest::newRow("no Authorization header") << 10 << Refusal::NotBearer;
}

void TestNotificationTokensAgainstSimulator::refusesForgedAndInvalidTokens()
{
    QFETCH(int, forgery);
    QFETCH(Refusal, refusal);
    // The keys are fetched first, so that every refusal is about the token, not the keys.
    QVERIFY(verifyAndWait(bearer(m_simulator->notificationToken(App))).ok());
    advance(600);
    const QJsonObject claims = tokens().claims(App);
    const QByteArray genuine = tokens().notificationToken(App);
    QByteArray header;
    switch (forgery) {
    case 0: header = bearer(tokens().signer().signWithBadSignature(claims)); break;
    case 1: header = bearer(tokens().signer().signWithAnotherKey(claims)); break;
    case 2: header = bearer(tokens().expiredToken(App)); break;
    case 3: header = bearer(tokens().notYetValidToken(App)); break;
    case 4: header = bearer(tokens().wrongAudienceToken(App)); break;
    case 5: header = bearer(tokens().wrongIssuerToken(App)); break;
    case 6: header = bearer(tokens().signer().unsignedToken(claims)); break;
    case 7: header = bearer(tokens().signer().signHs256WithPublicKey(claims)); break;
    case 8: header = bearer(genuine.left(genuine.size() / 2)); break;
    case 9: header = genuine; break;
    case 10: break;
    }
    const Result result = verifyAndWait(header);
    QCOMPARE(result.refusal, refusal);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY(!result.reason.contains(QString::fromLatin1(genuine.left(16))));
    QCOMPARE(m_keys->fetchCount(), 1);
    // The genuine token of the same moment passes: the refusal was about the forgery alone.
    QVERIFY(verifyAndWait(bearer(genuine)).ok());
}

void TestNotificationTokensAgainstSimulator::findsARotatedKeyByRefetchingAtMostOnceAMinute()
{
    const QByteArray first = m_simulator->notificationToken(App);
    QVERIFY(verifyAndWait(bearer(first)).ok());
    QCOMPARE(m_keys->fetchCount(), 1);

    rotateKey();
    advance(61);
    const Result afterRotation = verifyAndWait(bearer(m_simulator->notificationToken(App)));
    QVERIFY2(afterRotation.ok(), qPrintable(afterRotation.reason));
    QCOMPARE(m_keys->fetchCount(), 2);
    // The withdrawn key is forgotten with the refetch.
    QCOMPARE(verifyAndWait(bearer(first)).refusal, Refusal::UnknownKey);

    rotateKey();
    advance(30);
    const Result throttled = verifyAndWait(bearer(m_simulator->notificationToken(App)));
    QCOMPARE(throttled.refusal, Refusal::UnknownKey);
    QCOMPARE(m_keys->fetchCount(), 2);

    advance(30);
    const Result aMinuteLater = verifyAndWait(bearer(m_simulator->notificationToken(App)));
    QVERIFY2(aMinuteLater.ok(), qPrintable(aMinuteLater.reason));
    QCOMPARE(m_keys->fetchCount(), 3);
}

void TestNotificationTokensAgainstSimulator::aShorterRefetchIntervalFindsARotatedKeyAtOnce()
{
    m_keys->setRefetchInterval(std::chrono::milliseconds(0));
    QVERIFY(verifyAndWait(bearer(m_simulator->notificationToken(App))).ok());
    rotateKey();
    const Result result = verifyAndWait(bearer(m_simulator->notificationToken(App)));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(m_keys->fetchCount(), 2);
}

QTEST_GUILESS_MAIN(TestNotificationTokensAgainstSimulator)
#include "tst_notification_tokens_against_simulator.moc"
