// GraphRequest behaviour against a scripted network: headers, token handling, retries,
// non-idempotent safety, decoding, and the endpoint classes' requests and parsing.
#include "core/graph/delete_participant_request.h"
#include "core/graph/get_call_request.h"
#include "core/graph/get_operation_request.h"
#include "core/graph/invite_participants_request.h"
#include "core/graph/join_meeting_request.h"
#include "core/graph/list_participants_request.h"
#include "core/graph/mute_participant_request.h"
#include "core/graph/search_users_request.h"
#include "core/graph/user_agent.h"
#include "unit/graph/fake_network.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace moderato;
using namespace testing;

namespace {

const QUrl Root(QStringLiteral("https://graph.example.test"));

QByteArray fixture(const QString &name) {
    QFile file(QStringLiteral(MODERATO_TEST_DATA "/graph/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray callBody(const char *id = "c1") {
    return QByteArray("{\"id\":\"") + id + "\",\"state\":\"established\"}";
}

QJsonObject bodyOf(const RecordedRequest &request) {
    return QJsonDocument::fromJson(request.body).object();
}

//! Runs \a request to completion and returns whether it succeeded.
bool run(GraphClient &client, GraphRequest *request, int timeoutMs = 5000) {
    request->setAutoDelete(false);
    QSignalSpy finished(request, &GraphRequest::finished);
    client.send(request);
    if (!finished.wait(timeoutMs))
        qWarning("request did not finish");
    return request->isSucceeded();
}

} // namespace

class TestGraphRequest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

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

    void listParticipantsFollowsNextLinks();
    void listParticipantsRefusesNextLinksToOtherHosts();
    void listParticipantsFlagsAPossiblyCappedRoster();
    void listParticipantsParsesTheDocumentationExample();
    void deleteParticipantReportsAlreadyGone();
    void inviteBuildsTheDocumentedBody();
    void inviteReadsTheOperation();
    void inviteRefusesMoreThanFive();
    void inviteRefusesInvalidInvitees();
    void getOperationNotAvailableOn404();
    void getOperationReadsStatus();
    void muteSendsClientContextAndIsRetried();
    void joinMeetingPostsTheCallAndReadsTheNewId();
    void joinUrlIsParsed();
    void searchUsersBuildsTheQuery();

private:
    FakeNetwork *m_nam = nullptr;
    FakeTokenSource *m_tokens = nullptr;
    GraphClient *m_client = nullptr;
};

void TestGraphRequest::init() {
    m_nam = new FakeNetwork;
    m_tokens = new FakeTokenSource;
    m_client = new GraphClient(m_nam, m_tokens, Root);
    RetryPolicy fast;
    fast.backoffBase = std::chrono::milliseconds(1);
    fast.backoffCap = std::chrono::milliseconds(5);
    m_client->setRetryPolicy(fast);
}

void TestGraphRequest::cleanup() {
    delete m_client;
    delete m_tokens;
    delete m_nam;
}

void TestGraphRequest::sendsTheStandardHeaders() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, callBody(), {{"request-id", "rid-1"}});
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));

    QCOMPARE(m_nam->requests.size(), 1);
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.verb, QByteArray("GET"));
    QCOMPARE(sent.url,
             QUrl(QStringLiteral("https://graph.example.test/v1.0/communications/calls/c1")));
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
    QCOMPARE(sent.request.header(QNetworkRequest::UserAgentHeader).toByteArray(), userAgent());
    QVERIFY(QRegularExpression(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(QString::fromLatin1(sent.header("client-request-id")))
                .hasMatch());
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.requestId(), QStringLiteral("rid-1"));
    QCOMPARE(request.httpStatus(), 200);
    QCOMPARE(request.call().value(QLatin1String("state")).toString(),
             QStringLiteral("established"));
}

void TestGraphRequest::clientRequestIdIsFreshForEveryAttempt() {
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
    QCOMPARE(request.clientRequestId().toLatin1(),
             m_nam->requests.last().header("client-request-id"));
    QCOMPARE(request.attemptCount(), 3);
}

