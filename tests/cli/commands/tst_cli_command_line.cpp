// moderato-cli's command line as the usual conventions have it: --option=value as well as
// --option value, "--" before an argument that starts with a dash, help generated for the program
// and for each command, a usage error in one sentence that names what was wrong, and repeated
// --user and --phone kept in the order they were given. The real binary against the simulator.
#include "cli/commands/cli_runner.h"

#include "support/test_columns.h"
#include <QJsonArray>

using namespace clitest;
using namespace itest;

namespace {

const QStringList Commands{QStringLiteral("login"),  QStringLiteral("logout"), QStringLiteral("participants"),
                           QStringLiteral("remove"), QStringLiteral("invite"), QStringLiteral("cancel"),
                           QStringLiteral("mute"),   QStringLiteral("hold"),   QStringLiteral("resume"),
                           QStringLiteral("watch"),  QStringLiteral("join"),   QStringLiteral("leave"),
                           QStringLiteral("audit")};

//! The lines of \a text that follow the line \a heading, up to the next empty line.
QStringList section(const QString &text, const QString &heading)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(heading);
    QStringList found;
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i)
        found.append(lines.at(i));
    return found;
}

} // namespace

class TestCliCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void optionValuesAfterAnEqualsSign();
    void argumentsAfterTheEndOfOptions();
    void programHelpListsEveryCommandOnALine();
    void commandHelpDescribesItsOwnOptions_data();
    void commandHelpDescribesItsOwnOptions();
    void anUnknownOptionIsOneSentence();
    void aCommandOptionBeforeTheCommandIsNamed();
    void invitationsKeepTheOrderGiven();
    void speaksTheLanguageOfTheLocale();
};

void TestCliCommandLine::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary() + QLatin1String(" is not built")));
}

void TestCliCommandLine::optionValuesAfterAnEqualsSign()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const QString base = cli.simulator.baseUrl().toString();
    const CliResult result =
        cli.run({QStringLiteral("--graph-url=") + base, QStringLiteral("--login-url=") + base,
                 QStringLiteral("--tenant=") + Tenant, QStringLiteral("--client-id=") + App,
                 QStringLiteral("--secret-stdin"), QStringLiteral("participants"), Call, QStringLiteral("--json")},
                SecretInput);
    QVERIFY2(result.exitCode == 0, describe(result));
    const QJsonDocument roster = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY2(roster.isArray() && roster.array().size() == 3, describe(result));
}

void TestCliCommandLine::argumentsAfterTheEndOfOptions()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    // After "--" a participant id that starts with a dash is an id (and not one), not an option.
    const CliResult id = cli.runSignedIn({QStringLiteral("remove"), QStringLiteral("--"), Call, QStringLiteral("-1")});
    QVERIFY2(id.refusedMentioning(QLatin1String("\"-1\" is not a participant id")), describe(id));
    // And an option after "--" is an argument like any other.
    const CliResult option =
        cli.runSignedIn({QStringLiteral("participants"), QStringLiteral("--"), Call, QStringLiteral("--json")});
    QVERIFY2(option.refusedMentioning(QLatin1String("Unexpected argument \"--json\"")), describe(option));
    QCOMPARE(cli.log().size(), 0);
    // Before "--" options still count.
    const CliResult listed =
        cli.runSignedIn({QStringLiteral("participants"), QStringLiteral("--json"), QStringLiteral("--"), Call});
    QVERIFY2(listed.exitCode == 0, describe(listed));
    QVERIFY2(QJsonDocument::fromJson(listed.out.toUtf8()).isArray(), describe(listed));
}

