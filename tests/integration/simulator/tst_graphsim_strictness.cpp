// How long calls live (keepAlive, hang-up), the strict defaults Graph is known for (100 participants,
// no GET of operations, no guests) and gzip-compressed answers.
#include "sim_harness.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <zlib.h>
#include "support/test_columns.h"

using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QString kCalls = u"/v1.0/communications/calls"_s;
const QString kCallPath = kCalls + u'/' + kCall;
const QString kBusyParticipant = u"1e126418-44a0-4a94-a6f8-0efe1ad71acb"_s; // in the docs' roster
const QString kJoinFixture = u"application-post-calls.request.5.json"_s;

//! The standard scenario with the docs' join meeting, \a extraPeople more people in the scenario's call
//! and \a options merged into its options (a null value removes the option).
QJsonObject scenario(const QJsonObject &options = {}, int extraPeople = 0)
{
    QJsonObject out = standardScenario();
    const QJsonObject join = graphExampleObject(kJoinFixture);
    const QString organizer = join.value(u"meetingInfo"_s)
                                  .toObject()
                                  .value(u"organizer"_s)
                                  .toObject()
                                  .value(u"user"_s)
                                  .toObject()
                                  .value(u"id"_s)
                                  .toString();
    out.insert(u"meetings"_s,
               QJsonArray{QJsonObject{{u"threadId"_s, join.value(u"chatInfo"_s).toObject().value(u"threadId"_s)},
                                      {u"organizer"_s, QJsonObject{{u"id"_s, organizer}}}}});
    QJsonArray calls = out.value(u"calls"_s).toArray();
    QJsonObject call = calls.at(0).toObject();
    QJsonArray roster = call.value(u"participants"_s).toArray();
    for (int i = 0; i < extraPeople; ++i) {
        roster.append(QJsonObject{
            {u"id"_s, u"extra-%1"_s.arg(i)},
            {u"info"_s, QJsonObject{{u"identity"_s, QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, u"u-%1"_s.arg(i)},
                                                                                        {u"displayName"_s,
                                                                                         u"Person %1"_s.arg(i)}}}}}}}});
    }
    call.insert(u"participants"_s, roster);
    calls.replace(0, call);
    out.insert(u"calls"_s, calls);
    QJsonObject merged = out.value(u"options"_s).toObject();
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    out.insert(u"options"_s, merged);
    return out;
}

//! The scenario's call, or a leg the app joins now ("joined").
QString callFor(Harness &sim, const QString &which)
{
    if (which != u"joined"_s)
        return kCall;
    const Reply reply = sim.graph("POST", kCalls, graphExample(kJoinFixture));
    return reply.status == 201 ? reply.json().value(u"id"_s).toString() : QString();
}

QJsonObject simCall(Harness &sim, const QString &id)
{
    for (const QJsonValue &call : sim.hook("GET", u"/_sim/state"_s).value(u"calls"_s).toArray()) {
        if (call.toObject().value(u"id"_s).toString() == id)
            return call.toObject();
    }
    return {};
}

//! With a fresh token: the hours of simulated time outlive the default one.
int keepAlive(Harness &sim, const QString &id)
{
    return sim.graph("POST", kCalls + u'/' + id + u"/keepAlive"_s, {}, sim.token()).status;
}

//! A GET over a bare socket, so that no Accept-Encoding is sent (QNetworkAccessManager adds one).
QByteArray rawGet(Harness &sim, const QString &path, const QString &token)
{
    const QUrl base = sim.simulator().baseUrl();
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.authority().toLatin1()
                     + "\r\nAuthorization: Bearer " + token.toLatin1() + "\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    socket.connectToHost(base.host(), quint16(base.port()));
    loop.exec();
    return received + socket.readAll();
}

//! Inflates a gzip stream (gzip header and trailer only, not zlib's); empty when it is not one.
QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[4096];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END && stream.avail_in == 0 ? out : QByteArray();
}

QJsonArray documentedRoster()
{
    return graphExampleObject(u"call-list-participants.response.1.json"_s).value(u"value"_s).toArray();
}

} // namespace

