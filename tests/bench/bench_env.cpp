#include "bench/bench_env.h"

#include "app/large_roster_heap_release.h"

#include "core/calls/call_session.h"
#include "simulator/graph_simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace moderato::bench {

QJsonObject benchScenario(const QJsonArray &roster, double joinEvery, double leaveEvery, const QJsonObject &options)
{
    const QJsonObject app{{QStringLiteral("clientId"), kClientId},
                          {QStringLiteral("secret"), kSecret},
                          {QStringLiteral("roles"),
                           QJsonArray{QStringLiteral("Calls.JoinGroupCall.All"),
                                      QStringLiteral("Calls.InitiateGroupCall.All"), QStringLiteral("User.Read.All")}},
                          {QStringLiteral("allowRemoveParticipant"), true}};
    QJsonObject call{{QStringLiteral("id"), kCallId},
                     {QStringLiteral("tenantId"), kTenant},
                     {QStringLiteral("state"), QStringLiteral("established")},
                     {QStringLiteral("subject"), QStringLiteral("All-hands (benchmark)")},
                     {QStringLiteral("participants"), roster}};
    if (joinEvery > 0 || leaveEvery > 0) {
        call.insert(QStringLiteral("churn"),
                    QJsonObject{{QStringLiteral("joinEvery"), joinEvery}, {QStringLiteral("leaveEvery"), leaveEvery}});
    }
    // The whole roster on every poll: the cost measured is that of reading and applying it all
    // (Graph itself lists 100 at most; the rest arrives as notifications, through the same model).
    QJsonObject allOptions{
        {QStringLiteral("ringTimeout"), 3600}, {QStringLiteral("seed"), 11}, {QStringLiteral("rosterCap"), 0}};
    for (auto it = options.begin(); it != options.end(); ++it)
        allOptions.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("tenants"), QJsonArray{QJsonObject{{QStringLiteral("id"), kTenant},
                                                                          {QStringLiteral("apps"), QJsonArray{app}}}}},
                       {QStringLiteral("users"), QJsonArray{}},
                       {QStringLiteral("calls"), QJsonArray{call}},
                       {QStringLiteral("options"), allOptions}};
}

void addCall(QJsonObject &scenario, const QString &callId, const QJsonArray &roster)
{
    QJsonArray calls = scenario.value(QLatin1String("calls")).toArray();
    calls.append(QJsonObject{{QStringLiteral("id"), callId},
                             {QStringLiteral("tenantId"), kTenant},
                             {QStringLiteral("state"), QStringLiteral("established")},
                             {QStringLiteral("participants"), roster}});
    scenario.insert(QStringLiteral("calls"), calls);
}

SimulatorThread::SimulatorThread()
{
    m_thread.setObjectName(QStringLiteral("graphsim"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SimulatorThread::~SimulatorThread()
{
    runOnThread([this] {
        delete m_simulator;
        m_simulator = nullptr;
        delete m_context;
        m_context = nullptr;
    });
    m_thread.quit();
    m_thread.wait();
}

void SimulatorThread::runOnThread(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

bool SimulatorThread::start(const QByteArray &scenario, QString *error)
{
    bool ok = false;
    runOnThread([&] {
        m_simulator = new graphsim::GraphSimulator;
        if (!m_simulator->loadScenario(scenario, error))
            return;
        if (m_simulator->listen(QHostAddress::LocalHost, 0) == 0) {
            *error = QStringLiteral("the simulator cannot listen on 127.0.0.1");
            return;
        }
        m_baseUrl = m_simulator->baseUrl();
        ok = true;
    });
    return ok;
}

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimulatorProcess::start(const QString &program, const QString &scenarioPath, QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--scenario"),
                              scenarioPath});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    QByteArray firstLine;
    QElapsedTimer wait;
    wait.start();
    while (!firstLine.contains('\n') && wait.elapsed() < 30000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(1000);
        firstLine += m_process.readAllStandardOutput();
    }
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix)) {
        *error = QStringLiteral("%1 said: %2 %3")
                     .arg(program, QString::fromUtf8(firstLine), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_baseUrl =
        QUrl(QString::fromUtf8(firstLine.mid(prefix.size(), firstLine.indexOf('\n') - prefix.size()).trimmed()));
    return m_baseUrl.isValid();
}

BenchCore::BenchCore(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
    , m_core(&m_network, baseUrl, testsupport::TestAccount{kTenant, kClientId, kSecret})
{
    if (!m_core.ok())
        qFatal("bench: %s", qPrintable(m_core.error()));
    m_session = std::make_unique<CallSession>(m_core.client(), kClientId);
    m_session->setHomeTenantId(kTenant);
    new LargeRosterHeapRelease(m_session.get()); // as the app runs it
}

BenchCore::~BenchCore()
{
    m_session.reset(); // it sends through the client
}

bool BenchCore::simHook(const QByteArray &verb, const QString &path, const QByteArray &body, QByteArray *answer)
{
    const testsupport::HookAnswer hook = testsupport::simHook(m_network, m_baseUrl, verb, path, body, 30000);
    if (answer)
        *answer = hook.body;
    return hook.ok();
}

bool BenchCore::openCall(int timeoutMs, QString *error, const QString &callId)
{
    m_session->open(callId);
    spinUntil([this] { return m_session->connectionState() == CallSession::ConnectionState::Live; }, timeoutMs);
    if (m_session->connectionState() != CallSession::ConnectionState::Live) {
        *error = QStringLiteral("the first roster did not load: ") + m_session->lastRefreshError();
        return false;
    }
    return true;
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

QString argument(const QStringList &arguments, const QString &flag, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(flag);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : fallback;
}

BenchArguments BenchArguments::parse(const QStringList &arguments, int defaultRuns, int defaultSeconds)
{
    BenchArguments parsed;
    parsed.outDir = argument(arguments, QStringLiteral("--out"), QStringLiteral("bench"));
    parsed.bin = argument(arguments, QStringLiteral("--bin"));
    parsed.runs = argument(arguments, QStringLiteral("--runs"), QString::number(defaultRuns)).toInt();
    parsed.seconds = argument(arguments, QStringLiteral("--seconds"), QString::number(defaultSeconds)).toInt();
    return parsed;
}

void renderOffscreenByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace moderato::bench
