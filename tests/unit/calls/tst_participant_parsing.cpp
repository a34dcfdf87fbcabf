// Participant::fromJson, Participant::fromJsonBytes and RosterParser against the documentation's
// bodies and edge cases.
#include "core/calls/operation_info.h"
#include "core/calls/roster_parser.h"

#include "support/roster_generator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>
#include "support/test_columns.h"

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
        if (object.value(QLatin1String("@odata.type")).toString() == QLatin1String("#microsoft.graph.participant")) {
            out.append(object);
        }
        for (const QJsonValue &item : object)
            collectParticipants(item, out);
    }
}

// Random JSON built from the keys Graph uses, with values of every type, nested a few levels.
QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const char *keys[] = {"id",
                                 "info",
                                 "identity",
                                 "user",
                                 "guest",
                                 "phone",
                                 "application",
                                 "azureCommunicationServicesUser",
                                 "assertedIdentity",
                                 "displayName",
                                 "tenantId",
                                 "mediaStreams",
                                 "mediaType",
                                 "direction",
                                 "serverMuted",
                                 "isMuted",
                                 "isInLobby",
                                 "removedState",
                                 "reason",
                                 "rosterSequenceNumber",
                                 "metadata",
                                 "endpointType",
                                 "status",
                                 "resultInfo",
                                 "code",
                                 "subcode",
                                 "message",
                                 "participants",
                                 "clientContext",
                                 "value",
                                 "@odata.nextLink"};
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

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Participant::fromJsonBytes() against Participant::fromJson() of the document Qt makes of the
// same bytes: the same participant and the same problem, or nothing from the bytes (and then the
// bytes may be anything). \a read: whether the bytes were read.
void compareWithTheDocument(const QByteArray &json, bool *read)
{
    QString bytesProblem;
    const std::optional<Participant> fromBytes = Participant::fromJsonBytes(json, &bytesProblem);
    *read = fromBytes.has_value();
    if (!fromBytes) {
        QVERIFY(bytesProblem.isEmpty());
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
             qPrintable(QLatin1String("read from bytes Qt does not take: ") + QString::fromUtf8(json)));
    QString problem;
    const Participant expected = Participant::fromJson(document.object(), &problem);
    QCOMPARE(bytesProblem, problem);
    QCOMPARE(fromBytes->isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    const Participant &actual = *fromBytes;
    QCOMPARE(actual.id(), expected.id());
    QCOMPARE(actual.displayName(), expected.displayName());
    QCOMPARE(actual.kind(), expected.kind());
    QCOMPARE(actual.identityId(), expected.identityId());
    QCOMPARE(actual.tenantId(), expected.tenantId());
    QCOMPARE(actual.endpointType(), expected.endpointType());
    QCOMPARE(actual.countryCode(), expected.countryCode());
    QCOMPARE(actual.isMuted(), expected.isMuted());
    QCOMPARE(actual.isInLobby(), expected.isInLobby());
    QCOMPARE(actual.metadata(), expected.metadata());
    QCOMPARE(actual.removedReason(), expected.removedReason());
    QCOMPARE(actual.rosterSequenceNumber(), expected.rosterSequenceNumber());
    QCOMPARE(actual.mediaKinds(), expected.mediaKinds());
    QVERIFY(actual.identities() == expected.identities());
    QVERIFY(actual.mediaStreams() == expected.mediaStreams());
    QVERIFY2(actual == expected, qPrintable(QString::fromUtf8(json)));
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
    void bytesGiveWhatTheDocumentGives_data();
    void bytesGiveWhatTheDocumentGives();
    void bytesOfEveryKnownParticipant();
    void bytesLeaveTheUnusualToQt_data();
    void bytesLeaveTheUnusualToQt();
    void bytesAndDocumentAgreeOnDamagedEntries();
    void stringsOutliveTheirParticipant();
    void settersChangeOnlyTheirField();
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
        collectParticipants(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), participants);
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
    testing::addColumns<QString, IdentityKind, QString, QString, QString>(
        {"id", "kind", "displayName", "identityId", "tenantId"});

    QTest::newRow("member") << "p-member" << IdentityKind::User << "Ada Lovelace"
                            << "u-ada"
                            << "tenant-home";
    QTest::newRow("external") << "p-external" << IdentityKind::User << "Grace Hopper"
                              << "u-grace"
                              << "tenant-other";
    QTest::newRow("guest without name") << "p-guest" << IdentityKind::Guest << "Guest"
                                        << "g-1"
                                        << "";
    QTest::newRow("phone number as name") << "p-phone" << IdentityKind::Phone << "+14255550123"
                                          << "+14255550123"
                                          << "";
    QTest::newRow("acs user") << "p-acs" << IdentityKind::AcsUser << "Kiosk"
                              << "8:acs:abc"
                              << "";
    QTest::newRow("encrypted beats application") << "p-encrypted" << IdentityKind::Encrypted << "Someone"
                                                 << "enc-1"
                                                 << "";
    QTest::newRow("on-premises") << "p-onprem" << IdentityKind::OnPremises << "Linus"
                                 << "sip:linus@contoso.com"
                                 << "tenant-home";
    QTest::newRow("instance beats application") << "p-bot" << IdentityKind::ApplicationInstance << "Recorder"
                                                << "ai-1"
                                                << "";
    QTest::newRow("device") << "p-device" << IdentityKind::Device << "Room 4.01"
                            << "dev-1"
                            << "";
    QTest::newRow("unknown identity key") << "p-unknown" << IdentityKind::Unknown << "p-unknown"
                                          << ""
                                          << "";
    QTest::newRow("asserted name") << "p-asserted" << IdentityKind::Phone << "Reception desk"
                                   << "+3120555123"
                                   << "";
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
                           .object()
                           .value(QLatin1String("value"))
                           .toArray();
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
    testing::addColumns<QByteArray, IdentityKind, QString, bool, bool, int>(
        {"json", "kind", "displayName", "muted", "inLobby", "streams"});

    QTest::newRow("only an id") << QByteArray(R"({"id":"x"})") << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("nulls everywhere") << QByteArray(
        R"({"id":"x","info":null,"mediaStreams":null,"isMuted":null,"isInLobby":null,
                         "metadata":null,"removedState":null,"rosterSequenceNumber":null,"recordingInfo":null})")
                                      << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("null identity") << QByteArray(
        R"({"id":"x","info":{"identity":null,"endpointType":null,"countryCode":null}})")
                                   << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("empty identity set") << QByteArray(R"({"id":"x","info":{"identity":{}}})") << IdentityKind::Unknown
                                        << "x" << false << false << 0;
    QTest::newRow("identity without id or name")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":{"tenantId":"t"}, "guest":{"id":"g"}}}})")
        << IdentityKind::Guest << "Guest" << false << false << 0;
    QTest::newRow("identities all null") << QByteArray(
        R"({"id":"x","info":{"identity":{"user":null,"guest":null,"phone":null,"application":null}}})")
                                         << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("wrong types") << QByteArray(
        R"({"id":"x","info":[1,2],"mediaStreams":{"a":1},"isMuted":"maybe","isInLobby":7,
                         "metadata":{"x":1},"rosterSequenceNumber":"soon"})")
                                 << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("identity of the wrong type") << QByteArray(R"({"id":"x","info":{"identity":"user"}})")
                                                << IdentityKind::Unknown << "x" << false << false << 0;
    QTest::newRow("user identity that is a string")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":"Ada","phone":{"id":"+1555"}}}})") << IdentityKind::Phone
        << "+1555" << false << false << 0;
    QTest::newRow("string booleans") << QByteArray(R"({"id":"x","isMuted":"True","isInLobby":"true"})")
                                     << IdentityKind::Unknown << "x" << true << true << 0;
    QTest::newRow("numeric booleans") << QByteArray(R"({"id":"x","isMuted":1,"isInLobby":0})") << IdentityKind::Unknown
                                      << "x" << true << false << 0;
    QTest::newRow("unknown fields and enum values") << QByteArray(
        R"({"id":"x","futureField":{"a":[1]},"info":{"endpointType":"hologram","identity":{"user":{"id":"u","displayName":"U","mood":"fine"}}},
                         "mediaStreams":[{"mediaType":"smell","direction":"sideways"},{"mediaType":"audio","direction":"receiveOnly"}]})")
                                                    << IdentityKind::User << "U" << false << false << 2;
    QTest::newRow("media entries that are not objects")
        << QByteArray(R"({"id":"x","mediaStreams":[null,"audio",3,{"mediaType":"audio"}]})") << IdentityKind::Unknown
        << "x" << false << false << 1;
    QTest::newRow("numeric id") << QByteArray(R"({"id":12345})") << IdentityKind::Unknown << "12345" << false << false
                                << 0;
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
    testing::addColumns<QByteArray, int, int>({"array", "valid", "problems"});
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
    auto first =
        RosterParser::parse(QByteArray(R"({"value":[{"id":"a"},{"id":"b"}],"@odata.nextLink":"https://g/next"})"));
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
    const Participant p =
        parseOne(R"({"id":"p1","isMuted":true,"info":{"identity":{"user":{"id":"u","displayName":"U","tenantId":"t"}}},
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

void TestParticipantParsing::bytesGiveWhatTheDocumentGives_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("only an id") << QByteArray(R"({"id":"x"})");
    QTest::newRow("nulls everywhere") << QByteArray(
        R"({"id":"x","info":null,"mediaStreams":null,"isMuted":null,"isInLobby":null,
                         "metadata":null,"removedState":null,"rosterSequenceNumber":null,"recordingInfo":null})");
    QTest::newRow("null identity") << QByteArray(
        R"({"id":"x","info":{"identity":null,"endpointType":null,"countryCode":null}})");
    QTest::newRow("empty identity set") << QByteArray(R"({"id":"x","info":{"identity":{}}})");
    QTest::newRow("identity without id or name")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":{"tenantId":"t"}, "guest":{"id":"g"}}}})");
    QTest::newRow("wrong types") << QByteArray(
        R"({"id":"x","info":[1,2],"mediaStreams":{"a":1},"isMuted":"maybe","isInLobby":7,
                         "metadata":{"x":1},"rosterSequenceNumber":"soon"})");
    QTest::newRow("user identity that is a string")
        << QByteArray(R"({"id":"x","info":{"identity":{"user":"Ada","phone":{"id":"+1555"}}}})");
    QTest::newRow("string booleans") << QByteArray(R"({"id":"x","isMuted":" True ","isInLobby":"FALSE"})");
    QTest::newRow("numeric booleans") << QByteArray(
        R"({"id":"x","isMuted":1,"isInLobby":0,"mediaStreams":[{"serverMuted":2}]})");
    QTest::newRow("numbers as text") << QByteArray(
        R"({"id":-12,"metadata":0,"rosterSequenceNumber":" 42 ","info":{"countryCode":31,
                         "identity":{"phone":{"id":31205550123}}},"mediaStreams":[{"mediaType":1,"sourceId":5,"label":9}]})");
    QTest::newRow("sequence number") << QByteArray(R"({"id":"x","rosterSequenceNumber":-5})");
    QTest::newRow("sequence number as text that is none") << QByteArray(R"({"id":"x","rosterSequenceNumber":"5x"})");
    QTest::newRow("unknown fields and enum values") << QByteArray(
        R"({"id":"x","futureField":{"a":[1,{"b":[]}]},"info":{"endpointType":"hologram","identity":{"user":{"id":"u","displayName":"U","mood":"fine"}}},
                         "mediaStreams":[{"mediaType":"smell","direction":"sideways"},{"mediaType":"AUDIO","direction":"ReceiveOnly"},
                         {"mediaType":"screenSharing","direction":"inactive"},{"mediaType":"data"}]})");
    QTest::newRow("media entries that are not objects")
        << QByteArray(R"({"id":"x","mediaStreams":[null,"audio",3,[],{"mediaType":"audio"}]})");
    QTest::newRow("phone with a display name")
        << QByteArray(R"({"id":"x","info":{"identity":{"phone":{"id":"+1555","displayName":"Front desk"}}}})");
    QTest::newRow("guest without a name") << QByteArray(R"({"id":"x","info":{"identity":{"guest":{"id":"g-1"}}}})");
    QTest::newRow("every kind") << QByteArray(
        R"({"id":"x","info":{"identity":{"device":{"id":"d"},"application":{"id":"a","displayName":"App"},
                         "applicationInstance":{"id":"ai"},"encrypted":{"displayName":"E"},"onPremises":{"id":"op","tenantId":"t1"},
                         "azureCommunicationServicesUser":{"id":"8:acs:1"},"phone":{"id":"+1"},"guest":{"id":"g"},
                         "user":{"id":"u","tenantId":"t2"}}}})");
    QTest::newRow("asserted name") << QByteArray(
        R"({"id":"x","info":{"identity":{"phone":{"id":"+1"},"assertedIdentity":{"displayName":"Reception"}}}})");
    QTest::newRow("asserted name in a nested identity")
        << QByteArray(R"({"id":"x","info":{"identity":{"phone":{"id":"+1"},"assertedIdentity":{"guest":{"id":"g"},
                         "user":{"id":"u","displayName":"Nested"},"assertedIdentity":{"displayName":"ignored"}}}}})");
    QTest::newRow("asserted identity without a name")
        << QByteArray(R"({"id":"x","info":{"identity":{"assertedIdentity":{"phone":{"id":"+2"}}}}})");
    QTest::newRow("asserted identity that is not an object")
        << QByteArray(R"({"id":"x","info":{"identity":{"assertedIdentity":"Reception","user":{"id":"u"}}}})");
    QTest::newRow("endpoint type of the identity set")
        << QByteArray(R"({"id":"x","info":{"identity":{"endpointType":"skypeForBusiness","user":{"id":"u"}}}})");
    QTest::newRow("endpoint type of info first")
        << QByteArray(R"({"id":"x","info":{"endpointType":"default","identity":{"endpointType":"skypeForBusiness"}}})");
    QTest::newRow("removed") << QByteArray(R"({"id":"x","removedState":{"reason":"removedByModerator","extra":[]}})");
    QTest::newRow("removed without reason") << QByteArray(R"({"id":"x","removedState":{}})");
    QTest::newRow("empty strings") << QByteArray(
        R"({"id":"x","metadata":"","info":{"identity":{"user":{"id":"","displayName":""},"guest":{"id":"g"}}}})");
    QTest::newRow("names in any script") << QByteArray(
        "{\"id\":\"p\",\"info\":{\"identity\":{\"user\":{\"id\":\"u\",\"displayName\":"
        "\"Kate\xc5\x99ina W\xc3\xb3jcik \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80\"}}}}");
    QTest::newRow("escapes") << QByteArray(
        R"({"id":"a\"b\\c\/d\n\t\r\b\f","info":{"identity":{"guest":{"id":"g","displayName":"Caf\u00e9 \u4E2D \u0000"}}}})");
    QTest::newRow("keys nobody reads, twice") << QByteArray(
        R"({"id":"x","foo":1,"foo":"2","info":{"bar":[1,2],"bar":{},"identity":{"user":{"id":"u","x":1,"x":2}}}})");
    QTest::newRow("numbers nobody reads")
        << QByteArray(R"({"id":"x","a":-0,"b":1.5e10,"c":-12.25E-3,"d":0,"e":[1E+2,0.0,-1],"f":12345678901234567})");
    QTest::newRow("literals") << QByteArray(
        R"({"id":"x","isMuted":true,"isInLobby":false,"metadata":null,"z":[true,false,null]})");
    QTest::newRow("white space") << QByteArray(
        "\n {\r\n\t\"id\" :\t\"x\" ,\n  \"info\" : { \"identity\" : { \"user\" : { \"id\" : \"u\" } } } ,"
        " \"mediaStreams\" : [ { \"mediaType\" : \"audio\" } , { } ] , \"isMuted\" : true } \n");
    QTest::newRow("empty containers") << QByteArray(R"({"id":"x","a":{},"b":[],"mediaStreams":[],"info":{}})");
    QTest::newRow("no id") << QByteArray(R"({"info":{}})");
    QTest::newRow("null id") << QByteArray(R"({"id":null})");
    QTest::newRow("empty id") << QByteArray(R"({"id":""})");
    QTest::newRow("boolean id") << QByteArray(R"({"id":true})");
    QTest::newRow("array id") << QByteArray(R"({"id":["x"]})");
    QTest::newRow("object id") << QByteArray(R"({"id":{"v":1}})");
    QTest::newRow("empty object") << QByteArray("{}");
    QByteArray manyStreams = R"({"id":"x","mediaStreams":[)";
    for (int i = 0; i < 40; ++i)
        manyStreams += QByteArray(i ? "," : "") + R"({"mediaType":"video","sourceId":")" + QByteArray::number(i)
                       + R"(","label":"main-video"})";
    QTest::newRow("many streams") << manyStreams + "]}";
}

