#include "unit/graph/graph_request_fixture.h"
#include "support/test_columns.h"

class TestGraphRequest : public RequestTest
{
    Q_OBJECT
private Q_SLOTS:
    void sendsTheStandardHeaders();
    void clientRequestIdIsFreshForEveryAttempt();
    void redirectToAnotherHostDoesNotCarryTheToken();
    void redirectWithinGraphKeepsTheToken();
    void unauthorizedFetchesANewTokenAndReplaysOnce();
    void secondUnauthorizedFails();
    void tokenFailureFailsWithoutSending();
    void throttledRequestIsRetriedAfterRetryAfter();
    void retriesAreBounded();
    void tooLongRetryAfterIsReportedNotWaited();
    void idempotentRequestIsRetriedAfterConnectionDrop();
    void nonIdempotentRequestIsNeverResentAfterSending();
    void nonIdempotentRequestIsRetriedWhenNothingWasSent();
    void nonIdempotentGatewayTimeoutIsOutcomeUnknown();
    void timeoutRetriesIdempotentRequests();
    void timeoutAfterSendingAnInviteIsOutcomeUnknown();
    void unreadableSuccessIsInvalidResponse_data();
    void unreadableSuccessIsInvalidResponse();
    void cutOffAnswerToAGetIsRetried();
    void errorStatusIsReportedWithGraphDetails();
    void invalidIdsAreRefusedWithoutSending_data();
    void invalidIdsAreRefusedWithoutSending();
    void idsArePercentEncoded();
    void abortCancels();
};

void TestGraphRequest::sendsTheStandardHeaders()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, callBody(), {{"request-id", "rid-1"}});
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));

    QCOMPARE(m_nam->requests.size(), 1);
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.verb, QByteArray("GET"));
    QCOMPARE(sent.url, QUrl(QStringLiteral("https://graph.example.test/v1.0/communications/calls/c1")));
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
    QCOMPARE(sent.request.header(QNetworkRequest::UserAgentHeader).toByteArray(), userAgent());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(QString::fromLatin1(sent.header("client-request-id")))
                .hasMatch());
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.requestId(), QStringLiteral("rid-1"));
    QCOMPARE(request.httpStatus(), 200);
    QCOMPARE(request.call().value(QLatin1String("state")).toString(), QStringLiteral("established"));
}

void TestGraphRequest::clientRequestIdIsFreshForEveryAttempt()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls < 3 ? FakeResponse::json(503, "{}") : FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 3);
    QSet<QByteArray> ids;
    for (const auto &sent : std::as_const(m_nam->requests))
        ids.insert(sent.header("client-request-id"));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(request.clientRequestId().toLatin1(), m_nam->requests.last().header("client-request-id"));
    QCOMPARE(request.attemptCount(), 3);
}

void TestGraphRequest::redirectToAnotherHostDoesNotCarryTheToken()
{
    m_nam->handler = [](const RecordedRequest &sent) {
        if (sent.url.host() == QLatin1String("graph.example.test"))
            return FakeResponse{307, {{"Location", "https://elsewhere.example.test/v1.0/communications/calls/c1"}}, {}};
        return FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
    QVERIFY(m_nam->requests.at(0).hasHeader("Authorization"));
    QCOMPARE(m_nam->requests.at(1).url.host(), QStringLiteral("elsewhere.example.test"));
    QVERIFY(!m_nam->requests.at(1).hasHeader("Authorization"));
}

void TestGraphRequest::redirectWithinGraphKeepsTheToken()
{
    m_nam->handler = [](const RecordedRequest &sent) {
        if (sent.url.path().endsWith(QLatin1String("/old")))
            return FakeResponse{302, {{"Location", "/v1.0/communications/calls/new"}}, {}};
        return FakeResponse::json(200, callBody("new"));
    };
    GetCallRequest request(QStringLiteral("old"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(m_nam->requests.at(1).header("Authorization"), QByteArray("Bearer token-1"));
}

void TestGraphRequest::unauthorizedFetchesANewTokenAndReplaysOnce()
{
    m_nam->handler = [this](const RecordedRequest &sent) {
        if (sent.header("Authorization") == "Bearer token-1")
            return FakeResponse::json(
                401, R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired."}})");
        return FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_tokens->invalidated, QStringList{QStringLiteral("token-1")});
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(m_nam->requests.at(1).header("Authorization"), QByteArray("Bearer token-2"));
}

void TestGraphRequest::secondUnauthorizedFails()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(401, R"({"error":{"code":"InvalidAuthenticationToken","message":"nope"}})");
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(request.error().httpStatus, 401);
    QCOMPARE(request.error().code, QStringLiteral("InvalidAuthenticationToken"));
}

void TestGraphRequest::tokenFailureFailsWithoutSending()
{
    m_tokens->failure =
        GraphError::make(GraphError::Kind::Auth, QStringLiteral("Sign-in failed: the client secret is wrong."));
    GetCallRequest request(QStringLiteral("c1"));
    QSignalSpy failed(&request, &GraphRequest::failed);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::Auth);
    QCOMPARE(request.error().userMessage(), QStringLiteral("Sign-in failed: the client secret is wrong."));
    QCOMPARE(m_client->activeRequestCount(), 0);
}

void TestGraphRequest::throttledRequestIsRetriedAfterRetryAfter()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1
                   ? FakeResponse::json(429, graphExample(QStringLiteral("error.429.json")), {{"Retry-After", "0.2"}})
                   : FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(*m_client, &request));
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestGraphRequest::retriesAreBounded()
{
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::json(503, "{}"); };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), m_client->retryPolicy().maxRetries + 1);
    QCOMPARE(request.error().kind, GraphError::Kind::Http);
    QCOMPARE(request.error().httpStatus, 503);
}

