// Invitations ring on the simulated clock and settle as the directory says; removal and churn change the roster.
#include "sim_harness.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace simtest;

namespace {

const QString kInvitePath = QStringLiteral("/v1.0/communications/calls/%1/participants/invite").arg(kCall);

QString operationPath(const QString &id)
{
    return QStringLiteral("/v1.0/communications/calls/%1/operations/%2").arg(kCall, id);
}

QString participantPath(const QString &id)
{
    return QStringLiteral("/v1.0/communications/calls/%1/participants/%2").arg(kCall, id);
}

QJsonObject inviteBody(const QJsonArray &invitees)
{
    return QJsonObject{{QStringLiteral("participants"), invitees},
                       {QStringLiteral("clientContext"), QStringLiteral("ctx-1")}};
}

QJsonObject withOptions(QJsonObject scenario, const QJsonObject &options)
{
    QJsonObject merged = scenario.value(QStringLiteral("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        merged.insert(it.key(), it.value());
    scenario.insert(QStringLiteral("options"), merged);
    return scenario;
}

QJsonObject userParticipant(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("user"),
                                   QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("user-") + id)},
                                               {QStringLiteral("displayName"), id}}}}}}}};
}

} // namespace

class GraphSimInvitationsTest : public QObject
{
    Q_OBJECT

private:
    QString invite(Harness &sim, const QJsonArray &invitees)
    {
        const Reply reply = sim.graphJson("POST", kInvitePath, inviteBody(invitees));
        return reply.status == 200 ? reply.json().value(QStringLiteral("id")).toString() : QString();
    }
    QJsonObject operation(Harness &sim, const QString &id) { return sim.graph("GET", operationPath(id)).json(); }

private slots:
    void acceptedInviteeJoinsUnderOurParticipantId()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString op = invite(sim, {invitee(kAcceptUser, QStringLiteral("c0ffee00-0000-4000-8000-000000000001"))});
        QVERIFY(!op.isEmpty());
        QVERIFY(!sim.participantIds().contains(QStringLiteral("c0ffee00-0000-4000-8000-000000000001")));
        sim.advance(3.9);
        QCOMPARE(operation(sim, op).value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QVERIFY(!sim.participantIds().contains(QStringLiteral("c0ffee00-0000-4000-8000-000000000001")));
        sim.advance(0.2);
        const QJsonObject completed = operation(sim, op);
        QCOMPARE(completed.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(completed.value(QStringLiteral("resultInfo")).toObject().value(QStringLiteral("code")).toInt(), 200);
        const Reply joined = sim.graph("GET", participantPath(QStringLiteral("c0ffee00-0000-4000-8000-000000000001")));
        QCOMPARE(joined.status, 200);
        const QJsonObject user = joined.json()
                                     .value(QStringLiteral("info"))
                                     .toObject()
                                     .value(QStringLiteral("identity"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
        QCOMPARE(user.value(QStringLiteral("id")).toString(), kAcceptUser);
        QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Jan Novak"));
        QCOMPARE(user.value(QStringLiteral("tenantId")).toString(), kTenant);
    }

    void inviteeWithoutParticipantIdJoinsUnderANewId()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QStringList before = sim.participantIds();
        QVERIFY(!invite(sim, {invitee(kAcceptUser, {})}).isEmpty());
        sim.advance(5);
        QStringList after = sim.participantIds();
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY(!QUuid::fromString(after.last()).isNull());
    }

    void unansweredInvitationsFailWithSipCodes_data()
    {
        testing::addColumns<QJsonObject, double, int>({"who", "after", "code"});
        QTest::newRow("decline") << invitee(kDeclineUser, {}) << 3.0 << 603;
        QTest::newRow("busy") << invitee(kBusyUser, {}) << 2.0 << 486;
        QTest::newRow("noAnswer") << invitee(kNoAnswerUser, {}) << 20.0 << 408;
        QTest::newRow("unreachable") << invitee(kUnreachableUser, {}) << 5.0 << 480;
        QTest::newRow("user without an answer rings out") << invitee(kSilentUser, {}) << 30.0 << 408;
        QTest::newRow("user outside the directory rings out")
            << invitee(QStringLiteral("9f8e7d6c-0000-4000-8000-000000000009"), {}) << 30.0 << 408;
        const QJsonObject phone{{QStringLiteral("identity"),
                                 QJsonObject{{QStringLiteral("phone"),
                                              QJsonObject{{QStringLiteral("id"), QStringLiteral("+14255550123")}}}}}};
        QTest::newRow("phone number rings out") << phone << 30.0 << 408;
    }

    void unansweredInvitationsFailWithSipCodes()
    {
        QFETCH(QJsonObject, who);
        QFETCH(double, after);
        QFETCH(int, code);
        Harness sim;
        QVERIFY(sim.ok());
        const int rosterSize = sim.participantIds().size();
        const QString op = invite(sim, {who});
        QVERIFY(!op.isEmpty());
        sim.advance(after - 0.5);
        QCOMPARE(operation(sim, op).value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        sim.advance(1);
        const QJsonObject failed = operation(sim, op);
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonObject result = failed.value(QStringLiteral("resultInfo")).toObject();
        QCOMPARE(result.value(QStringLiteral("code")).toInt(), code);
        QVERIFY(result.contains(QStringLiteral("subcode")));
        QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(sim.participantIds().size(), rosterSize);
    }

    void operationSettlesWhenEveryInviteeHasAnswered()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString op = invite(sim, {invitee(kAcceptUser, QStringLiteral("p-accept")),
                                        invitee(kDeclineUser, QStringLiteral("p-decline"))});
        sim.advance(3.5);
        QCOMPARE(operation(sim, op).value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        sim.advance(1);
        const QJsonObject settled = operation(sim, op);
        QCOMPARE(settled.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(settled.value(QStringLiteral("resultInfo")).toObject().value(QStringLiteral("code")).toInt(), 603);
        QVERIFY(sim.participantIds().contains(QStringLiteral("p-accept")));
        QVERIFY(!sim.participantIds().contains(QStringLiteral("p-decline")));
    }

    void cancellingARingingInviteeEndsItsInvitation()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString op = invite(sim, {invitee(kAcceptUser, QStringLiteral("p-ringing"))});
        sim.advance(1);
        QCOMPARE(sim.graph("DELETE", participantPath(QStringLiteral("p-ringing"))).status, 204);
        const QJsonObject cancelled = operation(sim, op);
        QCOMPARE(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(cancelled.value(QStringLiteral("resultInfo")).toObject().value(QStringLiteral("code")).toInt(), 487);
        sim.advance(10);
        QVERIFY(!sim.participantIds().contains(QStringLiteral("p-ringing")));
        QCOMPARE(sim.graph("DELETE", participantPath(QStringLiteral("p-ringing"))).status, 404);
    }

    void removingAnActiveParticipantDropsItAtOnce()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString id = QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb");
        const Reply removed = sim.graph("DELETE", participantPath(id));
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QVERIFY(!sim.participantIds().contains(id));
        QCOMPARE(sim.graph("GET", participantPath(id)).status, 404);
        QCOMPARE(sim.graph("DELETE", participantPath(id)).status, 404);
    }

    void operationsCanBeUngettable()
    {
        Harness sim(withOptions(standardScenario(), {{QStringLiteral("operationsGettable"), false}}));
        QVERIFY(sim.ok());
        const QString op = invite(sim, {invitee(kAcceptUser, {})});
        QVERIFY(!op.isEmpty());
        QCOMPARE(sim.graph("GET", operationPath(op)).status, 404);
    }

    void tokensExpireWithTheSimulatedClock()
    {
        Harness sim(withOptions(standardScenario(), {{QStringLiteral("tokenLifetime"), 60}}));
        QVERIFY(sim.ok());
        const Reply issued = sim.requestToken(kTenant, kApp, kSecret);
        QCOMPARE(issued.json().value(QStringLiteral("expires_in")).toInt(), 60);
        const QString token = issued.json().value(QStringLiteral("access_token")).toString();
        const QString path = QStringLiteral("/v1.0/communications/calls/") + kCall;
        sim.advance(59);
        QCOMPARE(sim.graph("GET", path, {}, token).status, 200);
        sim.advance(2);
        const Reply expired = sim.graph("GET", path, {}, token);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("expired")));
    }

    void churnAddsPeopleAndNeverRemovesTheBot()
    {
        QJsonObject scenario = standardScenario();
        QJsonArray calls = scenario.value(QStringLiteral("calls")).toArray();
        QJsonObject call = calls.at(0).toObject();
        QJsonArray roster = call.value(QStringLiteral("participants")).toArray();
        for (const QString &id : {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3")})
            roster.append(userParticipant(id));
        call.insert(QStringLiteral("participants"), roster);
        call.insert(QStringLiteral("churn"),
                    QJsonObject{{QStringLiteral("joinEvery"), 10}, {QStringLiteral("leaveEvery"), 4}});
        calls.replace(0, call);
        scenario.insert(QStringLiteral("calls"), calls);
        Harness sim(scenario);
        QVERIFY(sim.ok());
        QCOMPARE(sim.participantIds().size(), 5);
        sim.advance(10); // one join at 10 s, two leaves at 4 s and 8 s
        QCOMPARE(sim.participantIds().size(), 4);
        sim.advance(60);
        const QJsonArray participants = sim.participants();
        QStringList ids;
        for (const QJsonValue &p : participants)
            ids.append(p.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.contains(QStringLiteral("a7ebfb2d-871e-419c-87af-27290b22e8db")));
        QVERIFY(ids.contains(QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb")));
        const QJsonObject joined = participants.last().toObject();
        QCOMPARE(joined.value(QStringLiteral("@odata.type")).toString(),
                 QStringLiteral("#microsoft.graph.participant"));
        QVERIFY(joined.value(QStringLiteral("info")).toObject().value(QStringLiteral("identity")).isObject());
        QVERIFY(!joined.value(QStringLiteral("mediaStreams")).toArray().isEmpty());
    }

    void realClockAdvancesOnItsOwn()
    {
        Harness sim(withOptions(standardScenario(), {{QStringLiteral("clock"), QStringLiteral("real")}}));
        QVERIFY(sim.ok());
        const qint64 first =
            sim.hook("GET", QStringLiteral("/_sim/clock")).value(QStringLiteral("elapsedMs")).toInteger();
        QTest::qWait(60);
        const QJsonObject later = sim.hook("GET", QStringLiteral("/_sim/clock"));
        QVERIFY(later.value(QStringLiteral("elapsedMs")).toInteger() >= first + 50);
        QCOMPARE(later.value(QStringLiteral("mode")).toString(), QStringLiteral("real"));
    }
};

QTEST_GUILESS_MAIN(GraphSimInvitationsTest)
#include "tst_graphsim_invitations.moc"
