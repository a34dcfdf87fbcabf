// moderato-cli hits exactly whom the script names, and says exactly what happened: remove, cancel
// and mute check the roster before anything is sent, the app's own participant is never a target,
// and invitations sent together each end with their own outcome from their own evidence.
#include "cli/commands/cli_runner.h"

#include "support/test_columns.h"
#include <QJsonArray>
#include <QUuid>

using namespace clitest;
using namespace itest;

namespace {

const QString BotId = QStringLiteral("b0b00000-0000-4000-8000-000000000b07");

//! The app's own participant, as Graph lists a bot that joined the meeting.
QJsonObject botParticipant()
{
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
        {QStringLiteral("id"), BotId},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("application"),
                                   QJsonObject{{QStringLiteral("id"), App},
                                               {QStringLiteral("displayName"), QStringLiteral("Moderato Bot")}}}}}}},
        {QStringLiteral("mediaStreams"), QJsonArray{}},
        {QStringLiteral("isMuted"), false},
        {QStringLiteral("isInLobby"), false}};
}

QJsonObject withBot(QJsonObject world)
{
    QJsonArray calls = world.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.at(0).toObject();
    QJsonArray participants = call.value(QLatin1String("participants")).toArray();
    participants.prepend(botParticipant());
    call.insert(QStringLiteral("participants"), participants);
    calls[0] = call;
    world.insert(QStringLiteral("calls"), calls);
    return world;
}

//! The requests of \a method to a participant path that the simulator saw.
int actionRequests(CliRunner &cli, const QString &method)
{
    int count = 0;
    for (const QJsonValue &entry : cli.log()) {
        const QString path = entry[QLatin1String("path")].toString();
        if (entry[QLatin1String("method")].toString() == method
            && (path.contains(QLatin1String("/participants/")) || path.endsWith(QLatin1String("$batch"))))
            ++count;
    }
    return count;
}

} // namespace

class TestCliTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelOfSomeoneInTheCallSendsNothing();
    void removeOfAnIdNotInTheCallSendsNothing_data();
    void removeOfAnIdNotInTheCallSendsNothing();
    void ignoreMissingMakesAnAbsentIdSucceed();
    void aMalformedIdIsAUsageError_data();
    void aMalformedIdIsAUsageError();
    void someoneWhoLeavesBeforeTheDeleteHadAlreadyLeft();
    void theAppsOwnParticipantIsNeverATarget_data();
    void theAppsOwnParticipantIsNeverATarget();
    void theAppsOwnParticipantIsMarkedInTheList();
    void guestInvitationsAreAUsageError();
    void eachInviteeEndsWithItsOwnOutcome();
};

void TestCliTargets::cancelOfSomeoneInTheCallSendsNothing()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("cancel"), Call, participantId(1)});
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("Person 1")), describe(result));
    QVERIFY2(result.err.contains(QLatin1String("remove")), describe(result));
    QVERIFY2(!result.out.contains(QLatin1String("Cancelled")), describe(result));
    QCOMPARE(actionRequests(cli, QStringLiteral("DELETE")), 0);
    QVERIFY(!cli.simParticipant(participantId(1)).isEmpty());
}

void TestCliTargets::removeOfAnIdNotInTheCallSendsNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("mute") << QStringLiteral("mute");
}

void TestCliTargets::removeOfAnIdNotInTheCallSendsNothing()
{
    QFETCH(QString, command);
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CliResult result = cli.runSignedIn({command, Call, participantId(2), stranger});
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(stranger + QLatin1String(" is not in this call")), describe(result));
    QVERIFY2(!result.out.contains(QLatin1String("already left")), describe(result));
    // The one who is in the call is still acted on; the stranger's id never reached the service.
    for (const QJsonValue &entry : cli.log()) {
        QVERIFY2(!entry[QLatin1String("path")].toString().contains(stranger), describe(result));
        QVERIFY2(!entry[QLatin1String("body")].toString().contains(stranger), describe(result));
    }
    if (command == QLatin1String("remove"))
        QVERIFY(cli.simParticipant(participantId(2)).isEmpty());
    else
        QVERIFY(cli.simParticipant(participantId(2))[QLatin1String("isMuted")].toBool());
}

void TestCliTargets::ignoreMissingMakesAnAbsentIdSucceed()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CliResult result =
        cli.runSignedIn({QStringLiteral("remove"), Call, stranger, QStringLiteral("--ignore-missing")});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(stranger + QLatin1String(" is not in this call")), describe(result));
    QCOMPARE(actionRequests(cli, QStringLiteral("DELETE")), 0);
}

void TestCliTargets::aMalformedIdIsAUsageError_data()
{
    testing::addColumns<QString, QString>({"command", "id"});
    QTest::newRow("remove words") << QStringLiteral("remove") << QStringLiteral("not-a-real-id");
    QTest::newRow("cancel path") << QStringLiteral("cancel") << QStringLiteral("../../calls");
    QTest::newRow("mute braces") << QStringLiteral("mute") << QStringLiteral("{00000000-0000-4000-8000-000000000001}");
}

void TestCliTargets::aMalformedIdIsAUsageError()
{
    QFETCH(QString, command);
    QFETCH(QString, id);
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({command, Call, id});
    QVERIFY2(result.refusedMentioning(id), describe(result));
    QCOMPARE(cli.log().size(), 0);
}

