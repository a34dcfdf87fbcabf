// startHoldMusic / stopHoldMusic of the simulator over real HTTP: the documented 202 answers and
// their operations, one participant on hold at a time, resuming someone not on hold, the lobby,
// someone who is not in the call, and the permission.
#include "integration/simulator/sim_harness.h"
#include "support/graph_examples.h"

#include <QJsonArray>
#include <QtTest>

using namespace simtest;
using testsupport::graphExample;
using testsupport::graphExampleObject;

namespace {

const QString Held = QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb"); // "Test Participant"
const QString Waiting = QStringLiteral("5d2c1b0a-0000-4000-8000-00000000c001");

QString actionPath(const QString &participantId, const QString &action)
{
    return QStringLiteral("/v1.0/communications/calls/%1/participants/%2/%3").arg(kCall, participantId, action);
}

//! The standard world with someone waiting in the lobby.
QJsonObject worldWithLobby()
{
    QJsonObject world = standardScenario();
    QJsonArray calls = world.value(QStringLiteral("calls")).toArray();
    QJsonObject call = calls.at(0).toObject();
    QJsonArray roster = call.value(QStringLiteral("participants")).toArray();
    QJsonObject waiting = roster.at(1).toObject();
    waiting.insert(QStringLiteral("id"), Waiting);
    waiting.insert(QStringLiteral("isInLobby"), true);
    roster.append(waiting);
    call.insert(QStringLiteral("participants"), roster);
    calls[0] = call;
    world.insert(QStringLiteral("calls"), calls);
    return world;
}

} // namespace

class GraphSimHoldMusicTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startAnswersRunningThenCompletes()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.graph("POST", actionPath(Held, QStringLiteral("startHoldMusic")),
                                      graphExample(QStringLiteral("participant-startholdmusic.request.1.json")));
        QCOMPARE(reply.status, 202);
        const QJsonObject documented = graphExampleObject(QStringLiteral("participant-startholdmusic.response.1.json"));
        const QJsonObject operation = reply.json();
        for (const QString &key :
             {QStringLiteral("@odata.type"), QStringLiteral("status"), QStringLiteral("clientContext")})
            QCOMPARE(operation.value(key), documented.value(key));
        const QString id = operation.value(QStringLiteral("id")).toString();
        QVERIFY(reply.header("Location").endsWith(QByteArray("/operations/" + id.toLatin1())));
        sim.advance(1);
        // This world answers GET of an operation (Graph documents none) to show its end.
        const Reply polled =
            sim.graph("GET", QStringLiteral("/v1.0/communications/calls/%1/operations/%2").arg(kCall, id));
        QCOMPARE(polled.json().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    }

    void oneOnHoldAtATimeAndStopAnswersCompleted()
    {
        Harness sim;
        QVERIFY(sim.ok());
        QCOMPARE(sim.graph("POST", actionPath(Held, QStringLiteral("startHoldMusic")), "{}").status, 202);
        const QString other = QStringLiteral("a7ebfb2d-871e-419c-87af-27290b22e8db");
        Reply refused = sim.graph("POST", actionPath(other, QStringLiteral("startHoldMusic")), "{}");
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json()[QLatin1String("error")][QLatin1String("message")].toString().contains(
            QLatin1String("Only one participant can be on hold")));
        refused = sim.graph("POST", actionPath(Held, QStringLiteral("startHoldMusic")), "{}");
        QCOMPARE(refused.status, 400);

        const Reply stopped = sim.graph("POST", actionPath(Held, QStringLiteral("stopHoldMusic")),
                                        graphExample(QStringLiteral("participant-stopholdmusic.request.1.json")));
        QCOMPARE(stopped.status, 202);
        const QJsonObject documented = graphExampleObject(QStringLiteral("participant-stopholdmusic.response.1.json"));
        for (const QString &key : {QStringLiteral("@odata.type"), QStringLiteral("status"),
                                   QStringLiteral("clientContext"), QStringLiteral("resultInfo")})
            QCOMPARE(stopped.json().value(key), documented.value(key));
        QVERIFY(!stopped.header("Location").isEmpty());

        // Not on hold any more: a second stop is refused, and someone else may be held now.
        QCOMPARE(sim.graph("POST", actionPath(Held, QStringLiteral("stopHoldMusic")), "{}").status, 400);
        QCOMPARE(sim.graph("POST", actionPath(other, QStringLiteral("startHoldMusic")), "{}").status, 202);
    }

    void theLobbyAndStrangersAreRefused()
    {
        Harness sim(worldWithLobby());
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        QCOMPARE(sim.graph("POST", actionPath(Waiting, QStringLiteral("startHoldMusic")), "{}").status, 400);
        const QString stranger = QStringLiteral("00000000-0000-4000-8000-0000000000ff");
        QCOMPARE(sim.graph("POST", actionPath(stranger, QStringLiteral("startHoldMusic")), "{}").status, 404);
        QCOMPARE(sim.graph("POST", actionPath(stranger, QStringLiteral("stopHoldMusic")), "{}").status, 404);
        QCOMPARE(sim.graph("POST", actionPath(Held, QStringLiteral("startHoldMusic")), "{\"clientContext\":5}").status,
                 400);
    }

    void needsACallingPermission()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply =
            sim.graph("POST", actionPath(Held, QStringLiteral("startHoldMusic")), "{}", sim.token(kInviteOnlyApp));
        QCOMPARE(reply.status, 403);
    }
};

QTEST_GUILESS_MAIN(GraphSimHoldMusicTest)
#include "tst_graphsim_hold_music.moc"