void TestGraphRequest::redirectToAnotherHostDoesNotCarryTheToken() {
    m_nam->handler = [](const RecordedRequest &sent) {
        if (sent.url.host() == QLatin1String("graph.example.test"))
            return FakeResponse{
                307,
                {{"Location", "https://elsewhere.example.test/v1.0/communications/calls/c1"}},
                {}};
        return FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
    QVERIFY(m_nam->requests.at(0).hasHeader("Authorization"));
    QCOMPARE(m_nam->requests.at(1).url.host(), QStringLiteral("elsewhere.example.test"));
    QVERIFY(!m_nam->requests.at(1).hasHeader("Authorization"));
}

void TestGraphRequest::redirectWithinGraphKeepsTheToken() {
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

void TestGraphRequest::unauthorizedFetchesANewTokenAndReplaysOnce() {
    m_nam->handler = [this](const RecordedRequest &sent) {
        if (sent.header("Authorization") == "Bearer token-1")
            return FakeResponse::json(
                401,
                R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired."}})");
        return FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_tokens->invalidated, QStringList{QStringLiteral("token-1")});
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(m_nam->requests.at(1).header("Authorization"), QByteArray("Bearer token-2"));
}

void TestGraphRequest::secondUnauthorizedFails() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            401, R"({"error":{"code":"InvalidAuthenticationToken","message":"nope"}})");
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(request.error().httpStatus, 401);
    QCOMPARE(request.error().code, QStringLiteral("InvalidAuthenticationToken"));
}

void TestGraphRequest::tokenFailureFailsWithoutSending() {
    m_tokens->failure = GraphError::make(
        GraphError::Kind::Auth, QStringLiteral("Sign-in failed: the client secret is wrong."));
    GetCallRequest request(QStringLiteral("c1"));
    QSignalSpy failed(&request, &GraphRequest::failed);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::Auth);
    QCOMPARE(request.error().userMessage(),
             QStringLiteral("Sign-in failed: the client secret is wrong."));
    QCOMPARE(m_client->activeRequestCount(), 0);
}

void TestGraphRequest::throttledRequestIsRetriedAfterRetryAfter() {
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1 ? FakeResponse::json(429, fixture(QStringLiteral("error.429.json")),
                                                 {{"Retry-After", "0.2"}})
                            : FakeResponse::json(200, callBody());
    };
    GetCallRequest request(QStringLiteral("c1"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(*m_client, &request));
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestGraphRequest::retriesAreBounded() {
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::json(503, "{}"); };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), m_client->retryPolicy().maxRetries + 1);
    QCOMPARE(request.error().kind, GraphError::Kind::Http);
    QCOMPARE(request.error().httpStatus, 503);
}

void TestGraphRequest::tooLongRetryAfterIsReportedNotWaited() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(429, fixture(QStringLiteral("error.429.json")),
                                  {{"Retry-After", "3600"}});
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request, 2000));
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(request.error().retryAfter->count(), 3600 * 1000);
    QVERIFY(request.error().userMessage().contains(QLatin1String("3600")));
}

void TestGraphRequest::idempotentRequestIsRetriedAfterConnectionDrop() {
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1 ? FakeResponse::dropped(true) : FakeResponse::noContent();
    };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->count("DELETE"), 2);
}

void TestGraphRequest::nonIdempotentRequestIsNeverResentAfterSending() {
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::dropped(true); };
    InviteParticipantsRequest request(QStringLiteral("c1"),
                                      {{Invitee::Kind::User, QStringLiteral("u1"), {}, {}}});
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::OutcomeUnknown);
    // Qt must not be able to re-send the body behind our back either.
    const RecordedRequest &sent = m_nam->requests.first();
    QVERIFY(sent.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
}

