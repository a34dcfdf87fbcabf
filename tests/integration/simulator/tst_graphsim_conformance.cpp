// The simulator answers the documentation's own requests with bodies of the documented shapes.
#include "sim_harness.h"

#include <QJsonDocument>
#include <QtTest>

using namespace simtest;

namespace {

QString participantsPath(const QString &callId = kCall)
{
    return QStringLiteral("/v1.0/communications/calls/%1/participants").arg(callId);
}

QJsonObject scenarioWithGeneratedRoster(int extra, const QJsonObject &options)
{
    QJsonObject scenario = standardScenario();
    QJsonArray calls = scenario.value(QStringLiteral("calls")).toArray();
    QJsonObject call = calls.at(0).toObject();
    QJsonArray roster = call.value(QStringLiteral("participants")).toArray();
    for (int i = 0; i < extra; ++i) {
        roster.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("extra-%1").arg(i)},
            {QStringLiteral("info"),
             QJsonObject{
                 {QStringLiteral("identity"),
                  QJsonObject{{QStringLiteral("user"),
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("u-%1").arg(i)},
                                           {QStringLiteral("displayName"), QStringLiteral("Person %1").arg(i)}}}}}}}});
    }
    call.insert(QStringLiteral("participants"), roster);
    calls.replace(0, call);
    scenario.insert(QStringLiteral("calls"), calls);
    QJsonObject merged = scenario.value(QStringLiteral("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        merged.insert(it.key(), it.value());
    scenario.insert(QStringLiteral("options"), merged);
    return scenario;
}

QStringList collectIdsFollowingNextLinks(Harness &sim, QStringList *pageSizes)
{
    QStringList ids;
    QString next = participantsPath();
    const QString root = sim.simulator().baseUrl().toString();
    for (int guard = 0; !next.isEmpty() && guard < 20; ++guard) {
        const Reply reply = sim.graph("GET", next);
        if (reply.status != 200)
            return {QStringLiteral("HTTP %1").arg(reply.status)};
        const QJsonObject body = reply.json();
        const QJsonArray value = body.value(QStringLiteral("value")).toArray();
        pageSizes->append(QString::number(value.size()));
        for (const QJsonValue &p : value)
            ids.append(p.toObject().value(QStringLiteral("id")).toString());
        const QString link = body.value(QStringLiteral("@odata.nextLink")).toString();
        if (!link.isEmpty() && (!link.startsWith(root) || !link.contains(QLatin1String("$skiptoken="))))
            return {QStringLiteral("bad nextLink ") + link};
        next = link.isEmpty() ? QString() : link.mid(root.size());
    }
    return ids;
}

} // namespace

class GraphSimConformanceTest : public QObject
{
    Q_OBJECT

private slots:
    void participantListIsTheDocumentationsList()
    {
        Harness sim;
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const Reply reply = sim.graph("GET", participantsPath());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        const QJsonObject documented = graphExampleObject(QStringLiteral("call-list-participants.response.1.json"));
        QCOMPARE(body.value(QStringLiteral("value")), documented.value(QStringLiteral("value")));
        QVERIFY(body.value(QStringLiteral("@odata.context"))
                    .toString()
                    .endsWith(QStringLiteral("/v1.0/$metadata#communications/calls('%1')/participants").arg(kCall)));
        QVERIFY(!body.contains(QStringLiteral("@odata.nextLink")));
    }

