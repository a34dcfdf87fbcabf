#pragma once
// Runs the real moderato-cli binary as a child process against an in-process GraphSimulator. The
// child gets its own HOME and XDG directories, so saved settings never leak between tests or
// into the developer's account. The simulator answers on this process's event loop, so waiting
// for the child always spins that loop (never QProcess::waitForFinished()).

#include "integration/graph/sim_fixture.h"
#include "support/cli_process.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

namespace clitest {

//! The client secret as the CLI reads it from standard input.
inline const QByteArray SecretInput = itest::Secret.toUtf8() + '\n';

using testsupport::cliBinary;

struct CliResult
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    //! Refused as a usage error (exit status 2) with a message that mentions \a what.
    bool refusedMentioning(const QString &what) const { return finished && exitCode == 2 && err.contains(what); }
};

class CliRunner
{
public:
    explicit CliRunner(const QJsonObject &world = itest::scenario())
    {
        if (!home.isValid()) {
            error = QStringLiteral("no scratch directory");
            return;
        }
        if (!simulator.loadScenario(QJsonDocument(world).toJson(), &error))
            return;
        if (simulator.listen(QHostAddress::LocalHost) == 0) {
            error = QStringLiteral("simulator could not listen");
            return;
        }
        m_ok = true;
    }

    bool ok() const { return m_ok; }

    //! --graph-url, --login-url, --tenant and --client-id for the simulator.
    QStringList accountOptions() const
    {
        const QString base = simulator.baseUrl().toString();
        return {QStringLiteral("--graph-url"), base,          QStringLiteral("--login-url"), base,
                QStringLiteral("--tenant"),    itest::Tenant, QStringLiteral("--client-id"), itest::App};
    }

    //! accountOptions() plus --secret-stdin; pass the secret as \a input of run().
    QStringList withSecret(const QStringList &arguments) const
    {
        return accountOptions() + QStringList{QStringLiteral("--secret-stdin")} + arguments;
    }

    //! Runs moderato-cli with the account, reading the secret from standard input as a pipe.
    CliResult runSignedIn(const QStringList &arguments, int timeoutMs = 20000) const
    {
        return run(withSecret(arguments), SecretInput, timeoutMs);
    }

    //! Runs moderato-cli to its end (or \a timeoutMs), spinning the event loop meanwhile.
    CliResult run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 20000) const
    {
        QElapsedTimer timer;
        timer.start();
        const testsupport::CliResult raw = testsupport::runCli(home.environment(), arguments, input, timeoutMs);
        CliResult result;
        result.exitCode = raw.exitCode;
        result.finished = raw.finished;
        result.out = QString::fromUtf8(raw.out);
        result.err = QString::fromUtf8(raw.err);
        result.elapsedMs = timer.elapsed();
        return result;
    }

    //! The settings file moderato-cli writes (QSettings, organisation and application "Moderato").
    QString settingsFile() const { return home.settingsFile(); }

    QJsonObject simState() { return hook("GET", QStringLiteral("/_sim/state")); }

    QJsonObject simCall()
    {
        for (const QJsonValue &call : simState().value(QLatin1String("calls")).toArray())
            if (call[QLatin1String("id")].toString() == itest::Call)
                return call.toObject();
        return {};
    }

    //! Participant \a id of the call as the simulator holds it; empty when it is not there.
    QJsonObject simParticipant(const QString &id)
    {
        for (const QJsonValue &p : simCall().value(QLatin1String("participants")).toArray())
            if (p[QLatin1String("id")].toString() == id)
                return p.toObject();
        return {};
    }

    QJsonObject hook(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return itest::simHook(network, simulator.baseUrl(), verb, path, body);
    }

    QJsonArray log() { return hook("GET", QStringLiteral("/_sim/log")).value(QLatin1String("requests")).toArray(); }

    graphsim::GraphSimulator simulator;
    QNetworkAccessManager network;
    testsupport::ScratchHome home;
    QString error;

private:
    bool m_ok = false;
};

//! The UUIDs in \a text, in order.
inline QStringList uuidsIn(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList found;
    for (auto it = uuid.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

inline QByteArray describe(const CliResult &result)
{
    return QStringLiteral("exit %1, finished %2\n--- stdout\n%3--- stderr\n%4")
        .arg(result.exitCode)
        .arg(result.finished)
        .arg(result.out, result.err)
        .toUtf8();
}

} // namespace clitest
