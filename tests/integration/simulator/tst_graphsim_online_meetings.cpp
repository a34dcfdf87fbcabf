// Online meetings over HTTP: found by join link under the organiser, read and PATCHed by id; the
// role and the application access policy checked first; a PATCH's effect on the meeting's calls.
#include "sim_harness.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QString kOrganizer = u"5810cede-f3cc-42eb-b2c1-e9bd5d53ec96"_s;
const QString kThread = u"19:meeting_Win6Ydo4wsMijFjZS00ZGVjLTk5MGUtOTRjNWY2NmNkYTFm@thread.v2"_s;
// A link as Teams writes it: its own %-escapes, which the query must escape once more.
const QString kWebUrl =
    u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_Win6Ydo4wsMijFjZS00ZGVjLTk5MGUtOTRjNWY2NmNkYTFm%40thread.v2/0?context=%7b%22Tid%22%3a%220b5c%22%7d"_s;
const QString kNoPolicyApp = u"11c2d3e4-0000-4000-8000-00000000c001"_s;
const QString kReadOnlyApp = u"11c2d3e4-0000-4000-8000-00000000c002"_s;
const QString kOtherUserPolicyApp = u"11c2d3e4-0000-4000-8000-00000000c003"_s;
const QString kWaiting = u"p-guest"_s;

QJsonObject app(const QString &clientId, const QStringList &roles, const QJsonValue &policy)
{
    QJsonObject a{{u"clientId"_s, clientId}, {u"secret"_s, kSecret}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
    if (!policy.isUndefined())
        a.insert(u"onlineMeetingAccessPolicy"_s, policy);
    return a;
}

QJsonObject person(const QString &id, bool inLobby)
{
    return {
        {u"id"_s, id},
        {u"isInLobby"_s, inLobby},
        {u"isMuted"_s, false},
        {u"info"_s, QJsonObject{{u"identity"_s, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, QString(u"user-"_s + id)},
                                                                                    {u"displayName"_s, id}}}}}}}};
}

//! The standard scenario with one meeting (one person waiting in its lobby) and apps that differ in
//! role and access policy; \a meetingExtra goes into the meeting.
QJsonObject scenario(const QJsonObject &meetingExtra = {})
{
    QJsonObject s = standardScenario();
    const QStringList calls{u"Calls.JoinGroupCall.All"_s, u"Calls.InitiateGroupCall.All"_s};
    const QJsonArray apps{
        app(kApp, calls + QStringList{u"OnlineMeetings.ReadWrite.All"_s}, u"global"_s),
        app(kNoPolicyApp, calls + QStringList{u"OnlineMeetings.ReadWrite.All"_s}, QJsonValue(QJsonValue::Undefined)),
        app(kReadOnlyApp, calls + QStringList{u"OnlineMeetings.Read.All"_s}, QJsonArray{kOrganizer}),
        app(kOtherUserPolicyApp, calls + QStringList{u"OnlineMeetings.ReadWrite.All"_s}, QJsonArray{kAcceptUser}),
        app(kInviteOnlyApp, calls, u"global"_s)};
    QJsonArray tenants = s.value(u"tenants"_s).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    tenant.insert(u"apps"_s, apps);
    tenants.replace(0, tenant);
    s.insert(u"tenants"_s, tenants);
    QJsonObject meeting{{u"joinWebUrl"_s, kWebUrl},
                        {u"threadId"_s, kThread},
                        {u"organizer"_s, QJsonObject{{u"id"_s, kOrganizer}, {u"displayName"_s, u"Bob"_s}}},
                        {u"subject"_s, u"Quarterly planning"_s},
                        {u"participants"_s, QJsonArray{person(u"p-bob"_s, false), person(kWaiting, true)}}};
    for (auto it = meetingExtra.begin(); it != meetingExtra.end(); ++it)
        meeting.insert(it.key(), it.value());
    s.insert(u"meetings"_s, QJsonArray{meeting});
    return s;
}

QString byLink(const QString &user = kOrganizer, const QString &link = kWebUrl)
{
    return u"/v1.0/users/%1/onlineMeetings?$filter="_s.arg(user)
           + QString::fromLatin1(QUrl::toPercentEncoding(u"JoinWebUrl eq '%1'"_s.arg(link)));
}

QString meetingPath(Harness &sim, const QString &user = kOrganizer)
{
    const QString id = sim.hook("GET", u"/_sim/onlineMeetings"_s)
                           .value(u"onlineMeetings"_s)
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"id"_s)
                           .toString();
    return u"/v1.0/users/%1/onlineMeetings/%2"_s.arg(user, id);
}

QJsonObject simOptions(Harness &sim)
{
    return sim.hook("GET", u"/_sim/onlineMeetings"_s)
        .value(u"onlineMeetings"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"options"_s)
        .toObject();
}

