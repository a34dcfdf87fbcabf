// moderato-cli as scripts use it: the real binary, the simulator behind --graph-url/--login-url,
// the secret on standard input. Checks what a script can rely on: standard output, standard error
// and the exit code (0 success, 1 the service refused, 2 usage error).
#include "cli/commands/cli_runner.h"

#include <QJsonArray>

using namespace clitest;
using namespace itest;

namespace {

const QString AdaName = QStringLiteral("Ada Lovelace");
const QString AlanName = QStringLiteral("Alan Turing");

//! Ada accepts after \a adaAfter s, Alan declines after \a alanAfter s, on the given clock.
QJsonObject acceptAndDecline(double adaAfter, double alanAfter, const QString &clock)
{
    // A decline is only known from the operation (or a notification): this world answers its GET.
    QJsonObject world =
        scenario(3, QJsonObject{{QStringLiteral("clock"), clock}, {QStringLiteral("operationsGettable"), true}});
    world.insert(QStringLiteral("users"),
                 QJsonArray{answeringUser(AdaId, AdaName, adaAfter, QStringLiteral("accept")),
                            answeringUser(AlanId, AlanName, alanAfter, QStringLiteral("decline"))});
    return world;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsParticipants();
    void listsParticipantsAsJson();
    void removesAParticipant();
    void forbiddenRemovalPrintsTheAdminCommand();
    void mutesAParticipant();
    void holdsAndResumesOneParticipant();
    void invitesAndPrintsParticipantIds();
    void invitesBySignInName();
    void unknownSignInNameSendsNoInvitation();
    void withoutDirectoryPermissionOnlyObjectIdsAreInvited();
    void cancelsARingingInvitation();
    void inviteWaitsForAcceptAndDecline();
    void inviteWaitsAndPrintsJson();
    void watchesForSeconds();
};

void TestCliCommands::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary() + QLatin1String(" is not built")));
}

void TestCliCommands::listsParticipants()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("participants"), Call});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY(result.out.contains(QLatin1String("NAME")));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(result.out.contains(QStringLiteral("Person %1").arg(i)));
        QVERIFY(result.out.contains(participantId(i)));
    }
    QVERIFY2(result.out.contains(QLatin1String("3 participant")), describe(result));
    QVERIFY2(result.err.isEmpty(), describe(result));
}

void TestCliCommands::listsParticipantsAsJson()
{
    QJsonObject world = scenario(3);
    // One muted participant with video too, to see the fields follow the roster.
    QJsonArray calls = world.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.at(0).toObject();
    QJsonArray participants = call.value(QLatin1String("participants")).toArray();
    QJsonObject muted = participants.at(1).toObject();
    muted.insert(QStringLiteral("isMuted"), true);
    QJsonArray streams = muted.value(QLatin1String("mediaStreams")).toArray();
    streams.append(QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("video")},
                               {QStringLiteral("direction"), QStringLiteral("sendReceive")}});
    muted.insert(QStringLiteral("mediaStreams"), streams);
    participants[1] = muted;
    call.insert(QStringLiteral("participants"), participants);
    calls[0] = call;
    world.insert(QStringLiteral("calls"), calls);

    CliRunner cli(world);
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("participants"), Call, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, describe(result));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, describe(result));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 3);
    for (const QJsonValue &value : array) {
        const QJsonObject p = value.toObject();
        for (const char *key :
             {"id", "displayName", "kind", "identityId", "tenantId", "isMuted", "isInLobby", "media", "state"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QCOMPARE(p.value(QLatin1String("kind")).toString(), QStringLiteral("user"));
        QCOMPARE(p.value(QLatin1String("tenantId")).toString(), Tenant);
        QCOMPARE(p.value(QLatin1String("state")).toString(), QStringLiteral("active"));
        QCOMPARE(p.value(QLatin1String("isInLobby")).toBool(), false);
        QVERIFY(p.value(QLatin1String("media")).isArray());
        QVERIFY(p.value(QLatin1String("media")).toArray().contains(QStringLiteral("audio")));
        QCOMPARE(p.value(QLatin1String("identityId")).toString(),
                 QString(QLatin1String("u-") + p.value(QLatin1String("id")).toString()));
    }
    QCOMPARE(array.at(1)[QLatin1String("id")].toString(), participantId(1));
    QCOMPARE(array.at(1)[QLatin1String("displayName")].toString(), QStringLiteral("Person 1"));
    QCOMPARE(array.at(1)[QLatin1String("isMuted")].toBool(), true);
    QVERIFY(array.at(1)[QLatin1String("media")].toArray().contains(QStringLiteral("video")));
    QCOMPARE(array.at(0)[QLatin1String("isMuted")].toBool(), false);
}

void TestCliCommands::removesAParticipant()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("remove"), Call, participantId(2)});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QLatin1String("Person 2 was removed")) && result.out.contains(participantId(2)),
             describe(result));
    QVERIFY(cli.simParticipant(participantId(2)).isEmpty());
    QVERIFY(!cli.simParticipant(participantId(1)).isEmpty());
}