void TestGraphRequest::nonIdempotentRequestIsRetriedWhenNothingWasSent() {
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1
                   ? FakeResponse::dropped(false)
                   : FakeResponse::json(
                         200, fixture(QStringLiteral("participant-invite.response.1.json")));
    };
    InviteParticipantsRequest request(QStringLiteral("c1"),
                                      {{Invitee::Kind::User, QStringLiteral("u1"), {}, {}}});
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 2);
}

void TestGraphRequest::nonIdempotentGatewayTimeoutIsOutcomeUnknown() {
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::json(504, "{}"); };
    InviteParticipantsRequest request(QStringLiteral("c1"),
                                      {{Invitee::Kind::User, QStringLiteral("u1"), {}, {}}});
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::OutcomeUnknown);
    QCOMPARE(request.error().httpStatus, 504);
}

void TestGraphRequest::timeoutRetriesIdempotentRequests() {
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

void TestGraphRequest::timeoutAfterSendingAnInviteIsOutcomeUnknown() {
    m_client->setTransferTimeout(std::chrono::milliseconds(50));
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response;
        response.hang = true;
        return response;
    };
    InviteParticipantsRequest request(QStringLiteral("c1"),
                                      {{Invitee::Kind::User, QStringLiteral("u1"), {}, {}}});
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 1);
    QCOMPARE(request.error().kind, GraphError::Kind::OutcomeUnknown);
}

void TestGraphRequest::unreadableSuccessIsInvalidResponse_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed") << QByteArray("{\"id\": \"c1\", ");
    QTest::newRow("html") << QByteArray("<html><body>Sign in to the hotel Wi-Fi</body></html>");
    QTest::newRow("wrong shape") << QByteArray("{\"value\": 42}");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray();
}

void TestGraphRequest::unreadableSuccessIsInvalidResponse() {
    QFETCH(QByteArray, body);
    m_nam->handler = [body](const RecordedRequest &) { return FakeResponse{200, {}, body}; };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidResponse);
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestGraphRequest::cutOffAnswerToAGetIsRetried() {
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        FakeResponse response =
            FakeResponse::json(200, ++calls == 1 ? QByteArray("{\"id\":\"c") : callBody());
        if (calls == 1)
            response.error = QNetworkReply::RemoteHostClosedError;
        return response;
    };
    GetCallRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
}

void TestGraphRequest::errorStatusIsReportedWithGraphDetails() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(403, fixture(QStringLiteral("error.403.batch-item.json")),
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

void TestGraphRequest::invalidIdsAreRefusedWithoutSending_data() {
    QTest::addColumn<QString>("callId");
    QTest::addColumn<QString>("participantId");
    QTest::newRow("empty participant") << QStringLiteral("c1") << QString();
    QTest::newRow("dot-dot call") << QStringLiteral("..") << QStringLiteral("p1");
    QTest::newRow("dot participant") << QStringLiteral("c1") << QStringLiteral(".");
}

void TestGraphRequest::invalidIdsAreRefusedWithoutSending() {
    QFETCH(QString, callId);
    QFETCH(QString, participantId);
    DeleteParticipantRequest request(callId, participantId);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidRequest);
    QCOMPARE(m_nam->requests.size(), 0);
    QCOMPARE(m_tokens->requests, 0);
}

void TestGraphRequest::idsArePercentEncoded() {
    m_nam->handler = [](const RecordedRequest &) { return FakeResponse::noContent(); };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("a/../b?x=1#f"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.first().url.toEncoded(),
             QByteArray("https://graph.example.test/v1.0/communications/calls/c1/participants/"
                        "a%2F..%2Fb%3Fx=1%23f"));
}

void TestGraphRequest::abortCancels() {
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

void TestGraphRequest::listParticipantsFollowsNextLinks() {
    m_nam->handler = [](const RecordedRequest &sent) {
        if (!sent.url.hasQuery())
            return FakeResponse::json(200, R"({"value":[{"id":"p1"},{"id":"p2"}],
                "@odata.nextLink":"https://graph.example.test/v1.0/communications/calls/c1/participants?$skiptoken=abc"})");
        return FakeResponse::json(200, R"({"value":[{"id":"p3"}]})");
    };
    ListParticipantsRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->requests.size(), 2);
    QCOMPARE(m_nam->requests.at(1).url.query(), QStringLiteral("$skiptoken=abc"));
    QCOMPARE(m_nam->requests.at(1).header("Authorization"), QByteArray("Bearer token-1"));
    QCOMPARE(request.participants().size(), 3);
    QCOMPARE(request.participants().at(2).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("p3"));
    QCOMPARE(request.pageBodies().size(), 2);
    QVERIFY(!request.mayBeIncomplete());
}

