// Participant::fromJson and RosterParser against the documentation's bodies and edge cases.
#include "core/calls/operation_info.h"
#include "core/calls/roster_parser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace moderato;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Every object whose @odata.type says it is a participant, anywhere in \a value.
void collectParticipants(const QJsonValue &value, QList<QJsonObject> &out)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectParticipants(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("@odata.type")).toString()
            == QLatin1String("#microsoft.graph.participant")) {
            out.append(object);
        }
        for (const QJsonValue &item : object)
            collectParticipants(item, out);
    }
}

// Random JSON built from the keys Graph uses, with values of every type, nested a few levels.
QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const char *keys[] = {"id", "info", "identity", "user", "guest", "phone", "application",
                                 "azureCommunicationServicesUser", "assertedIdentity", "displayName",
                                 "tenantId", "mediaStreams", "mediaType", "direction", "serverMuted",
                                 "isMuted", "isInLobby", "removedState", "reason", "rosterSequenceNumber",
                                 "metadata", "endpointType", "status", "resultInfo", "code", "subcode",
                                 "message", "participants", "clientContext", "value", "@odata.nextLink"};
    switch (random.bounded(depth > 4 ? 6 : 8)) {
    case 0: return QJsonValue();
    case 1: return random.bounded(2) == 0;
    case 2: return double(qint64(random.generate64())) / (random.bounded(2) ? 1.0 : 1000.0);
    case 3: return QString::number(random.bounded(1000));
    case 4: return QString();
    case 5: return QStringLiteral("ünïcødé \u2014 %1").arg(random.generate());
    case 6: {
        QJsonArray array;
        for (int i = int(random.bounded(4)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(6)); i > 0; --i)
            object.insert(QLatin1String(keys[random.bounded(int(std::size(keys)))]), randomValue(random, depth + 1));
        return object;
    }
    }
}

Participant parseOne(const QByteArray &json, QString *problem = nullptr)
{
    return Participant::fromJson(QJsonDocument::fromJson(json).object(), problem);
}

