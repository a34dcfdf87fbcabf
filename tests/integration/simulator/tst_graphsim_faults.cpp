// The /_sim/faults plan: latency, injected errors, resets and broken bodies, observable via the log and state.
#include "sim_harness.h"

#include "support/test_columns.h"
#include <QJsonDocument>
#include <QtTest>

using namespace simtest;

namespace {

const QString kParticipants = QStringLiteral("/v1.0/communications/calls/%1/participants").arg(kCall);
const QString kKnownId = QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb");
const QString kKnown = kParticipants + QLatin1Char('/') + kKnownId;

QJsonObject rule(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields)
        o.insert(f.first, f.second);
    return o;
}

} // namespace

class GraphSimFaultsTest : public QObject
{
    Q_OBJECT

private:
    static bool addFault(Harness &sim, const QJsonObject &r)
    {
        const Reply reply = sim.send("POST", QStringLiteral("/_sim/faults"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("faults"), QJsonArray{r}}}).toJson());
        return reply.status == 200;
    }

    //! A simulator that started, a token for the default app, and the fault rule \a r in place.
    static bool startsWithFault(Harness &sim, const QJsonObject &r)
    {
        if (!sim.ok())
            return false;
        sim.defaultToken();
        return addFault(sim, r);
    }

    QList<QJsonObject> entriesFor(Harness &sim, const char *method)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &e : sim.log()) {
            if (e.toObject().value(QStringLiteral("method")).toString() == QLatin1String(method))
                out.append(e.toObject());
        }
        return out;
    }