void TestCliTargets::someoneWhoLeavesBeforeTheDeleteHadAlreadyLeft()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    // In the roster when it is read; gone (404) by the time the DELETE arrives.
    cli.hook("POST", QStringLiteral("/_sim/faults"),
             QJsonObject{{QStringLiteral("faults"),
                          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                                 {QStringLiteral("path"),
                                                  QString(QStringLiteral("/v1.0/communications/calls/*/participants/")
                                                          + participantId(1))},
                                                 {QStringLiteral("status"), 404}}}}});
    const CliResult result = cli.runSignedIn({QStringLiteral("remove"), Call, participantId(1)});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QLatin1String("Person 1")) && result.out.contains(QLatin1String("already left")),
             describe(result));
    QCOMPARE(actionRequests(cli, QStringLiteral("DELETE")), 1);
}

void TestCliTargets::theAppsOwnParticipantIsNeverATarget_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("mute") << QStringLiteral("mute");
    QTest::newRow("cancel") << QStringLiteral("cancel");
}

void TestCliTargets::theAppsOwnParticipantIsNeverATarget()
{
    QFETCH(QString, command);
    CliRunner cli(withBot(scenario(3)));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({command, Call, BotId});
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("Moderato")), describe(result));
    QCOMPARE(actionRequests(cli, QStringLiteral("DELETE")), 0);
    QCOMPARE(actionRequests(cli, QStringLiteral("POST")), 0);
    QVERIFY(!cli.simParticipant(BotId).isEmpty());
    QVERIFY(!cli.simParticipant(BotId)[QLatin1String("isMuted")].toBool());
}

void TestCliTargets::theAppsOwnParticipantIsMarkedInTheList()
{
    CliRunner cli(withBot(scenario(3)));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult table = cli.runSignedIn({QStringLiteral("participants"), Call});
    QVERIFY2(table.exitCode == 0, describe(table));
    for (const QString &line : table.out.split(QLatin1Char('\n')))
        QCOMPARE(line.contains(QLatin1String("this app")), line.contains(BotId));
    const CliResult json = cli.runSignedIn({QStringLiteral("participants"), Call, QStringLiteral("--json")});
    for (const QJsonValue &p : QJsonDocument::fromJson(json.out.toUtf8()).array())
        QCOMPARE(p[QLatin1String("isThisApp")].toBool(), p[QLatin1String("id")].toString() == BotId);
}

void TestCliTargets::guestInvitationsAreAUsageError()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result =
        cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--guest"), QStringLiteral("Visitor")});
    QVERIFY2(result.refusedMentioning(QLatin1String("meeting link")), describe(result));
    QCOMPARE(cli.log().size(), 0);
}

void TestCliTargets::eachInviteeEndsWithItsOwnOutcome()
{
    const QString busyId = QStringLiteral("c0000000-0000-4000-8000-00000000000c");
    const QString silentId = QStringLiteral("d0000000-0000-4000-8000-00000000000d");
    const QString phone = QStringLiteral("+14255550123");
    // Each answer is read from that person's own operation (GET, as notifications would tell it).
    QJsonObject world = scenario(3, QJsonObject{{QStringLiteral("clock"), QStringLiteral("real")},
                                                {QStringLiteral("ringTimeout"), 4},
                                                {QStringLiteral("operationsGettable"), true}});
    world.insert(QStringLiteral("users"),
                 QJsonArray{answeringUser(AdaId, QStringLiteral("Ada Accepts"), 1, QStringLiteral("accept")),
                            answeringUser(AlanId, QStringLiteral("Alan Declines"), 1.5, QStringLiteral("decline")),
                            answeringUser(busyId, QStringLiteral("Bea Busy"), 2, QStringLiteral("busy")),
                            answeringUser(silentId, QStringLiteral("Sam Silent"), 3, QStringLiteral("noAnswer"))});
    CliRunner cli(world);
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AdaId,
                                              QStringLiteral("--user"), AlanId, QStringLiteral("--user"), busyId,
                                              QStringLiteral("--user"), silentId, QStringLiteral("--phone"), phone,
                                              QStringLiteral("--wait"), QStringLiteral("30"), QStringLiteral("--json")},
                                             40000);
    QVERIFY2(result.exitCode == 0, describe(result));
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY2(document.isArray(), describe(result));
    QCOMPARE(document.array().size(), 5);
    QHash<QString, QJsonObject> byInvitee;
    for (const QJsonValue &value : document.array())
        byInvitee.insert(value[QLatin1String("invitee")].toString(), value.toObject());

    const struct
    {
        QString invitee;
        QString outcome;
        int code; // 0: no resultInfo code of anyone else may appear
    } expected[] = {
        {QStringLiteral("Ada Accepts"), QStringLiteral("connected"), 0},
        {QStringLiteral("Alan Declines"), QStringLiteral("declined"), 603},
        {QStringLiteral("Bea Busy"), QStringLiteral("busy"), 486},
        {QStringLiteral("Sam Silent"), QStringLiteral("noAnswer"), 408},
        {phone, QStringLiteral("noAnswer"), 408},
    };
    QSet<QString> operations;
    for (const auto &e : expected) {
        QVERIFY2(byInvitee.contains(e.invitee), qPrintable(e.invitee + QLatin1Char('\n') + result.out));
        const QJsonObject invitation = byInvitee.value(e.invitee);
        QVERIFY2(invitation[QLatin1String("outcome")].toString() == e.outcome,
                 qPrintable(e.invitee + QLatin1Char('\n') + result.out));
        const int code = invitation[QLatin1String("resultInfo")][QLatin1String("code")].toInt();
        if (e.code)
            QCOMPARE(code, e.code);
        else
            QVERIFY2(code == 0 || code == 200, qPrintable(e.invitee + QLatin1Char('\n') + result.out));
        operations.insert(invitation[QLatin1String("operationId")].toString());
    }
    // One operation per person: nobody's result can be read off somebody else's.
    QCOMPARE(operations.size(), 5);
}

QTEST_GUILESS_MAIN(TestCliTargets)
#include "tst_cli_targets.moc"
