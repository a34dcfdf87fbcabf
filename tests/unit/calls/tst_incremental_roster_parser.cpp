// IncrementalRosterParser gives exactly what RosterParser::parse(body) gives, and re-uses the
// participants whose bytes did not change.
#include "core/calls/incremental_roster_parser.h"

#include "support/roster_generator.h"

#include <QFile>
#include <QtTest>

using namespace moderato;
using testsupport::RosterGenerator;

namespace {

void compareSnapshots(const RosterSnapshot &actual, const RosterSnapshot &expected)
{
    QCOMPARE(actual.ok, expected.ok);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.nextLink, expected.nextLink);
    QCOMPARE(actual.problems, expected.problems);
    QCOMPARE(actual.participants.size(), expected.participants.size());
    for (qsizetype i = 0; i < actual.participants.size(); ++i)
        QVERIFY2(actual.participants[i] == expected.participants[i], qPrintable(expected.participants[i].id()));
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject person(const QString &id, const QString &name, bool muted = false)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("user"),
                                   QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-u"))},
                                               {QStringLiteral("displayName"), name}}}}}}},
        {QStringLiteral("isMuted"), muted}};
}

} // namespace

class TestIncrementalRosterParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsTheStatelessParser_data();
    void sameAsTheStatelessParser();
    void documentationExample();
    void unchangedEntriesAreReusedAndShared();
    void changedEntriesAreParsedAgain();
    void refreshesOfAGeneratedRosterMatch();
    void damagedBodiesMatch();
    void decodedEntriesGiveTheSameResult();
};

void TestIncrementalRosterParser::sameAsTheStatelessParser_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray a = compact(person(QStringLiteral("a"), QStringLiteral("Ann")));
    const QByteArray b = compact(person(QStringLiteral("b"), QStringLiteral("Bo")));
    QTest::newRow("empty list") << QByteArray(R"({"value":[]})");
    QTest::newRow("two") << QByteArray("{\"value\":[" + a + "," + b + "]}");
    QTest::newRow("whitespace everywhere") << QByteArray("\n { \"value\" :\t[ " + a + " ,\r\n " + b + " ] } \n");
    QTest::newRow("context and next link") << QByteArray(
        R"({"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#x","value":[)" + a
        + R"(],"@odata.nextLink":"https://graph.microsoft.com/v1.0/communications/calls/c/participants?$skiptoken=1"})");
    QTest::newRow("invalid next link") << QByteArray(R"({"value":[)" + a + R"(],"@odata.nextLink":"http://[::1"})");
    QTest::newRow("duplicate id") << QByteArray("{\"value\":[" + a + "," + b + "," + a + "]}");
    QTest::newRow("entry without id") << QByteArray("{\"value\":[" + a + R"(,{"isMuted":true},)" + b + "]}");
    QTest::newRow("entry that is not an object") << QByteArray("{\"value\":[" + a + ",42," + b + "]}");
    QTest::newRow("null entry") << QByteArray("{\"value\":[null]}");
    QTest::newRow("escapes in names") << QByteArray(
        R"({"value":[{"id":"e","info":{"identity":{"user":{"id":"u","displayName":"Zo\u00eb \"Z\" \\ O'Neil"}}}}]})");
    QTest::newRow("brackets in strings") << QByteArray(R"({"value":[{"id":"s","metadata":"}]{[\"","isMuted":true}]})");
    QTest::newRow("escaped value key") << QByteArray(R"({"\u0076alue":[)" + a + "]}");
    QTest::newRow("two value keys") << QByteArray("{\"value\":[" + a + "],\"value\":[" + b + "]}");
    QTest::newRow("value not an array") << QByteArray(R"({"value":{"id":"a"}})");
    QTest::newRow("no value") << QByteArray(R"({"@odata.context":"x"})");
    QTest::newRow("not JSON") << QByteArray("<html>502</html>");
    QTest::newRow("truncated") << QByteArray("{\"value\":[" + a + "," + b.left(b.size() / 2));
    QTest::newRow("broken entry") << QByteArray(R"({"value":[{"id":"a",}]})");
    QTest::newRow("mismatched brackets") << QByteArray(R"({"value":[{"id":"a"]]})");
    QTest::newRow("trailing garbage") << QByteArray("{\"value\":[" + a + "]} x");
    QTest::newRow("array at the top") << QByteArray("[" + a + "]");
    QTest::newRow("empty body") << QByteArray();
}

void TestIncrementalRosterParser::sameAsTheStatelessParser()
{
    QFETCH(QByteArray, body);
    IncrementalRosterParser parser;
    compareSnapshots(parser.parse(body), RosterParser::parse(body));
    // The second time round everything that can be re-used is; the result is the same.
    compareSnapshots(parser.parse(body), RosterParser::parse(body));
}

