// moderato-cli login and a keychain read when the Secret Service cannot help: a locked keyring,
// no default collection, no Secret Service at all. Each case runs against its own D-Bus session
// bus and gnome-keyring (started here, so the shared test keyring is never locked), and must give
// its own clear message, exit 1, and store the secret nowhere else.
#include "integration/graph/sim_fixture.h"
#include "support/cli_process.h"
#include "support/secret_scan.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include "support/test_columns.h"

using namespace testsupport;

namespace {

enum class KeyringState { Locked, NoCollection, NoService };

const QString Secret = itest::Secret;

bool run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
         QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

//! A private session bus with (optionally) a gnome-keyring, torn down on destruction.
class PrivateKeyring
{
public:
    PrivateKeyring(const ScratchHome &home, KeyringState state)
    {
        m_env = home.environment();
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path(QStringLiteral("runtime")));
        if (state == KeyringState::NoService) {
            m_address = QStringLiteral("unix:path=") + home.path(QStringLiteral("runtime/no-bus-here"));
            m_ok = true;
            return;
        }
        m_bus.setProcessEnvironment(m_env);
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000)) {
            m_error = QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
            return;
        }
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);

        m_keyring.setProcessEnvironment(m_env);
        QStringList arguments{QStringLiteral("--foreground"), QStringLiteral("--components=secrets")};
        // Without --unlock a fresh keyring directory has no login keyring: no default collection.
        if (state == KeyringState::Locked)
            arguments << QStringLiteral("--unlock");
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"), arguments);
        if (!m_keyring.waitForStarted(5000)) {
            m_error = QStringLiteral("gnome-keyring-daemon did not start");
            return;
        }
        if (state == KeyringState::Locked)
            m_keyring.write("moderato-test-password");
        m_keyring.closeWriteChannel();
        if (!QTest::qWaitFor([this] { return ownsSecretsName(); }, 10000)) {
            m_error = QStringLiteral("gnome-keyring never took org.freedesktop.secrets");
            return;
        }
        if (state == KeyringState::Locked) {
            QByteArray out;
            if (!run(QStringLiteral("dbus-send"),
                     {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                      QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                      QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                      QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")},
                     m_env, &out)
                || !out.contains("collection/login")) {
                m_error = QStringLiteral("could not lock the login collection: ") + QString::fromUtf8(out);
                return;
            }
        }
        m_ok = true;
    }
    ~PrivateKeyring()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(3000)) {
                    process->kill();
                    process->waitForFinished(1000);
                }
            }
        }
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return env;
    }

private:
    bool ownsSecretsName() const
    {
        QByteArray out;
        run(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
             QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:org.freedesktop.secrets")},
            m_env, &out);
        return out.contains("boolean true");
    }

    QProcessEnvironment m_env;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_error;
    bool m_ok = false;
};

} // namespace

//! Runs moderato-cli with \a arguments and \a input against a private keyring in \a state below
//! \a home, which is shut down before this returns; a keyring that could not be set up is
//! reported as a run that did not finish.
CliResult runWithKeyring(const ScratchHome &home, int state, const QStringList &arguments, const QByteArray &input)
{
    PrivateKeyring keyring(home, KeyringState(state));
    if (!keyring.ok()) {
        CliResult notRun;
        notRun.err = "the private keyring could not be set up: " + keyring.error().toUtf8();
        return notRun;
    }
    return runCli(keyring.environment(), arguments, input, 60000);
}

class TestKeychainStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loginSaysWhatIsWrongAndStoresNothing_data();
    void loginSaysWhatIsWrongAndStoresNothing();
    void eachStateHasItsOwnMessage();
    void commandWithoutSecretSaysWhatIsWrong_data();
    void commandWithoutSecretSaysWhatIsWrong();

private:
    QStringList account() const;
    std::unique_ptr<itest::SimFixture> m_sim;
    QHash<int, QByteArray> m_messages;
};

void TestKeychainStates::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary()));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
                 && !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty(),
             "gnome-keyring and dbus are needed (packaging/debian-packages.txt)");
    m_sim = std::make_unique<itest::SimFixture>();
    QVERIFY2(m_sim->ok(), qPrintable(m_sim->error));
}

QStringList TestKeychainStates::account() const
{
    const QString base = m_sim->simulator.baseUrl().toString();
    return {QStringLiteral("--graph-url"), base,          QStringLiteral("--login-url"), base,
            QStringLiteral("--tenant"),    itest::Tenant, QStringLiteral("--client-id"), itest::App};
}

void TestKeychainStates::loginSaysWhatIsWrongAndStoresNothing_data()
{
    testing::addColumns<int, QString>({"state", "expected"});
    QTest::newRow("locked keyring") << int(KeyringState::Locked) << QStringLiteral("The keychain is locked");
    QTest::newRow("no default collection")
        << int(KeyringState::NoCollection) << QStringLiteral("The keychain has no default keyring");
    QTest::newRow("no Secret Service") << int(KeyringState::NoService) << QStringLiteral("No keychain is available");
}

void TestKeychainStates::loginSaysWhatIsWrongAndStoresNothing()
{
    QFETCH(int, state);
    QFETCH(QString, expected);
    ScratchHome home;
    const CliResult result =
        runWithKeyring(home, state, account() + QStringList{QStringLiteral("--secret-stdin"), QStringLiteral("login")},
                       Secret.toUtf8() + '\n');
    QVERIFY2(result.finished && result.exitCode == 1, result.describe());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.describe());
    QVERIFY2(!result.out.contains("Signed in"), result.describe());
    QVERIFY2(!containsSecret(result.out + result.err, Secret), result.describe());
    // Not in a fallback file, not in the settings (login saves the account only once stored).
    const QStringList leaks = filesContaining({home.root()}, Secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    QVERIFY2(!QFileInfo::exists(home.settingsFile()), qPrintable(home.settingsFile()));
    m_messages.insert(state, result.err);
}

void TestKeychainStates::eachStateHasItsOwnMessage()
{
    QCOMPARE(m_messages.size(), 3);
    const QList<QByteArray> messages = m_messages.values();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        for (qsizetype j = i + 1; j < messages.size(); ++j)
            QVERIFY2(messages.at(i) != messages.at(j), messages.at(i).constData());
    }
}

void TestKeychainStates::commandWithoutSecretSaysWhatIsWrong_data()
{
    testing::addColumns<int, QString>({"state", "expected"});
    // Reading from a locked keyring whose unlock prompt cannot be shown looks like "not found" to
    // the Secret Service API; the sentence names both.
    QTest::newRow("locked keyring") << int(KeyringState::Locked) << QStringLiteral("keyring is locked");
    QTest::newRow("no default collection")
        << int(KeyringState::NoCollection) << QStringLiteral("No client secret is stored");
    QTest::newRow("no Secret Service") << int(KeyringState::NoService) << QStringLiteral("No keychain is available");
}

void TestKeychainStates::commandWithoutSecretSaysWhatIsWrong()
{
    QFETCH(int, state);
    QFETCH(QString, expected);
    ScratchHome home;
    const CliResult result =
        runWithKeyring(home, state, account() + QStringList{QStringLiteral("participants"), itest::Call}, {});
    QVERIFY2(result.finished && result.exitCode == 1, result.describe());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.describe());
    QVERIFY2(result.out.isEmpty(), result.describe());
}

QTEST_GUILESS_MAIN(TestKeychainStates)
#include "tst_keychain_states.moc"