void TestCliCommands::forbiddenRemovalPrintsTheAdminCommand()
{
    QJsonObject world = scenario(3);
    editScenarioApp(world, [](QJsonObject &app) { app.insert(QStringLiteral("allowRemoveParticipant"), false); });

    CliRunner cli(world);
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("remove"), Call, participantId(0)});
    QVERIFY2(result.exitCode == 1, describe(result));
    const QString cmdlet =
        QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"") + App
        + QLatin1String("\"}");
    QVERIFY2(result.err.contains(cmdlet), describe(result));
    QVERIFY2(result.err.contains(QLatin1String("request id")), describe(result));
    QVERIFY(!cli.simParticipant(participantId(0)).isEmpty());
}

void TestCliCommands::mutesAParticipant()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    QCOMPARE(cli.simParticipant(participantId(1)).value(QLatin1String("isMuted")).toBool(), false);
    const CliResult result = cli.runSignedIn({QStringLiteral("mute"), Call, participantId(1)});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QLatin1String("Person 1 was muted")), describe(result));
    QCOMPARE(cli.simParticipant(participantId(1)).value(QLatin1String("isMuted")).toBool(), true);
}

void TestCliCommands::holdsAndResumesOneParticipant()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const auto run = [&cli](const QString &command, const QStringList &ids) {
        return cli.runSignedIn(QStringList{command, Call} + ids);
    };
    const auto operations = [&cli](const QString &type) {
        int count = 0;
        for (const QJsonValue &op : cli.simCall().value(QLatin1String("operations")).toArray())
            count += op[QLatin1String("@odata.type")].toString().endsWith(type) ? 1 : 0;
        return count;
    };
    // No notifications here: Graph accepted it, and the line says it cannot be confirmed.
    CliResult result = run(QStringLiteral("hold"), {participantId(1)});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.startsWith(participantId(1)
                                   + QLatin1String(": Graph accepted the request to put Person 1 "
                                                   "on hold")),
             describe(result));
    QVERIFY2(result.out.contains(QLatin1String("notifications, which are off")), describe(result));
    QCOMPARE(operations(QStringLiteral("startHoldMusicOperation")), 1);

    // Another process does not know: Graph (the simulator) refuses a second one, worded so.
    result = run(QStringLiteral("hold"), {participantId(2)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("Could not put Person 2 on hold")), describe(result));
    QVERIFY2(result.err.contains(QLatin1String("one participant on hold at a time")), describe(result));

    result = run(QStringLiteral("resume"), {participantId(1)});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QLatin1String("Person 1 is back in the call.")), describe(result));
    QCOMPARE(operations(QStringLiteral("stopHoldMusicOperation")), 1);

    result = run(QStringLiteral("resume"), {participantId(1)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("Person 1 is perhaps not on hold.")), describe(result));

    // One person at a time, and a participant id is required.
    result = run(QStringLiteral("hold"), {participantId(1), participantId(2)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("exactly one participant id")), describe(result));
    QCOMPARE(operations(QStringLiteral("startHoldMusicOperation")), 1);
}

