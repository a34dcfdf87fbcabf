// Target 4: resident memory added by a 10,000-participant roster in ParticipantModel.
//
// The list bodies are made first (on another thread, so the generator's garbage stays out of the
// main heap arena) and kept until the end, so they are in every reading; the JSON document and
// the snapshot of each load are freed and the heap trimmed before reading, so what is left is the
// model's rows, its id index, the participants they share — and whatever free heap the freed
// JSON document leaves pinned between them, which is resident too and counted.
// A separate process: nothing else this process did before can blur the reading.
#include "bench/bench_env.h"
#include "bench/bench_results.h"
#include "bench/process_stats.h"
#include "bench/roster_generator.h"

#include "core/calls/participant_model.h"
#include "core/calls/roster_parser.h"

#include <QCoreApplication>

#include <thread>

using namespace moderato;
using namespace moderato::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString outDir = argument(app.arguments(), QStringLiteral("--out"), QStringLiteral("bench"));
    constexpr int Size = 10000;
    constexpr double BudgetBytes = 2048;

    constexpr int Refreshes = 5;
    QByteArray body;
    QList<QByteArray> refreshes;
    std::thread([&] {
        RosterGenerator generator(2024);
        QJsonArray roster = generator.makeRoster(Size);
        body = RosterGenerator::listBody(roster);
        for (int i = 0; i < Refreshes; ++i) {
            generator.evolve(roster);
            refreshes.append(RosterGenerator::listBody(roster));
        }
    }).join();
    // One small roster through the same code first: Qt's and our one-time set-up (metatypes,
    // the string pool, the model's first allocations) is not the roster's cost.
    auto model = std::make_unique<ParticipantModel>();
    model->setHomeTenantId(QLatin1String(RosterGenerator::HomeTenant));
    {
        RosterGenerator warmUp(7);
        model->apply(RosterParser::parse(RosterGenerator::listBody(warmUp.makeRoster(10))));
        model->apply(RosterParser::parse(RosterGenerator::listBody(QJsonArray())));
    }
    trimHeap();
    const qint64 rssBefore = residentBytes();
    const qint64 heapBefore = heapInUse();
    {
        const RosterSnapshot snapshot = RosterParser::parse(body);
        if (snapshot.participants.size() != Size)
            qFatal("parsed %lld participants, expected %d", qint64(snapshot.participants.size()), Size);
        model->apply(snapshot);
    }
    trimHeap();
    const qint64 rssAfter = residentBytes();
    const qint64 heapAfter = heapInUse();
    if (model->rowCount() != Size)
        qFatal("model has %d rows", model->rowCount());

    for (const QByteArray &next : std::as_const(refreshes))
        model->apply(RosterParser::parse(next));
    trimHeap();
    const qint64 rssSteady = residentBytes();
    const qint64 heapSteady = heapInUse();

    const double rssPer = double(rssAfter - rssBefore) / Size;
    const double heapPer = double(heapAfter - heapBefore) / Size;
    BenchResults results(outDir + QStringLiteral("/results.json"));
    results.add({QStringLiteral("memory_per_participant"), Size, rssPer / 1024.0, BudgetBytes / 1024.0,
                 rssPer / BudgetBytes, QStringLiteral("KiB/participant"),
                 QStringLiteral("target <= 2 KiB per participant: %1. RSS %2 -> %3 MiB (+%4 MiB) for %5 rows; heap in "
                                "use +%6 bytes per participant (the model's own data); the rest is free heap pinned "
                                "by the freed JSON document. After %7 refreshes: RSS +%8 KiB, heap +%9 bytes per "
                                "participant. median_ms holds the figure in KiB (one reading), floor_ms the budget.")
                     .arg(verdict(rssPer <= BudgetBytes))
                     .arg(double(rssBefore) / 1048576.0, 0, 'f', 1)
                     .arg(double(rssAfter) / 1048576.0, 0, 'f', 1)
                     .arg(double(rssAfter - rssBefore) / 1048576.0, 0, 'f', 1)
                     .arg(Size)
                     .arg(qRound(heapPer))
                     .arg(Refreshes)
                     .arg(double(rssSteady - rssBefore) / Size / 1024.0, 0, 'f', 2)
                     .arg(qRound(double(heapSteady - heapBefore) / Size))});
    return results.save() ? 0 : 1;
}
