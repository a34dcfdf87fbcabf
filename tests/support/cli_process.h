#pragma once
// Runs the real moderato-cli as a child process with its own HOME and XDG directories, so saved
// settings never leak between tests or into the developer's account. Waiting for the child spins
// this process's event loop, so an in-process simulator keeps answering.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace testsupport {

inline QString cliBinary()
{
    return QStringLiteral(MODERATO_BINARY_DIR "/app/moderato-cli");
}

struct CliResult
{
    int exitCode = -1;
    bool finished = false;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "\n--- stdout\n" + out
               + "--- stderr\n" + err;
    }
};

//! Points this process's HOME and XDG directories below \a dir: whatever the code under test (or
//! a keychain's insecure fallback) would write lands there, to be scanned afterwards.
inline void moveHomeOfThisProcess(const QString &dir)
{
    qputenv("HOME", dir.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (dir + QLatin1String("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (dir + QLatin1String("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (dir + QLatin1String("/cache")).toLocal8Bit());
}

//! A scratch HOME with XDG directories for child processes.
class ScratchHome
{
public:
    ScratchHome()
    {
        for (const char *sub : {"home", "config", "data", "cache", "runtime"})
            QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(path(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString &sub) const { return m_dir.filePath(sub); }
    //! The settings file moderato-cli writes (organisation and application "Moderato").
    QString settingsFile() const { return path(QStringLiteral("config/Moderato/Moderato.conf")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        return env;
    }

private:
    QTemporaryDir m_dir;
};

//! Starts moderato-cli; \a input goes to its standard input, then EOF.
inline QProcess *startCli(const QProcessEnvironment &env, const QStringList &arguments, const QByteArray &input = {})
{
    auto *process = new QProcess;
    process->setProcessEnvironment(env);
    process->setProgram(cliBinary());
    process->setArguments(arguments);
    process->start();
    if (process->waitForStarted(5000)) {
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
    }
    return process;
}

//! Waits for \a process while spinning this process's event loop (an in-process simulator answers
//! on it), then collects its output.
inline CliResult finishCli(QProcess *process, int timeoutMs = 30000)
{
    CliResult result;
    result.finished = QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process->kill();
        process->waitForFinished(2000);
    }
    result.crashed = process->exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process->exitCode();
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

inline CliResult runCli(const QProcessEnvironment &env, const QStringList &arguments, const QByteArray &input = {},
                        int timeoutMs = 30000)
{
    std::unique_ptr<QProcess> process(startCli(env, arguments, input));
    return finishCli(process.get(), timeoutMs);
}

} // namespace testsupport
