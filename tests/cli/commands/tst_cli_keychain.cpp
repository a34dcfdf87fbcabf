// moderato-cli login / logout against the real Secret Service (gnome-keyring on a private D-Bus
// session: run as `dbus-run-session -- tests/with-keyring.sh <this binary>`, as CTest does under
// dev.sh). Signs in once, then a command without --secret-stdin uses the keychain; logout forgets
// it. The secret must never reach the settings file, any other file, standard output or error.
#include "cli/commands/cli_runner.h"
#include "support/secret_scan.h"

using namespace clitest;
using namespace itest;
using testsupport::filesContaining;

class TestCliKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wrongSecretAtLoginStoresNothing();
    void loginThenCommandsUseTheKeychainUntilLogout();

private:
    CliResult logout(CliRunner &cli) { return cli.run(cli.accountOptions() + QStringList{QStringLiteral("logout")}); }
};

void TestCliKeychain::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary() + QLatin1String(" is not built")));
    // Fail loudly rather than test nothing: these tests need a Secret Service on the session bus.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run under dbus-run-session -- tests/with-keyring.sh");
}

void TestCliKeychain::cleanup()
{
    CliRunner cli;
    if (cli.ok())
        logout(cli);
}

void TestCliKeychain::wrongSecretAtLoginStoresNothing()
{
    CliRunner cli;
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const QString wrong = QStringLiteral("wrong-secret-0b5e7c");
    const CliResult login =
        cli.run(cli.accountOptions() + QStringList{QStringLiteral("login"), QStringLiteral("--secret-stdin")},
                wrong.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 1, describe(login));
    QVERIFY2(login.err.contains(QLatin1String("client secret is wrong")), describe(login));

    // Nothing was stored: a command that needs the keychain finds no secret.
    const CliResult listed = cli.run(cli.accountOptions() + QStringList{QStringLiteral("participants"), Call});
    QVERIFY2(listed.exitCode == 1, describe(listed));
    QVERIFY2(listed.err.contains(QLatin1String("No client secret is stored")), describe(listed));
    for (const CliResult &result : {login, listed}) {
        QVERIFY(!result.out.contains(wrong));
        QVERIFY(!result.err.contains(wrong));
    }
    QCOMPARE(filesContaining({cli.home.root()}, wrong), QStringList());
}

void TestCliKeychain::loginThenCommandsUseTheKeychainUntilLogout()
{
    CliRunner cli(scenario(3));
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    QList<CliResult> results;

    const CliResult login =
        cli.run(cli.accountOptions() + QStringList{QStringLiteral("login"), QStringLiteral("--secret-stdin")},
                Secret.toUtf8() + '\n');
    results << login;
    QVERIFY2(login.exitCode == 0, describe(login));
    QVERIFY2(login.out.contains(QLatin1String("keychain")), describe(login));
    QVERIFY2(QFileInfo::exists(cli.settingsFile()), qPrintable(cli.settingsFile()));
    QFile settings(cli.settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY2(saved.contains(Tenant.toUtf8()) && saved.contains(App.toUtf8()), saved.constData());

    // No account options and no --secret-stdin: the account from the settings, the secret from the
    // keychain.
    const CliResult listed = cli.run({QStringLiteral("participants"), Call, QStringLiteral("--json")});
    results << listed;
    QVERIFY2(listed.exitCode == 0, describe(listed));
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
    const CliResult muted = cli.run({QStringLiteral("mute"), Call, participantId(0)});
    results << muted;
    QVERIFY2(muted.exitCode == 0, describe(muted));

    const CliResult out = logout(cli);
    results << out;
    QVERIFY2(out.exitCode == 0, describe(out));
    const CliResult afterLogout = cli.run({QStringLiteral("participants"), Call});
    results << afterLogout;
    QVERIFY2(afterLogout.exitCode == 1, describe(afterLogout));
    QVERIFY2(afterLogout.err.contains(QLatin1String("No client secret is stored")), describe(afterLogout));

    for (const CliResult &result : std::as_const(results)) {
        QVERIFY2(!result.out.contains(Secret), describe(result));
        QVERIFY2(!result.err.contains(Secret), describe(result));
    }
    QVERIFY(!saved.contains(Secret.toUtf8()));
    QCOMPARE(filesContaining({cli.home.root()}, Secret), QStringList());
    // Token requests carried it (that is how the keychain's secret was proven to work); nothing
    // else did.
    int tokenRequests = 0;
    for (const QJsonValue &entry : cli.log()) {
        const QString path = entry[QLatin1String("path")].toString();
        if (path.endsWith(QLatin1String("/oauth2/v2.0/token")))
            ++tokenRequests;
        else
            QVERIFY2(
                !entry[QLatin1String("body")].toString().contains(QString::fromLatin1(QUrl::toPercentEncoding(Secret))),
                qPrintable(path));
    }
    QCOMPARE(tokenRequests, 3); // login, participants, mute
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