    void everyResponseCarriesRequestIdsAndDate()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply ok = sim.graph("GET", participantsPath(), {}, {},
                                   {{"client-request-id", "e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"}});
        QCOMPARE(ok.header("client-request-id"), QByteArray("e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"));
        QVERIFY(!ok.header("request-id").isEmpty());
        QVERIFY(ok.header("Date").endsWith(" GMT"));
        const Reply failed = sim.graph("GET", participantsPath(QStringLiteral("no-such-call")), {}, {},
                                       {{"client-request-id", "abc-123"}});
        QCOMPARE(failed.status, 404);
        const QJsonObject inner =
            failed.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("innerError")).toObject();
        QCOMPARE(inner.value(QStringLiteral("client-request-id")).toString(), QStringLiteral("abc-123"));
        QCOMPARE(inner.value(QStringLiteral("request-id")).toString().toLatin1(), failed.header("request-id"));
        QCOMPARE(inner.value(QStringLiteral("date")).toString(), QStringLiteral("2025-03-03T09:00:00"));
    }

    void getParticipantReturnsTheRosterEntry()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QJsonObject documented = graphExampleObject(QStringLiteral("call-list-participants.response.1.json"))
                                           .value(QStringLiteral("value"))
                                           .toArray()
                                           .at(1)
                                           .toObject();
        const QString id = documented.value(QStringLiteral("id")).toString();
        const Reply reply = sim.graph("GET", participantsPath() + QLatin1Char('/') + id);
        QCOMPARE(reply.status, 200);
        QJsonObject body = reply.json();
        QVERIFY(
            body.take(QStringLiteral("@odata.context")).toString().endsWith(QLatin1String("/participants/$entity")));
        QCOMPARE(body, documented);
    }

    void getCallReturnsTheCall()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.graph("GET", QStringLiteral("/v1.0/communications/calls/") + kCall);
        QCOMPARE(reply.status, 200);
        const QJsonObject call = reply.json();
        QCOMPARE(call.value(QStringLiteral("@odata.type")).toString(), QStringLiteral("#microsoft.graph.call"));
        QCOMPARE(call.value(QStringLiteral("id")).toString(), kCall);
        QCOMPARE(call.value(QStringLiteral("state")).toString(), QStringLiteral("established"));
        QCOMPARE(call.value(QStringLiteral("subject")).toString(), QStringLiteral("Weekly sync"));
        QCOMPARE(call.value(QStringLiteral("tenantId")).toString(), kTenant);
    }

    void inviteExampleIsAccepted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("one participant") << QStringLiteral("participant-invite.request.1.json");
        QTest::newRow("two participants") << QStringLiteral("participant-invite.request.2.json");
        QTest::newRow("PSTN participant") << QStringLiteral("participant-invite.request.4.json");
        QTest::newRow("invite then cancel example") << QStringLiteral("participant-delete.request.2.json");
    }

    void inviteExampleIsAccepted()
    {
        QFETCH(QString, file);
        Harness sim;
        QVERIFY(sim.ok());
        const QJsonObject request = graphExampleObject(file);
        const Reply reply = sim.graph("POST", participantsPath() + QStringLiteral("/invite"), graphExample(file));
        QCOMPARE(reply.status, 200);
        const QJsonObject operation = reply.json();
        const QJsonObject documented = graphExampleObject(QStringLiteral("participant-invite.response.1.json"));
        QCOMPARE(operation.value(QStringLiteral("@odata.type")), documented.value(QStringLiteral("@odata.type")));
        QCOMPARE(operation.value(QStringLiteral("status")).toString().toLower(), QStringLiteral("running"));
        QCOMPARE(operation.value(QStringLiteral("clientContext")), request.value(QStringLiteral("clientContext")));
        QVERIFY(operation.value(QStringLiteral("resultInfo")).isNull());
        QCOMPARE(operation.value(QStringLiteral("participants")), request.value(QStringLiteral("participants")));
        const QString id = operation.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(reply.header("Location"),
                 (sim.simulator().baseUrl().toString()
                  + QStringLiteral("/v1.0/communications/calls/%1/operations/%2").arg(kCall, id))
                     .toLatin1());
        const Reply polled =
            sim.graph("GET", QStringLiteral("/v1.0/communications/calls/%1/operations/%2").arg(kCall, id));
        QCOMPARE(polled.status, 200);
        QCOMPARE(polled.json().value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    }

    void muteExampleCompletesAndMutesTheParticipant()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString id = QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb");
        const Reply reply = sim.graph("POST", participantsPath() + QLatin1Char('/') + id + QStringLiteral("/mute"),
                                      graphExample(QStringLiteral("participant-mute.request.1.json")));
        QCOMPARE(reply.status, 200);
        const QJsonObject documented = graphExampleObject(QStringLiteral("participant-mute.response.1.json"));
        const QJsonObject operation = reply.json();
        for (const QString &key :
             {QStringLiteral("@odata.type"), QStringLiteral("status"), QStringLiteral("clientContext")})
            QCOMPARE(operation.value(key), documented.value(key));
        QVERIFY(
            reply.header("Location")
                .endsWith(QByteArray("/operations/" + operation.value(QStringLiteral("id")).toString().toLatin1())));
        const QJsonObject participant = sim.graph("GET", participantsPath() + QLatin1Char('/') + id).json();
        QCOMPARE(participant.value(QStringLiteral("isMuted")).toBool(), true);
        const QJsonObject audio = participant.value(QStringLiteral("mediaStreams")).toArray().at(0).toObject();
        QCOMPARE(audio.value(QStringLiteral("mediaType")).toString(), QStringLiteral("audio"));
        QCOMPARE(audio.value(QStringLiteral("serverMuted")).toBool(), true);
    }

    void pagingFollowsNextLinks()
    {
        Harness sim(scenarioWithGeneratedRoster(3, {{QStringLiteral("pageSize"), 2}}));
        QVERIFY(sim.ok());
        QStringList pages;
        const QStringList ids = collectIdsFollowingNextLinks(sim, &pages);
        QCOMPARE(pages, QStringList({QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(ids, QStringList({QStringLiteral("a7ebfb2d-871e-419c-87af-27290b22e8db"),
                                   QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb"), QStringLiteral("extra-0"),
                                   QStringLiteral("extra-1"), QStringLiteral("extra-2")}));
    }

    void rosterCapTruncatesSilently()
    {
        Harness sim(scenarioWithGeneratedRoster(3, {{QStringLiteral("rosterCap"), 3}}));
        QVERIFY(sim.ok());
        const Reply reply = sim.graph("GET", participantsPath());
        QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 3);
        QVERIFY(!reply.json().contains(QStringLiteral("@odata.nextLink")));
    }

    void rosterCapAppliesAcrossPages()
    {
        Harness sim(
            scenarioWithGeneratedRoster(3, {{QStringLiteral("rosterCap"), 4}, {QStringLiteral("pageSize"), 3}}));
        QVERIFY(sim.ok());
        QStringList pages;
        const QStringList ids = collectIdsFollowingNextLinks(sim, &pages);
        QCOMPARE(pages, QStringList({QStringLiteral("3"), QStringLiteral("1")}));
        QCOMPARE(ids.last(), QStringLiteral("extra-1"));
    }

    void foreignSkipTokenIsRejected()
    {
        Harness sim(scenarioWithGeneratedRoster(3, {{QStringLiteral("pageSize"), 2}}));
        QVERIFY(sim.ok());
        QCOMPARE(sim.graph("GET", participantsPath() + QStringLiteral("?$skiptoken=RFNwdAoAAQAAAA")).status, 400);
    }

    void batchAnswersEachItemWithItsOwnStatus()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString path = QStringLiteral("/communications/calls/%1/participants/").arg(kCall);
        const QJsonObject batch{
            {QStringLiteral("requests"),
             QJsonArray{
                 QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("1")},
                     {QStringLiteral("method"), QStringLiteral("DELETE")},
                     {QStringLiteral("url"), QString(path + QStringLiteral("a7ebfb2d-871e-419c-87af-27290b22e8db"))}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                             {QStringLiteral("method"), QStringLiteral("DELETE")},
                             {QStringLiteral("url"), QString(path + QStringLiteral("nobody"))}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                             {QStringLiteral("method"), QStringLiteral("GET")},
                             {QStringLiteral("url"), QStringLiteral("users?$filter=startswith(displayName,'Ja')")},
                             {QStringLiteral("headers"),
                              QJsonObject{{QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual")}}}}}}};
        const Reply reply = sim.graphJson("POST", QStringLiteral("/v1.0/$batch"), batch);
        QCOMPARE(reply.status, 200);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &item : reply.json().value(QStringLiteral("responses")).toArray())
            byId.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
        QCOMPARE(byId.size(), 3);
        QCOMPARE(byId.value(QStringLiteral("1")).value(QStringLiteral("status")).toInt(), 204);
        QCOMPARE(byId.value(QStringLiteral("2")).value(QStringLiteral("status")).toInt(), 404);
        const QJsonObject error = byId.value(QStringLiteral("2"))
                                      .value(QStringLiteral("body"))
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QVERIFY(error.contains(QStringLiteral("code"))
                && error.value(QStringLiteral("innerError")).toObject().contains(QStringLiteral("request-id")));
        QCOMPARE(byId.value(QStringLiteral("3")).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(byId.value(QStringLiteral("3"))
                     .value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .size(),
                 3);
        QVERIFY(byId.value(QStringLiteral("3"))
                    .value(QStringLiteral("headers"))
                    .toObject()
                    .value(QStringLiteral("Content-Type"))
                    .toString()
                    .startsWith(QLatin1String("application/json")));
        QCOMPARE(sim.participantIds(), QStringList{QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb")});
    }

    void batchDocumentationRequestGetsOneResponsePerItem()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply =
            sim.graph("POST", QStringLiteral("/v1.0/$batch"), graphExample(QStringLiteral("batch.request.1.json")));
        QCOMPARE(reply.status, 200);
        const QJsonObject documentedItem = graphExampleObject(QStringLiteral("batch.response.1.json"))
                                               .value(QStringLiteral("responses"))
                                               .toArray()
                                               .at(0)
                                               .toObject();
        QStringList ids;
        for (const QJsonValue &value : reply.json().value(QStringLiteral("responses")).toArray()) {
            const QJsonObject item = value.toObject();
            ids.append(item.value(QStringLiteral("id")).toString());
            for (const QString &key : item.keys())
                QVERIFY2(documentedItem.contains(key), qPrintable(key));
            QVERIFY(item.value(QStringLiteral("status")).toInt() >= 200);
            QVERIFY(item.value(QStringLiteral("headers")).isObject());
        }
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                   QStringLiteral("5")}));
    }

    void batchDependentsOfAFailedRequestFailWith424()
    {
        Harness sim;
        QVERIFY(sim.ok());
        QJsonObject batch = graphExampleObject(QStringLiteral("batch.request.dependsOn.json"));
        QJsonArray requests = batch.value(QStringLiteral("requests")).toArray();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QJsonObject item = requests.at(i).toObject();
            const bool first = item.value(QStringLiteral("id")).toString() == QLatin1String("1");
            item.insert(QStringLiteral("url"),
                        first ? QStringLiteral("/communications/calls/unknown")
                              : QStringLiteral("/communications/calls/%1/participants").arg(kCall));
            requests.replace(i, item);
        }
        batch.insert(QStringLiteral("requests"), requests);
        const Reply reply = sim.graphJson("POST", QStringLiteral("/v1.0/$batch"), batch);
        QCOMPARE(reply.status, 200);
        QMap<QString, int> statuses;
        for (const QJsonValue &item : reply.json().value(QStringLiteral("responses")).toArray())
            statuses.insert(item.toObject().value(QStringLiteral("id")).toString(),
                            item.toObject().value(QStringLiteral("status")).toInt());
        QCOMPARE(statuses, (QMap<QString, int>{{QStringLiteral("1"), 404},
                                               {QStringLiteral("2"), 424},
                                               {QStringLiteral("3"), 424},
                                               {QStringLiteral("4"), 424}}));
    }

    void batchCanAnswerInAnotherOrder()
    {
        Harness sim(scenarioWithGeneratedRoster(0, {{QStringLiteral("reverseBatchResponses"), true}}));
        QVERIFY(sim.ok());
        QJsonArray requests;
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
            requests.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("url"), QStringLiteral("/communications/calls/%1").arg(kCall)}});
        }
        const QJsonArray responses =
            sim.graphJson("POST", QStringLiteral("/v1.0/$batch"), {{QStringLiteral("requests"), requests}})
                .json()
                .value(QStringLiteral("responses"))
                .toArray();
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
    }

    void joiningAMeetingCreatesAnEstablishingCall()
    {
        QJsonObject scenario = standardScenario();
        QJsonArray calls = scenario.value(QStringLiteral("calls")).toArray();
        QJsonObject meeting = calls.at(0).toObject();
        meeting.insert(QStringLiteral("chatInfo"),
                       graphExampleObject(QStringLiteral("application-post-calls.request.5.json"))
                           .value(QStringLiteral("chatInfo")));
        QJsonArray roster = meeting.value(QStringLiteral("participants")).toArray();
        roster.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("person-1")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("identity"),
                          QJsonObject{{QStringLiteral("user"),
                                       QJsonObject{{QStringLiteral("id"), kAcceptUser},
                                                   {QStringLiteral("displayName"), QStringLiteral("Jan Novak")}}}}}}}});
        meeting.insert(QStringLiteral("participants"), roster);
        calls.replace(0, meeting);
        scenario.insert(QStringLiteral("calls"), calls);
        Harness sim(scenario);
        QVERIFY(sim.ok());

        const Reply created = sim.graph("POST", QStringLiteral("/v1.0/communications/calls"),
                                        graphExample(QStringLiteral("application-post-calls.request.5.json")));
        QCOMPARE(created.status, 201);
        const QJsonObject call = created.json();
        const QString id = call.value(QStringLiteral("id")).toString();
        QCOMPARE(call.value(QStringLiteral("state")).toString(), QStringLiteral("establishing"));
        QCOMPARE(
            created.header("Location"),
            (sim.simulator().baseUrl().toString() + QStringLiteral("/v1.0/communications/calls/") + id).toLatin1());
        QVERIFY(!call.value(QStringLiteral("myParticipantId")).toString().isEmpty());
        const QStringList ids = sim.participantIds(id);
        QVERIFY(ids.contains(QStringLiteral("person-1")));
        QVERIFY(ids.contains(call.value(QStringLiteral("myParticipantId")).toString()));
        sim.advance(1);
        QCOMPARE(sim.graph("GET", QStringLiteral("/v1.0/communications/calls/") + id)
                     .json()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("established"));
    }

    void peopleSearchNeedsEventualConsistencyAndMatchesWordPrefixes()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.graph("GET", QStringLiteral("/v1.0/users?$search=\"displayName:jan\"&$count=true"), {},
                                      {}, {{"ConsistencyLevel", "eventual"}});
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue &u : reply.json().value(QStringLiteral("value")).toArray())
            names.append(u.toObject().value(QStringLiteral("displayName")).toString());
        QCOMPARE(names, QStringList({QStringLiteral("Jan Novak"), QStringLiteral("Janet Diaz"),
                                     QStringLiteral("Sven Jansen")}));
        QCOMPARE(reply.json().value(QStringLiteral("@odata.count")).toInt(), 3);
        QVERIFY(
            !reply.json().value(QStringLiteral("value")).toArray().at(0).toObject().contains(QStringLiteral("answer")));
    }

    void peopleFilterAndTopPage()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.graph(
            "GET", QStringLiteral("/v1.0/users?$filter=startswith(displayName,'Ja')&$top=2&$select=id,displayName"));
        QCOMPARE(reply.status, 200);
        const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 2);
        QCOMPARE(value.at(0).toObject().keys(), QStringList({QStringLiteral("displayName"), QStringLiteral("id")}));
        const QString next = reply.json().value(QStringLiteral("@odata.nextLink")).toString();
        QVERIFY(!next.isEmpty());
        const Reply second = sim.graph("GET", next.mid(sim.simulator().baseUrl().toString().size()));
        QCOMPARE(second.json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Jamal Reed"));
    }

    void directoryIsPerTenant()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply =
            sim.graph("GET", QStringLiteral("/v1.0/users"), {}, sim.token(kOtherTenantApp, kOtherTenant));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QStringLiteral("value")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(GraphSimConformanceTest)
#include "tst_graphsim_conformance.moc"