void TestParticipantParsing::bytesGiveWhatTheDocumentGives()
{
    QFETCH(QByteArray, json);
    bool read = false;
    compareWithTheDocument(json, &read);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(read, "left to Qt, though this reader is meant to read it");
}

void TestParticipantParsing::bytesOfEveryKnownParticipant()
{
    // The documentation's participants, the mixed roster and generated ones, written compactly
    // and indented.
    QList<QJsonObject> participants;
    const QDir dir(QStringLiteral(MODERATO_TEST_DATA "/graph"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const auto doc = QJsonDocument::fromJson(readFile(dir.filePath(name)));
        collectParticipants(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), participants);
    }
    const QJsonArray mixed = QJsonDocument::fromJson(readFile(QStringLiteral(CALLS_TEST_DATA "/roster.mixed.json")))
                                 .object()
                                 .value(QLatin1String("value"))
                                 .toArray();
    for (const QJsonValue &value : mixed) {
        if (value.isObject())
            participants.append(value.toObject());
    }
    testsupport::RosterGenerator generator(77);
    for (int i = 0; i < 200; ++i)
        participants.append(generator.makeParticipant());
    QVERIFY(participants.size() > 200);
    for (const QJsonObject &object : std::as_const(participants)) {
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            bool read = false;
            compareWithTheDocument(QJsonDocument(object).toJson(format), &read);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(read);
        }
    }
}