void TestGraphRequest::listParticipantsRefusesNextLinksToOtherHosts() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, R"({"value":[{"id":"p1"}],
            "@odata.nextLink":"https://attacker.example.test/v1.0/communications/calls/c1/participants?$skiptoken=abc"})");
    };
    ListParticipantsRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidResponse);
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestGraphRequest::listParticipantsFlagsAPossiblyCappedRoster() {
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1").arg(i)}});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("value"), hundred}}).toJson();
    m_nam->handler = [body](const RecordedRequest &) { return FakeResponse::json(200, body); };
    ListParticipantsRequest request(QStringLiteral("c1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.participants().size(), 100);
    QVERIFY(request.mayBeIncomplete());
}

void TestGraphRequest::listParticipantsParsesTheDocumentationExample() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            200, fixture(QStringLiteral("call-list-participants.response.1.json")));
    };
    ListParticipantsRequest request(QStringLiteral("7531d31f-d10d-44de-802f-c569dbca451c"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.participants().size(), 2);
    QCOMPARE(request.pageBodies().first(),
             fixture(QStringLiteral("call-list-participants.response.1.json")));
}

void TestGraphRequest::deleteParticipantReportsAlreadyGone() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            404, R"({"error":{"code":"itemNotFound","message":"Participant not found"}})");
    };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(!run(*m_client, &request));
    QVERIFY(request.alreadyGone());
    QCOMPARE(request.error().httpStatus, 404);
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestGraphRequest::inviteBuildsTheDocumentedBody() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200,
                                  fixture(QStringLiteral("participant-invite.response.2.json")));
    };
    const QList<Invitee> invitees{
        {Invitee::Kind::User, QStringLiteral("u1"), QStringLiteral("Ada"), {}},
        {Invitee::Kind::Phone, QStringLiteral("+12345678901"), {}, {}},
        {Invitee::Kind::Guest, {}, QStringLiteral("Visitor"), QStringLiteral("given-id")}};
    InviteParticipantsRequest request(QStringLiteral("c1"), invitees);
    QVERIFY(run(*m_client, &request));

    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.verb, QByteArray("POST"));
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/communications/calls/c1/participants/invite"));
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    const QJsonObject body = bodyOf(sent);
    QCOMPARE(body.value(QLatin1String("clientContext")).toString(), request.clientContext());
    const QJsonArray participants = body.value(QLatin1String("participants")).toArray();
    QCOMPARE(participants.size(), 3);
    const QStringList identityKinds{QStringLiteral("user"), QStringLiteral("phone"),
                                    QStringLiteral("guest")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject info = participants.at(i).toObject();
        QCOMPARE(info.value(QLatin1String("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.invitationParticipantInfo"));
        const QJsonObject identity = info.value(QLatin1String("identity")).toObject();
        QCOMPARE(identity.value(QLatin1String("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.identitySet"));
        QVERIFY2(identity.contains(identityKinds.at(i)), qPrintable(identityKinds.at(i)));
        QCOMPARE(info.value(QLatin1String("participantId")).toString(),
                 request.invitees().at(i).participantId);
        if (i < 2) // generated; the guest brought its own
            QVERIFY(!QUuid::fromString(request.invitees().at(i).participantId).isNull());
    }
    QCOMPARE(participants.at(0)
                 .toObject()[QLatin1String("identity")][QLatin1String("user")][QLatin1String("id")]
                 .toString(),
             QStringLiteral("u1"));
    QCOMPARE(participants.at(1)
                 .toObject()[QLatin1String("identity")][QLatin1String("phone")][QLatin1String("id")]
                 .toString(),
             QStringLiteral("+12345678901"));
    const QJsonObject guest =
        participants.at(2).toObject()[QLatin1String("identity")][QLatin1String("guest")].toObject();
    QCOMPARE(guest.value(QLatin1String("displayName")).toString(), QStringLiteral("Visitor"));
    QVERIFY(!guest.value(QLatin1String("id")).toString().isEmpty());
    QCOMPARE(request.invitees().at(2).participantId, QStringLiteral("given-id"));
}

void TestGraphRequest::inviteReadsTheOperation() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            200, fixture(QStringLiteral("participant-invite.response.1.json")),
            {{"Location", "https://graph.example.test/v1.0/communications/calls/c1/operations/"
                          "eec3812a-fdc3-4fb4-825c-a06c9f35414e"}});
    };
    InviteParticipantsRequest request(QStringLiteral("c1"),
                                      {{Invitee::Kind::User, QStringLiteral("u1"), {}, {}}});
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.operationId(), QStringLiteral("eec3812a-fdc3-4fb4-825c-a06c9f35414e"));
    QCOMPARE(request.operationStatus(), QStringLiteral("Running"));
    QCOMPARE(request.location().path(),
             QStringLiteral(
                 "/v1.0/communications/calls/c1/operations/eec3812a-fdc3-4fb4-825c-a06c9f35414e"));
}