void TestCliCommandLine::programHelpListsEveryCommandOnALine()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.run({QStringLiteral("--help")});
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY(result.err.isEmpty());
    const QStringList commands = section(result.out, QStringLiteral("Commands:"));
    QCOMPARE(commands.size(), Commands.size());
    for (qsizetype i = 0; i < Commands.size(); ++i) {
        const QStringList words = commands.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(words.size() > 2 && words.first() == Commands.at(i), qPrintable(commands.at(i)));
    }
    // Every global option, with its value's name.
    for (const char *option : {"--cloud <global|usgov|dod|china>", "--graph-url <URL>", "--login-url <URL>",
                               "--tenant <ID>", "--client-id <ID>", "--secret-stdin", "--callback-url <URL>",
                               "--no-notifications", "--relay <NAMESPACE/NAME>", "--relay-key-name <NAME>",
                               "--relay-url <URL>", "--listen <HOST:PORT>", "--openid-url <URL>", "--version"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
}

void TestCliCommandLine::commandHelpDescribesItsOwnOptions_data()
{
    testing::addColumns<QString, QString, QStringList, QStringList>({"command", "usage", "own", "others"});
    const QString json = QStringLiteral("--json");
    const QString ignoreMissing = QStringLiteral("--ignore-missing");
    QTest::newRow("participants") << QStringLiteral("participants") << QStringLiteral("participants CALL")
                                  << QStringList{json} << QStringList{ignoreMissing, QStringLiteral("--wait")};
    QTest::newRow("remove") << QStringLiteral("remove") << QStringLiteral("remove CALL PID...")
                            << QStringList{ignoreMissing} << QStringList{json};
    QTest::newRow("invite") << QStringLiteral("invite") << QStringLiteral("invite CALL")
                            << QStringList{QStringLiteral("--user <OBJECT_ID|SIGN_IN_NAME>"),
                                           QStringLiteral("--phone <+E164>"), QStringLiteral("--wait <SECONDS>"), json}
                            << QStringList{ignoreMissing, QStringLiteral("--for"), QStringLiteral("--guest")};
    QTest::newRow("join") << QStringLiteral("join") << QStringLiteral("join TARGET")
                          << QStringList{QStringLiteral("--wait <SECONDS>"), json}
                          << QStringList{QStringLiteral("--for")};
    QTest::newRow("login") << QStringLiteral("login") << QStringLiteral("login")
                           << QStringList{QStringLiteral("--relay-key-stdin")} << QStringList{json};
    QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("audit")
                           << QStringList{QStringLiteral("--call <ID>"),         QStringLiteral("--since <DATE>"),
                                          QStringLiteral("--until <DATE>"),      QStringLiteral("--action <ACTION>"),
                                          QStringLiteral("--outcome <OUTCOME>"), QStringLiteral("--csv"),
                                          QStringLiteral("--file <PATH>"),       json}
                           << QStringList{ignoreMissing, QStringLiteral("--wait")};
}

void TestCliCommandLine::commandHelpDescribesItsOwnOptions()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    QFETCH(QStringList, own);
    QFETCH(QStringList, others);
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    // --help anywhere after the command, also after its arguments.
    for (const QStringList &arguments :
         {QStringList{command, QStringLiteral("--help")},
          QStringList{QStringLiteral("--tenant=x"), command, Call, QStringLiteral("-h")}}) {
        const CliResult result = cli.run(arguments);
        QVERIFY2(result.exitCode == 0, describe(result));
        QVERIFY(result.err.isEmpty());
        QVERIFY2(result.out.startsWith(QLatin1String("Usage: moderato-cli [options] ") + usage + QLatin1Char('\n')),
                 describe(result));
        const QString options = section(result.out, QStringLiteral("Options:")).join(QLatin1Char('\n'));
        for (const QString &option : own)
            QVERIFY2(options.contains(option), qPrintable(option + QLatin1Char('\n') + result.out));
        for (const QString &option : others)
            QVERIFY2(!options.contains(option), qPrintable(option + QLatin1Char('\n') + result.out));
        // The global options are not repeated, but pointed to.
        QVERIFY2(!options.contains(QLatin1String("--tenant")), describe(result));
        QVERIFY2(result.out.contains(QLatin1String("moderato-cli --help")), describe(result));
    }
}

void TestCliCommandLine::anUnknownOptionIsOneSentence()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    for (const QString &spelling : {QStringLiteral("--colour"), QStringLiteral("--colour=red"), QStringLiteral("-c")}) {
        const CliResult result = cli.runSignedIn({QStringLiteral("participants"), Call, spelling});
        QVERIFY2(result.exitCode == 2, describe(result));
        QVERIFY(result.out.isEmpty());
        const QString named = spelling.section(QLatin1Char('='), 0, 0);
        QCOMPARE(result.err, QStringLiteral("moderato-cli: Unknown option %1.\n").arg(named));
    }
    QCOMPARE(cli.log().size(), 0);
}

void TestCliCommandLine::aCommandOptionBeforeTheCommandIsNamed()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn({QStringLiteral("--json"), QStringLiteral("participants"), Call});
    QVERIFY2(result.exitCode == 2, describe(result));
    QVERIFY2(result.err.startsWith(QLatin1String("moderato-cli: --json ")), describe(result));
    QVERIFY2(result.err.contains(QLatin1String("after the command")), describe(result));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(cli.log().size(), 0);
}

void TestCliCommandLine::invitationsKeepTheOrderGiven()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result =
        cli.runSignedIn({QStringLiteral("invite"), Call, QStringLiteral("--phone=+1 425 555 0123"),
                         QStringLiteral("--user"), AdaId, QStringLiteral("--json"), QStringLiteral("--phone"),
                         QStringLiteral("+14255550199"), QStringLiteral("--user=") + AlanId});
    QVERIFY2(result.exitCode == 0, describe(result));
    const QJsonArray invitations = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QStringList invitees;
    for (const QJsonValue &invitation : invitations)
        invitees.append(invitation[QLatin1String("kind")].toString() + QLatin1Char(' ')
                        + invitation[QLatin1String("invitee")].toString());
    QCOMPARE(invitees, (QStringList{QStringLiteral("phone +14255550123"), QStringLiteral("user Ada Lovelace"),
                                    QStringLiteral("phone +14255550199"), QStringLiteral("user Alan Turing")}));
}

void TestCliCommandLine::speaksTheLanguageOfTheLocale()
{
    testsupport::ScratchHome home;
    QProcessEnvironment env = home.environment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const testsupport::CliResult unknown = testsupport::runCli(env, {QStringLiteral("kick")});
    QVERIFY2(unknown.exitCode == 2, unknown.describe());
    QCOMPARE(QString::fromUtf8(unknown.err),
             QStringLiteral("moderato-cli: Unbekannter Befehl „kick“: 'moderato-cli --help' führt "
                            "die Befehle auf.\n"));
    const testsupport::CliResult help = testsupport::runCli(env, {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, help.describe());
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.contains(QStringLiteral("\nBefehle:\n  login         Den geheimen Clientschlüssel im Schlüsselbund "
                                          "speichern und prüfen.\n")),
             help.describe());
    // QCommandLineParser's own words come from Qt's catalogue (qt6-translations-l10n).
    QVERIFY2(text.contains(QLatin1String("\nOptionen:\n")), help.describe());
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "tst_cli_command_line.moc"