QString errorCode(const Reply &reply)
{
    return reply.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString errorMessage(const Reply &reply)
{
    return reply.json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

QJsonObject joinBody()
{
    QJsonObject body = graphExampleObject(u"application-post-calls.request.5.json"_s);
    QJsonObject chat = body.value(u"chatInfo"_s).toObject();
    chat.insert(u"threadId"_s, kThread);
    body.insert(u"chatInfo"_s, chat);
    QJsonObject info = body.value(u"meetingInfo"_s).toObject();
    QJsonObject organizer = info.value(u"organizer"_s).toObject();
    QJsonObject user = organizer.value(u"user"_s).toObject();
    user.insert(u"id"_s, kOrganizer);
    organizer.insert(u"user"_s, user);
    info.insert(u"organizer"_s, organizer);
    body.insert(u"meetingInfo"_s, info);
    return body;
}

QJsonObject participant(Harness &sim, const QString &callId, const QString &id)
{
    for (const QJsonValue &p : sim.participants(callId)) {
        if (p.toObject().value(u"id"_s).toString() == id)
            return p.toObject();
    }
    return {};
}

} // namespace

class GraphSimOnlineMeetingsTest : public QObject
{
    Q_OBJECT

private slots:
    void organiserFindsTheMeetingByItsLink()
    {
        Harness sim(scenario());
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const Reply found = sim.graph("GET", byLink());
        QCOMPARE(found.status, 200);
        const QJsonArray value = found.json().value(u"value"_s).toArray();
        QCOMPARE(value.size(), 1);
        const QJsonObject meeting = value.at(0).toObject();
        QCOMPARE(meeting.value(u"joinWebUrl"_s).toString(), kWebUrl);
        QCOMPARE(QByteArray::fromBase64(meeting.value(u"id"_s).toString().toLatin1()),
                 QString(u"1*"_s + kOrganizer + u"*0**"_s + kThread).toUtf8());
        QCOMPARE(meeting.value(u"chatInfo"_s).toObject().value(u"threadId"_s).toString(), kThread);
        // A new Teams meeting's options.
        QCOMPARE(meeting.value(u"allowAttendeeToEnableMic"_s).toBool(false), true);
        QCOMPARE(meeting.value(u"allowAttendeeToEnableCamera"_s).toBool(false), true);
        QCOMPARE(meeting.value(u"allowedPresenters"_s).toString(), u"everyone"_s);
        QCOMPARE(meeting.value(u"allowMeetingChat"_s).toString(), u"enabled"_s);
        QCOMPARE(meeting.value(u"isEntryExitAnnounced"_s).toBool(true), false);
        QCOMPARE(meeting.value(u"lobbyBypassSettings"_s).toObject().value(u"scope"_s).toString(), u"organization"_s);
        QCOMPARE(sim.graph("GET", meetingPath(sim)).json().value(u"id"_s), meeting.value(u"id"_s));
    }

    void otherLinksAndOtherUsersFindNothing()
    {
        Harness sim(scenario());
        QVERIFY(sim.ok());
        QCOMPARE(sim.graph("GET", byLink(kAcceptUser)).json().value(u"value"_s).toArray().size(), 0);
        // The link once decoded is another link.
        QCOMPARE(sim.graph("GET", byLink(kOrganizer, QUrl::fromPercentEncoding(kWebUrl.toUtf8())))
                     .json()
                     .value(u"value"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(sim.graph("GET", u"/v1.0/users/%1/onlineMeetings"_s.arg(kOrganizer)).status, 400);
        QCOMPARE(sim.graph("GET", meetingPath(sim, kAcceptUser)).status, 404);
        QCOMPARE(sim.graph("GET", u"/v1.0/users/%1/onlineMeetings/bm8tc3VjaA"_s.arg(kOrganizer)).status, 404);
    }

    void patchChangesOnlyWhatItNamesAndAnswersTheMeeting()
    {
        Harness sim(scenario({{u"meetingOptions"_s,
                               QJsonObject{{u"lobbyBypassSettings"_s, QJsonObject{{u"isDialInBypassEnabled"_s, true}}},
                                           {u"allowMeetingChat"_s, u"limited"_s}}}}));
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const QJsonObject before = simOptions(sim);
        QCOMPARE(before.value(u"allowMeetingChat"_s).toString(), u"limited"_s);
        const Reply patched = sim.graphJson("PATCH", meetingPath(sim),
                                            {{u"allowAttendeeToEnableMic"_s, false},
                                             {u"allowedPresenters"_s, u"organizer"_s},
                                             {u"lobbyBypassSettings"_s, QJsonObject{{u"scope"_s, u"organizer"_s}}}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(u"allowAttendeeToEnableMic"_s).toBool(true), false);
        QJsonObject expected = before;
        expected.insert(u"allowAttendeeToEnableMic"_s, false);
        expected.insert(u"allowedPresenters"_s, u"organizer"_s);
        expected.insert(u"lobbyBypassSettings"_s,
                        QJsonObject{{u"scope"_s, u"organizer"_s}, {u"isDialInBypassEnabled"_s, true}});
        QCOMPARE(simOptions(sim), expected);
        const QJsonObject read = sim.graph("GET", meetingPath(sim)).json();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(read.value(it.key()), it.value());
    }

    void invalidPatchIsRefused_data()
    {
        testing::addColumns<QByteArray, QString>({"body", "messagePart"});
        QTest::newRow("unknown presenters value")
            << QByteArray(R"({"allowedPresenters":"nobody"})") << u"allowedPresenters"_s;
        QTest::newRow("unknown chat mode") << QByteArray(R"({"allowMeetingChat":"off"})") << u"allowMeetingChat"_s;
        QTest::newRow("mic as a string") << QByteArray(R"({"allowAttendeeToEnableMic":"false"})")
                                         << u"allowAttendeeToEnableMic"_s;
        QTest::newRow("unknown lobby scope")
            << QByteArray(R"({"lobbyBypassSettings":{"scope":"friends"}})") << u"lobbyBypassSettings.scope"_s;
        QTest::newRow("unknown lobby key") << QByteArray(R"({"lobbyBypassSettings":{"admit":"all"}})") << u"admit"_s;
        QTest::newRow("read-only property") << QByteArray(R"({"chatInfo":{"threadId":"x"}})") << u"chatInfo"_s;
        QTest::newRow("roleIsPresenter without attendees")
            << QByteArray(R"({"allowedPresenters":"roleIsPresenter"})") << u"attendees"_s;
        QTest::newRow("empty body") << QByteArray("{}") << u"at least one"_s;
        QTest::newRow("not JSON") << QByteArray("{nope") << QString();
    }

    void invalidPatchIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QJsonObject before = simOptions(sim);
        const Reply refused = sim.graph("PATCH", meetingPath(sim), body);
        QCOMPARE(refused.status, 400);
        QVERIFY2(errorMessage(refused).contains(messagePart), qPrintable(errorMessage(refused)));
        QCOMPARE(simOptions(sim), before);
    }

    void accessNeedsTheRoleAndThePolicy_data()
    {
        testing::addColumns<QString, QByteArray, int, QString, QString>(
            {"clientId", "method", "status", "code", "message"});
        const QString denied = u"App %1 is not authorized to %2 meeting on behalf of user %3"_s;
        QTest::newRow("no policy, find") << kNoPolicyApp << QByteArray("FIND") << 403 << u"Unauthorized"_s
                                         << denied.arg(kNoPolicyApp, u"Get"_s, kOrganizer);
        QTest::newRow("no policy, get") << kNoPolicyApp << QByteArray("GET") << 403 << u"Unauthorized"_s
                                        << denied.arg(kNoPolicyApp, u"Get"_s, kOrganizer);
        QTest::newRow("no policy, patch") << kNoPolicyApp << QByteArray("PATCH") << 403 << u"Unauthorized"_s
                                          << denied.arg(kNoPolicyApp, u"Update"_s, kOrganizer);
        QTest::newRow("policy for someone else") << kOtherUserPolicyApp << QByteArray("GET") << 403 << u"Unauthorized"_s
                                                 << denied.arg(kOtherUserPolicyApp, u"Get"_s, kOrganizer);
        QTest::newRow("no OnlineMeetings role")
            << kInviteOnlyApp << QByteArray("GET") << 403 << u"Forbidden"_s << u"OnlineMeetings.Read.All"_s;
        QTest::newRow("read role, get") << kReadOnlyApp << QByteArray("GET") << 200 << QString() << QString();
        QTest::newRow("read role, patch") << kReadOnlyApp << QByteArray("PATCH") << 403 << u"Forbidden"_s
                                          << u"Missing application permission: OnlineMeetings.ReadWrite.All"_s;
        QTest::newRow("global policy, patch") << kApp << QByteArray("PATCH") << 200 << QString() << QString();
    }

    void accessNeedsTheRoleAndThePolicy()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QString token = sim.token(clientId);
        QVERIFY(!token.isEmpty());
        const Reply reply = method == "FIND" ? sim.graph("GET", byLink(), {}, token)
                            : method == "GET"
                                ? sim.graph("GET", meetingPath(sim), {}, token)
                                : sim.graph("PATCH", meetingPath(sim), R"({"allowMeetingChat":"disabled"})", token);
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QVERIFY2(errorMessage(reply).contains(message), qPrintable(errorMessage(reply)));
        QCOMPARE(simOptions(sim).value(u"allowMeetingChat"_s).toString(),
                 status == 200 && method == "PATCH" ? u"disabled"_s : u"enabled"_s);
    }

    void lobbyBypassForEveryoneLetsTheWaitingIn()
    {
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const Reply joined = sim.graphJson("POST", u"/v1.0/communications/calls"_s, joinBody());
        QCOMPARE(joined.status, 201);
        const QString callId = joined.json().value(u"id"_s).toString();
        sim.advance(1);
        QCOMPARE(participant(sim, callId, kWaiting).value(u"isInLobby"_s).toBool(), true);
        QCOMPARE(sim.graphJson("PATCH", meetingPath(sim),
                               {{u"lobbyBypassSettings"_s, QJsonObject{{u"scope"_s, u"organization"_s}}}})
                     .status,
                 200);
        QCOMPARE(participant(sim, callId, kWaiting).value(u"isInLobby"_s).toBool(), true);
        QCOMPARE(sim.graphJson("PATCH", meetingPath(sim),
                               {{u"lobbyBypassSettings"_s, QJsonObject{{u"scope"_s, u"everyone"_s}}}})
                     .status,
                 200);
        QCOMPARE(participant(sim, callId, kWaiting).value(u"isInLobby"_s).toBool(true), false);
    }

    void attendeesWhoMayNotUnmuteJoinMuted()
    {
        Harness sim(scenario({{u"churn"_s, QJsonObject{{u"joinEvery"_s, 10}}}}));
        QVERIFY(sim.ok());
        const Reply joined = sim.graphJson("POST", u"/v1.0/communications/calls"_s, joinBody());
        const QString callId = joined.json().value(u"id"_s).toString();
        sim.advance(1);
        const int before = int(sim.participants(callId).size());
        QCOMPARE(sim.graphJson("PATCH", meetingPath(sim), {{u"allowAttendeeToEnableMic"_s, false}}).status, 200);
        sim.advance(100);
        const QJsonArray roster = sim.participants(callId);
        QCOMPARE(roster.size(), before + 10);
        for (qsizetype i = before; i < roster.size(); ++i)
            QVERIFY2(roster.at(i).toObject().value(u"isMuted"_s).toBool(), qPrintable(QString::number(i)));
    }

    void evolvableLobbyScopesNeedThePreferHeader()
    {
        Harness sim(scenario());
        QVERIFY(sim.ok());
        QCOMPARE(sim.graphJson("PATCH", meetingPath(sim),
                               {{u"lobbyBypassSettings"_s, QJsonObject{{u"scope"_s, u"invited"_s}}}})
                     .status,
                 200);
        auto scope = [](const Reply &r) {
            return r.json().value(u"lobbyBypassSettings"_s).toObject().value(u"scope"_s).toString();
        };
        QCOMPARE(scope(sim.graph("GET", meetingPath(sim))), u"unknownFutureValue"_s);
        QCOMPARE(scope(sim.graph("GET", meetingPath(sim), {}, {}, {{"Prefer", "include-unknown-enum-members"}})),
                 u"invited"_s);
    }

    void invalidScenarioSettingsAreRefusedWithTheirPath_data()
    {
        testing::addColumns<QJsonObject, QString>({"extra", "messagePart"});
        QTest::newRow("meeting options not an object")
            << QJsonObject{{u"meetingOptions"_s, 3}} << u"$.meetings[0].meetingOptions"_s;
        QTest::newRow("unknown option") << QJsonObject{{u"meetingOptions"_s, QJsonObject{{u"allowEverything"_s, true}}}}
                                        << u"$.meetings[0].meetingOptions: unknown key"_s;
        QTest::newRow("invalid option value")
            << QJsonObject{{u"meetingOptions"_s, QJsonObject{{u"allowedPresenters"_s, u"all"_s}}}}
            << u"allowedPresenters"_s;
    }

    void invalidScenarioSettingsAreRefusedWithTheirPath()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, messagePart);
        graphsim::GraphSimulator sim;
        QString error;
        QVERIFY(!sim.loadScenario(QJsonDocument(scenario(extra)).toJson(), &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void invalidAccessPolicyIsRefused()
    {
        QJsonObject s = scenario();
        QJsonArray tenants = s.value(u"tenants"_s).toArray();
        QJsonObject tenant = tenants.at(0).toObject();
        tenant.insert(u"apps"_s, QJsonArray{app(kApp, {}, u"everyone"_s)});
        tenants.replace(0, tenant);
        s.insert(u"tenants"_s, tenants);
        graphsim::GraphSimulator sim;
        QString error;
        QVERIFY(!sim.loadScenario(QJsonDocument(s).toJson(), &error));
        QVERIFY2(error.contains(u"onlineMeetingAccessPolicy"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(GraphSimOnlineMeetingsTest)
#include "tst_graphsim_online_meetings.moc"
