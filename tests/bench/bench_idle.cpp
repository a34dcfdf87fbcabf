// Target 6: idle cost — the real main window (offscreen) watching a 1,000-participant call with
// a 5-second refresh. The simulator is a separate moderato-graphsim process, so the CPU time read
// here (getrusage: user + system, every thread of this process) is the client's alone. It is
// measured over 60 s of real time, which with the simulator's real-time clock is also 60 s of
// simulated time: 12 refreshes, the one-second ticker, repaints — nothing extrapolated.
//   bench_idle --bin BUILD_DIR [--out DIR] [--seconds 60]
#include "bench/bench_env.h"
#include "bench/bench_results.h"
#include "support/process_stats.h"
#include "support/roster_generator.h"

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace moderato;
using namespace moderato::bench;
using namespace testsupport;

int main(int argc, char *argv[])
{
    renderOffscreenByDefault();
    QApplication app(argc, argv);
    const BenchArguments args = BenchArguments::parse(app.arguments(), 0, 60);
    constexpr int Size = 1000;
    constexpr int RefreshMs = 5000;
    constexpr double BudgetPercent = 1.0;
    if (args.bin.isEmpty() || args.seconds <= 0) {
        QTextStream(stderr) << "usage: bench_idle --bin BUILD_DIR [--out DIR] [--seconds 60]" << Qt::endl;
        return 2;
    }

    QTemporaryDir dir;
    const QString scenarioPath = dir.filePath(QStringLiteral("scenario.json"));
    {
        RosterGenerator generator(616);
        QFile file(scenarioPath);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(scenarioPath));
        // One join and one leave every second: 5 of each per refresh, 0.5 %.
        file.write(QJsonDocument(benchScenario(generator.makeRoster(Size), 1, 1)).toJson(QJsonDocument::Compact));
    }
    SimulatorProcess simulator;
    QString error;
    if (!simulator.start(args.bin + QStringLiteral("/simulator/moderato-graphsim"), scenarioPath, &error))
        qFatal("%s", qPrintable(error));

    BenchCore core(simulator.baseUrl());
    core.session()->setRefreshInterval(RefreshMs);
    MainWindow::Options options;
    MainWindow window(core.session(), nullptr, options);
    window.resize(1280, 800);
    window.show();
    if (!core.openCall(30000, &error))
        qFatal("%s", qPrintable(error));

    const auto idle = [](int ms) {
        // A plain event loop: polling from here would be CPU the app does not spend.
        QEventLoop loop;
        QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    };
    idle(2000);
    int refreshes = 0;
    QObject::connect(core.session(), &CallSession::refreshed, &app, [&] { ++refreshes; });
    QTextStream(stdout) << "Idle: main window watching " << Size << " participants, refresh every " << RefreshMs / 1000
                        << " s, " << args.seconds << " s" << Qt::endl;
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = cpuTimeMs();
    idle(args.seconds * 1000);
    const double cpuMs = cpuTimeMs() - cpuBefore;
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const double percent = 100.0 * cpuMs / wallMs;

    BenchResults results(args.outDir + QStringLiteral("/results.json"));
    results.add({QStringLiteral("idle_cpu"), Size, percent, BudgetPercent, percent / BudgetPercent,
                 QStringLiteral("% of a core"),
                 QStringLiteral("target < 1%: %1. %2 ms of CPU (user + system, all threads) in %3 s of real = "
                                "simulated time; %4 refreshes (%5 ms CPU each, everything included); rows at the "
                                "end %6; state %7. median_ms holds the percentage (one reading), floor_ms the 1% "
                                "budget. Simulator in its own process, not counted.")
                     .arg(verdict(percent < BudgetPercent))
                     .arg(cpuMs, 0, 'f', 0)
                     .arg(wallMs / 1000.0, 0, 'f', 1)
                     .arg(refreshes)
                     .arg(refreshes ? cpuMs / refreshes : 0.0, 0, 'f', 1)
                     .arg(core.session()->participants()->rowCount())
                     .arg(QLatin1String(QMetaEnum::fromType<CallSession::ConnectionState>().valueToKey(
                         int(core.session()->connectionState()))))});
    return results.save() ? 0 : 1;
}
