#include "core/graph/user_requests.h"
#include "core/graph/invitee.h"
#include "unit/graph/graph_request_fixture.h"

#include <QUrlQuery>

class TestEndpointRequests : public RequestTest
{
    Q_OBJECT
private Q_SLOTS:
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
    void searchUsersBuildsTheQuery();
    void findUserFiltersByObjectIdOrSignInName();
};

void TestEndpointRequests::listParticipantsFollowsNextLinks()
{
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
    QCOMPARE(request.participants().at(2).toObject().value(QLatin1String("id")).toString(), QStringLiteral("p3"));
    QCOMPARE(request.pageBodies().size(), 2);
    QVERIFY(!request.mayBeIncomplete());
}

void TestEndpointRequests::listParticipantsRefusesNextLinksToOtherHosts()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, R"({"value":[{"id":"p1"}],
            "@odata.nextLink":"https://attacker.example.test/v1.0/communications/calls/c1/participants?$skiptoken=abc"})");
    };
    ListParticipantsRequest request(QStringLiteral("c1"));
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidResponse);
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestEndpointRequests::listParticipantsFlagsAPossiblyCappedRoster()
{
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

void TestEndpointRequests::listParticipantsParsesTheDocumentationExample()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, graphExample(QStringLiteral("call-list-participants.response.1.json")));
    };
    ListParticipantsRequest request(QStringLiteral("7531d31f-d10d-44de-802f-c569dbca451c"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.participants().size(), 2);
    QCOMPARE(request.pageBodies().first(), graphExample(QStringLiteral("call-list-participants.response.1.json")));
}

void TestEndpointRequests::deleteParticipantReportsAlreadyGone()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(404, R"({"error":{"code":"itemNotFound","message":"Participant not found"}})");
    };
    DeleteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(!run(*m_client, &request));
    QVERIFY(request.alreadyGone());
    QCOMPARE(request.error().httpStatus, 404);
    QCOMPARE(m_nam->requests.size(), 1);
}

void TestEndpointRequests::inviteBuildsTheDocumentedBody()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, graphExample(QStringLiteral("participant-invite.response.2.json")));
    };
    const QList<Invitee> invitees{
        {Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-009193463064"), QStringLiteral("Ada"), {}},
        {Invitee::Kind::Phone, QStringLiteral("+12345678901"), {}, QStringLiteral("given-id")}};
    InviteParticipantsRequest request(QStringLiteral("c1"), invitees);
    QVERIFY(run(*m_client, &request));

    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.verb, QByteArray("POST"));
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/communications/calls/c1/participants/invite"));
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
    const QJsonObject body = bodyOf(sent);
    QCOMPARE(body.value(QLatin1String("clientContext")).toString(), request.clientContext());
    const QJsonArray participants = body.value(QLatin1String("participants")).toArray();
    QCOMPARE(participants.size(), 2);
    const QStringList identityKinds{QStringLiteral("user"), QStringLiteral("phone")};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject info = participants.at(i).toObject();
        QCOMPARE(info.value(QLatin1String("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.invitationParticipantInfo"));
        const QJsonObject identity = info.value(QLatin1String("identity")).toObject();
        QCOMPARE(identity.value(QLatin1String("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.identitySet"));
        QVERIFY2(identity.contains(identityKinds.at(i)), qPrintable(identityKinds.at(i)));
        QCOMPARE(info.value(QLatin1String("participantId")).toString(), request.invitees().at(i).participantId);
        if (i < 1) // generated; the phone invitee brought its own
            QVERIFY(!QUuid::fromString(request.invitees().at(i).participantId).isNull());
    }
    QCOMPARE(
        participants.at(0).toObject()[QLatin1String("identity")][QLatin1String("user")][QLatin1String("id")].toString(),
        QStringLiteral("278405a3-f568-4b3e-b684-009193463064"));
    QCOMPARE(participants.at(1)
                 .toObject()[QLatin1String("identity")][QLatin1String("phone")][QLatin1String("id")]
                 .toString(),
             QStringLiteral("+12345678901"));
    QCOMPARE(request.invitees().at(1).participantId, QStringLiteral("given-id"));
}