void TestParticipantParsing::bytesLeaveTheUnusualToQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"id":"x")");
    QTest::newRow("truncated string") << QByteArray(R"({"id":"x)");
    QTest::newRow("trailing comma") << QByteArray(R"({"id":"x",})");
    QTest::newRow("trailing comma in an array") << QByteArray(R"({"id":"x","a":[1,]})");
    QTest::newRow("missing colon") << QByteArray(R"({"id" "x"})");
    QTest::newRow("an array") << QByteArray(R"([{"id":"x"}])");
    QTest::newRow("a string") << QByteArray(R"("x")");
    QTest::newRow("garbage after") << QByteArray(R"({"id":"x"} x)");
    QTest::newRow("a NUL byte after") << QByteArray("{\"id\":\"x\"}\0{", 12);
    QTest::newRow("whitespace, then a NUL byte") << QByteArray("{\"id\":\"x\"} \n\0", 13);
    QTest::newRow("two objects") << QByteArray(R"({"id":"x"}{"id":"y"})");
    QTest::newRow("id twice") << QByteArray(R"({"id":"x","id":"y"})");
    QTest::newRow("isMuted twice") << QByteArray(R"({"id":"x","isMuted":true,"isMuted":false})");
    QTest::newRow("identity id twice") << QByteArray(R"({"id":"x","info":{"identity":{"user":{"id":"a","id":"b"}}}})");
    QTest::newRow("user twice") << QByteArray(R"({"id":"x","info":{"identity":{"user":{"id":"a"},"user":null}}})");
    QTest::newRow("label twice") << QByteArray(R"({"id":"x","mediaStreams":[{"label":"a","label":"b"}]})");
    QTest::newRow("surrogate pair escape") << QByteArray(R"({"id":"\ud83d\ude00"})");
    QTest::newRow("lone surrogate escape") << QByteArray(R"({"id":"\ud800"})");
    QTest::newRow("unknown escape") << QByteArray(R"({"id":"\x"})");
    QTest::newRow("short unicode escape") << QByteArray(R"({"id":"\u12"})");
    QTest::newRow("control character") << QByteArray("{\"id\":\"a\tb\"}");
    QTest::newRow("escaped key") << QByteArray(R"({"i\u0064":"x"})");
    QTest::newRow("fraction where read") << QByteArray(R"({"id":"x","rosterSequenceNumber":1.0})");
    QTest::newRow("exponent where read") << QByteArray(R"({"id":1e3})");
    QTest::newRow("16-digit number where read") << QByteArray(R"({"id":1234567890123456})");
    QTest::newRow("minus zero where read") << QByteArray(R"({"id":"x","isMuted":-0})");
    QTest::newRow("leading zero") << QByteArray(R"({"id":"x","a":01})");
    QTest::newRow("lone minus") << QByteArray(R"({"id":"x","a":-})");
    QTest::newRow("point without digits") << QByteArray(R"({"id":"x","a":1.})");
    QTest::newRow("huge exponent") << QByteArray(R"({"id":"x","a":1e400})");
    QTest::newRow("bad literal") << QByteArray(R"({"id":"x","a":nul})");
    QTest::newRow("deep") << QByteArray(R"({"id":"x","a":)") + QByteArray(70, '[') + QByteArray(70, ']') + "}";
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"id\":\"x\"}");
    QTest::newRow("byte order mark in a string") << QByteArray("{\"id\":\"\xef\xbb\xbfx\"}");
    QTest::newRow("noncharacter") << QByteArray("{\"id\":\"x\xef\xbf\xbf\"}");
    QTest::newRow("escaped noncharacter") << QByteArray(R"({"id":"x\uFDD0"})");
    QTest::newRow("cut UTF-8") << QByteArray("{\"id\":\"x\xc3\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"id\":\"\xc0\xaf\"}");
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"id\":\"\xed\xa0\x80\"}");
    QTest::newRow("beyond U+10FFFF") << QByteArray("{\"id\":\"\xf4\x90\x80\x80\"}");
    QTest::newRow("invalid UTF-8 in a key nobody reads") << QByteArray("{\"id\":\"x\",\"\xff\":1}");
}

