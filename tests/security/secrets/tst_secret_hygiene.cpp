// The client secret after a whole session: moderato-cli signs in with the real Secret Service
// (gnome-keyring on the private D-Bus session tests/with-keyring.sh gives CTest), lists, removes,
// mutes and invites, hits errors (an unknown call, a 500, a wrong secret) and retries (a 429 and a
// 503 from the simulator's fault plan); a CallSession in this process does the same with an audit
// log. Every process runs with debug logging on (QT_LOGGING_RULES="moderato.*.debug=true").
// Then the settings files, the audit log, every other file written, standard output, standard
// error, the application log and the output of a crash are scanned for the secret.
#include "support/cli_process.h"
#include "support/secret_scan.h"

#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "core/auth/keychain_secret_source.h"
#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "integration/graph/sim_fixture.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>

#include <csignal>
#include <sys/types.h>

using namespace moderato;
using namespace testsupport;

namespace {

const QString WrongSecret = QStringLiteral("Wr0ng~secret&typed=by-mistake");
const QString DebugRules = QStringLiteral("moderato.*.debug=true");

QStringList g_log; // this process's application log

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ") + message;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliSessionWithErrorsAndRetries();
    void inProcessSessionWithAuditLog();
    void crashOutputCarriesNoSecret_data();
    void crashOutputCarriesNoSecret();
    void nothingAnywhereContainsTheSecret();
    void debugLogShowsRequestsButNoCredentials();
    void cleanupTestCase();

private:
    CliResult cli(const QStringList &arguments, const QByteArray &input = {});
    QStringList account() const;
    void fault(const QJsonObject &rule) { m_sim->addFault(rule); }
    void clearFaults() { m_sim->hook("DELETE", QStringLiteral("/_sim/faults")); }

    std::unique_ptr<itest::SimFixture> m_sim;
    ScratchHome m_home;
    QByteArray m_outputs; // every standard output and error of every child
    QString m_auditPath;
    QString m_inProcessSettings;
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary() + QLatin1String(" is not built")));
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run under dbus-run-session -- tests/with-keyring.sh (CTest under "
             "dev.sh does)");
    QVERIFY(m_home.isValid());
    m_sim = std::make_unique<itest::SimFixture>(itest::scenario(6));
    QVERIFY2(m_sim->ok(), qPrintable(m_sim->error));
    m_auditPath = m_home.path(QStringLiteral("data/Moderato/audit.jsonl"));
    m_inProcessSettings = m_home.path(QStringLiteral("config/Moderato/in-process.conf"));
    qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(DebugRules);
}

void TestSecretHygiene::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());
    // Leave the keyring as it was found.
    cli(account() + QStringList{QStringLiteral("logout")});
}

QStringList TestSecretHygiene::account() const
{
    const QString base = m_sim->simulator.baseUrl().toString();
    return {QStringLiteral("--graph-url"), base,          QStringLiteral("--login-url"), base,
            QStringLiteral("--tenant"),    itest::Tenant, QStringLiteral("--client-id"), itest::App};
}

CliResult TestSecretHygiene::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment env = m_home.environment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), DebugRules);
    const CliResult result = runCli(env, arguments, input);
    m_outputs += result.out + result.err;
    return result;
}