void TestGraphRequest::inviteRefusesMoreThanFive() {
    QList<Invitee> six;
    for (int i = 0; i < 6; ++i)
        six.append({Invitee::Kind::User, QStringLiteral("u%1").arg(i), {}, {}});
    InviteParticipantsRequest request(QStringLiteral("c1"), six);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidRequest);
    QCOMPARE(m_nam->requests.size(), 0);
}

void TestGraphRequest::inviteRefusesInvalidInvitees() {
    InviteParticipantsRequest phone(QStringLiteral("c1"),
                                    {{Invitee::Kind::Phone, QStringLiteral("555-1234"), {}, {}}});
    QVERIFY(!run(*m_client, &phone));
    QCOMPARE(phone.error().kind, GraphError::Kind::InvalidRequest);
    QVERIFY(phone.error().userMessage().contains(QLatin1String("E.164")));
    InviteParticipantsRequest guest(QStringLiteral("c1"),
                                    {{Invitee::Kind::Guest, {}, QStringLiteral("  "), {}}});
    QVERIFY(!run(*m_client, &guest));
    QCOMPARE(m_nam->requests.size(), 0);
}

void TestGraphRequest::getOperationNotAvailableOn404() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(404, R"({"error":{"code":"NotFound","message":"not found"}})");
    };
    GetOperationRequest request(QStringLiteral("c1"), QStringLiteral("op1"));
    QVERIFY(!run(*m_client, &request));
    QVERIFY(request.notAvailable());
    QCOMPARE(m_nam->requests.first().url.path(),
             QStringLiteral("/v1.0/communications/calls/c1/operations/op1"));
}

void TestGraphRequest::getOperationReadsStatus() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            200,
            R"({"id":"op1","status":"failed","resultInfo":{"code":408,"subcode":10057,"message":"no answer"}})");
    };
    GetOperationRequest request(QStringLiteral("c1"), QStringLiteral("op1"));
    QVERIFY(run(*m_client, &request));
    QVERIFY(!request.notAvailable());
    QCOMPARE(request.status(), QStringLiteral("failed"));
    QCOMPARE(request.resultInfo().value(QLatin1String("subcode")).toInt(), 10057);
}

void TestGraphRequest::muteSendsClientContextAndIsRetried() {
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1 ? FakeResponse::dropped(true)
                            : FakeResponse::json(
                                  200, fixture(QStringLiteral("participant-mute.response.1.json")));
    };
    MuteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 2);
    QCOMPARE(m_nam->requests.first().url.path(),
             QStringLiteral("/v1.0/communications/calls/c1/participants/p1/mute"));
    QCOMPARE(bodyOf(m_nam->requests.first()).value(QLatin1String("clientContext")).toString(),
             request.clientContext());
    QCOMPARE(request.operation().value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
}