void TestCliCommands::invitesAndPrintsParticipantIds()
{
    CliRunner cli(acceptAndDecline(30, 30, QStringLiteral("manual")));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AdaId,
                                              QStringLiteral("--phone"), QStringLiteral("+14255550123")});
    QVERIFY2(result.exitCode == 0, describe(result));
    QStringList printed = uuidsIn(result.out);
    printed.removeAll(AdaId);
    QCOMPARE(printed.size(), 2);
    QStringList pending;
    for (const QJsonValue &invitee : cli.simCall().value(QLatin1String("pendingInvitees")).toArray())
        pending.append(invitee[QLatin1String("participantId")].toString());
    std::sort(printed.begin(), printed.end());
    std::sort(pending.begin(), pending.end());
    QCOMPARE(printed, pending);
}

void TestCliCommands::invitesBySignInName()
{
    CliRunner cli(acceptAndDecline(30, 30, QStringLiteral("manual")));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"),
                                              QStringLiteral("ADA@contoso.test"), QStringLiteral("--user"), AlanId});
    QVERIFY2(result.exitCode == 0, describe(result));
    // Both by the directory's display name; the sign-in name became Ada's object id.
    QVERIFY2(result.out.contains(QLatin1String("Invited Ada Lovelace as participant")), describe(result));
    QVERIFY2(result.out.contains(QLatin1String("Invited Alan Turing as participant")), describe(result));
    QStringList invitedUsers;
    for (const QJsonValue &invitee : cli.simCall().value(QLatin1String("pendingInvitees")).toArray())
        invitedUsers.append(
            invitee[QLatin1String("invitation")][QLatin1String("identity")][QLatin1String("user")][QLatin1String("id")]
                .toString());
    invitedUsers.sort();
    QStringList expected{AdaId, AlanId};
    expected.sort();
    QCOMPARE(invitedUsers, expected);
}

void TestCliCommands::unknownSignInNameSendsNoInvitation()
{
    CliRunner cli(acceptAndDecline(30, 30, QStringLiteral("manual")));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AlanId,
                                              QStringLiteral("--user"), QStringLiteral("nobody@contoso.test")});
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("\"nobody@contoso.test\"")), describe(result));
    QVERIFY2(result.err.contains(QLatin1String("No invitation was sent")), describe(result));
    // Not even Alan, who exists: an invitation is all or nothing.
    for (const QJsonValue &entry : cli.log())
        QVERIFY2(!entry[QLatin1String("path")].toString().endsWith(QLatin1String("/invite")), describe(result));
    QVERIFY(cli.simCall().value(QLatin1String("pendingInvitees")).toArray().isEmpty());
}

void TestCliCommands::withoutDirectoryPermissionOnlyObjectIdsAreInvited()
{
    QJsonObject world = acceptAndDecline(30, 30, QStringLiteral("manual"));
    editScenarioApp(world, [](QJsonObject &app) {
        QJsonArray roles = app.value(QLatin1String("roles")).toArray();
        for (qsizetype i = roles.size() - 1; i >= 0; --i)
            if (roles.at(i).toString().startsWith(QLatin1String("User.")))
                roles.removeAt(i);
        app.insert(QStringLiteral("roles"), roles);
    });
    CliRunner cli(world);
    QVERIFY2(cli.ok(), qPrintable(cli.error));

    // An object id needs no lookup: invited, labelled by its id.
    const CliResult byId = cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AlanId});
    QVERIFY2(byId.exitCode == 0, describe(byId));
    QVERIFY2(byId.out.contains(QLatin1String("Invited ") + AlanId), describe(byId));

    // A sign-in name cannot be turned into an id: the reason, and nothing sent.
    cli.hook("DELETE", QStringLiteral("/_sim/log"));
    const CliResult byName =
        cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), QStringLiteral("ada@contoso.test")});
    QVERIFY2(byName.exitCode == 1, describe(byName));
    QVERIFY2(byName.err.contains(QLatin1String("could not look up \"ada@contoso.test\"")), describe(byName));
    QVERIFY2(byName.err.contains(QLatin1String("User.Read.All")), describe(byName));
    for (const QJsonValue &entry : cli.log())
        QVERIFY2(!entry[QLatin1String("path")].toString().endsWith(QLatin1String("/invite")), describe(byName));
}