void TestSecretHygiene::cliSessionWithErrorsAndRetries()
{
    const QString call = itest::Call;
    const QString login = QStringLiteral("login");
    const QString secretStdin = QStringLiteral("--secret-stdin");

    CliResult r = cli(account() + QStringList{secretStdin, login}, WrongSecret.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 1, r.describe()); // AADSTS7000215: the secret is wrong

    fault({{QStringLiteral("method"), QStringLiteral("POST")},
           {QStringLiteral("path"), QStringLiteral("/*/oauth2/v2.0/token")},
           {QStringLiteral("status"), 503},
           {QStringLiteral("retryAfter"), 1}});
    r = cli(account() + QStringList{secretStdin, login}, itest::Secret.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.describe()); // retried after the 503, stored in the keychain

    // From here on the secret comes from the keychain.
    r = cli(account() + QStringList{QStringLiteral("participants"), call, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = cli(account()
            + QStringList{QStringLiteral("participants"), QStringLiteral("00000000-dead-4bad-8bad-000000000000")});
    QVERIFY2(r.exitCode == 1, r.describe()); // unknown call

    const QString participants = QStringLiteral("/v1.0/communications/calls/*/participants");
    fault({{QStringLiteral("method"), QStringLiteral("GET")},
           {QStringLiteral("path"), participants},
           {QStringLiteral("status"), 429},
           {QStringLiteral("retryAfter"), 1}});
    r = cli(account() + QStringList{QStringLiteral("participants"), call});
    QVERIFY2(r.exitCode == 0, r.describe()); // retried after Retry-After

    fault({{QStringLiteral("method"), QStringLiteral("GET")},
           {QStringLiteral("path"), participants},
           {QStringLiteral("status"), 500},
           {QStringLiteral("count"), 20}});
    r = cli(account() + QStringList{QStringLiteral("participants"), call});
    QVERIFY2(r.exitCode == 1, r.describe());
    clearFaults();

    r = cli(account() + QStringList{QStringLiteral("remove"), call, itest::participantId(0)});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = cli(account() + QStringList{QStringLiteral("remove"), call, itest::participantId(77)});
    QVERIFY2(r.exitCode == 1 && r.err.contains("not in this call"),
             r.describe()); // checked against the roster, nothing sent
    r = cli(account() + QStringList{QStringLiteral("mute"), call, itest::participantId(1)});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = cli(account() + QStringList{QStringLiteral("invite"), call, QStringLiteral("--user"), itest::AdaId});
    QVERIFY2(r.exitCode == 0, r.describe());

    // The settings file exists (the scan below must have something to scan).
    QVERIFY2(QFileInfo::exists(m_home.settingsFile()), qPrintable(m_home.settingsFile()));
}

void TestSecretHygiene::inProcessSessionWithAuditLog()
{
    // The secret the CLI stored is read back through the keychain, as the desktop app does.
    CredentialStore store;
    KeychainSecretSource secrets(&store, CredentialStore::keyFor(Cloud::Global, itest::Tenant, itest::App));
    QNetworkAccessManager network;
    TokenProvider tokens(&network, m_sim->endpoints, itest::Tenant, itest::App, &secrets);
    GraphClient client(&network, &tokens, m_sim->endpoints.graphRoot);
    RetryPolicy quick;
    quick.backoffBase = std::chrono::milliseconds(20);
    quick.backoffCap = std::chrono::milliseconds(200);
    client.setRetryPolicy(quick);
    tokens.setRetryPolicy(quick);
    AuditLog audit(m_auditPath);
    CallSession session(&client, itest::App);
    session.setAuditLog(&audit);
    session.setRefreshInterval(60000);

    QSettings settingsFile(m_inProcessSettings, QSettings::IniFormat);
    AccountSettings settings(&settingsFile);
    settings.setTenantId(itest::Tenant);
    settings.setClientId(itest::App);
    settings.setCustomEndpoints(m_sim->endpoints.graphRoot, m_sim->endpoints.loginRoot);
    settings.addRecentCallId(itest::Call);
    settings.sync();

    QSignalSpy refreshed(&session, &CallSession::refreshed);
    QSignalSpy actions(&session, &CallSession::actionFinished);
    session.open(itest::Call);
    QVERIFY(refreshed.wait(15000));
    QVERIFY(session.participants()->rowCount() > 0);

    session.remove({itest::participantId(2)});
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, 15000);
    session.remove({QStringLiteral("no-such-participant")});
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 2, 15000);
    session.mute({itest::participantId(3)});
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 3, 15000);

    // A throttled refresh, then an expired token that is renewed with the keychain's secret.
    fault({{QStringLiteral("method"), QStringLiteral("GET")},
           {QStringLiteral("path"), QStringLiteral("/v1.0/communications/calls/*/participants")},
           {QStringLiteral("status"), 429},
           {QStringLiteral("retryAfter"), 1}});
    const int before = int(refreshed.size());
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before, 15000);
    m_sim->expireTokens();
    const int renewed = tokens.tokenRequestCount();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(tokens.tokenRequestCount() > renewed && refreshed.size() > before + 1, 15000);
    QCOMPARE(session.connectionState(), CallSession::ConnectionState::Live);

    QFile log(m_auditPath);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(m_auditPath));
    const QByteArray lines = log.readAll();
    QVERIFY2(lines.count('\n') >= 3, lines.constData()); // done, failed, done
}

