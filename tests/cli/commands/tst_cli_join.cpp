// moderato-cli join and leave, the real binary against the simulator: every form a moderator
// pastes joins, only the call id goes to standard output, what cannot be understood exits 2 with
// nothing sent, what the service refuses exits 1 with its own sentence, and a call that has ended
// is said to have ended.
#include "cli/commands/cli_runner.h"

#include "support/test_columns.h"
#include <QJsonArray>
#include <QUuid>

using namespace clitest;
using namespace itest;

namespace {

const QString Thread = QStringLiteral("19:meeting_MzQ2YjVhYzAtYTc5Yi00@thread.v2");

QString meetingLink()
{
    return itest::meetupJoinLink(Thread, Tenant, Organizer);
}

QJsonObject meetingWorld(const QJsonObject &meetingOptions = {}, const QJsonObject &options = {})
{
    QJsonObject allOptions{{QStringLiteral("joinDelay"), 0}};
    for (auto it = options.begin(); it != options.end(); ++it)
        allOptions.insert(it.key(), it.value());
    QJsonObject world = scenario(2, allOptions);
    QJsonObject meeting{
        {QStringLiteral("joinWebUrl"), meetingLink()},
        {QStringLiteral("joinMeetingId"), QStringLiteral("358714290465")},
        {QStringLiteral("passcode"), QStringLiteral("Qp7hRt")},
        {QStringLiteral("threadId"), Thread},
        {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("id"), Organizer}}},
        {QStringLiteral("subject"), QStringLiteral("Budget review")},
        {QStringLiteral("participants"), QJsonArray{participant(participantId(20), QStringLiteral("Attendee"))}}};
    for (auto it = meetingOptions.begin(); it != meetingOptions.end(); ++it)
        meeting.insert(it.key(), it.value());
    world.insert(QStringLiteral("meetings"), QJsonArray{meeting});
    return world;
}

QStringList join(const QString &target, const QStringList &more = {})
{
    return QStringList{QStringLiteral("join"), target, QStringLiteral("--callback-url"), Callback} + more;
}

int joinsSent(CliRunner &cli)
{
    int count = 0;
    for (const QJsonValue &entry : cli.log())
        if (entry[QLatin1String("method")].toString() == QLatin1String("POST")
            && entry[QLatin1String("path")].toString() == QLatin1String("/v1.0/communications/calls"))
            ++count;
    return count;
}

} // namespace

class TestCliJoin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsFromWhatIsPasted_data();
    void joinsFromWhatIsPasted();
    void printsJsonWhenAsked();
    void whatCannotBeUnderstoodSendsNothing_data();
    void whatCannotBeUnderstoodSendsNothing();
    void notACallingBotIsRefused();
    void aWrongPasscodeIsRefused();
    void theLobbyOutlastsTheWait();
    void leavesAndSaysWhenTheCallHadEnded();
    void aCommandOnAnEndedCallSaysItEnded();
};

void TestCliJoin::joinsFromWhatIsPasted_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("meetup-join link") << meetingLink();
    QTest::newRow("link behind Safe Links")
        << QStringLiteral("https://eur01.safelinks.protection.outlook.com/?url=%1&data=05%7C01&reserved=0")
               .arg(QString::fromLatin1(QUrl::toPercentEncoding(meetingLink())));
    QTest::newRow("invitation text") << QStringLiteral("Microsoft Teams meeting\nJoin on your computer\n"
                                                       "Meeting ID: 358 714 290 465\nPasscode: Qp7hRt\n");
}

void TestCliJoin::joinsFromWhatIsPasted()
{
    QFETCH(QString, target);
    CliRunner cli(meetingWorld());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(join(target));
    QVERIFY2(result.exitCode == 0, describe(result));
    // Only the call id, on a line of its own: scripts read it as it is.
    const QString callId = result.out.trimmed();
    QVERIFY2(!QUuid::fromString(callId).isNull() && !callId.contains(QLatin1Char('\n')), describe(result));
    QVERIFY(callId != Call);
    QCOMPARE(joinsSent(cli), 1);
    // The call id joins too: the call is opened (and kept alive), nothing new is created.
    const CliResult again = cli.runSignedIn(join(callId));
    QVERIFY2(again.exitCode == 0 && again.out.trimmed() == callId, describe(again));
    QCOMPARE(joinsSent(cli), 1);
}