class GraphSimStrictnessTest : public QObject
{
    Q_OBJECT

private:
    static void eachCall_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("the scenario's call") << u"scenario"_s;
        QTest::newRow("a joined leg") << u"joined"_s;
    }

private slots:
    void keepAliveAnswers200_data() { eachCall_data(); }
    void keepAliveAnswers200()
    {
        QFETCH(QString, which);
        Harness sim(scenario());
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const QString id = callFor(sim, which);
        QVERIFY(!id.isEmpty());
        QCOMPARE(keepAlive(sim, id), 200);
    }

    void callWithoutKeepAliveEndsAfter45Minutes_data() { eachCall_data(); }
    void callWithoutKeepAliveEndsAfter45Minutes()
    {
        QFETCH(QString, which);
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QString id = callFor(sim, which);
        QVERIFY(!id.isEmpty());
        sim.advance(45 * 60 - 1);
        QCOMPARE(sim.graph("GET", kCalls + u'/' + id).json().value(u"state"_s).toString(), u"established"_s);
        sim.advance(1);
        const QJsonObject ended = simCall(sim, id);
        QCOMPARE(ended.value(u"state"_s).toString(), u"terminated"_s);
        QCOMPARE(ended.value(u"resultInfo"_s).toObject().value(u"code"_s).toInt(), 408);
        QCOMPARE(ended.value(u"resultInfo"_s).toObject().value(u"subcode"_s).toInt(), 8537);
    }

    void keepAliveEvery15MinutesKeepsTheCallForTwoHours_data() { eachCall_data(); }
    void keepAliveEvery15MinutesKeepsTheCallForTwoHours()
    {
        QFETCH(QString, which);
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QString id = callFor(sim, which);
        QVERIFY(!id.isEmpty());
        for (int quarter = 1; quarter <= 8; ++quarter) {
            sim.advance(15 * 60);
            QCOMPARE(keepAlive(sim, id), 200);
        }
        QCOMPARE(sim.graph("GET", kCalls + u'/' + id, {}, sim.token()).json().value(u"state"_s).toString(),
                 u"established"_s);
        sim.advance(45 * 60); // and 45 minutes after the last one it ends
        QCOMPARE(simCall(sim, id).value(u"state"_s).toString(), u"terminated"_s);
    }

    void endedCallAnswers404With8522_data()
    {
        testing::addColumns<bool, QByteArray, QString>({"hungUp", "method", "suffix"});
        const QList<std::tuple<const char *, QByteArray, QString>> requests = {
            {"GET call", "GET", QString()},
            {"GET participants", "GET", u"/participants"_s},
            {"GET participant", "GET", u"/participants/"_s + kBusyParticipant},
            {"DELETE participant", "DELETE", u"/participants/"_s + kBusyParticipant},
            {"keepAlive", "POST", u"/keepAlive"_s},
            {"DELETE call", "DELETE", QString()}};
        for (bool hungUp : {false, true}) {
            for (const auto &[name, method, suffix] : requests) {
                QTest::addRow("%s, %s", hungUp ? "hung up" : "no keepAlive for 45 min", name)
                    << hungUp << method << suffix;
            }
        }
    }

    void endedCallAnswers404With8522()
    {
        QFETCH(bool, hungUp);
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        Harness sim(scenario());
        QVERIFY(sim.ok());
        if (hungUp)
            QCOMPARE(sim.graph("DELETE", kCallPath).status, 204);
        else
            sim.advance(45 * 60);
        const Reply reply = sim.graph(method, kCallPath + suffix);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"8522"_s);
        QCOMPARE(simCall(sim, kCall).value(u"participants"_s).toArray().size(), 2); // nothing changed
    }

    void hangingUpEndsOnlyThatLeg()
    {
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QString first = callFor(sim, u"joined"_s);
        const QString second = callFor(sim, u"joined"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(sim.graph("DELETE", kCalls + u'/' + first).status, 204);
        QCOMPARE(simCall(sim, first).value(u"state"_s).toString(), u"terminated"_s);
        QCOMPARE(sim.graph("GET", kCalls + u'/' + second).status, 200);
        QCOMPARE(sim.graph("GET", kCallPath).status, 200);
    }

    void participantListIsCappedAt100_data()
    {
        testing::addColumns<QJsonObject, int>({"options", "listed"});
        QTest::newRow("default cap") << QJsonObject() << 100;
        QTest::newRow("rosterCap 0: no cap") << QJsonObject{{u"rosterCap"_s, 0}} << 150;
        QTest::newRow("rosterCap 120") << QJsonObject{{u"rosterCap"_s, 120}} << 120;
    }

    void participantListIsCappedAt100()
    {
        QFETCH(QJsonObject, options);
        QFETCH(int, listed);
        Harness sim(scenario(options, 148));
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        QCOMPARE(simCall(sim, kCall).value(u"participants"_s).toArray().size(), 150);
        const Reply reply = sim.graph("GET", kCallPath + u"/participants"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"value"_s).toArray().size(), listed);
        QVERIFY(!reply.json().contains(u"@odata.nextLink"_s)); // Graph says nothing of the others
    }

    void operationsAreGettableOnlyWhenAskedFor_data()
    {
        QTest::addColumn<QJsonValue>("gettable"); // null: the option is left out
        QTest::addColumn<int>("status");
        QTest::newRow("default") << QJsonValue() << 404;
        QTest::newRow("operationsGettable false") << QJsonValue(false) << 404;
        QTest::newRow("operationsGettable true") << QJsonValue(true) << 200;
    }

    void operationsAreGettableOnlyWhenAskedFor()
    {
        QFETCH(QJsonValue, gettable);
        QFETCH(int, status);
        Harness sim(scenario({{u"operationsGettable"_s, gettable}}));
        QVERIFY(sim.ok());
        const Reply muted = sim.graph("POST", kCallPath + u"/participants/"_s + kBusyParticipant + u"/mute"_s,
                                      graphExample(u"participant-mute.request.1.json"_s));
        QCOMPARE(muted.status, 200);
        const QString operation = muted.json().value(u"id"_s).toString();
        const Reply polled = sim.graph("GET", kCallPath + u"/operations/"_s + operation);
        QCOMPARE(polled.status, status);
        if (status == 200)
            QCOMPARE(polled.json().value(u"id"_s).toString(), operation);
        else
            QCOMPARE(polled.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"itemNotFound"_s);
    }

    void batchCommunicationsItems_data()
    {
        QTest::addColumn<QJsonValue>("option"); // null: the option is left out
        testing::addColumns<QString, int>({"url", "status"});
        const QString call = u"/communications/calls/"_s + kCall;
        QTest::newRow("default") << QJsonValue() << call << 200;
        QTest::newRow("supported") << QJsonValue(u"supported"_s) << call << 200;
        QTest::newRow("refused") << QJsonValue(u"refused"_s) << call << 400;
        QTest::newRow("refused, participants") << QJsonValue(u"refused"_s) << call + u"/participants"_s << 400;
        QTest::newRow("refused, no leading slash") << QJsonValue(u"refused"_s) << call.mid(1) << 400;
        // The router reads "//communications/…" as "/communications/…": still a calling request.
        QTest::newRow("refused, doubled leading slash") << QJsonValue(u"refused"_s) << u'/' + call << 400;
    }

    void batchCommunicationsItems()
    {
        QFETCH(QJsonValue, option);
        QFETCH(QString, url);
        QFETCH(int, status);
        Harness sim(scenario({{u"batchCommunications"_s, option}}));
        QVERIFY2(sim.ok(), qPrintable(sim.error()));
        const QJsonArray requests{QJsonObject{{u"id"_s, u"call"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, url}},
                                  QJsonObject{{u"id"_s, u"users"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users"_s}}};
        const Reply reply = sim.graphJson("POST", u"/v1.0/$batch"_s, {{u"requests"_s, requests}});
        QCOMPARE(reply.status, 200);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &item : reply.json().value(u"responses"_s).toArray())
            byId.insert(item.toObject().value(u"id"_s).toString(), item.toObject());
        QCOMPARE(byId.value(u"call"_s).value(u"status"_s).toInt(), status);
        if (status == 400) {
            const QJsonObject error = byId.value(u"call"_s).value(u"body"_s).toObject().value(u"error"_s).toObject();
            QVERIFY2(error.value(u"message"_s).toString().contains(u"batch"_s),
                     qPrintable(error.value(u"message"_s).toString()));
        }
        QCOMPARE(byId.value(u"users"_s).value(u"status"_s).toInt(), 200);
        QCOMPARE(byId.value(u"users"_s).value(u"body"_s).toObject().value(u"value"_s).toArray().size(), 6);
    }

    void guestInvitationIsRefused()
    {
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QJsonObject guest{
            {u"@odata.type"_s, u"#microsoft.graph.invitationParticipantInfo"_s},
            {u"identity"_s, QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.identitySet"_s},
                                        {u"guest"_s, QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.identity"_s},
                                                                 {u"id"_s, u"guest-1"_s},
                                                                 {u"displayName"_s, u"Visitor"_s}}}}}};
        const Reply reply =
            sim.graphJson("POST", kCallPath + u"/participants/invite"_s, {{u"participants"_s, QJsonArray{guest}}});
        QCOMPARE(reply.status, 400);
        const QString message = reply.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"participants[0]"_s), qPrintable(message));
        const QJsonObject state = simCall(sim, kCall);
        QCOMPARE(state.value(u"participants"_s).toArray().size(), 2);
        QVERIFY(state.value(u"pendingInvitees"_s).toArray().isEmpty());
    }

    void answerIsGzippedWhenTheClientAsks_data()
    {
        testing::addColumns<QByteArray, bool>({"acceptEncoding", "gzipped"});
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("gzip, deflate") << QByteArray("gzip, deflate") << true;
        QTest::newRow("br;q=1.0, GZIP;q=0.5") << QByteArray("br;q=1.0, GZIP;q=0.5") << true;
        QTest::newRow("identity") << QByteArray("identity") << false;
        QTest::newRow("deflate only") << QByteArray("deflate") << false;
        QTest::newRow("gzip;q=0") << QByteArray("gzip;q=0") << false;
    }

    void answerIsGzippedWhenTheClientAsks()
    {
        QFETCH(QByteArray, acceptEncoding);
        QFETCH(bool, gzipped);
        Harness sim(scenario());
        QVERIFY(sim.ok());
        // Set by hand, the header makes QNetworkAccessManager hand over the body as it came.
        const Reply reply =
            sim.graph("GET", kCallPath + u"/participants"_s, {}, {}, {{"Accept-Encoding", acceptEncoding}});
        QCOMPARE(reply.status, 200);
        QByteArray body = reply.body;
        if (gzipped) {
            QCOMPARE(reply.header("Content-Encoding"), QByteArray("gzip"));
            QVERIFY(body.startsWith("\x1f\x8b"));
            body = gunzip(body);
            QVERIFY(!body.isEmpty());
        } else {
            QVERIFY(reply.header("Content-Encoding").isEmpty());
        }
        QCOMPARE(QJsonDocument::fromJson(body).object().value(u"value"_s).toArray(), documentedRoster());
    }

    void answerWithoutAcceptEncodingIsPlainJson()
    {
        Harness sim(scenario());
        QVERIFY(sim.ok());
        const QByteArray raw = rawGet(sim, kCallPath + u"/participants"_s, sim.defaultToken());
        const qsizetype split = raw.indexOf("\r\n\r\n");
        QVERIFY2(split > 0, raw.constData());
        const QByteArray head = raw.left(split).toLower();
        QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
        QVERIFY(!head.contains("content-encoding"));
        QVERIFY(head.contains("content-type: application/json"));
        const QJsonDocument document = QJsonDocument::fromJson(raw.mid(split + 4));
        QCOMPARE(document.object().value(u"value"_s).toArray(), documentedRoster());
    }
};

QTEST_GUILESS_MAIN(GraphSimStrictnessTest)
#include "tst_graphsim_strictness.moc"