void TestSecretHygiene::crashOutputCarriesNoSecret_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGABRT (abort, qFatal)") << int(SIGABRT);
    QTest::newRow("SIGSEGV") << int(SIGSEGV);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestSecretHygiene::crashOutputCarriesNoSecret()
{
    // Moderato installs no crash handler of its own (see noCrashHandler below): whatever prints on
    // a crash is the C library's, Qt's or a sanitizer's. Kill a signed-in `watch` mid-session —
    // the secret was given on standard input, so it was in this very process — and read it all.
    QFETCH(int, signal);
    QProcessEnvironment env = m_home.environment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), DebugRules);
    std::unique_ptr<QProcess> process(
        startCli(env,
                 account()
                     + QStringList{QStringLiteral("--secret-stdin"), QStringLiteral("watch"), itest::Call,
                                   QStringLiteral("--for"), QStringLiteral("60")},
                 itest::Secret.toUtf8() + '\n'));
    QByteArray seen;
    QVERIFY(QTest::qWaitFor(
        [&] {
            seen += process->readAllStandardOutput();
            return seen.contains("watching") || process->state() == QProcess::NotRunning;
        },
        20000));
    QVERIFY2(process->state() == QProcess::Running, seen.constData());
    ::kill(pid_t(process->processId()), signal);
    CliResult result = finishCli(process.get(), 15000);
    result.out.prepend(seen);
    m_outputs += result.out + result.err;
    // Killed by the signal — or, under AddressSanitizer, which catches SIGSEGV itself, exit 1.
    QVERIFY2(result.crashed || result.exitCode != 0, result.describe());
    QVERIFY2(!containsSecret(result.out + result.err, itest::Secret), result.describe());

    // If Moderato ever installs a crash handler, its report has to be scanned here too.
    for (const QString &dir : {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui")}) {
        QDirIterator it(QStringLiteral(MODERATO_SOURCE_DIR "/") + dir, {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        static const QRegularExpression handler(QStringLiteral("\\b(sigaction|signal)\\s*\\(\\s*SIG"));
        while (it.hasNext()) {
            QFile source(it.next());
            QVERIFY(source.open(QIODevice::ReadOnly));
            QVERIFY2(!handler.match(QString::fromUtf8(source.readAll())).hasMatch(),
                     qPrintable(source.fileName()
                                + QLatin1String(" installs a signal handler: "
                                                "extend this test to its output")));
        }
    }
}

void TestSecretHygiene::nothingAnywhereContainsTheSecret()
{
    QVERIFY(!m_outputs.isEmpty());
    for (const QString &secret : {itest::Secret, WrongSecret}) {
        QVERIFY2(!containsSecret(m_outputs, secret), "a secret reached standard output or error");
        QVERIFY2(!containsSecret(g_log.join(QLatin1Char('\n')).toUtf8(), secret),
                 "a secret reached the application log");
        // Settings (both files), the audit log, caches — everything under the scratch home.
        const QStringList leaks = filesContaining({m_home.root()}, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    }
    for (const QString &file : {m_home.settingsFile(), m_inProcessSettings, m_auditPath})
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file + QLatin1String(" was not written")));
}

void TestSecretHygiene::debugLogShowsRequestsButNoCredentials()
{
    const QString log = g_log.join(QLatin1Char('\n')) + QString::fromUtf8(m_outputs);
    // Debug logging was really on, in this process and in the children.
    QVERIFY2(log.contains(QLatin1String("(token request, body redacted)")), qPrintable(log.left(4000)));
    QVERIFY2(log.contains(QLatin1String("/participants")), qPrintable(log.left(4000)));
    QVERIFY2(QString::fromUtf8(m_outputs).contains(QLatin1String("moderato.graph")),
             "the children's debug log is missing");
    // No Authorization header, bearer token or token request body in any of it. The simulator's
    // tokens are JWT-shaped ("eyJ…").
    for (const char *needle : {"Authorization", "Bearer ", "eyJ", "client_secret", "access_token"})
        QVERIFY2(!log.contains(QLatin1String(needle), Qt::CaseInsensitive),
                 qPrintable(QLatin1String(needle) + QLatin1String(" in the log")));
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