void TestParticipantParsing::bytesLeaveTheUnusualToQt()
{
    QFETCH(QByteArray, json);
    QString problem;
    QVERIFY(!Participant::fromJsonBytes(json, &problem).has_value());
    QVERIFY(problem.isEmpty());
}

void TestParticipantParsing::bytesAndDocumentAgreeOnDamagedEntries()
{
    // Generated participants and a few odd ones, with characters replaced, dropped, doubled or
    // inserted at random: whatever the bytes reader makes of them, Qt's document makes too.
    QRandomGenerator random(31);
    QList<QByteArray> entries{
        R"({"id":"p","info":{"identity":{"phone":{"id":"+1"},"assertedIdentity":{"user":{"displayName":"N"}}},"countryCode":"NL"},"rosterSequenceNumber":"7"})",
        R"({"id":12,"isMuted":"true","isInLobby":1,"removedState":{"reason":"r"},"mediaStreams":[{"mediaType":"audio","serverMuted":0}]})",
        "{\"id\":\"\xc3\xa9\\u00e9\",\"metadata\":\"a\\\\b\"}",
    };
    testsupport::RosterGenerator generator(31);
    for (int i = 0; i < 20; ++i)
        entries.append(compact(generator.makeParticipant()));
    const char replacements[] = "{}[]\",:\\ 0159-+.eEutfnlx\t\n";
    const QList<QByteArray> insertions{
        "\xc3\xa9", "\xe2\x80", "\\u", "\\u00e9", "\\ud83d",           "\"\"",         "null", "1.5",
        "-0",       "[]",       "{}",  "true",    "\"isMuted\":true,", "\"id\":\"y\","};
    int read = 0;
    int rounds = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray json = entries.at(random.bounded(int(entries.size())));
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(json.size()));
            switch (random.bounded(4)) {
            case 0: json[at] = replacements[random.bounded(int(sizeof(replacements) - 1))]; break;
            case 1: json.remove(at, 1); break;
            case 2: json.insert(at, json.at(at)); break;
            default: json.insert(at, insertions.at(random.bounded(int(insertions.size())))); break;
            }
        }
        bool wasRead = false;
        compareWithTheDocument(json, &wasRead);
        if (QTest::currentTestFailed())
            return;
        read += wasRead ? 1 : 0;
        ++rounds;
    }
    // Both ways are exercised: damaged bytes the reader still reads, and bytes it leaves to Qt.
    QVERIFY2(read > rounds / 10 && read < rounds, qPrintable(QStringLiteral("%1 of %2 read").arg(read).arg(rounds)));
}