const Participant *findById(const RosterSnapshot &snapshot, const QString &id)
{
    for (const auto &p : snapshot.participants) {
        if (p.id() == id)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestParticipantParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityKindNamesAreStable();
    void everyDocumentedParticipantParses();
    void listBodyFromTheDocumentation();
    void mixedRosterKindsAndNames_data();
    void mixedRosterKindsAndNames();
    void mixedRosterReportsSkippedAndDuplicates();
    void mixedRosterFieldsAndMedia();
    void nextLinkIsKept();
    void edgeCases_data();
    void edgeCases();
    void malformedParticipantsAreSkippedNotFatal_data();
    void malformedParticipantsAreSkippedNotFatal();
    void unusableBodiesAreNotOk_data();
    void unusableBodiesAreNotOk();
    void appendPageKeepsIdsUnique();
    void copiesShareData();
    void randomJsonNeverBreaksTheParsers();
    void summaryJsonForTheCli();
};

void TestParticipantParsing::identityKindNamesAreStable()
{
    const QList<QPair<IdentityKind, QString>> expected{
        {IdentityKind::User, QStringLiteral("user")},
        {IdentityKind::Guest, QStringLiteral("guest")},
        {IdentityKind::Phone, QStringLiteral("phone")},
        {IdentityKind::Application, QStringLiteral("application")},
        {IdentityKind::ApplicationInstance, QStringLiteral("applicationInstance")},
        {IdentityKind::AcsUser, QStringLiteral("acsUser")},
        {IdentityKind::Encrypted, QStringLiteral("encrypted")},
        {IdentityKind::OnPremises, QStringLiteral("onPremises")},
        {IdentityKind::Device, QStringLiteral("device")},
        {IdentityKind::Unknown, QStringLiteral("unknown")},
    };
    for (const auto &[kind, name] : expected) {
        QCOMPARE(identityKindName(kind), name);
        QCOMPARE(identityKindFromName(name), kind);
    }
    QCOMPARE(identityKindFromName(u"azureCommunicationServicesUser"), IdentityKind::Unknown);
    QCOMPARE(identitySetKey(IdentityKind::AcsUser), QLatin1String("azureCommunicationServicesUser"));
}

void TestParticipantParsing::everyDocumentedParticipantParses()
{
    const QDir dir(QStringLiteral(MODERATO_TEST_DATA "/graph"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    int parsed = 0;
    for (const QString &name : files) {
        if (name.endsWith(QLatin1String(".schema.json")))
            continue; // type descriptions, not bodies
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(readFile(dir.filePath(name)), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(name));
        QList<QJsonObject> participants;
        collectParticipants(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                            participants);
        for (const QJsonObject &object : participants) {
            QString problem;
            const Participant p = Participant::fromJson(object, &problem);
            const bool hasId = object.value(QLatin1String("id")).isString();
            QVERIFY2(p.isValid() == hasId, qPrintable(name + QLatin1String(": ") + problem));
            if (p.isValid()) {
                QVERIFY2(!p.displayName().isEmpty(), qPrintable(name));
                QVERIFY2(problem.isEmpty(), qPrintable(name));
                ++parsed;
            } else {
                QVERIFY(problem.contains(QLatin1String("no id")));
            }
        }
    }
    QVERIFY(parsed >= 2);
}

void TestParticipantParsing::listBodyFromTheDocumentation()
{
    const auto snapshot = RosterParser::parse(
        readFile(QStringLiteral(MODERATO_TEST_DATA "/graph/call-list-participants.response.1.json")));
    QVERIFY(snapshot.ok);
    QVERIFY(snapshot.problems.isEmpty());
    QCOMPARE(snapshot.participants.size(), 2);
    QVERIFY(snapshot.nextLink.isEmpty());

    const Participant &first = snapshot.participants[0];
    QCOMPARE(first.id(), QStringLiteral("a7ebfb2d-871e-419c-87af-27290b22e8db"));
    QCOMPARE(first.kind(), IdentityKind::Application);
    QCOMPARE(first.identityId(), QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f"));
    // displayName is null: the identity id names it.
    QCOMPARE(first.displayName(), QStringLiteral("f2fa86af-3c51-4bc2-8fc0-475452d9764f"));
    QCOMPARE(first.mediaKinds(), MediaKinds(MediaKind::Audio));
    QCOMPARE(first.mediaStreams().size(), 1);
    QCOMPARE(first.mediaStreams()[0].sourceId, QStringLiteral("3"));
    QCOMPARE(first.mediaStreams()[0].direction, MediaDirection::SendReceive);
    QVERIFY(first.mediaStreams()[0].label.isEmpty());
    QVERIFY(!first.isMuted());
    QVERIFY(!first.isInLobby());
    QVERIFY(first.metadata().isEmpty());
    QVERIFY(!first.rosterSequenceNumber().has_value());

    const Participant &second = snapshot.participants[1];
    QCOMPARE(second.id(), QStringLiteral("1e126418-44a0-4a94-a6f8-0efe1ad71acb"));
    QCOMPARE(second.kind(), IdentityKind::Application);
    QCOMPARE(second.displayName(), QStringLiteral("Test Participant"));
}

void TestParticipantParsing::mixedRosterKindsAndNames_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<IdentityKind>("kind");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("identityId");
    QTest::addColumn<QString>("tenantId");

    QTest::newRow("member") << "p-member" << IdentityKind::User << "Ada Lovelace" << "u-ada" << "tenant-home";
    QTest::newRow("external") << "p-external" << IdentityKind::User << "Grace Hopper" << "u-grace" << "tenant-other";
    QTest::newRow("guest without name") << "p-guest" << IdentityKind::Guest << "Guest" << "g-1" << "";
    QTest::newRow("phone number as name") << "p-phone" << IdentityKind::Phone << "+14255550123" << "+14255550123" << "";
    QTest::newRow("acs user") << "p-acs" << IdentityKind::AcsUser << "Kiosk" << "8:acs:abc" << "";
    QTest::newRow("encrypted beats application") << "p-encrypted" << IdentityKind::Encrypted << "Someone" << "enc-1" << "";
    QTest::newRow("on-premises") << "p-onprem" << IdentityKind::OnPremises << "Linus" << "sip:linus@contoso.com" << "tenant-home";
    QTest::newRow("instance beats application") << "p-bot" << IdentityKind::ApplicationInstance << "Recorder" << "ai-1" << "";
    QTest::newRow("device") << "p-device" << IdentityKind::Device << "Room 4.01" << "dev-1" << "";
    QTest::newRow("unknown identity key") << "p-unknown" << IdentityKind::Unknown << "p-unknown" << "" << "";
    QTest::newRow("asserted name") << "p-asserted" << IdentityKind::Phone << "Reception desk" << "+3120555123" << "";
}

void TestParticipantParsing::mixedRosterKindsAndNames()
{
    QFETCH(QString, id);
    QFETCH(IdentityKind, kind);
    QFETCH(QString, displayName);
    QFETCH(QString, identityId);
    QFETCH(QString, tenantId);
    const auto snapshot = RosterParser::parse(readFile(QStringLiteral(CALLS_TEST_DATA "/roster.mixed.json")));
    QVERIFY(snapshot.ok);
    const Participant *p = findById(snapshot, id);
    QVERIFY(p);
    QCOMPARE(p->kind(), kind);
    QCOMPARE(p->displayName(), displayName);
    QCOMPARE(p->identityId(), identityId);
    QCOMPARE(p->tenantId(), tenantId);
}

void TestParticipantParsing::mixedRosterReportsSkippedAndDuplicates()
{
    const auto snapshot = RosterParser::parse(readFile(QStringLiteral(CALLS_TEST_DATA "/roster.mixed.json")));
    QVERIFY(snapshot.ok);
    QCOMPARE(snapshot.participants.size(), 11);
    QCOMPARE(snapshot.problems.size(), 3);
    QVERIFY(snapshot.problems[0].contains(QLatin1String("entry 11")));
    QVERIFY(snapshot.problems[0].contains(QLatin1String("no id")));
    QVERIFY(snapshot.problems[1].contains(QLatin1String("entry 12")));
    QVERIFY(snapshot.problems[1].contains(QLatin1String("not an object")));
    QVERIFY(snapshot.problems[2].contains(QLatin1String("duplicate participant id p-member")));
    // The duplicate keeps the first position and the later entry's data.
    QCOMPARE(snapshot.participants[0].id(), QStringLiteral("p-member"));
    QVERIFY(snapshot.participants[0].isMuted());
    QVERIFY(snapshot.participants[0].mediaStreams().isEmpty());
}

void TestParticipantParsing::mixedRosterFieldsAndMedia()
{
    const auto snapshot = RosterParser::parse(readFile(QStringLiteral(CALLS_TEST_DATA "/roster.mixed.json")));
    const Participant *external = findById(snapshot, QStringLiteral("p-external"));
    QVERIFY(external);
    QVERIFY(external->isMuted());
    QVERIFY(external->isInLobby());
    QCOMPARE(external->rosterSequenceNumber(), std::optional<qint64>(42));
    QCOMPARE(external->mediaStreams().size(), 1);
    QVERIFY(external->mediaStreams()[0].serverMuted);
    QCOMPARE(external->mediaKinds(), MediaKinds()); // the only stream is inactive

    const Participant *guest = findById(snapshot, QStringLiteral("p-guest"));
    QVERIFY(guest->isMuted());    // "true"
    QVERIFY(!guest->isInLobby()); // "FALSE"

    const Participant *encrypted = findById(snapshot, QStringLiteral("p-encrypted"));
    QCOMPARE(encrypted->identities().size(), 2);
    QCOMPARE(encrypted->identities()[0].kind, IdentityKind::Encrypted);
    QCOMPARE(encrypted->identity(IdentityKind::Application)->id, QStringLiteral("app-x"));
    QVERIFY(!encrypted->identity(IdentityKind::User).has_value());

    const Participant *unknown = findById(snapshot, QStringLiteral("p-unknown"));
    QVERIFY(unknown->identities().isEmpty());
    QCOMPARE(unknown->removedReason(), QStringLiteral("removedByModerator"));

    // The first p-member entry (replaced by the duplicate) had full info; check a fresh parse.
    QJsonArray array = QJsonDocument::fromJson(readFile(QStringLiteral(CALLS_TEST_DATA "/roster.mixed.json")))
                           .object().value(QLatin1String("value")).toArray();
    const Participant member = Participant::fromJson(array[0].toObject());
    QCOMPARE(member.endpointType(), QStringLiteral("default"));
    QCOMPARE(member.countryCode(), QStringLiteral("GB"));
    QCOMPARE(member.rosterSequenceNumber(), std::optional<qint64>(41));
    QCOMPARE(member.mediaKinds(), MediaKind::Audio | MediaKind::Video | MediaKind::ScreenSharing);
    QCOMPARE(member.mediaStreams()[2].type, MediaType::ScreenSharing);
    QCOMPARE(member.mediaStreams()[2].label, QStringLiteral("applicationsharing-video"));
    QCOMPARE(member.mediaStreams()[1].direction, MediaDirection::SendOnly);
}

void TestParticipantParsing::nextLinkIsKept()
{
    const auto snapshot = RosterParser::parse(readFile(QStringLiteral(CALLS_TEST_DATA "/roster.mixed.json")));
    QCOMPARE(snapshot.nextLink.query(), QStringLiteral("$skiptoken=page2"));
}

void TestParticipantParsing::edgeCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<IdentityKind>("kind");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("muted");
    QTest::addColumn<bool>("inLobby");
    QTest::addColumn<int>("streams");

    QTest::newRow("only an id") << QByteArray(R"({"id":"x"})") << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("nulls everywhere")
        << QByteArray(R"({"id":"x","info":null,"mediaStreams":null,"isMuted":null,"isInLobby":null,
                         "metadata":null,"removedState":null,"rosterSequenceNumber":null,"recordingInfo":null})")
        << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("null identity")
        << QByteArray(R"({"id":"x","info":{"identity":null,"endpointType":null,"countryCode":null}})")
        << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("empty identity set")
        << QByteArray(R"({"id":"x","info":{"identity":{}}})") << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("identity without id or name")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":{"tenantId":"t"}, "guest":{"id":"g"}}}})")
        << IdentityKind::Guest << "Guest" << false << false << 0;
    QTest::newRow("identities all null")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":null,"guest":null,"phone":null,"application":null}}})")
        << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("wrong types")
        << QByteArray(R"({"id":"x","info":[1,2],"mediaStreams":{"a":1},"isMuted":"maybe","isInLobby":7,
                         "metadata":{"x":1},"rosterSequenceNumber":"soon"})")
        << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("identity of the wrong type")
        << QByteArray(R"({"id":"x","info":{"identity":"user"}})") << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("user identity that is a string")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":"Ada","phone":{"id":"+1555"}}}})")
        << IdentityKind::Phone << "+1555" << false << false << 0;
    QTest::newRow("string booleans")
        << QByteArray(R"({"id":"x","isMuted":"True","isInLobby":"true"})") << IdentityKind::Unknown << "x" << true << true << 0;
    QTest::newRow("numeric booleans")
        << QByteArray(R"({"id":"x","isMuted":1,"isInLobby":0})") << IdentityKind::Unknown << "x" << true << false << 0;
    QTest::newRow("unknown fields and enum values")
        << QByteArray(R"({"id":"x","futureField":{"a":[1]},"info":{"endpointType":"hologram","identity":{"user":{"id":"u","displayName":"U","mood":"fine"}}},
                         "mediaStreams":[{"mediaType":"smell","direction":"sideways"},{"mediaType":"audio","direction":"receiveOnly"}]})")
        << IdentityKind::User << "U" << false << false << 2;
    QTest::newRow("media entries that are not objects")
        << QByteArray(R"({"id":"x","mediaStreams":[null,"audio",3,{"mediaType":"audio"}]})")
        << IdentityKind::Unknown << "x" << false << false << 1;
    QTest::newRow("numeric id") << QByteArray(R"({"id":12345})") << IdentityKind::Unknown << "12345" << false << false << 0;
    QTest::newRow("phone with a display name")
        << QByteArray(R"({"id":"x","info":{"identity":{"phone":{"id":"+1555","displayName":"Front desk"}}}})")
        << IdentityKind::Phone << "Front desk" << false << false << 0;
    QTest::newRow("application with name only")
        << QByteArray(R"({"id":"x","info":{"identity":{"application":{"displayName":"Bot"}}}})")
        << IdentityKind::Application << "Bot" << false << false << 0;
}

