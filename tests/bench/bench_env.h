#pragma once
// What the end-to-end benchmarks share: a simulator scenario built around a generated roster,
// the simulator on a thread of its own, and Moderato's core signed in to it.

#include "support/signed_in_core.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace graphsim {
class GraphSimulator;
}

namespace moderato {
class CallSession;
class GraphClient;
} // namespace moderato

namespace moderato::bench {

inline const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
inline const QString kClientId = QStringLiteral("5b4d2c1e-8f3a-4e6b-9c7d-0a1b2c3d4e5f");
inline const QString kSecret = QStringLiteral("bench-secret");
inline const QString kCallId = QStringLiteral("3a7c9e1f-2b4d-4f6a-8c0e-1d3f5a7b9c2e");

//! A scenario with one tenant and app (every role, removal allowed) and one established call
//! whose participants are \a roster. \a joinEvery / \a leaveEvery: churn in seconds (0 = none).
QJsonObject benchScenario(const QJsonArray &roster, double joinEvery = 0, double leaveEvery = 0,
                          const QJsonObject &options = {});
//! Adds another established call \a callId with \a roster (no churn) to \a scenario.
void addCall(QJsonObject &scenario, const QString &callId, const QJsonArray &roster);

//! A GraphSimulator living on its own thread, so that serving a 10 MB roster never stalls the
//! event loop being measured (in the real world the service is on another machine).
class SimulatorThread
{
public:
    SimulatorThread();
    ~SimulatorThread();
    //! Loads \a scenario and listens on loopback; false and \a error when it cannot.
    bool start(const QByteArray &scenario, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    void runOnThread(const std::function<void()> &work);
    QThread m_thread;
    QObject *m_context = nullptr;
    graphsim::GraphSimulator *m_simulator = nullptr;
    QUrl m_baseUrl;
};

//! moderato-graphsim as a process of its own: only the client's CPU is then the benchmark's.
class SimulatorProcess
{
public:
    ~SimulatorProcess();
    //! Starts \a program with \a scenarioPath on a free loopback port and reads its first line.
    bool start(const QString &program, const QString &scenarioPath, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

//! Moderato's core signed in to a simulator (or any Graph root) as the bench app.
class BenchCore
{
public:
    explicit BenchCore(const QUrl &baseUrl);
    ~BenchCore();
    QNetworkAccessManager *network() { return &m_network; }
    GraphClient *client() const { return m_core.client(); }
    CallSession *session() const { return m_session.get(); }

    //! Sends a /_sim/ hook request and waits for the answer; false (and \a answer holds the
    //! body) unless it succeeded.
    bool simHook(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                 QByteArray *answer = nullptr);
    //! Opens \a callId (default the bench call) and waits for the first roster (at most \a timeoutMs).
    bool openCall(int timeoutMs, QString *error, const QString &callId = kCallId);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    testsupport::SignedInCore m_core;
    std::unique_ptr<CallSession> m_session;
};

//! Runs the event loop until \a done() is true or \a timeoutMs passed; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

//! The value after \a flag in the arguments ("--out DIR"), or \a fallback.
QString argument(const QStringList &arguments, const QString &flag, const QString &fallback = {});

//! What the benchmarks take on their command line: --out DIR (default "bench"), --bin BUILD_DIR,
//! --runs N, --seconds N.
struct BenchArguments
{
    QString outDir;
    QString bin;
    int runs = 0;
    int seconds = 0;

    static BenchArguments parse(const QStringList &arguments, int defaultRuns, int defaultSeconds);
};

//! Widgets are drawn offscreen unless QT_QPA_PLATFORM says otherwise; before the QApplication.
void renderOffscreenByDefault();

} // namespace moderato::bench