void TestParticipantParsing::stringsOutliveTheirParticipant()
{
    QString id;
    QString name;
    QString identityId;
    QString sourceId;
    QString metadata;
    {
        const Participant p =
            parseOne(R"({"id":"p-1","metadata":"meta","info":{"identity":{"user":{"id":"u-1","displayName":"Ada"}}},
            "mediaStreams":[{"mediaType":"audio","sourceId":"7"}]})");
        id = p.id();
        name = p.displayName();
        identityId = p.identityId();
        sourceId = p.mediaStreams().at(0).sourceId;
        metadata = p.metadata();
        // A string the participant gave can be changed; the participant stays as it was.
        QString changed = p.displayName();
        changed[0] = u'E';
        changed.append(QLatin1String("!"));
        QCOMPARE(changed, QStringLiteral("Eda!"));
        QCOMPARE(p.displayName(), QStringLiteral("Ada"));
        QCOMPARE(p.identityId(), QStringLiteral("u-1"));
        QCOMPARE(p.identities().at(0).displayName, QStringLiteral("Ada"));
    }
    QCOMPARE(id, QStringLiteral("p-1"));
    QCOMPARE(name, QStringLiteral("Ada"));
    QCOMPARE(identityId, QStringLiteral("u-1"));
    QCOMPARE(sourceId, QStringLiteral("7"));
    QCOMPARE(metadata, QStringLiteral("meta"));
    // Terminated where they end, as every QString is.
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(name.utf16())), QStringLiteral("Ada"));
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(id.utf16())), QStringLiteral("p-1"));
    // Changing one leaves the others alone, also once it is the last one left.
    name.append(QLatin1String(" Lovelace"));
    QCOMPARE(name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(identityId, QStringLiteral("u-1"));
    id = QString();
    name = QString();
    sourceId = QString();
    metadata = QString();
    identityId.append(QLatin1String("-and-more-than-fits-in-place"));
    identityId.prepend(QLatin1String(">"));
    QCOMPARE(identityId, QStringLiteral(">u-1-and-more-than-fits-in-place"));
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(identityId.utf16())), identityId);
}