void TestGraphRequest::joinMeetingPostsTheCallAndReadsTheNewId() {
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response = FakeResponse::json(
            201, fixture(QStringLiteral("application-post-calls.response.5.json")),
            {{"Location", "https://graph.example.test/v1.0/communications/calls/"
                          "2f1a1100-b174-40a0-aba7-0b405e01ed92"}});
        return response;
    };
    MeetingToJoin meeting;
    meeting.threadId = QStringLiteral("19:meeting_abc@thread.v2");
    meeting.organizerId = QStringLiteral("5810cede-f3cc-42eb-b2c1-e9bd5d53ec96");
    meeting.tenantId = QStringLiteral("86dc81db-c112-4228-9222-63f3esaa1edb");
    meeting.callbackUri = QUrl(QStringLiteral("https://bot.example.test/callback"));
    JoinMeetingRequest request(meeting);
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.callId(), QStringLiteral("2f1a1100-b174-40a0-aba7-0b405e01ed92"));
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/communications/calls"));
    const QJsonObject body = bodyOf(sent);
    QCOMPARE(body[QLatin1String("chatInfo")][QLatin1String("threadId")].toString(),
             meeting.threadId);
    QCOMPARE(body[QLatin1String("meetingInfo")][QLatin1String("organizer")][QLatin1String("user")]
                 [QLatin1String("id")]
                     .toString(),
             meeting.organizerId);
    QCOMPARE(body[QLatin1String("mediaConfig")][QLatin1String("@odata.type")].toString(),
             QStringLiteral("#microsoft.graph.serviceHostedMediaConfig"));
    QCOMPARE(body[QLatin1String("tenantId")].toString(), meeting.tenantId);
}

void TestGraphRequest::joinUrlIsParsed() {
    const QUrl url(
        QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjFh%40thread.v2/"
                       "0?context=%7b%22Tid%22%3a%22t-1%22%2c"
                       "%22Oid%22%3a%22o-1%22%7d"));
    QString error;
    const auto meeting = MeetingToJoin::fromJoinUrl(url, &error);
    QVERIFY2(meeting.has_value(), qPrintable(error));
    QCOMPARE(meeting->threadId, QStringLiteral("19:meeting_NjFh@thread.v2"));
    QCOMPARE(meeting->messageId, QStringLiteral("0"));
    QCOMPARE(meeting->tenantId, QStringLiteral("t-1"));
    QCOMPARE(meeting->organizerId, QStringLiteral("o-1"));

    QVERIFY(!MeetingToJoin::fromJoinUrl(QUrl(QStringLiteral("https://example.com/hello")), &error));
    QVERIFY(!error.isEmpty());
}

void TestGraphRequest::searchUsersBuildsTheQuery() {
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            200,
            R"({"value":[{"id":"u1","displayName":"Ada Lovelace","userPrincipalName":"ada@contoso.com","mail":"ada@contoso.com"}]})");
    };
    SearchUsersRequest request(QStringLiteral("Ada \"+&"));
    QVERIFY(run(*m_client, &request));
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/users"));
    QCOMPARE(
        sent.url.query(QUrl::FullyEncoded),
        QStringLiteral(
            "$search=%22displayName%3AAda%20%2B%26%22%20OR%20%22userPrincipalName%3AAda%20%2B%26%22"
            "&$select=id%2CdisplayName%2CuserPrincipalName%2Cmail&$top=10"));
    QCOMPARE(sent.header("ConsistencyLevel"), QByteArray("eventual"));
    QCOMPARE(request.users().size(), 1);
    QCOMPARE(request.users().first().userPrincipalName, QStringLiteral("ada@contoso.com"));
}

QTEST_GUILESS_MAIN(TestGraphRequest)
#include "tst_graph_request.moc"