void TestIncrementalRosterParser::documentationExample()
{
    QFile file(QStringLiteral(MODERATO_TEST_DATA "/graph/call-list-participants.response.1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    IncrementalRosterParser parser;
    const RosterSnapshot first = parser.parse(body);
    QVERIFY(!first.participants.isEmpty());
    compareSnapshots(first, RosterParser::parse(body));
    compareSnapshots(parser.parse(body), RosterParser::parse(body));
    QCOMPARE(parser.reusedCount(), int(first.participants.size()));
}

void TestIncrementalRosterParser::unchangedEntriesAreReusedAndShared()
{
    const QByteArray body = RosterGenerator::listBody(RosterGenerator(3).makeRoster(50));
    IncrementalRosterParser parser;
    const RosterSnapshot first = parser.parse(body);
    QCOMPARE(parser.parsedCount(), 50);
    QCOMPARE(parser.reusedCount(), 0);
    const RosterSnapshot second = parser.parse(body);
    QCOMPARE(parser.parsedCount(), 0);
    QCOMPARE(parser.reusedCount(), 50);
    for (qsizetype i = 0; i < first.participants.size(); ++i)
        QVERIFY(second.participants[i].isSharedWith(first.participants[i]));
}

void TestIncrementalRosterParser::changedEntriesAreParsedAgain()
{
    QJsonArray roster{person(QStringLiteral("a"), QStringLiteral("Ann")),
                      person(QStringLiteral("b"), QStringLiteral("Bo"))};
    IncrementalRosterParser parser;
    const RosterSnapshot first = parser.parse(RosterGenerator::listBody(roster));
    roster.replace(1, person(QStringLiteral("b"), QStringLiteral("Bo"), true));
    roster.append(person(QStringLiteral("c"), QStringLiteral("Cy")));
    const RosterSnapshot second = parser.parse(RosterGenerator::listBody(roster));
    QCOMPARE(parser.reusedCount(), 1);
    QCOMPARE(parser.parsedCount(), 2);
    QVERIFY(second.participants[0].isSharedWith(first.participants[0]));
    QVERIFY(second.participants[1].isMuted());
    QCOMPARE(second.participants[2].displayName(), QStringLiteral("Cy"));
    compareSnapshots(second, RosterParser::parse(RosterGenerator::listBody(roster)));
}

void TestIncrementalRosterParser::refreshesOfAGeneratedRosterMatch()
{
    RosterGenerator generator(11);
    QJsonArray roster = generator.makeRoster(400);
    QRandomGenerator random(12);
    IncrementalRosterParser parser;
    for (int refresh = 0; refresh < 6; ++refresh) {
        const QByteArray body = RosterGenerator::listBody(roster);
        compareSnapshots(parser.parse(body), RosterParser::parse(body));
        for (int i = 0; i < 8; ++i) { // changes, leaves and joins
            const int row = random.bounded(int(roster.size()));
            QJsonObject p = roster.at(row).toObject();
            p.insert(QStringLiteral("isMuted"), !p.value(QLatin1String("isMuted")).toBool());
            roster.replace(row, p);
            roster.removeAt(random.bounded(int(roster.size())));
            roster.append(generator.makeParticipant());
        }
    }
    QVERIFY(parser.reusedCount() > 350);
}

void TestIncrementalRosterParser::damagedBodiesMatch()
{
    // Bytes flipped, dropped and doubled at random: whatever the stateless parser makes of it,
    // so does the incremental one, also with a warm cache.
    const QByteArray good = RosterGenerator::listBody(RosterGenerator(5).makeRoster(30));
    QRandomGenerator random(6);
    IncrementalRosterParser parser;
    const char replacements[] = "{}[]\",:\\ 0a";
    for (int round = 0; round < 400; ++round) {
        parser.parse(good);
        QByteArray body = good;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(body.size()));
            switch (random.bounded(3)) {
            case 0: body[at] = replacements[random.bounded(int(sizeof(replacements) - 1))]; break;
            case 1: body.remove(at, 1); break;
            default: body.insert(at, body.at(at)); break;
            }
        }
        compareSnapshots(parser.parse(body), RosterParser::parse(body));
    }
}

void TestIncrementalRosterParser::decodedEntriesGiveTheSameResult()
{
    QJsonArray roster = RosterGenerator(21).makeRoster(60);
    roster.append(QJsonObject{{QStringLiteral("isMuted"), true}}); // no id: skipped with a problem
    roster.append(roster.at(3));                                   // duplicate id
    const QByteArray body = RosterGenerator::listBody(roster);
    const QJsonArray decoded = QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
    IncrementalRosterParser parser;
    compareSnapshots(parser.parse(body, decoded), RosterParser::parse(body));
    QCOMPARE(parser.parsedCount(), 62);
    // A decoded array that does not fit the body is not used.
    IncrementalRosterParser other;
    compareSnapshots(other.parse(body, QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}),
                     RosterParser::parse(body));
}

QTEST_GUILESS_MAIN(TestIncrementalRosterParser)
#include "tst_incremental_roster_parser.moc"