void TestParticipantParsing::settersChangeOnlyTheirField()
{
    const Participant original = parseOne(R"({"id":"p-1","metadata":"meta","isMuted":true,"rosterSequenceNumber":3,
        "info":{"endpointType":"default","countryCode":"NL","identity":{"user":{"id":"u-1","displayName":"Ada","tenantId":"t"}}},
        "mediaStreams":[{"mediaType":"audio","sourceId":"7","label":"main-audio"}]})");
    Participant p = original;
    p.setDisplayName(QStringLiteral("Ada L."));
    QCOMPARE(p.displayName(), QStringLiteral("Ada L."));
    QCOMPARE(p.id(), QStringLiteral("p-1"));
    QCOMPARE(p.identityId(), QStringLiteral("u-1"));
    QCOMPARE(p.identities(), original.identities());
    QCOMPARE(p.mediaStreams(), original.mediaStreams());
    QCOMPARE(p.metadata(), QStringLiteral("meta"));
    QCOMPARE(p.tenantId(), QStringLiteral("t"));
    QCOMPARE(p.endpointType(), QStringLiteral("default"));
    QCOMPARE(p.countryCode(), QStringLiteral("NL"));
    QVERIFY(p.isMuted());
    QCOMPARE(p.rosterSequenceNumber(), std::optional<qint64>(3));
    QCOMPARE(original.displayName(), QStringLiteral("Ada"));

    p.setId(QStringLiteral("p-2"));
    p.setMetadata(QStringLiteral("other"));
    p.setRemovedReason(QStringLiteral("left"));
    p.setIdentityId(QStringLiteral("u-9"));
    p.setMuted(false);
    p.setInLobby(true);
    p.setRosterSequenceNumber(std::nullopt);
    p.setTenantId(QStringLiteral("t2"));
    p.setCountryCode(QStringLiteral("DE"));
    QCOMPARE(p.id(), QStringLiteral("p-2"));
    QCOMPARE(p.displayName(), QStringLiteral("Ada L."));
    QCOMPARE(p.metadata(), QStringLiteral("other"));
    QCOMPARE(p.removedReason(), QStringLiteral("left"));
    QCOMPARE(p.identityId(), QStringLiteral("u-9"));
    QCOMPARE(p.identities().at(0).id, QStringLiteral("u-1"));
    QVERIFY(!p.isMuted());
    QVERIFY(p.isInLobby());
    QVERIFY(!p.rosterSequenceNumber().has_value());
    QCOMPARE(p.tenantId(), QStringLiteral("t2"));
    QCOMPARE(p.countryCode(), QStringLiteral("DE"));
    QCOMPARE(p.mediaKinds(), MediaKinds(MediaKind::Audio));

    p.setMediaStreams({MediaStream{MediaType::Video, MediaDirection::SendOnly, false, QStringLiteral("main-video"),
                                   QStringLiteral("8")}});
    QCOMPARE(p.mediaKinds(), MediaKinds(MediaKind::Video));
    QCOMPARE(p.mediaStreams().at(0).sourceId, QStringLiteral("8"));
    p.setIdentities({ParticipantIdentity{IdentityKind::Phone, QStringLiteral("+31"), {}, {}}});
    QCOMPARE(p.kind(), IdentityKind::Phone);
    QCOMPARE(p.identityId(), QStringLiteral("+31"));
    QCOMPARE(p.displayName(), QStringLiteral("+31"));
    QCOMPARE(p.tenantId(), QString());
    QCOMPARE(p.id(), QStringLiteral("p-2"));

    // The original is untouched, and equal to a fresh parse of its bytes.
    QCOMPARE(original.id(), QStringLiteral("p-1"));
    QCOMPARE(original.kind(), IdentityKind::User);
    QVERIFY(original.isMuted());
    QCOMPARE(original.mediaKinds(), MediaKinds(MediaKind::Audio));
    QVERIFY(original != p);
    Participant blank;
    blank.setId(QStringLiteral("b"));
    QVERIFY(blank.isValid());
    QVERIFY(!Participant().isValid());
}

QTEST_GUILESS_MAIN(TestParticipantParsing)
#include "tst_participant_parsing.moc"