void TestEndpointRequests::inviteReadsTheOperation()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200, graphExample(QStringLiteral("participant-invite.response.1.json")),
                                  {{"Location", "https://graph.example.test/v1.0/communications/calls/c1/operations/"
                                                "eec3812a-fdc3-4fb4-825c-a06c9f35414e"}});
    };
    InviteParticipantsRequest request(
        QStringLiteral("c1"), {{Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-009193463064"), {}, {}}});
    QVERIFY(run(*m_client, &request));
    QCOMPARE(request.operationId(), QStringLiteral("eec3812a-fdc3-4fb4-825c-a06c9f35414e"));
    QCOMPARE(request.operationStatus(), QStringLiteral("Running"));
    QCOMPARE(request.location().path(),
             QStringLiteral("/v1.0/communications/calls/c1/operations/eec3812a-fdc3-4fb4-825c-a06c9f35414e"));
}

void TestEndpointRequests::inviteRefusesMoreThanFive()
{
    QList<Invitee> six;
    for (int i = 0; i < 6; ++i)
        six.append({Invitee::Kind::User, QStringLiteral("278405a3-f568-4b3e-b684-00919346306%1").arg(i), {}, {}});
    InviteParticipantsRequest request(QStringLiteral("c1"), six);
    QVERIFY(!run(*m_client, &request));
    QCOMPARE(request.error().kind, GraphError::Kind::InvalidRequest);
    QCOMPARE(m_nam->requests.size(), 0);
}

void TestEndpointRequests::inviteRefusesInvalidInvitees()
{
    InviteParticipantsRequest phone(QStringLiteral("c1"), {{Invitee::Kind::Phone, QStringLiteral("555-1234"), {}, {}}});
    QVERIFY(!run(*m_client, &phone));
    QCOMPARE(phone.error().kind, GraphError::Kind::InvalidRequest);
    QVERIFY(phone.error().userMessage().contains(QLatin1String("E.164")));
    // Only an object id reaches Graph as a user: a name or a braced id is looked up or refused.
    InviteParticipantsRequest byName(QStringLiteral("c1"), {{Invitee::Kind::User, QStringLiteral("Jane Doe"), {}, {}}});
    QVERIFY(!run(*m_client, &byName));
    InviteParticipantsRequest braced(
        QStringLiteral("c1"),
        {{Invitee::Kind::User, QStringLiteral("{278405a3-f568-4b3e-b684-009193463064}"), {}, {}}});
    QVERIFY(!run(*m_client, &braced));
    QCOMPARE(m_nam->requests.size(), 0);
}

void TestEndpointRequests::getOperationNotAvailableOn404()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(404, R"({"error":{"code":"NotFound","message":"not found"}})");
    };
    GetOperationRequest request(QStringLiteral("c1"), QStringLiteral("op1"));
    QVERIFY(!run(*m_client, &request));
    QVERIFY(request.notAvailable());
    QCOMPARE(m_nam->requests.first().url.path(), QStringLiteral("/v1.0/communications/calls/c1/operations/op1"));
}

void TestEndpointRequests::getOperationReadsStatus()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            200, R"({"id":"op1","status":"failed","resultInfo":{"code":408,"subcode":10057,"message":"no answer"}})");
    };
    GetOperationRequest request(QStringLiteral("c1"), QStringLiteral("op1"));
    QVERIFY(run(*m_client, &request));
    QVERIFY(!request.notAvailable());
    QCOMPARE(request.status(), QStringLiteral("failed"));
    QCOMPARE(request.resultInfo().value(QLatin1String("subcode")).toInt(), 10057);
}

