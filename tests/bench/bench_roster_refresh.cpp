// Target 1: a roster refresh — parse + diff + apply to ParticipantModel — against the floor of
// QJsonDocument::fromJson on the same bytes, for 100, 1,000, 10,000 and 20,000 participants with
// 1 % of the rows changed and 0.5 % leaving and joining per refresh. Counts the model's signals.
//
// Each refresh is timed three ways on the same body, in one run, so the ratios share the noise:
//   floor   QJsonDocument::fromJson(body)                 (freeing the document not timed)
//   full    RosterParser::parse(body) + model.apply()      bytes → model, the target's row
//   array   RosterParser::parse(QJsonArray) + apply()      what CallSession runs today, after
//                                                           GraphRequest already called fromJson
// The order of floor and full alternates between refreshes so neither always finds the body in
// the cache.
#include "bench/bench_env.h"
#include "bench/bench_results.h"
#include "bench/roster_generator.h"
#include "bench/signal_counter.h"

#include "core/calls/participant_model.h"
#include "core/calls/roster_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

using namespace moderato;
using namespace moderato::bench;

namespace {

constexpr double Target = 1.5;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
    QList<double> floor, full, fullParse, fullApply, array, arrayParse, arrayApply;
    QList<double> signalCounts, changes, changedRows;
    int resets = 0;
    int worstExcess = 0; //!< max over refreshes of signals − changes (≤ 0 when proportional)
    double unchangedMs = 0;
    int unchangedSignals = -1;
    qsizetype bodyBytes = 0;
};

Figures measure(int size, int refreshes)
{
    Figures f;
    RosterGenerator generator(quint32(1000 + size));
    QJsonArray roster = generator.makeRoster(size);
    ParticipantModel full;
    ParticipantModel viaArray;
    full.setHomeTenantId(QLatin1String(RosterGenerator::HomeTenant));
    viaArray.setHomeTenantId(QLatin1String(RosterGenerator::HomeTenant));
    {
        const RosterSnapshot first = RosterParser::parse(RosterGenerator::listBody(roster));
        full.apply(first);
        viaArray.apply(first);
    }
    SignalCounter signalCount(&full);
    QByteArray body;
    // Refresh 0 warms caches and the allocator; it is not counted.
    for (int i = 0; i <= refreshes; ++i) {
        const RosterGenerator::Churn churn = generator.evolve(roster, 0.01, 0.005);
        body = RosterGenerator::listBody(roster);
        f.bodyBytes = body.size();

        double floorMs = 0;
        const auto timeFloor = [&] {
            QElapsedTimer timer;
            timer.start();
            QJsonDocument document = QJsonDocument::fromJson(body);
            floorMs = msSince(timer);
            if (!document.isObject())
                qFatal("generated body is not a JSON object");
        };
        double parseMs = 0, totalMs = 0;
        const auto timeFull = [&] {
            signalCount.reset();
            QElapsedTimer timer;
            timer.start();
            {
                const RosterSnapshot snapshot = RosterParser::parse(body);
                parseMs = msSince(timer);
                full.apply(snapshot);
            }
            totalMs = msSince(timer);
        };
        if (i % 2) {
            timeFloor();
            timeFull();
        } else {
            timeFull();
            timeFloor();
        }
        if (full.rowCount() != roster.size())
            qFatal("model has %d rows, roster %lld", full.rowCount(), qint64(roster.size()));

        const QJsonArray array = QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
        QElapsedTimer timer;
        timer.start();
        double arrayParseMs = 0;
        {
            const RosterSnapshot snapshot = RosterParser::parse(array);
            arrayParseMs = msSince(timer);
            viaArray.apply(snapshot);
        }
        const double arrayMs = msSince(timer);

        if (i == 0)
            continue;
        f.floor << floorMs;
        f.full << totalMs;
        f.fullParse << parseMs;
        f.fullApply << totalMs - parseMs;
        f.array << arrayMs;
        f.arrayParse << arrayParseMs;
        f.arrayApply << arrayMs - arrayParseMs;
        f.signalCounts << signalCount.total();
        f.changes << churn.total();
        f.changedRows << signalCount.changedRows;
        f.resets += signalCount.resets + signalCount.layouts + signalCount.moved;
        f.worstExcess = std::max(f.worstExcess, signalCount.total() - churn.total());
    }

    // The same body again: nothing changed, so nothing may be signalled.
    signalCount.reset();
    QList<double> unchanged;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        full.apply(RosterParser::parse(body));
        unchanged << msSince(timer);
    }
    f.unchangedMs = median(unchanged);
    f.unchangedSignals = signalCount.total();
    return f;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString outDir = argument(app.arguments(), QStringLiteral("--out"), QStringLiteral("bench"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    BenchResults results(outDir + QStringLiteral("/results.json"));

    struct Size { int participants; int refreshes; };
    const QList<Size> sizes = quick ? QList<Size>{{100, 21}, {1000, 11}, {10000, 5}, {20000, 3}}
                                    : QList<Size>{{100, 301}, {1000, 101}, {10000, 21}, {20000, 15}};
    QTextStream(stdout) << "Roster refresh (1 % changed, 0.5 % leave and join per refresh)" << Qt::endl;
    for (const Size &size : sizes) {
        const Figures f = measure(size.participants, size.refreshes);
        const double floor = median(f.floor);
        const double full = median(f.full);
        const double array = median(f.array);
        const double ratio = full / floor;
        const double maxChanges = *std::max_element(f.changes.cbegin(), f.changes.cend());
        const bool proportional = f.resets == 0 && f.worstExcess <= 0 && f.unchangedSignals == 0;

        QString notes = QStringLiteral("target <= %1x: %2").arg(Target).arg(verdict(ratio <= Target));
        if (ratio > Target)
            notes += QStringLiteral(" by %1% (%2 ms over %3 ms)")
                         .arg(qRound((ratio / Target - 1) * 100))
                         .arg(ms(full - Target * floor), ms(Target * floor));
        notes += QStringLiteral(". parse(bytes) %1 ms (fromJson inside) + diff/apply %2 ms; body %3 KiB; %4 refreshes. "
                                "Signals per refresh: median %5 for median %6 changes (max %7), dataChanged covers "
                                "median %8 rows, resets/layout/moves %9; unchanged roster: %10 signals, %11 ms. "
                                "Signals proportional: %12.")
                     .arg(ms(median(f.fullParse)), ms(median(f.fullApply)))
                     .arg(f.bodyBytes / 1024)
                     .arg(f.floor.size())
                     .arg(median(f.signalCounts))
                     .arg(median(f.changes))
                     .arg(maxChanges)
                     .arg(median(f.changedRows))
                     .arg(f.resets)
                     .arg(f.unchangedSignals)
                     .arg(ms(f.unchangedMs))
                     .arg(proportional ? QStringLiteral("yes") : QStringLiteral("NO"));
        results.add({QStringLiteral("roster_refresh"), size.participants, full, floor, ratio, QStringLiteral("ms"), notes});

        results.add({QStringLiteral("roster_refresh_from_array"), size.participants, array, floor, array / floor,
                     QStringLiteral("ms"),
                     QStringLiteral("parse(QJsonArray) %1 ms + diff/apply %2 ms, after a fromJson that is not counted "
                                    "(CallSession's path: GraphRequest decodes the body). Same floor as roster_refresh.")
                         .arg(ms(median(f.arrayParse)), ms(median(f.arrayApply)))});
    }
    return results.save() ? 0 : 1;
}