void TestCliCommands::cancelsARingingInvitation()
{
    CliRunner cli(acceptAndDecline(30, 30, QStringLiteral("manual")));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult invited = cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AlanId});
    QVERIFY2(invited.exitCode == 0, describe(invited));
    QStringList ids = uuidsIn(invited.out);
    ids.removeAll(AlanId);
    QCOMPARE(ids.size(), 1);

    const CliResult cancelled = cli.runSignedIn({QStringLiteral("cancel"), Call, ids.first()});
    QVERIFY2(cancelled.exitCode == 0, describe(cancelled));
    QVERIFY2(cancelled.out.contains(QLatin1String("was cancelled")) && cancelled.out.contains(ids.first()),
             describe(cancelled));
    QVERIFY(cli.simCall().value(QLatin1String("pendingInvitees")).toArray().isEmpty());
    cli.simulator.advanceClock(40);
    QVERIFY(cli.simParticipant(ids.first()).isEmpty());
}

void TestCliCommands::inviteWaitsForAcceptAndDecline()
{
    CliRunner cli(acceptAndDecline(1, 2, QStringLiteral("real")));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result =
        cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AdaId, QStringLiteral("--user"),
                         AlanId, QStringLiteral("--wait"), QStringLiteral("20")},
                        25000);
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.elapsedMs < 15000, describe(result));
    // One line per invitee in words, the decline with its resultInfo code.
    const auto lineAbout = [&](const QString &who) {
        for (const QString &line : result.out.split(QLatin1Char('\n')))
            if (line.contains(who) && !line.startsWith(QLatin1String("Invited")))
                return line;
        return QString();
    };
    // Labelled by the directory's display names.
    const QString ada = lineAbout(QStringLiteral("Ada Lovelace"));
    const QString alan = lineAbout(QStringLiteral("Alan Turing"));
    QVERIFY2(ada.contains(QLatin1String("Joined")), describe(result));
    QVERIFY2(alan.contains(QLatin1String("Declined")), describe(result));
    QVERIFY2(alan.contains(QLatin1String("603")), describe(result));
}

void TestCliCommands::inviteWaitsAndPrintsJson()
{
    CliRunner cli(acceptAndDecline(1, 2, QStringLiteral("real")));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result =
        cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--user"), AdaId, QStringLiteral("--user"),
                         AlanId, QStringLiteral("--wait"), QStringLiteral("20"), QStringLiteral("--json")},
                        25000);
    QVERIFY2(result.exitCode == 0, describe(result));
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY2(document.isArray(), describe(result));
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 2);
    QHash<QString, QJsonObject> byOutcome;
    for (const QJsonValue &value : array) {
        const QJsonObject invitation = value.toObject();
        QVERIFY(!invitation.value(QLatin1String("participantId")).toString().isEmpty());
        QVERIFY(!invitation.value(QLatin1String("operationId")).toString().isEmpty());
        QVERIFY(!invitation.value(QLatin1String("source")).toString().isEmpty());
        byOutcome.insert(invitation.value(QLatin1String("outcome")).toString(), invitation);
    }
    QVERIFY2(byOutcome.contains(QStringLiteral("connected")), describe(result));
    QVERIFY2(byOutcome.contains(QStringLiteral("declined")), describe(result));
    const QJsonObject declined = byOutcome.value(QStringLiteral("declined"));
    QCOMPARE(declined.value(QLatin1String("resultInfo"))[QLatin1String("code")].toInt(), 603);
    QCOMPARE(declined.value(QLatin1String("status")).toString().contains(QLatin1String("Declined")), true);
}

void TestCliCommands::watchesForSeconds()
{
    CliRunner cli(scenario(3, QJsonObject{{QStringLiteral("clock"), QStringLiteral("real")}}));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result =
        cli.runSignedIn({QStringLiteral("watch"), Call, QStringLiteral("--for"), QStringLiteral("2")}, 15000);
    QVERIFY2(result.exitCode == 0, describe(result));
    // The plural from the English catalogue, not "participant(s)".
    QVERIFY2(result.out.contains(QLatin1String("watching 3 participants")), describe(result));
    QVERIFY2(result.elapsedMs >= 1900 && result.elapsedMs < 10000, describe(result));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