private slots:
    void latencyDelaysTheAnswerButPerformsTheRequest()
    {
        Harness sim;
        QVERIFY(startsWithFault(
            sim, rule({{QStringLiteral("method"), QStringLiteral("DELETE")},
                       {QStringLiteral("path"), QStringLiteral("/v1.0/communications/calls/*/participants/*")},
                       {QStringLiteral("latencyMs"), 300}})));
        const Reply reply = sim.graph("DELETE", kKnown);
        QCOMPARE(reply.status, 204);
        QVERIFY2(reply.elapsedMs >= 280, qPrintable(QString::number(reply.elapsedMs)));
        QVERIFY(!sim.participantIds().contains(kKnownId));
        const QJsonObject entry = entriesFor(sim, "DELETE").value(0);
        QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("latency:300"));
        QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 204);
    }

    void injectedStatusAnswersWithoutPerforming()
    {
        Harness sim;
        QVERIFY(startsWithFault(
            sim, rule({{QStringLiteral("method"), QStringLiteral("DELETE")},
                       {QStringLiteral("path"), QStringLiteral("/v1.0/communications/calls/*/participants/*")},
                       {QStringLiteral("status"), 503},
                       {QStringLiteral("retryAfter"), QStringLiteral("5")},
                       {QStringLiteral("code"), QStringLiteral("serviceNotAvailable")}})));
        const Reply refused = sim.graph("DELETE", kKnown);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("Retry-After"), QByteArray("5"));
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("serviceNotAvailable"));
        QVERIFY(sim.participantIds().contains(kKnownId));
        QCOMPARE(sim.graph("DELETE", kKnown).status, 204);
        const QJsonArray log = sim.log();
        QStringList faults;
        for (const QJsonValue &entry : log) {
            if (entry.toObject().value(QStringLiteral("method")).toString() == QLatin1String("DELETE"))
                faults.append(entry.toObject().value(QStringLiteral("fault")).toString(QStringLiteral("-")));
        }
        QCOMPARE(faults, QStringList({QStringLiteral("status:503"), QStringLiteral("-")}));
    }

    void throttlingUsesTheDocumentedBodyAndHttpDates()
    {
        Harness sim;
        QVERIFY(startsWithFault(
            sim, rule({{QStringLiteral("path"), kParticipants},
                       {QStringLiteral("status"), 429},
                       {QStringLiteral("retryAfter"), QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT")}})));
        const Reply reply = sim.graph("GET", kParticipants);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        const QJsonObject documented =
            graphExampleObject(QStringLiteral("error.429.json")).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")), documented.value(QStringLiteral("code")));
        QCOMPARE(error.value(QStringLiteral("innerError")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("429"));
    }

    void countLimitsHowManyRequestsAreHit()
    {
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("path"), kParticipants},
                                           {QStringLiteral("status"), 429},
                                           {QStringLiteral("count"), 2}})));
        QList<int> statuses;
        for (int i = 0; i < 3; ++i)
            statuses.append(sim.graph("GET", kParticipants).status);
        QCOMPARE(statuses, QList<int>({429, 429, 200}));
        const QJsonObject listed =
            sim.hook("GET", QStringLiteral("/_sim/faults")).value(QStringLiteral("faults")).toArray().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(listed.value(QStringLiteral("applied")).toInt(), 2);
    }

    void fractionSelectsAShareOfRequests_data()
    {
        testing::addColumns<double, int, int>({"fraction", "minHits", "maxHits"});
        QTest::newRow("never") << 0.0 << 0 << 0;
        QTest::newRow("always") << 1.0 << 30 << 30;
        QTest::newRow("half") << 0.5 << 5 << 25;
    }

    void fractionSelectsAShareOfRequests()
    {
        QFETCH(double, fraction);
        QFETCH(int, minHits);
        QFETCH(int, maxHits);
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("path"), kParticipants},
                                           {QStringLiteral("status"), 500},
                                           {QStringLiteral("fraction"), fraction}})));
        int hits = 0;
        for (int i = 0; i < 30; ++i)
            hits += sim.graph("GET", kParticipants).status == 500 ? 1 : 0;
        QVERIFY2(hits >= minHits && hits <= maxHits, qPrintable(QString::number(hits)));
    }

    // QNetworkAccessManager resends a request once when the connection closes before any answer, so
    // these rules reset every DELETE; the log then shows each attempt.
    void resetBeforeActionLeavesTheStateAlone()
    {
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("method"), QStringLiteral("DELETE")},
                                           {QStringLiteral("reset"), QStringLiteral("beforeAction")},
                                           {QStringLiteral("fraction"), 1.0}})));
        const Reply reply = sim.graph("DELETE", kKnown);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(reply.status, 0);
        QVERIFY(sim.participantIds().contains(kKnownId));
        const QList<QJsonObject> deletes = entriesFor(sim, "DELETE");
        QVERIFY(!deletes.isEmpty());
        for (const QJsonObject &entry : deletes) {
            QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("reset:beforeAction"));
            QCOMPARE(entry.value(QStringLiteral("status")).toInt(-1), 0);
        }
    }

    void resetAfterActionPerformsTheRequest()
    {
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("method"), QStringLiteral("DELETE")},
                                           {QStringLiteral("reset"), QStringLiteral("afterAction")},
                                           {QStringLiteral("fraction"), 1.0}})));
        const Reply reply = sim.graph("DELETE", kKnown);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(!sim.participantIds().contains(kKnownId));
        const QList<QJsonObject> deletes = entriesFor(sim, "DELETE");
        QVERIFY(!deletes.isEmpty());
        for (const QJsonObject &entry : deletes)
            QCOMPARE(entry.value(QStringLiteral("fault")).toString(), QStringLiteral("reset:afterAction"));
    }

    void aResetConnectionDoesNotHurtTheNextRequest()
    {
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("method"), QStringLiteral("POST")},
                                           {QStringLiteral("path"), QStringLiteral("/v1.0/**")},
                                           {QStringLiteral("reset"), QStringLiteral("beforeAction")},
                                           {QStringLiteral("count"), 1}})));
        const Reply reply = sim.graph("POST", kKnown + QStringLiteral("/mute"), "{}");
        QCOMPARE(reply.status, 200); // the automatic resend went through
        const QList<QJsonObject> posts = entriesFor(sim, "POST");
        QCOMPARE(posts.size(), 3); // token, reset attempt, resend
        QCOMPARE(posts.at(1).value(QStringLiteral("fault")).toString(), QStringLiteral("reset:beforeAction"));
        QCOMPARE(posts.at(2).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(sim.graph("GET", kParticipants).status, 200);
    }

    void brokenBodies_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("malformed") << QStringLiteral("malformed");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("wrongShape") << QStringLiteral("wrongShape");
    }

    void brokenBodies()
    {
        QFETCH(QString, kind);
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("path"), kParticipants}, {QStringLiteral("body"), kind}})));
        sim.network().clearConnectionCache();
        const Reply reply = sim.graph("GET", kParticipants);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        if (kind == QLatin1String("truncated")) {
            QVERIFY(reply.error != QNetworkReply::NoError);
            QVERIFY(parseError.error != QJsonParseError::NoError);
        } else if (kind == QLatin1String("malformed")) {
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
            QVERIFY(parseError.error != QJsonParseError::NoError);
        } else if (kind == QLatin1String("html")) {
            QCOMPARE(reply.status, 502);
            QVERIFY(reply.header("Content-Type").startsWith("text/html"));
            QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
        } else {
            QCOMPARE(reply.status, 200);
            QCOMPARE(document.object().value(QStringLiteral("value")).toInt(), 42);
        }
        QCOMPARE(sim.graph("GET", kParticipants).status, 200); // the server is fine afterwards
    }

    void methodAndGlobSelectTheRequests()
    {
        Harness sim;
        QVERIFY(startsWithFault(
            sim, rule({{QStringLiteral("method"), QStringLiteral("post")},
                       {QStringLiteral("path"), QStringLiteral("/v1.0/communications/calls/*/participants/**")},
                       {QStringLiteral("status"), 500},
                       {QStringLiteral("count"), 5}})));
        QCOMPARE(sim.graph("GET", kParticipants).status, 200);
        QCOMPARE(sim.graph("POST", kKnown + QStringLiteral("/mute"), "{}").status, 500);
        QCOMPARE(sim.graphJson("POST", kParticipants + QStringLiteral("/invite"),
                               {{QStringLiteral("participants"), QJsonArray{invitee(kAcceptUser, {})}}})
                     .status,
                 500);
        QCOMPARE(sim.graph("POST", QStringLiteral("/v1.0/communications/calls/other/participants/x/mute"), "{}").status,
                 500);
    }

    void tokenEndpointFaultsUseTheAadShape()
    {
        Harness sim;
        QVERIFY(sim.ok());
        QVERIFY(addFault(sim, rule({{QStringLiteral("path"), QStringLiteral("/*/oauth2/v2.0/token")},
                                    {QStringLiteral("status"), 503},
                                    {QStringLiteral("retryAfter"), 2}})));
        const Reply reply = sim.requestToken(kTenant, kApp, kSecret);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArray("2"));
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("temporarily_unavailable"));
        QVERIFY(!reply.json().value(QStringLiteral("error_codes")).toArray().isEmpty());
        QCOMPARE(sim.requestToken(kTenant, kApp, kSecret).status, 200);
    }

    void batchItemsCarryTheirOwnThrottling()
    {
        Harness sim;
        QVERIFY(startsWithFault(
            sim, rule({{QStringLiteral("method"), QStringLiteral("DELETE")},
                       {QStringLiteral("path"), QStringLiteral("/v1.0/communications/calls/*/participants/*")},
                       {QStringLiteral("status"), 429},
                       {QStringLiteral("retryAfter"), QStringLiteral("7")}})));
        const QString base = QStringLiteral("/communications/calls/%1/participants/").arg(kCall);
        const QJsonObject batch{
            {QStringLiteral("requests"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("url"), QString(base + kKnownId)}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("url"),
                                     QString(base + QStringLiteral("a7ebfb2d-871e-419c-87af-27290b22e8db"))}}}}};
        const Reply reply = sim.graphJson("POST", QStringLiteral("/v1.0/$batch"), batch);
        QCOMPARE(reply.status, 200);
        const QJsonArray responses = reply.json().value(QStringLiteral("responses")).toArray();
        QCOMPARE(responses.size(), 2);
        const QJsonObject throttled = responses.at(0).toObject();
        QCOMPARE(throttled.value(QStringLiteral("status")).toInt(), 429);
        QCOMPARE(throttled.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Retry-After")).toString(),
                 QStringLiteral("7"));
        QCOMPARE(responses.at(1).toObject().value(QStringLiteral("status")).toInt(), 204);
        QCOMPARE(sim.participantIds(), QStringList{kKnownId});
    }

    void faultsCanBeListedAndCleared()
    {
        Harness sim;
        QVERIFY(startsWithFault(sim, rule({{QStringLiteral("status"), 500}, {QStringLiteral("fraction"), 1.0}})));
        QCOMPARE(sim.hook("GET", QStringLiteral("/_sim/faults")).value(QStringLiteral("faults")).toArray().size(), 1);
        QCOMPARE(sim.graph("GET", kParticipants).status, 500);
        QCOMPARE(sim.send("DELETE", QStringLiteral("/_sim/faults")).status, 204);
        QVERIFY(sim.hook("GET", QStringLiteral("/_sim/faults")).value(QStringLiteral("faults")).toArray().isEmpty());
        QCOMPARE(sim.graph("GET", kParticipants).status, 200);
    }

    void invalidRulesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not a list") << QByteArray("{\"faults\": {\"status\": 500}}");
        QTest::newRow("no effect") << QByteArray("{\"faults\": [{\"path\": \"/v1.0/**\"}]}");
        QTest::newRow("success status") << QByteArray("{\"faults\": [{\"status\": 200}]}");
        QTest::newRow("zero count") << QByteArray("{\"faults\": [{\"status\": 500, \"count\": 0}]}");
        QTest::newRow("count and fraction")
            << QByteArray("{\"faults\": [{\"status\": 500, \"count\": 1, \"fraction\": 0.5}]}");
        QTest::newRow("fraction above one") << QByteArray("{\"faults\": [{\"status\": 500, \"fraction\": 2}]}");
        QTest::newRow("unknown reset") << QByteArray("{\"faults\": [{\"reset\": \"sometimes\"}]}");
        QTest::newRow("unknown body") << QByteArray("{\"faults\": [{\"body\": \"weird\"}]}");
        QTest::newRow("unknown key") << QByteArray("{\"faults\": [{\"status\": 500, \"statsu\": 1}]}");
        QTest::newRow("relative path") << QByteArray("{\"faults\": [{\"status\": 500, \"path\": \"v1.0/users\"}]}");
        QTest::newRow("retryAfter without status")
            << QByteArray("{\"faults\": [{\"latencyMs\": 5, \"retryAfter\": \"5\"}]}");
        QTest::newRow("two terminal effects")
            << QByteArray("{\"faults\": [{\"status\": 500, \"reset\": \"afterAction\"}]}");
        QTest::newRow("not JSON") << QByteArray("faults");
    }

    void invalidRulesAreRejected()
    {
        QFETCH(QByteArray, body);
        Harness sim;
        QVERIFY(sim.ok());
        const Reply reply = sim.send("POST", QStringLiteral("/_sim/faults"), body);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QVERIFY(sim.hook("GET", QStringLiteral("/_sim/faults")).value(QStringLiteral("faults")).toArray().isEmpty());
    }

    void logRecordsRequestsButNotHooks()
    {
        Harness sim;
        QVERIFY(sim.ok());
        const QString token = sim.token();
        sim.send("DELETE", QStringLiteral("/_sim/log"));
        sim.graph("POST", kKnown + QStringLiteral("/mute"), "{\"clientContext\":\"c1\"}", token, {{"X-Custom", "yes"}});
        sim.graph("GET", kParticipants + QStringLiteral("?$top=5"), {}, token);
        const QJsonArray log = sim.log();
        QCOMPARE(log.size(), 2);
        const QJsonObject mute = log.at(0).toObject();
        QCOMPARE(mute.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(mute.value(QStringLiteral("path")).toString(), kKnown + QStringLiteral("/mute"));
        QCOMPARE(mute.value(QStringLiteral("body")).toString(), QStringLiteral("{\"clientContext\":\"c1\"}"));
        QCOMPARE(mute.value(QStringLiteral("status")).toInt(), 200);
        const QJsonObject headers = mute.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer ") + token);
        QCOMPARE(headers.value(QStringLiteral("x-custom")).toString(), QStringLiteral("yes"));
        const QJsonObject list = log.at(1).toObject();
        QCOMPARE(list.value(QStringLiteral("query")).toString(), QStringLiteral("$top=5"));
        QVERIFY(list.value(QStringLiteral("seq")).toInteger() > mute.value(QStringLiteral("seq")).toInteger());
        QCOMPARE(sim.send("DELETE", QStringLiteral("/_sim/log")).status, 204);
        QVERIFY(sim.log().isEmpty());
    }
};

QTEST_GUILESS_MAIN(GraphSimFaultsTest)
#include "tst_graphsim_faults.moc"
