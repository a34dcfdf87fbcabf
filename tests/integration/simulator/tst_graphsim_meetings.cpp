// Joining a scenario's meetings: by link (thread + organiser) or by meeting id and passcode, each join
// its own leg; failed joins end as Graph reports them; the lobby; bad meetings in a scenario file.
#include "sim_harness.h"

#include <QJsonDocument>
#include <QtTest>
#include "support/test_columns.h"

using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QString kCalls = u"/v1.0/communications/calls"_s;
// The thread and organiser of Graph's own join example (application-post-calls.request.5/6.json).
const QString kThread = u"19:meeting_Win6Ydo4wsMijFjZS00ZGVjLTk5MGUtOTRjNWY2NmNkYTFm@thread.v2"_s;
const QString kOrganizer = u"5810cede-f3cc-42eb-b2c1-e9bd5d53ec96"_s;
const QString kLobbyThread = u"19:meeting_LobbyYmQ4LTk5MGUtOTRjNWY2NmNkYTFm@thread.v2"_s;
const QString kMeetingId = u"123456789012"_s;
const QString kPasscode = u"psw123"_s;
const QString kSubject = u"Quarterly planning"_s;
const QString kWebUrl =
    u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_Win6Ydo4wsMijFjZS00ZGVjLTk5MGUtOTRjNWY2NmNkYTFm%40thread.v2/0"_s;
const QString kCallingDisabledApp = u"11c2d3e4-0000-4000-8000-00000000a004"_s;
const QStringList kPeople = {u"p-bob"_s, u"p-ann"_s, u"p-raj"_s};

QJsonObject person(const QString &id)
{
    const QString userId = id == kPeople.first() ? kOrganizer : u"user-"_s + id;
    return {{u"id"_s, id},
            {u"info"_s, QJsonObject{{u"identity"_s, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, userId},
                                                                                        {u"displayName"_s, id.mid(2)},
                                                                                        {u"tenantId"_s, kTenant}}}}}}}};
}

//! The standard scenario plus two meetings (the docs' one, and one whose lobby holds apps; \a extra
//! goes into both) and an app that is not a calling bot.
QJsonObject meetingScenario(const QJsonObject &options = {}, const QJsonObject &extra = {})
{
    QJsonObject scenario = standardScenario();
    QJsonArray people;
    for (const QString &id : kPeople)
        people.append(person(id));
    const QJsonObject organizer{{u"id"_s, kOrganizer}, {u"displayName"_s, u"Bob"_s}};
    QJsonObject meeting{{u"joinWebUrl"_s, kWebUrl}, {u"joinMeetingId"_s, kMeetingId}, {u"passcode"_s, kPasscode},
                        {u"threadId"_s, kThread},   {u"tenantId"_s, kTenant},         {u"organizer"_s, organizer},
                        {u"subject"_s, kSubject},   {u"participants"_s, people}};
    QJsonObject lobby{{u"threadId"_s, kLobbyThread},
                      {u"organizer"_s, organizer},
                      {u"lobbyForApps"_s, true},
                      {u"participants"_s, people}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        meeting.insert(it.key(), it.value());
        lobby.insert(it.key(), it.value());
    }
    scenario.insert(u"meetings"_s, QJsonArray{meeting, lobby});
    QJsonArray tenants = scenario.value(u"tenants"_s).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(u"apps"_s).toArray();
    apps.append(QJsonObject{{u"clientId"_s, kCallingDisabledApp},
                            {u"secret"_s, kSecret},
                            {u"callingEnabled"_s, false},
                            {u"roles"_s, QJsonArray{u"Calls.JoinGroupCall.All"_s, u"Calls.InitiateGroupCall.All"_s}}});
    tenant.insert(u"apps"_s, apps);
    tenants.replace(0, tenant);
    scenario.insert(u"tenants"_s, tenants);
    QJsonObject merged = scenario.value(u"options"_s).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        merged.insert(it.key(), it.value());
    scenario.insert(u"options"_s, merged);
    return scenario;
}

//! Graph's example join by organizerMeetingInfo + chatInfo, on \a thread with \a organizer.
QByteArray byOrganizer(const QString &thread = kThread, const QString &organizer = kOrganizer,
                       const QString &file = u"application-post-calls.request.5.json"_s)
{
    return graphExample(file)
        .replace(kThread.toLatin1(), thread.toLatin1())
        .replace(kOrganizer.toLatin1(), organizer.toLatin1());
}