void TestCliJoin::printsJsonWhenAsked()
{
    CliRunner cli(meetingWorld());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(join(meetingLink(), {QStringLiteral("--json")}));
    QVERIFY2(result.exitCode == 0, describe(result));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY2(!json.value(QLatin1String("callId")).toString().isEmpty(), describe(result));
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("established"));
    QCOMPARE(json.value(QLatin1String("subject")).toString(), QStringLiteral("Budget review"));
    QCOMPARE(json.value(QLatin1String("joinedBy")).toString(), QStringLiteral("link"));
}

void TestCliJoin::whatCannotBeUnderstoodSendsNothing_data()
{
    testing::addColumns<QStringList, QString>({"arguments", "mentions"});
    QTest::newRow("script link") << join(QStringLiteral("javascript:alert(1)")) << QStringLiteral("join");
    QTest::newRow("plain http link") << join(
        QString(meetingLink()).replace(QStringLiteral("https:"), QStringLiteral("http:")))
                                     << QStringLiteral("https");
    QTest::newRow("meeting id with letters")
        << join(QStringLiteral("Meeting ID: 358 71A 290 465")) << QStringLiteral("join");
    QTest::newRow("no target") << QStringList{QStringLiteral("join")} << QStringLiteral("join");
    QTest::newRow("callback over http") << QStringList{QStringLiteral("join"), meetingLink(),
                                                       QStringLiteral("--callback-url"),
                                                       QStringLiteral("http://example.org/cb")}
                                        << QStringLiteral("https");
    QTest::newRow("no callback at all") << QStringList{QStringLiteral("join"), meetingLink()}
                                        << QStringLiteral("callback");
}

void TestCliJoin::whatCannotBeUnderstoodSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    CliRunner cli(meetingWorld());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(arguments);
    QVERIFY2(result.refusedMentioning(mentions), describe(result));
    QVERIFY2(result.out.isEmpty(), describe(result));
    QCOMPARE(joinsSent(cli), 0);
}

void TestCliJoin::notACallingBotIsRefused()
{
    QJsonObject world = meetingWorld();
    editScenarioApp(world, [](QJsonObject &app) { app.insert(QStringLiteral("callingEnabled"), false); });
    CliRunner cli(world);
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(join(meetingLink()));
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("calling bot")) && result.err.contains(QLatin1String("7503")),
             describe(result));
    QVERIFY(result.out.isEmpty());
}

void TestCliJoin::aWrongPasscodeIsRefused()
{
    CliRunner cli(meetingWorld({}, {{QStringLiteral("clock"), QStringLiteral("real")}}));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(join(QStringLiteral("Meeting ID: 358714290465\nPasscode: wrong1")));
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("passcode")), describe(result));
}

void TestCliJoin::theLobbyOutlastsTheWait()
{
    CliRunner cli(meetingWorld({{QStringLiteral("lobbyForApps"), true}}));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(join(meetingLink(), {QStringLiteral("--wait"), QStringLiteral("3")}));
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("waiting in the lobby")), describe(result));
    QVERIFY(result.out.isEmpty());
}

void TestCliJoin::leavesAndSaysWhenTheCallHadEnded()
{
    CliRunner cli(meetingWorld());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult joined = cli.runSignedIn(join(meetingLink()));
    QVERIFY2(joined.exitCode == 0, describe(joined));
    const QString callId = joined.out.trimmed();
    const CliResult left = cli.runSignedIn({QStringLiteral("leave"), callId});
    QVERIFY2(left.exitCode == 0 && left.out.contains(QLatin1String("Left call")), describe(left));
    const CliResult again = cli.runSignedIn({QStringLiteral("leave"), callId});
    QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1String("had already ended")), describe(again));
}

void TestCliJoin::aCommandOnAnEndedCallSaysItEnded()
{
    CliRunner cli(meetingWorld());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    // Nobody kept the scenario's call alive for 46 minutes: Graph ended it.
    cli.simulator.advanceClock(46 * 60);
    const CliResult result = cli.runSignedIn({QStringLiteral("remove"), Call, participantId(1)});
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("has ended")), describe(result));
    QVERIFY2(!result.err.contains(QLatin1String("not in this call")), describe(result));
}

QTEST_GUILESS_MAIN(TestCliJoin)
#include "tst_cli_join.moc"
