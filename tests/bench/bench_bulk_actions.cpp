// Target 3: bulk actions — remove 200 participants, cancel 50 invitations, mute 50 people —
// with 20 ms of simulator latency on every request, through CallSession (the app's own path:
// $batch of 20 via BatchRunner, GraphClient's 4 concurrent requests), against
//   the floor   ⌈batches ÷ concurrency⌉ × 20 ms, and
//   one request at a time (DELETE or mute, each sent when the previous one answered).
// Times run from the call to remove()/cancelInvitations()/mute() to the last actionFinished.
// The simulator runs on its own thread over loopback.
#include "bench/bench_env.h"
#include "bench/bench_results.h"
#include "support/roster_generator.h"

#include "core/calls/call_session.h"
#include "core/graph/batch_runner.h"
#include "core/graph/participant_requests.h"
#include "core/graph/graph_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

using namespace moderato;
using namespace moderato::bench;
using testsupport::RosterGenerator;

namespace {

constexpr int LatencyMs = 20;
constexpr int Repeats = 5;

struct Bench
{
    BenchCore *core;
    QStringList pool; //!< participant ids not yet removed

    QStringList take(int count)
    {
        QStringList ids = pool.mid(0, count);
        pool.remove(0, count);
        return ids;
    }

    //! Waits until the session is idle: no request in flight or queued, no refresh running.
    void settle()
    {
        spinUntil(
            [this] {
                return core->client()->activeRequestCount() == 0 && core->client()->queuedRequestCount() == 0
                       && core->session()->connectionState() == CallSession::ConnectionState::Live;
            },
            30000);
    }

    //! Runs \a start and times it until \a count outcomes of \a action arrived; counts failures.
    double timeAction(ActionOutcome::Action action, int count, const std::function<void()> &start, int *failures)
    {
        settle();
        int outcomes = 0;
        qint64 lastNs = 0;
        QElapsedTimer timer;
        const auto connection = QObject::connect(core->session(), &CallSession::actionFinished, core->session(),
                                                 [&](const ActionOutcome &outcome) {
                                                     if (outcome.action != action)
                                                         return;
                                                     ++outcomes;
                                                     if (outcome.result != ActionOutcome::Result::Done)
                                                         ++*failures;
                                                     if (outcomes == count)
                                                         lastNs = timer.nsecsElapsed();
                                                 });
        timer.start();
        start();
        spinUntil([&] { return outcomes >= count; }, 60000);
        QObject::disconnect(connection);
        if (outcomes < count)
            qFatal("only %d of %d outcomes arrived", outcomes, count);
        return double(lastNs) / 1e6;
    }

