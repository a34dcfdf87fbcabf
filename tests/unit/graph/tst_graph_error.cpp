// GraphError: decoding the documentation's error bodies and the moderator-facing sentences.
#include "core/graph/graph_error.h"
#include "support/graph_examples.h"

#include <QFile>
#include <QTest>
#include "support/test_columns.h"

using namespace moderato;

using testsupport::graphExample;

class TestGraphError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesFixtures_data();
    void decodesFixtures();
    void headersFillWhatTheBodyLacks();
    void retryAfterComesFromTheHeader();
    void toleratesBodiesThatAreNotGraphErrors_data();
    void toleratesBodiesThatAreNotGraphErrors();
    void walksDeepInnerErrorChains();
    void userMessages_data();
    void userMessages();
    void forbiddenNamesTheMissingPermission();
    void diagnosticsCarryTheIds();
};

void TestGraphError::decodesFixtures_data()
{
    testing::addColumns<QString, int, QString, QString, QString, QString, QString, QString>(
        {"file", "status", "code", "innermostCode", "message", "requestId", "clientRequestId", "date"});

    QTest::newRow("429 (innerError with code)")
        << QStringLiteral("error.429.json") << 429 << QStringLiteral("TooManyRequests") << QStringLiteral("429")
        << QStringLiteral("Please retry again later.") << QStringLiteral("94fb3b52-452a-4535-a601-69e0a90e3aa2")
        << QString() << QStringLiteral("2020-08-18T12:51:51");
    QTest::newRow("generic, more specific inner code")
        << QStringLiteral("error.generic.json") << 416 << QStringLiteral("badRequest") << QStringLiteral("invalidRange")
        << QStringLiteral("Uploaded fragment overlaps with existing data.") << QStringLiteral("request-id") << QString()
        << QStringLiteral("date-time");
    QTest::newRow("generic, older (no inner code)")
        << QStringLiteral("error.generic.older.json") << 416 << QStringLiteral("invalidRange")
        << QStringLiteral("invalidRange") << QStringLiteral("Uploaded fragment overlaps with existing data.")
        << QStringLiteral("request-id") << QString() << QStringLiteral("date-time");
    QTest::newRow("schema (lower-case innererror)")
        << QStringLiteral("error.schema.json") << 400 << QStringLiteral("string") << QStringLiteral("string")
        << QStringLiteral("string") << QString() << QString() << QString();
    QTest::newRow("403 batch item (client-request-id)")
        << QStringLiteral("error.403.batch-item.json") << 403 << QStringLiteral("Authorization_RequestDenied")
        << QStringLiteral("Authorization_RequestDenied")
        << QStringLiteral("Insufficient privileges to complete the operation.")
        << QStringLiteral("93b6f17e-c05d-4f45-ad2a-6665c708d8a0")
        << QStringLiteral("e70c5c1b-8b47-68c0-3171-3d22f5e0bd54") << QStringLiteral("2025-02-13T10:17:06");
    QTest::newRow("403 application access policy")
        << QStringLiteral("error.403.onlinemeeting-app-access-policy.json") << 403 << QStringLiteral("Unauthorized")
        << QStringLiteral("Unauthorized")
        << QStringLiteral("App <app_ID_redacted> is not authorized to Create meeting on behalf of "
                          "user <user_ID_redacted>")
        << QStringLiteral("599d9cb0-56ac-4dc5-b6f8-1456a1414609") << QString() << QStringLiteral("<date_redacted>");
}

void TestGraphError::decodesFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    const GraphError error = GraphError::fromReply(status, {}, graphExample(file));
    QCOMPARE(error.kind, GraphError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QTEST(error.code, "code");
    QTEST(error.innermostCode, "innermostCode");
    QTEST(error.message, "message");
    QTEST(error.requestId, "requestId");
    QTEST(error.clientRequestId, "clientRequestId");
    QTEST(error.date, "date");
}

void TestGraphError::headersFillWhatTheBodyLacks()
{
    const RawHeaders headers{
        {"request-id", "from-header"}, {"client-request-id", "ours"}, {"Date", "Thu, 13 Feb 2025 10:00:00 GMT"}};
    const GraphError error = GraphError::fromReply(500, headers, "{\"error\":{\"code\":\"generalException\"}}");
    QCOMPARE(error.requestId, QStringLiteral("from-header"));
    QCOMPARE(error.clientRequestId, QStringLiteral("ours"));
    QCOMPARE(error.date, QStringLiteral("Thu, 13 Feb 2025 10:00:00 GMT"));
    QCOMPARE(error.code, QStringLiteral("generalException"));
}

void TestGraphError::retryAfterComesFromTheHeader()
{
    const QDateTime now(QDate(2025, 2, 13), QTime(10, 0, 0), Qt::UTC);
    GraphError error =
        GraphError::fromReply(429, {{"retry-after", "10"}}, graphExample(QStringLiteral("error.429.json")), now);
    QCOMPARE(error.retryAfter->count(), 10000);
    error = GraphError::fromReply(503, {{"Retry-After", "Thu, 13 Feb 2025 10:00:05 GMT"}}, {}, now);
    QCOMPARE(error.retryAfter->count(), 5000);
    error = GraphError::fromReply(503, {}, {}, now);
    QVERIFY(!error.retryAfter.has_value());
}