void TestEndpointRequests::muteSendsClientContextAndIsRetried()
{
    int calls = 0;
    m_nam->handler = [&calls](const RecordedRequest &) {
        return ++calls == 1 ? FakeResponse::dropped(true)
                            : FakeResponse::json(200, graphExample(QStringLiteral("participant-mute.response.1.json")));
    };
    MuteParticipantRequest request(QStringLiteral("c1"), QStringLiteral("p1"));
    QVERIFY(run(*m_client, &request));
    QCOMPARE(m_nam->count("POST"), 2);
    QCOMPARE(m_nam->requests.first().url.path(), QStringLiteral("/v1.0/communications/calls/c1/participants/p1/mute"));
    QCOMPARE(bodyOf(m_nam->requests.first()).value(QLatin1String("clientContext")).toString(), request.clientContext());
    QCOMPARE(request.operation().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
}

void TestEndpointRequests::joinMeetingPostsTheCallAndReadsTheNewId()
{
    m_nam->handler = [](const RecordedRequest &) {
        FakeResponse response =
            FakeResponse::json(201, graphExample(QStringLiteral("application-post-calls.response.5.json")),
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
    QCOMPARE(body[QLatin1String("chatInfo")][QLatin1String("threadId")].toString(), meeting.threadId);
    QCOMPARE(body[QLatin1String("meetingInfo")][QLatin1String("organizer")][QLatin1String("user")][QLatin1String("id")]
                 .toString(),
             meeting.organizerId);
    QCOMPARE(body[QLatin1String("mediaConfig")][QLatin1String("@odata.type")].toString(),
             QStringLiteral("#microsoft.graph.serviceHostedMediaConfig"));
    QCOMPARE(body[QLatin1String("tenantId")].toString(), meeting.tenantId);
}

void TestEndpointRequests::searchUsersBuildsTheQuery()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(
            200,
            R"({"value":[{"id":"u1","displayName":"Ada Lovelace","userPrincipalName":"ada@contoso.com","mail":"ada@contoso.com"}]})");
    };
    SearchUsersRequest request(QStringLiteral("Ada \"+&"));
    QVERIFY(run(*m_client, &request));
    const RecordedRequest &sent = m_nam->requests.first();
    QCOMPARE(sent.url.path(), QStringLiteral("/v1.0/users"));
    QCOMPARE(sent.url.query(QUrl::FullyEncoded),
             QStringLiteral("$search=%22displayName%3AAda%20%2B%26%22%20OR%20%22userPrincipalName%3AAda%20%2B%26%22"
                            "&$select=id%2CdisplayName%2CuserPrincipalName%2Cmail&$top=10"));
    QCOMPARE(sent.header("ConsistencyLevel"), QByteArray("eventual"));
    QCOMPARE(request.users().size(), 1);
    QCOMPARE(request.users().first().userPrincipalName, QStringLiteral("ada@contoso.com"));
}

void TestEndpointRequests::findUserFiltersByObjectIdOrSignInName()
{
    m_nam->handler = [](const RecordedRequest &) {
        return FakeResponse::json(200,
                                  R"({"value":[{"id":"278405a3-f568-4b3e-b684-009193463064","displayName":"Ada"}]})");
    };
    const QString objectId = QStringLiteral("278405a3-f568-4b3e-b684-009193463064");
    QVERIFY(Invitee::isObjectId(objectId));
    QVERIFY(!Invitee::isObjectId(QStringLiteral("ada@contoso.com")));
    QVERIFY(!Invitee::isObjectId(QLatin1Char('{') + objectId + QLatin1Char('}')));

    FindUserRequest byId(objectId);
    QVERIFY(run(*m_client, &byId));
    QCOMPARE(m_nam->requests.last().url.path(), QStringLiteral("/v1.0/users"));
    QCOMPARE(QUrlQuery(m_nam->requests.last().url).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
             QStringLiteral("id eq '%1'").arg(objectId));
    QCOMPARE(byId.users().size(), 1);
    QCOMPARE(byId.users().first().displayName, QStringLiteral("Ada"));

    // A quote is doubled inside the OData literal; '&' and '+' cannot escape the query item.
    FindUserRequest byName(QStringLiteral(" o'hara+x&y@contoso.com "));
    QVERIFY(run(*m_client, &byName));
    const QUrl sent = m_nam->requests.last().url;
    QCOMPARE(QUrlQuery(sent).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
             QStringLiteral("userPrincipalName eq 'o''hara+x&y@contoso.com' or "
                            "mail eq 'o''hara+x&y@contoso.com'"));
    QVERIFY(sent.query(QUrl::FullyEncoded).contains(QLatin1String("%2Bx%26y")));
    QCOMPARE(QUrlQuery(sent).queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded),
             QStringLiteral("id,displayName,userPrincipalName,mail"));
}

QTEST_GUILESS_MAIN(TestEndpointRequests)
#include "tst_endpoint_requests.moc"