//! Graph's example join by joinMeetingIdMeetingInfo, with \a meetingId and \a passcode.
QByteArray byMeetingId(const QString &meetingId, const QString &passcode = kPasscode)
{
    return graphExample(u"application-post-calls.request.7.json"_s)
        .replace("\"1234567\"", QByteArray('"' + meetingId.toLatin1() + '"'))
        .replace("psw123", passcode.toLatin1());
}

QJsonArray simCalls(Harness &sim)
{
    return sim.hook("GET", u"/_sim/state"_s).value(u"calls"_s).toArray();
}

QJsonObject simCall(Harness &sim, const QString &id)
{
    for (const QJsonValue &call : simCalls(sim)) {
        if (call.toObject().value(u"id"_s).toString() == id)
            return call.toObject();
    }
    return {};
}

QString callState(Harness &sim, const QString &id)
{
    return sim.graph("GET", kCalls + u'/' + id).json().value(u"state"_s).toString();
}

QString join(Harness &sim, const QByteArray &body)
{
    const Reply reply = sim.graph("POST", kCalls, body);
    return reply.status == 201 ? reply.json().value(u"id"_s).toString() : QString();
}

} // namespace

class GraphSimMeetingsTest : public QObject
{
    Q_OBJECT

private slots:
    void joinCreatesAnEstablishingLegWithTheMeetingsPeople_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("organizer + thread, service-hosted media") << byOrganizer();
        QTest::newRow("organizer + thread, app-hosted media")
            << byOrganizer(kThread, kOrganizer, u"application-post-calls.request.6.json"_s);
        QTest::newRow("meeting id + passcode") << byMeetingId(kMeetingId);
        QTest::newRow("meeting id typed with spaces") << byMeetingId(u"1234 5678 9012"_s);
    }

    void joinCreatesAnEstablishingLegWithTheMeetingsPeople()
    {
        QFETCH(QByteArray, body);
        Harness sim(meetingScenario());
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const Reply created = sim.graph("POST", kCalls, body);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty() && id != kCall);
        QCOMPARE(created.header("Location"),
                 QString(sim.simulator().baseUrl().toString() + kCalls + u'/' + id).toLatin1());
        QCOMPARE(created.json().value(u"state"_s).toString(), u"establishing"_s);

        const Reply got = sim.graph("GET", kCalls + u'/' + id);
        QCOMPARE(got.status, 200);
        const QJsonObject call = got.json();
        QCOMPARE(call.value(u"state"_s).toString(), u"establishing"_s);
        QCOMPARE(call.value(u"subject"_s).toString(), kSubject);
        QCOMPARE(call.value(u"joinWebUrl"_s).toString(), kWebUrl);
        QCOMPARE(call.value(u"chatInfo"_s).toObject().value(u"threadId"_s).toString(), kThread);
        const QString me = call.value(u"myParticipantId"_s).toString();
        QVERIFY(!me.isEmpty());
        QCOMPARE(sim.participantIds(id), kPeople + QStringList{me});
        const QJsonObject bot = sim.participants(id).last().toObject();
        QCOMPARE(bot.value(u"info"_s)
                     .toObject()
                     .value(u"identity"_s)
                     .toObject()
                     .value(u"application"_s)
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 kApp);
        QCOMPARE(bot.value(u"isInLobby"_s).toBool(), false);
    }

    void joinedLegIsEstablishedAfterTheJoinDelay_data()
    {
        testing::addColumns<QJsonObject, double>({"options", "delay"});
        QTest::newRow("default 1 s") << QJsonObject() << 1.0;
        QTest::newRow("joinDelay 2.5 s") << QJsonObject{{u"joinDelay"_s, 2.5}} << 2.5;
        QTest::newRow("joinDelay 30 s") << QJsonObject{{u"joinDelay"_s, 30}} << 30.0;
    }

    void joinedLegIsEstablishedAfterTheJoinDelay()
    {
        QFETCH(QJsonObject, options);
        QFETCH(double, delay);
        Harness sim(meetingScenario(options));
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const QString id = join(sim, byOrganizer());
        QVERIFY(!id.isEmpty());
        sim.advance(delay - 0.1);
        QCOMPARE(callState(sim, id), u"establishing"_s);
        sim.advance(0.1);
        QCOMPARE(callState(sim, id), u"established"_s);
        QCOMPARE(sim.participantIds(id).size(), kPeople.size() + 1);
    }

    void twoJoinsOfOneMeetingAreTwoLegs()
    {
        Harness sim(meetingScenario());
        QVERIFY(sim.ok());
        const QString first = join(sim, byOrganizer());
        const QString second = join(sim, byMeetingId(kMeetingId));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(simCalls(sim).size(), 3); // the scenario's call and the two legs
        const QString firstBot = sim.participantIds(first).last();
        QVERIFY(firstBot != sim.participantIds(second).last());
        // Each leg has its own roster: a removal in one does not show in the other.
        QCOMPARE(sim.graph("DELETE", kCalls + u'/' + first + u"/participants/p-ann"_s).status, 204);
        QCOMPARE(sim.participantIds(first), (QStringList{u"p-bob"_s, u"p-raj"_s, firstBot}));
        QCOMPARE(sim.participantIds(second).mid(0, 3), kPeople);
    }

    void meetingChurnBeginsWhenTheLegIsEstablished_data()
    {
        QTest::addColumn<QString>("thread");
        QTest::newRow("open meeting, established after the join delay") << kThread;
        QTest::newRow("lobby meeting, admitted after 30 s") << kLobbyThread;
    }

    void meetingChurnBeginsWhenTheLegIsEstablished()
    {
        QFETCH(QString, thread);
        Harness sim(meetingScenario({}, {{u"churn"_s, QJsonObject{{u"joinEvery"_s, 10}}}}));
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const QString id = join(sim, byOrganizer(thread));
        QVERIFY(!id.isEmpty());
        if (thread == kLobbyThread) {
            sim.advance(30);
            QCOMPARE(simCall(sim, id).value(u"participants"_s).toArray().size(), kPeople.size() + 1);
            QCOMPARE(sim.send("POST", u"/_sim/calls/%1/admit"_s.arg(id)).status, 204);
        } else {
            sim.advance(1);
        }
        QCOMPARE(callState(sim, id), u"established"_s);
        sim.advance(9.9);
        QCOMPARE(sim.participantIds(id).size(), kPeople.size() + 1);
        sim.advance(0.1);
        QCOMPARE(sim.participantIds(id).size(), kPeople.size() + 2);
    }

    void failedJoinStartsThenEndsWithAResultInfo_data()
    {
        testing::addColumns<QByteArray, int, int>({"body", "code", "subcode"});
        QTest::newRow("wrong passcode") << byMeetingId(kMeetingId, u"wrong1"_s) << 403 << 10001;
        QTest::newRow("no passcode")
            << graphExample(u"application-post-calls.request.8.json"_s).replace("1234567", kMeetingId.toLatin1()) << 403
            << 10001;
        QTest::newRow("unknown meeting id") << byMeetingId(u"999888777666"_s) << 404 << 10002;
        QTest::newRow("unknown thread") << byOrganizer(u"19:meeting_NoSuchMeeting@thread.v2"_s) << 400 << 2203;
        QTest::newRow("thread of another organiser") << byOrganizer(kThread, kAcceptUser) << 400 << 2203;
    }

    void failedJoinStartsThenEndsWithAResultInfo()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(int, subcode);
        Harness sim(meetingScenario());
        QVERIFY(sim.ok());
        const Reply created = sim.graph("POST", kCalls, body);
        QCOMPARE(created.status, 201); // Graph does not refuse the POST: the call ends soon after
        QCOMPARE(created.json().value(u"state"_s).toString(), u"establishing"_s);
        const QString id = created.json().value(u"id"_s).toString();
        sim.advance(1);
        const QJsonObject ended = simCall(sim, id);
        QCOMPARE(ended.value(u"state"_s).toString(), u"terminated"_s);
        const QJsonObject resultInfo = ended.value(u"resultInfo"_s).toObject();
        QCOMPARE(resultInfo.value(u"code"_s).toInt(), code);
        QCOMPARE(resultInfo.value(u"subcode"_s).toInt(), subcode);
        QVERIFY(!resultInfo.value(u"message"_s).toString().isEmpty());
        const Reply gone = sim.graph("GET", kCalls + u'/' + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"8522"_s);
    }

    void appThatIsNotACallingBotIsRefusedWith7503()
    {
        Harness sim(meetingScenario());
        QVERIFY(sim.ok());
        const Reply refused = sim.graph("POST", kCalls, byOrganizer(), sim.token(kCallingDisabledApp));
        QCOMPARE(refused.status, 403);
        const QString message = refused.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"\"errorCode\":\"7503\""_s), qPrintable(message));
        QCOMPARE(QJsonDocument::fromJson(message.toUtf8()).object().value(u"errorCode"_s).toString(), u"7503"_s);
        QCOMPARE(simCalls(sim).size(), 1);
    }

    void invalidJoinRequestIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is left out
        QTest::addColumn<QString>("messagePart");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("no callbackUri") << u"callbackUri"_s << missing << u"callbackUri"_s;
        QTest::newRow("empty callbackUri") << u"callbackUri"_s << QJsonValue(u""_s) << u"callbackUri"_s;
        QTest::newRow("http callbackUri")
            << u"callbackUri"_s << QJsonValue(u"http://bot.contoso.com/callback"_s) << u"https"_s;
        QTest::newRow("relative callbackUri") << u"callbackUri"_s << QJsonValue(u"/callback"_s) << u"absolute"_s;
        QTest::newRow("callbackUri without host")
            << u"callbackUri"_s << QJsonValue(u"https:callback"_s) << u"absolute"_s;
        QTest::newRow("no mediaConfig") << u"mediaConfig"_s << missing << u"mediaConfig"_s;
        QTest::newRow("no requestedModalities") << u"requestedModalities"_s << missing << u"requestedModalities"_s;
        QTest::newRow("empty requestedModalities")
            << u"requestedModalities"_s << QJsonValue(QJsonArray()) << u"requestedModalities"_s;
    }

    void invalidJoinRequestIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, messagePart);
        Harness sim(meetingScenario());
        QVERIFY(sim.ok());
        QJsonObject body = QJsonDocument::fromJson(byOrganizer()).object();
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const Reply refused = sim.graphJson("POST", kCalls, body);
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json().value(u"error"_s).toObject();
        QVERIFY2(error.value(u"message"_s).toString().contains(messagePart),
                 qPrintable(error.value(u"message"_s).toString()));
        QCOMPARE(simCalls(sim).size(), 1); // nothing was created
    }

    void botWaitsInTheLobbyUntilAdmitted()
    {
        Harness sim(meetingScenario());
        QVERIFY(sim.ok());
        const QString id = join(sim, byOrganizer(kLobbyThread));
        QVERIFY(!id.isEmpty());
        sim.advance(60);
        QCOMPARE(callState(sim, id), u"establishing"_s);
        const QString me = sim.graph("GET", kCalls + u'/' + id).json().value(u"myParticipantId"_s).toString();
        const QJsonArray waiting = sim.participants(id);
        QCOMPARE(waiting.size(), 1); // in the lobby the bot sees only itself
        QCOMPARE(waiting.at(0).toObject().value(u"id"_s).toString(), me);
        QCOMPARE(waiting.at(0).toObject().value(u"isInLobby"_s).toBool(), true);

        QCOMPARE(sim.send("POST", u"/_sim/calls/%1/admit"_s.arg(id)).status, 204);
        QCOMPARE(callState(sim, id), u"established"_s);
        QCOMPARE(sim.participantIds(id), kPeople + QStringList{me});
        QCOMPARE(sim.graph("GET", kCalls + u'/' + id + u"/participants/"_s + me).json().value(u"isInLobby"_s).toBool(),
                 false);
    }

    void admittingACallThatDoesNotWaitIsRefused_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("the scenario's established call") << u"scenario"_s;
        QTest::newRow("a leg of a meeting without lobby") << u"open"_s;
        QTest::newRow("a leg admitted already") << u"admitted"_s;
        QTest::newRow("an unknown call") << u"unknown"_s;
    }

    void admittingACallThatDoesNotWaitIsRefused()
    {
        QFETCH(QString, which);
        Harness sim(meetingScenario());
        QVERIFY(sim.ok());
        QString id = which == u"scenario"_s ? kCall : which == u"unknown"_s ? u"no-such-call"_s : QString();
        if (which == u"open"_s) {
            id = join(sim, byOrganizer());
            sim.advance(1);
        } else if (which == u"admitted"_s) {
            id = join(sim, byOrganizer(kLobbyThread));
            QCOMPARE(sim.send("POST", u"/_sim/calls/%1/admit"_s.arg(id)).status, 204);
        }
        QVERIFY(!id.isEmpty());
        const Reply refused = sim.send("POST", u"/_sim/calls/%1/admit"_s.arg(id));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"lobby"_s));
        if (which != u"unknown"_s)
            QCOMPARE(simCall(sim, id).value(u"state"_s).toString(), u"established"_s);
    }

    void invalidMeetingIsRefusedWithItsPath_data()
    {
        testing::addColumns<QByteArray, QString>({"meeting", "messagePart"});
        const QByteArray org = R"("organizer":{"id":"o1"})";
        QTest::newRow("thread id without @thread")
            << QByteArray(R"({"threadId":"19:meeting_abc",)" + org + "}") << u"$.meetings[0].threadId"_s;
        QTest::newRow("no thread id") << QByteArray("{" + org + "}") << u"$.meetings[0].threadId"_s;
        QTest::newRow("meeting id with letters")
            << QByteArray(R"({"threadId":"19:m@thread.v2","joinMeetingId":"12345abc9012",)" + org + "}")
            << u"$.meetings[0].joinMeetingId: must be 9 to 15 digits"_s;
        QTest::newRow("meeting id too short")
            << QByteArray(R"({"threadId":"19:m@thread.v2","joinMeetingId":"1234567",)" + org + "}")
            << u"$.meetings[0].joinMeetingId"_s;
        QTest::newRow("meeting id as a number")
            << QByteArray(R"({"threadId":"19:m@thread.v2","joinMeetingId":123456789012,)" + org + "}")
            << u"$.meetings[0].joinMeetingId"_s;
        QTest::newRow("no organizer") << QByteArray(R"({"threadId":"19:m@thread.v2"})")
                                      << u"$.meetings[0].organizer: must be an object"_s;
        QTest::newRow("organizer without id")
            << QByteArray(R"({"threadId":"19:m@thread.v2","organizer":{"displayName":"Bob"}})")
            << u"$.meetings[0].organizer.id"_s;
        QTest::newRow("unknown key") << QByteArray(R"({"threadId":"19:m@thread.v2","joinUrl":"x",)" + org + "}")
                                     << u"$.meetings[0]: unknown key \"joinUrl\""_s;
        QTest::newRow("unknown organizer key")
            << QByteArray(R"({"threadId":"19:m@thread.v2","organizer":{"id":"o1","upn":"x"}})")
            << u"$.meetings[0].organizer: unknown key \"upn\""_s;
        QTest::newRow("unknown tenant") << QByteArray(R"({"threadId":"19:m@thread.v2","tenantId":"t9",)" + org + "}")
                                        << u"$.meetings[0].tenantId"_s;
        QTest::newRow("lobbyForApps not a bool")
            << QByteArray(R"({"threadId":"19:m@thread.v2","lobbyForApps":"yes",)" + org + "}")
            << u"$.meetings[0].lobbyForApps"_s;
        QTest::newRow("participant without id")
            << QByteArray(R"({"threadId":"19:m@thread.v2","participants":[{"info":{}}],)" + org + "}")
            << u"$.meetings[0].participants[0].id"_s;
        QTest::newRow("meeting not an object") << QByteArray("42") << u"$.meetings[0]: must be an object"_s;
    }

    void invalidMeetingIsRefusedWithItsPath()
    {
        QFETCH(QByteArray, meeting);
        QFETCH(QString, messagePart);
        const QByteArray json =
            R"({"tenants":[{"id":"t1","apps":[{"clientId":"a1","secret":"s"}]}],"meetings":[)" + meeting + "]}";
        graphsim::GraphSimulator simulator;
        QString error;
        QVERIFY(!simulator.loadScenario(json, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(GraphSimMeetingsTest)
#include "tst_graphsim_meetings.moc"