void TestGraphRequest::tooLongRetryAfterIsReportedNotWaited()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(429, graphExample(QStringLiteral("error.429.json")), {{"Retry-After", "3600"}});
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request, 2000));
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(request.error().retryAfter->count(), 3600 * 1000);
    QVERIFY(request.error().userMessage().contains(QLatin1String("3600")));
}

void TestGraphRequest::idempotentRequestIsRetriedAfterConnectionDrop()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1 ? FakeResponse::dropped(true) : FakeResponse::noContent();
    };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->count("DELETE"), 2);
}

void TestGraphRequest::nonIdempotentRequestIsNeverResentAfterSending()
{
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::dropped(true); };
    InviteParticipantsRequest request(
        QStringLiteral("c1"), {{Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-009193463064"), {}, {}}});
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::OutcomeUnknown);
    // Qt must not be able to re-send the body behind our back either.
    const RecordedRequest &sent = m_nam->requests.first();
    QVERIFY(sent.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
}

void TestGraphRequest::nonIdempotentRequestIsRetriedWhenNothingWasSent()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1
                   ? FakeResponse::dropped(false)
                   : FakeResponse::json(200, graphExample(QStringLiteral("participant-invite.response.1.json")));
    };
    InviteParticipantsRequest request(
        QStringLiteral("c1"), {{Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-009193463064"), {}, {}}});
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 2);
}

void TestGraphRequest::nonIdempotentGatewayTimeoutIsOutcomeUnknown()
{
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::json(504, "{}"); };
    InviteParticipantsRequest request(
        QStringLiteral("c1"), {{Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-009193463064"), {}, {}}});
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::OutcomeUnknown);
    QCOMPARE(request.error().httpStatus, 504);
}

void TestGraphRequest::timeoutRetriesIdempotentRequests()
{
    m_client->setTransferTimeout(std::chrono::milliseconds(50));
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        FakeResponse response = FakeResponse::json(200, callBody());
        response.hang = ++calls == 1;
        return response;
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestGraphRequest::timeoutAfterSendingAnInviteIsOutcomeUnknown()
{
    m_client->setTransferTimeout(std::chrono::milliseconds(50));
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response;
        response.hang = true;
        return response;
    };
    InviteParticipantsRequest request(
        QStringLiteral("c1"), {{Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-009193463064"), {}, {}}});
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::OutcomeUnknown);
}

void TestGraphRequest::unreadableSuccessIsInvalidResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed") << QByteArray("{\"id\": \"c1\", ");
    QTest::newRow("html") << QByteArray("<html><body>Sign in to the hotel Wi-Fi</body></html>");
    QTest::newRow("wrong shape") << QByteArray("{\"value\": 42}");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void TestGraphRequest::unreadableSuccessIsInvalidResponse()
{
    QFETCH(QByteArray, body);
    m_nam->handler = [body](const RecordedRequest &) { return FakeResponse{200, {}, body}; };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidResponse);
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestGraphRequest::cutOffAnswerToAGetIsRetried()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        FakeResponse response = FakeResponse::json(200, ++calls == 1 ? QByteArray("{\"id\":\"c") : callBody());
        if (calls == 1)
            response.error = QNetworkReply::RemoteHostClosedError;
        return response;
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestGraphRequest::errorStatusIsReportedWithGraphDetails()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(403, graphExample(QStringLiteral("error.403.batch-item.json")),
                                  {{"request-id", "hdr"}});
    };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QSignalSpy failed(&request, &GraphRequest::failed);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(request.httpStatus(), 403);
    QCOMPARE(request.error().code, QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(request.requestId(), QStringLiteral("hdr"));
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestGraphRequest::invalidIdsAreRefusedWithoutSending_data()
{
    testing::addColumns<QString, QString>({"callId", "participantId"});
    QTest::newRow("empty participant") << QStringLiteral("c1") << QString();
    QTest::newRow("dot-dot call") << QStringLiteral("..") << QStringLiteral("p1");
    QTest::newRow("dot participant") << QStringLiteral("c1") << QStringLiteral(".");
}

void TestGraphRequest::invalidIdsAreRefusedWithoutSending()
{
    QFETCH(QString, callId);
    QFETCH(QString, participantId);
    DeleteParticipantRequest request(callId, participantId);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidRequest);
    QCOMPARE(m_nam->requests.size(), 0);
    QCOMPARE(m_tokens->requests, 0);
}

void TestGraphRequest::idsArePercentEncoded()
{
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::noContent(); };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("a/../b?x=1#f"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.first().url.toEncoded(),
             QByteArray("https://graph.example.test/v1.0/communications/calls/c1/participants/"
                        "a%2F..%2Fb%3Fx=1%23f"));
}

void TestGraphRequest::abortCancels()
{
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response;
        response.hang = true;
        return response;
    };
    GetCallRequest request(QStringLiteral("c1"));
    request.setAutoDelete(false);
    QSignalSpy failed(&request, &GraphRequest::failed);
    m_client->send(&request);
    QTRY_COMPARE(m_nam->requests.size(), 1);
    request.abort();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::Cancelled);
    QTRY_COMPARE(m_client->activeRequestCount(), 0);
}

QTEST_GUILESS_MAIN(TestGraphRequest)
#include "tst_graph_request.moc"
