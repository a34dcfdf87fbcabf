// moderato-cli's contract for scripts beyond the happy path: usage errors exit 2 without sending
// anything, refusals by the service exit 1 with a sentence and the request id on standard error,
// --help for every command and --version. The real binary against an in-process simulator.
#include "cli/commands/cli_runner.h"
#include "moderato_version.h"
#include "support/test_columns.h"

using namespace clitest;
using namespace itest;

namespace {} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void wrongSecretIsRefused();
    void unknownCallIsRefusedWithRequestId_data();
    void unknownCallIsRefusedWithRequestId();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void printsItsVersion();
    void desktopAppAnswersHelpAndVersionWithoutADisplay_data();
    void desktopAppAnswersHelpAndVersionWithoutADisplay();
};

void TestCliUsage::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary() + QLatin1String(" is not built")));
}

void TestCliUsage::usageErrorsExitTwo_data()
{
    testing::addColumns<QStringList, QString>({"arguments", "mentions"});
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("kick"), Call} << QStringLiteral("kick");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("participants"), Call, QStringLiteral("--colour")}
                                    << QStringLiteral("--colour");
    QTest::newRow("bad phone number") << QStringList{QStringLiteral("invite"), Call, QStringLiteral("--phone"),
                                                     QStringLiteral("0800-CALL-ME")}
                                      << QStringLiteral("0800-CALL-ME");
    QTest::newRow("missing call id") << QStringList{QStringLiteral("participants")} << QStringLiteral("call id");
    QTest::newRow("remove without ids") << QStringList{QStringLiteral("remove"), Call}
                                        << QStringLiteral("participant id");
    QTest::newRow("invite without invitees") << QStringList{QStringLiteral("invite"), Call} << QStringLiteral("--user");
    QTest::newRow("--wait without seconds")
        << QStringList{QStringLiteral("invite"), Call, QStringLiteral("--user"), AdaId, QStringLiteral("--wait"),
                       QStringLiteral("soon")}
        << QStringLiteral("soon");
}

void TestCliUsage::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(arguments);
    QVERIFY2(result.refusedMentioning(mentions), describe(result));
    QVERIFY2(result.out.isEmpty(), describe(result));
    // Nothing was sent: a usage error never reaches the service.
    QCOMPARE(cli.log().size(), 0);
}

void TestCliUsage::wrongSecretIsRefused()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const QByteArray wrong = "not-the-secret-7f3a";
    const CliResult result = cli.run(cli.withSecret({QStringLiteral("participants"), Call}), wrong + '\n');
    QVERIFY2(result.exitCode == 1, describe(result));
    QVERIFY2(result.err.contains(QLatin1String("client secret is wrong")), describe(result));
    QVERIFY(!result.err.contains(QString::fromLatin1(wrong)));
    QVERIFY(!result.out.contains(QString::fromLatin1(wrong)));
}

void TestCliUsage::unknownCallIsRefusedWithRequestId_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString unknown = QStringLiteral("11111111-2222-4333-8444-555555555555");
    QTest::newRow("participants") << QStringList{QStringLiteral("participants"), unknown};
    QTest::newRow("remove") << QStringList{QStringLiteral("remove"), unknown, participantId(1)};
    QTest::newRow("mute") << QStringList{QStringLiteral("mute"), unknown, participantId(1)};
    QTest::newRow("watch") << QStringList{QStringLiteral("watch"), unknown, QStringLiteral("--for"),
                                          QStringLiteral("5")};
}

void TestCliUsage::unknownCallIsRefusedWithRequestId()
{
    QFETCH(QStringList, arguments);
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(arguments);
    QVERIFY2(result.exitCode == 1, describe(result));
    // Graph answers "8522": the meeting has ended for Moderato (or the id is wrong), never
    // "not in this call" for the people named.
    QVERIFY2(result.err.contains(QLatin1String("no longer knows this call")), describe(result));
    QVERIFY2(!result.err.contains(QLatin1String("not in this call")), describe(result));
    QVERIFY2(result.err.contains(QRegularExpression(QStringLiteral("request.id [0-9a-f-]{36}"),
                                                    QRegularExpression::CaseInsensitiveOption)),
             describe(result));
}

void TestCliUsage::helpForEveryCommand_data()
{
    testing::addColumns<QString, QString>({"command", "usage"});
    QTest::newRow("global") << QString() << QStringLiteral("COMMAND");
    QTest::newRow("login") << QStringLiteral("login") << QStringLiteral("login");
    QTest::newRow("logout") << QStringLiteral("logout") << QStringLiteral("logout");
    QTest::newRow("participants") << QStringLiteral("participants") << QStringLiteral("participants CALL");
    QTest::newRow("remove") << QStringLiteral("remove") << QStringLiteral("remove CALL PID...");
    QTest::newRow("invite") << QStringLiteral("invite") << QStringLiteral("--wait <SECONDS>");
    QTest::newRow("cancel") << QStringLiteral("cancel") << QStringLiteral("cancel CALL PID...");
    QTest::newRow("mute") << QStringLiteral("mute") << QStringLiteral("mute CALL PID...");
    QTest::newRow("watch") << QStringLiteral("watch") << QStringLiteral("watch CALL|MEETING");
}

void TestCliUsage::helpForEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    QStringList arguments;
    if (!command.isEmpty())
        arguments << command;
    arguments << QStringLiteral("--help");
    const CliResult result = cli.run(arguments);
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.startsWith(QLatin1String("Usage: moderato-cli")), describe(result));
    QVERIFY2(result.out.contains(usage), describe(result));
    if (command.isEmpty()) {
        for (const char *name : {"login", "logout", "participants", "remove", "invite", "cancel", "mute", "watch",
                                 "--graph-url", "--secret-stdin", "--cloud"})
            QVERIFY2(result.out.contains(QLatin1String(name)), name);
    }
    QVERIFY(result.err.isEmpty());
}

void TestCliUsage::printsItsVersion()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.run({QStringLiteral("--version")});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.startsWith(QLatin1String("moderato-cli ")), describe(result));
    QVERIFY2(result.out.contains(QLatin1String(MODERATO_VERSION_STRING)), describe(result));
}

void TestCliUsage::desktopAppAnswersHelpAndVersionWithoutADisplay_data()
{
    testing::addColumns<QString, QString>({"option", "mentions"});
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--demo");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral(MODERATO_VERSION_STRING);
}

void TestCliUsage::desktopAppAnswersHelpAndVersionWithoutADisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, mentions);
    const QString moderato = QStringLiteral(MODERATO_BINARY_DIR "/app/moderato");
    QVERIFY2(QFileInfo(moderato).isExecutable(), qPrintable(moderato + QLatin1String(" is not built")));
    testsupport::ScratchHome home;
    QProcessEnvironment env = home.environment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(moderato, {option});
    QVERIFY(process.waitForFinished(20000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(mentions), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