void TestGraphError::toleratesBodiesThatAreNotGraphErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("truncated json") << QByteArray("{\"error\":{\"code\":\"Forbi");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("error is a string") << QByteArray("{\"error\":\"nope\"}");
    QTest::newRow("innerError is a number") << QByteArray("{\"error\":{\"code\":\"x\",\"innerError\":5}}");
}

void TestGraphError::toleratesBodiesThatAreNotGraphErrors()
{
    QFETCH(QByteArray, body);
    const GraphError error = GraphError::fromReply(502, {{"request-id", "r1"}}, body);
    QCOMPARE(error.kind, GraphError::Kind::Http);
    QCOMPARE(error.httpStatus, 502);
    QCOMPARE(error.requestId, QStringLiteral("r1"));
    QVERIFY(!error.userMessage().isEmpty());
}

void TestGraphError::walksDeepInnerErrorChains()
{
    const QByteArray body =
        R"({"error":{"code":"badRequest","message":"m","innerError":{"code":"invalidRequest",
        "innererror":{"code":"invalidParticipantId","request-id":"deep"}}}})";
    const GraphError error = GraphError::fromReply(400, {}, body);
    QCOMPARE(error.code, QStringLiteral("badRequest"));
    QCOMPARE(error.innermostCode, QStringLiteral("invalidParticipantId"));
    QCOMPARE(error.requestId, QStringLiteral("deep"));
}

void TestGraphError::userMessages_data()
{
    testing::addColumns<int, int, QString>({"kind", "status", "expectedFragment"});

    QTest::newRow("401") << int(GraphError::Kind::Http) << 401 << QStringLiteral("Sign in again");
    QTest::newRow("403") << int(GraphError::Kind::Http) << 403 << QStringLiteral("not allowed");
    QTest::newRow("404") << int(GraphError::Kind::Http) << 404 << QStringLiteral("already left");
    QTest::newRow("429") << int(GraphError::Kind::Http) << 429 << QStringLiteral("limiting");
    QTest::newRow("503") << int(GraphError::Kind::Http) << 503 << QStringLiteral("busy");
    QTest::newRow("500") << int(GraphError::Kind::Http) << 500 << QStringLiteral("HTTP 500");
    QTest::newRow("502") << int(GraphError::Kind::Http) << 502 << QStringLiteral("HTTP 502");
    QTest::newRow("network") << int(GraphError::Kind::Network) << 0 << QStringLiteral("network connection");
    QTest::newRow("outcome unknown") << int(GraphError::Kind::OutcomeUnknown) << 0
                                     << QStringLiteral("Check the roster");
    QTest::newRow("timeout") << int(GraphError::Kind::Timeout) << 0 << QStringLiteral("in time");
    QTest::newRow("invalid response") << int(GraphError::Kind::InvalidResponse) << 200
                                      << QStringLiteral("could not read");
    QTest::newRow("cancelled") << int(GraphError::Kind::Cancelled) << 0 << QStringLiteral("cancelled");
}

void TestGraphError::userMessages()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, expectedFragment);
    GraphError error = GraphError::make(GraphError::Kind(kind));
    error.httpStatus = status;
    const QString message = error.userMessage();
    QVERIFY2(message.contains(expectedFragment), qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
}

void TestGraphError::forbiddenNamesTheMissingPermission()
{
    GraphError error = GraphError::fromReply(
        403, {},
        R"({"error":{"code":"Forbidden","message":"Application does not have permission Calls.JoinGroupCall.All to perform this action."}})");
    QCOMPARE(error.missingPermission(), QStringLiteral("Calls.JoinGroupCall.All"));
    QVERIFY(error.userMessage().contains(QLatin1String("Calls.JoinGroupCall.All")));

    error = GraphError::fromReply(403, {}, graphExample(QStringLiteral("error.403.batch-item.json")));
    QVERIFY(error.missingPermission().isEmpty());

    GraphError auth =
        GraphError::make(GraphError::Kind::Auth, QStringLiteral("Sign-in failed: the client secret is wrong."));
    QCOMPARE(auth.userMessage(), auth.message);
}

void TestGraphError::diagnosticsCarryTheIds()
{
    const GraphError error = GraphError::fromReply(403, {}, graphExample(QStringLiteral("error.403.batch-item.json")));
    const QString details = error.diagnostics();
    QVERIFY(details.contains(QLatin1String("93b6f17e-c05d-4f45-ad2a-6665c708d8a0")));
    QVERIFY(details.contains(QLatin1String("e70c5c1b-8b47-68c0-3171-3d22f5e0bd54")));
    QVERIFY(details.contains(QLatin1String("HTTP 403")));
}

QTEST_GUILESS_MAIN(TestGraphError)
#include "tst_graph_error.moc"