void TestParticipantParsing::edgeCases()
{
    QFETCH(QByteArray, json);
    QFETCH(IdentityKind, kind);
    QFETCH(QString, displayName);
    QFETCH(bool, muted);
    QFETCH(bool, inLobby);
    QFETCH(int, streams);
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    QString problem;
    const Participant p = parseOne(json, &problem);
    QVERIFY2(p.isValid(), qPrintable(problem));
    QVERIFY(problem.isEmpty());
    QCOMPARE(p.kind(), kind);
    QCOMPARE(p.displayName(), displayName);
    QCOMPARE(p.isMuted(), muted);
    QCOMPARE(p.isInLobby(), inLobby);
    QCOMPARE(p.mediaStreams().size(), streams);
}

void TestParticipantParsing::malformedParticipantsAreSkippedNotFatal_data()
{
    QTest::addColumn<QByteArray>("array");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("problems");
    QTest::newRow("empty") << QByteArray("[]") << 0 << 0;
    QTest::newRow("null id") << QByteArray(R"([{"id":null},{"id":"a"}])") << 1 << 1;
    QTest::newRow("empty id") << QByteArray(R"([{"id":""},{"id":"a"}])") << 1 << 1;
    QTest::newRow("no id") << QByteArray(R"([{"info":{}},{"id":"a"}])") << 1 << 1;
    QTest::newRow("object id") << QByteArray(R"([{"id":{"v":1}}])") << 0 << 1;
    QTest::newRow("fractional id") << QByteArray(R"([{"id":1.5}])") << 0 << 1;
    QTest::newRow("scalars") << QByteArray(R"([null,true,1,"a",[],{"id":"a"}])") << 1 << 5;
    QTest::newRow("duplicates") << QByteArray(R"([{"id":"a"},{"id":"b"},{"id":"a"},{"id":"a"}])") << 2 << 2;
}