    //! Sends one request per id, each after the previous one answered; the total time.
    double timeOneAtATime(const QStringList &ids, bool mute, int *failures)
    {
        settle();
        QElapsedTimer timer;
        timer.start();
        for (const QString &id : ids) {
            GraphRequest *request = mute ? static_cast<GraphRequest *>(new MuteParticipantRequest(kCallId, id))
                                         : new DeleteParticipantRequest(kCallId, id);
            request->setAutoDelete(false);
            core->client()->send(request, GraphClient::Priority::User);
            spinUntil([request] { return request->isFinished(); }, 30000);
            if (!request->isSucceeded())
                ++*failures;
            delete request;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

    //! Invites \a count phone numbers (they ring until cancelled) and waits for the answers.
    QStringList ringing(int count)
    {
        QList<InviteTarget> targets;
        for (int i = 0; i < count; ++i) {
            targets.append({InviteTarget::Kind::Phone,
                            QStringLiteral("+1425550%1").arg(pool.size() * 100 + i, 4, 10, QLatin1Char('0')),
                            QStringLiteral("Dial-in %1").arg(i)});
        }
        const QStringList ids = core->session()->invite(targets);
        settle();
        return ids;
    }
};

int floorMs(int items)
{
    const int batches = (items + BatchRunner::MaxItemsPerBatch - 1) / BatchRunner::MaxItemsPerBatch;
    const int rounds =
        (batches + GraphClient::DefaultMaxConcurrentRequests - 1) / GraphClient::DefaultMaxConcurrentRequests;
    return rounds * LatencyMs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString outDir = argument(app.arguments(), QStringLiteral("--out"), QStringLiteral("bench"));

    constexpr int RemoveCount = 200;
    constexpr int CancelCount = 50;
    constexpr int MuteCount = 50;
    RosterGenerator generator(303);
    const QJsonArray roster = generator.makeRoster(RemoveCount * (Repeats + 1) + MuteCount + 50);
    SimulatorThread simulator;
    QString error;
    if (!simulator.start(QJsonDocument(benchScenario(roster)).toJson(QJsonDocument::Compact), &error))
        qFatal("simulator: %s", qPrintable(error));
    BenchCore core(simulator.baseUrl());
    core.session()->setRefreshInterval(3600 * 1000); // only the refreshes the actions ask for
    if (!core.openCall(30000, &error))
        qFatal("%s", qPrintable(error));
    const QByteArray latency =
        QStringLiteral(R"({"faults":[{"path":"/**","latencyMs":%1,"fraction":1.0}]})").arg(LatencyMs).toUtf8();
    if (!core.simHook("POST", QStringLiteral("/_sim/faults"), latency))
        qFatal("cannot add the latency rule");

    Bench bench{&core, {}};
    for (const QJsonValue &p : roster)
        bench.pool.append(p[QLatin1String("id")].toString());
    const QStringList muteTargets = bench.take(MuteCount);

    QTextStream(stdout) << "Bulk actions (" << LatencyMs << " ms latency on every request, concurrency "
                        << GraphClient::DefaultMaxConcurrentRequests << ", $batch of " << BatchRunner::MaxItemsPerBatch
                        << ")" << Qt::endl;
    QList<double> removeMs, cancelMs, muteMs;
    int removeFailures = 0, cancelFailures = 0, muteFailures = 0;
    for (int i = 0; i < Repeats; ++i) {
        const QStringList ids = bench.take(RemoveCount);
        removeMs << bench.timeAction(
            ActionOutcome::Action::Remove, RemoveCount, [&] { core.session()->remove(ids); }, &removeFailures);
        const QStringList invited = bench.ringing(CancelCount);
        cancelMs << bench.timeAction(
            ActionOutcome::Action::CancelInvitation, CancelCount, [&] { core.session()->cancelInvitations(invited); },
            &cancelFailures);
        muteMs << bench.timeAction(
            ActionOutcome::Action::Mute, MuteCount, [&] { core.session()->mute(muteTargets); }, &muteFailures);
    }
    int seqRemoveFailures = 0, seqCancelFailures = 0, seqMuteFailures = 0;
    const double seqRemove = bench.timeOneAtATime(bench.take(RemoveCount), false, &seqRemoveFailures);
    const double seqCancel = bench.timeOneAtATime(bench.ringing(CancelCount), false, &seqCancelFailures);
    const double seqMute = bench.timeOneAtATime(muteTargets, true, &seqMuteFailures);

    BenchResults results(outDir + QStringLiteral("/results.json"));
    const QString why =
        QStringLiteral(
            "Concurrency %1 (GraphClient::DefaultMaxConcurrentRequests): Graph throttles bursts from one app long before "
            "its published per-app limits, retries count against the limits, other Graph workloads document 4 concurrent "
            "requests per app, and 4 stays under QNetworkAccessManager's 6 connections per host so a bulk action never "
            "starves the roster refresh.")
            .arg(GraphClient::DefaultMaxConcurrentRequests);
    struct Row
    {
        const char *name;
        const char *what;
        int items;
        const QList<double> *times;
        double sequential;
        int failures;
        int seqFailures;
    };
    const Row rows[] = {
        {"bulk_remove", "remove", RemoveCount, &removeMs, seqRemove, removeFailures, seqRemoveFailures},
        {"bulk_cancel", "cancel invitation", CancelCount, &cancelMs, seqCancel, cancelFailures, seqCancelFailures},
        {"bulk_mute", "mute", MuteCount, &muteMs, seqMute, muteFailures, seqMuteFailures},
    };
    for (const Row &row : rows) {
        const double batched = median(*row.times);
        const int floor = floorMs(row.items);
        const int batches = (row.items + BatchRunner::MaxItemsPerBatch - 1) / BatchRunner::MaxItemsPerBatch;
        const double ratio = batched / floor;
        const double speedup = row.sequential / batched;
        QString notes = QStringLiteral("target <= 2x floor: %1; %2 batches of <= %3 over %4 connections = %5 round(s) "
                                       "of %6 ms; median of %7 runs (min %8, max %9 ms); %10 failed items. ")
                            .arg(verdict(ratio <= 2.0))
                            .arg(batches)
                            .arg(BatchRunner::MaxItemsPerBatch)
                            .arg(GraphClient::DefaultMaxConcurrentRequests)
                            .arg(floor / LatencyMs)
                            .arg(LatencyMs)
                            .arg(row.times->size())
                            .arg(*std::min_element(row.times->cbegin(), row.times->cend()), 0, 'f', 1)
                            .arg(*std::max_element(row.times->cbegin(), row.times->cend()), 0, 'f', 1)
                            .arg(row.failures);
        if (qstrcmp(row.name, "bulk_remove") == 0)
            notes += why;
        results.add(
            {QLatin1String(row.name), row.items, batched, double(floor), ratio, QStringLiteral("ms"), notes.trimmed()});
        results.add({QLatin1String(row.name) + QStringLiteral("_one_at_a_time"), row.items, row.sequential, batched,
                     speedup, QStringLiteral("ms"),
                     QStringLiteral("one %1 request at a time, each after the previous answer (one run; %2 failed). "
                                    "ratio = this / the batched median = the batches' speed-up; target >= 10x: %3.")
                         .arg(QLatin1String(row.what))
                         .arg(row.seqFailures)
                         .arg(verdict(speedup >= 10.0))});
    }
    return results.save() ? 0 : 1;
}
