// Scenario files: bad ones are refused with a message naming the place; the demo scenario is believable.
#include "sim_harness.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>
#include "support/test_columns.h"

using namespace simtest;

namespace {

QByteArray demoScenario()
{
    QFile file(QStringLiteral(MODERATO_SOURCE_DIR "/resources/scenarios/demo.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString identityKind(const QJsonObject &participant)
{
    const QJsonObject identity =
        participant.value(QStringLiteral("info")).toObject().value(QStringLiteral("identity")).toObject();
    for (const char *kind : {"application", "user", "guest", "phone"}) {
        if (identity.value(QLatin1String(kind)).isObject())
            return QLatin1String(kind);
    }
    return QStringLiteral("unknown");
}

} // namespace

class GraphSimScenarioTest : public QObject
{
    Q_OBJECT

private slots:
    void invalidScenariosAreRefused_data()
    {
        testing::addColumns<QByteArray, QString>({"json", "messagePart"});
        const QByteArray tenant = R"("tenants":[{"id":"t1","apps":[{"clientId":"a1","secret":"s"}]}])";
        QTest::newRow("not JSON") << QByteArray("{tenants") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("$: must be an object");
        QTest::newRow("no tenants") << QByteArray("{}") << QStringLiteral("$.tenants");
        QTest::newRow("empty tenants") << QByteArray(R"({"tenants":[]})") << QStringLiteral("at least one tenant");
        QTest::newRow("unknown top-level key")
            << QByteArray("{" + tenant + R"(,"call":[]})") << QStringLiteral("unknown key \"call\"");
        QTest::newRow("app without secret") << QByteArray(R"({"tenants":[{"id":"t1","apps":[{"clientId":"a1"}]}]})")
                                            << QStringLiteral("$.tenants[0].apps[0].secret");
        QTest::newRow("duplicate tenant")
            << QByteArray(R"({"tenants":[{"id":"t1"},{"id":"T1"}]})") << QStringLiteral("duplicate tenant");
        QTest::newRow("user without displayName")
            << QByteArray("{" + tenant + R"(,"users":[{"id":"u1"}]})") << QStringLiteral("$.users[0].displayName");
        QTest::newRow("unknown answer outcome") << QByteArray(
            "{" + tenant + R"(,"users":[{"id":"u1","displayName":"U","answer":{"after":1,"outcome":"maybe"}}]})")
                                                << QStringLiteral("$.users[0].answer.outcome");
        QTest::newRow("answer without after")
            << QByteArray("{" + tenant + R"(,"users":[{"id":"u1","displayName":"U","answer":{"outcome":"accept"}}]})")
            << QStringLiteral("$.users[0].answer.after");
        QTest::newRow("call in unknown tenant")
            << QByteArray("{" + tenant + R"(,"calls":[{"id":"c1","tenantId":"t9"}]})")
            << QStringLiteral("$.calls[0].tenantId");
        QTest::newRow("call owned by unknown app")
            << QByteArray("{" + tenant + R"(,"calls":[{"id":"c1","ownerClientId":"a9"}]})")
            << QStringLiteral("$.calls[0].ownerClientId");
        QTest::newRow("participant without id")
            << QByteArray("{" + tenant + R"(,"calls":[{"id":"c1","participants":[{"info":{}}]}]})")
            << QStringLiteral("$.calls[0].participants[0].id");
        QTest::newRow("duplicate participant")
            << QByteArray("{" + tenant + R"(,"calls":[{"id":"c1","participants":[{"id":"p"},{"id":"p"}]}]})")
            << QStringLiteral("duplicate participant id p");
        QTest::newRow("negative churn") << QByteArray("{" + tenant
                                                      + R"(,"calls":[{"id":"c1","churn":{"joinEvery":-1}}]})")
                                        << QStringLiteral("$.calls[0].churn.joinEvery");
        QTest::newRow("unknown option") << QByteArray("{" + tenant + R"(,"options":{"pagesize":5}})")
                                        << QStringLiteral("unknown key \"pagesize\"");
        QTest::newRow("bad clock") << QByteArray("{" + tenant + R"(,"options":{"clock":"fast"}})")
                                   << QStringLiteral("$.options.clock");
        QTest::newRow("fractional page size")
            << QByteArray("{" + tenant + R"(,"options":{"pageSize":2.5}})") << QStringLiteral("$.options.pageSize");
        const QByteArray relay = R"("namespace":"contoso.servicebus.windows.net","keyName":"listen","key":"k")";
        QTest::newRow("relay namespace not a host")
            << QByteArray("{" + tenant + R"(,"relays":[{"namespace":"no host","path":"m","keyName":"k","key":"x"}]})")
            << QStringLiteral("$.relays[0].namespace");
        QTest::newRow("relay without key")
            << QByteArray("{" + tenant + R"(,"relays":[{"namespace":"a.b","path":"m","keyName":"k"}]})")
            << QStringLiteral("$.relays[0].key");
        QTest::newRow("relay on a hook path")
            << QByteArray("{" + tenant + R"(,"relays":[{)" + relay + R"(,"path":"_sim/x"}]})")
            << QStringLiteral("$.relays[0].path");
        QTest::newRow("relay on a tenant's path")
            << QByteArray("{" + tenant + R"(,"relays":[{)" + relay + R"(,"path":"t1"}]})")
            << QStringLiteral("$.relays[0].path");
        QTest::newRow("relay path with a query")
            << QByteArray("{" + tenant + R"(,"relays":[{)" + relay + R"(,"path":"m?x=1"}]})")
            << QStringLiteral("$.relays[0].path");
        QTest::newRow("overlapping relays") << QByteArray("{" + tenant + R"(,"relays":[{)" + relay + R"(,"path":"m"},{)"
                                                          + relay + R"(,"path":"M/x"}]})")
                                            << QStringLiteral("overlaps hybrid connection");
        QTest::newRow("unknown relay key")
            << QByteArray("{" + tenant + R"(,"relays":[{)" + relay + R"(,"path":"m","rights":[]}]})")
            << QStringLiteral("unknown key \"rights\"");
        QTest::newRow("bad start time") << QByteArray("{" + tenant + R"(,"options":{"startTime":"yesterday"}})")
                                        << QStringLiteral("$.options.startTime");
    }

    void invalidScenariosAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        graphsim::GraphSimulator simulator;
        QString error;
        QVERIFY(!simulator.loadScenario(json, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void missingScenarioFileIsReported()
    {
        graphsim::GraphSimulator simulator;
        QString error;
        QVERIFY(!simulator.loadScenarioFile(QStringLiteral("/nonexistent/scenario.json"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/scenario.json")), qPrintable(error));
    }

    void reloadingReplacesTheWorld()
    {
        Harness sim;
        QVERIFY(sim.ok());
        QCOMPARE(
            sim.graph("DELETE",
                      QStringLiteral("/v1.0/communications/calls/%1/participants/1e126418-44a0-4a94-a6f8-0efe1ad71acb")
                          .arg(kCall))
                .status,
            204);
        QCOMPARE(sim.participantIds().size(), 1);
        QVERIFY(!sim.log().isEmpty());
        QString error;
        QVERIFY(sim.simulator().loadScenario(QJsonDocument(standardScenario()).toJson(), &error));
        QVERIFY(sim.log().isEmpty());
        QCOMPARE(sim.graph("GET", QStringLiteral("/v1.0/communications/calls/") + kCall).status,
                 401); // tokens are gone
        QCOMPARE(
            sim.graph("GET", QStringLiteral("/v1.0/communications/calls/%1/participants").arg(kCall), {}, sim.token())
                .json()
                .value(QStringLiteral("value"))
                .toArray()
                .size(),
            2);
    }

    void demoScenarioIsABelievableMeeting()
    {
        const QByteArray json = demoScenario();
        QVERIFY(!json.isEmpty());
        graphsim::GraphSimulator simulator;
        QString error;
        QVERIFY2(simulator.loadScenario(json, &error), qPrintable(error));

        const QJsonObject scenario = QJsonDocument::fromJson(json).object();
        const QJsonObject tenant = scenario.value(QStringLiteral("tenants")).toArray().at(0).toObject();
        const QJsonObject app = tenant.value(QStringLiteral("apps")).toArray().at(0).toObject();
        QCOMPARE(app.value(QStringLiteral("secret")).toString(), QStringLiteral("demo-secret"));
        for (const char *role : {"Calls.JoinGroupCall.All", "Calls.InitiateGroupCall.All", "User.Read.All"})
            QVERIFY(app.value(QStringLiteral("roles")).toArray().contains(QLatin1String(role)));
        // The demo joins its meeting from the link, as a moderator would: its bot comes with the join.
        const QJsonObject call = scenario.value(QStringLiteral("meetings")).toArray().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("subject")).toString(), QStringLiteral("Quarterly planning — Contoso"));
        QVERIFY(call.value(QStringLiteral("joinWebUrl"))
                    .toString()
                    .startsWith(QLatin1String("https://teams.microsoft.com/l/meetup-join/")));
        const QJsonArray participants = call.value(QStringLiteral("participants")).toArray();
        QVERIFY(participants.size() >= 35 && participants.size() <= 45);
        QMap<QString, int> kinds;
        int externals = 0, inLobby = 0, muted = 0;
        QSet<QString> mediaTypes;
        for (const QJsonValue &value : participants) {
            const QJsonObject p = value.toObject();
            const QString kind = identityKind(p);
            ++kinds[kind];
            const QJsonObject identity =
                p.value(QStringLiteral("info")).toObject().value(QStringLiteral("identity")).toObject();
            if (kind == QLatin1String("user")
                && identity.value(QStringLiteral("user")).toObject().value(QStringLiteral("tenantId")).toString()
                       != tenant.value(QStringLiteral("id")).toString())
                ++externals;
            inLobby += p.value(QStringLiteral("isInLobby")).toBool() ? 1 : 0;
            muted += p.value(QStringLiteral("isMuted")).toBool() ? 1 : 0;
            for (const QJsonValue &s : p.value(QStringLiteral("mediaStreams")).toArray())
                mediaTypes.insert(s.toObject().value(QStringLiteral("mediaType")).toString());
            if (kind == QLatin1String("application"))
                QCOMPARE(
                    identity.value(QStringLiteral("application")).toObject().value(QStringLiteral("id")).toString(),
                    app.value(QStringLiteral("clientId")).toString());
        }
        QCOMPARE(kinds.value(QStringLiteral("application")), 0);
        QCOMPARE(kinds.value(QStringLiteral("phone")), 1);
        QCOMPARE(externals, 3);
        QVERIFY(kinds.value(QStringLiteral("guest")) >= 3);
        QCOMPARE(inLobby, 1);
        QVERIFY(muted >= 2);
        QCOMPARE(mediaTypes, (QSet<QString>{QStringLiteral("audio"), QStringLiteral("video"),
                                            QStringLiteral("videoBasedScreenSharing")}));
        const QJsonArray users = scenario.value(QStringLiteral("users")).toArray();
        QVERIFY(users.size() >= 8);
        QMap<QString, int> outcomes;
        for (const QJsonValue &u : users)
            ++outcomes
                [u.toObject().value(QStringLiteral("answer")).toObject().value(QStringLiteral("outcome")).toString()];
        QVERIFY(outcomes.value(QStringLiteral("accept")) >= 2);
        QVERIFY(outcomes.value(QStringLiteral("decline")) >= 1);
        QVERIFY(outcomes.value(QStringLiteral("busy")) >= 1);
        QVERIFY(outcomes.value(QStringLiteral("noAnswer")) >= 1);
        QCOMPARE(scenario.value(QStringLiteral("options")).toObject().value(QStringLiteral("clock")).toString(),
                 QStringLiteral("real"));
    }
};

QTEST_GUILESS_MAIN(GraphSimScenarioTest)
#include "tst_graphsim_scenario.moc"