void TestParticipantParsing::malformedParticipantsAreSkippedNotFatal()
{
    QFETCH(QByteArray, array);
    QFETCH(int, valid);
    QFETCH(int, problems);
    const auto snapshot = RosterParser::parse(QJsonDocument::fromJson(array).array());
    QVERIFY(snapshot.ok);
    QCOMPARE(snapshot.participants.size(), valid);
    QCOMPARE(snapshot.problems.size(), problems);
}

void TestParticipantParsing::unusableBodiesAreNotOk_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"value":[{"id":"a"})");
    QTest::newRow("array body") << QByteArray(R"([{"id":"a"}])");
    QTest::newRow("no value") << QByteArray(R"({"error":{"code":"x"}})");
    QTest::newRow("value not an array") << QByteArray(R"({"value":{"id":"a"}})");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
}

void TestParticipantParsing::unusableBodiesAreNotOk()
{
    QFETCH(QByteArray, body);
    const auto snapshot = RosterParser::parse(body);
    QVERIFY(!snapshot.ok);
    QVERIFY(!snapshot.error.isEmpty());
    QVERIFY(snapshot.participants.isEmpty());
}

void TestParticipantParsing::appendPageKeepsIdsUnique()
{
    auto first = RosterParser::parse(QByteArray(R"({"value":[{"id":"a"},{"id":"b"}],"@odata.nextLink":"https://g/next"})"));
    const auto second = RosterParser::parse(QByteArray(R"({"value":[{"id":"b","isMuted":true},{"id":"c"}]})"));
    QCOMPARE(first.nextLink, QUrl(QStringLiteral("https://g/next")));
    RosterParser::appendPage(first, second);
    QCOMPARE(first.participants.size(), 3);
    QVERIFY(first.participants[1].isMuted());
    QCOMPARE(first.problems.size(), 1);
    QVERIFY(first.nextLink.isEmpty());
    QVERIFY(first.ok);
}

void TestParticipantParsing::copiesShareData()
{
    const Participant a = parseOne(R"({"id":"x","info":{"identity":{"user":{"id":"u","displayName":"U"}}}})");
    Participant b = a;
    QVERIFY(a.isSharedWith(b));
    QCOMPARE(a, b);
    b.setMuted(true);
    QVERIFY(!a.isSharedWith(b));
    QVERIFY(a != b);
    QVERIFY(!a.isMuted());
    const Participant c = parseOne(R"({"id":"x","info":{"identity":{"user":{"id":"u","displayName":"U"}}}})");
    QCOMPARE(a, c); // equal by value though not shared
    const QVariant v = QVariant::fromValue(a);
    QVERIFY(v.value<Participant>().isSharedWith(a));
}

void TestParticipantParsing::randomJsonNeverBreaksTheParsers()
{
    QRandomGenerator random(4242);
    int valid = 0;
    for (int round = 0; round < 1500; ++round) {
        QJsonArray array;
        for (int i = int(random.bounded(6)); i > 0; --i)
            array.append(randomValue(random, 0));
        const RosterSnapshot snapshot = RosterParser::parse(array);
        for (const Participant &p : snapshot.participants) {
            QVERIFY(p.isValid());
            QVERIFY(!p.displayName().isEmpty());
            ++valid;
        }
        QVERIFY(snapshot.participants.size() + snapshot.problems.size() >= array.size());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("value"), array}}).toJson();
        QCOMPARE(RosterParser::parse(body).participants.size(), snapshot.participants.size());
        QVERIFY(!RosterParser::parse(body.left(random.bounded(int(body.size()) - 2))).ok); // cut before the last "}"
        for (const QJsonValue &value : array) {
            OperationInfo::fromJson(value.toObject()); // must not crash; anything goes
        }
    }
    QVERIFY(valid > 0); // the generator does produce usable participants
}

void TestParticipantParsing::summaryJsonForTheCli()
{
    const Participant p = parseOne(R"({"id":"p1","isMuted":true,"info":{"identity":{"user":{"id":"u","displayName":"U","tenantId":"t"}}},
        "mediaStreams":[{"mediaType":"audio"},{"mediaType":"video"},{"mediaType":"audio"}]})");
    const QJsonObject json = p.toSummaryJson();
    QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("p1"));
    QCOMPARE(json.value(QLatin1String("displayName")).toString(), QStringLiteral("U"));
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(json.value(QLatin1String("identityId")).toString(), QStringLiteral("u"));
    QCOMPARE(json.value(QLatin1String("tenantId")).toString(), QStringLiteral("t"));
    QCOMPARE(json.value(QLatin1String("isMuted")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("isInLobby")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("media")).toArray(),
             QJsonArray({QStringLiteral("audio"), QStringLiteral("video")}));
}

QTEST_GUILESS_MAIN(TestParticipantParsing)
#include "tst_participant_parsing.moc"
