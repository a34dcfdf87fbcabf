// Target 1: a roster refresh — parse + diff + apply to ParticipantModel — against the floor of
// QJsonDocument::fromJson on the same bytes, for 100, 1,000, 10,000 and 20,000 participants with
// 1 % of the rows changed and 0.5 % leaving and joining per refresh. Counts the model's signals.
//
// Each refresh body is timed every way below, in one run, so the ratios share the noise; each
// way feeds a model of its own through the same sequence of refreshes:
//   floor       QJsonDocument::fromJson(body)                    (freeing the document not timed)
//   roster_refresh            bytes → model exactly as CallSession does it, the target's row:
//                             a body of RosterPageRequest::UndecodedFrom (32 KiB) or more goes
//                             undecoded to IncrementalRosterParser::parse(body); a smaller one is
//                             decoded first (by GraphRequest, on the GUI thread) and its entries
//                             given to the parser; then ParticipantModel::apply()
//   roster_refresh_stateless  RosterParser::parse(body) + apply()          every entry parsed
//   roster_refresh_from_array RosterParser::parse(QJsonArray) + apply()   after an untimed fromJson
// The order of floor and target alternates between refreshes so neither always finds the body in
// the cache.
#include "bench/bench_env.h"
#include "bench/bench_results.h"
#include "bench/signal_counter.h"
#include "support/roster_generator.h"

#include "core/calls/incremental_roster_parser.h"
#include "core/calls/participant_model.h"
#include "core/calls/roster_page_request.h"
#include "core/calls/roster_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

using namespace moderato;
using namespace moderato::bench;
using testsupport::RosterGenerator;

namespace {

constexpr double Target = 1.5;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Path
{
    QList<double> total, parse, apply;
    ParticipantModel model;
    Path() { model.setHomeTenantId(QLatin1String(RosterGenerator::HomeTenant)); }
    //! Times \a parse() and the apply of its snapshot.
    template <typename Parse> void run(Parse &&parseFn, bool keep)
    {
        QElapsedTimer timer;
        timer.start();
        double parseMs = 0;
        {
            const RosterSnapshot snapshot = parseFn();
            parseMs = msSince(timer);
            model.apply(snapshot);
        }
        const double totalMs = msSince(timer);
        if (keep) {
            total << totalMs;
            parse << parseMs;
            apply << totalMs - parseMs;
        }
    }
};

struct Figures
{
    QList<double> floor;
    Path incremental, stateless, array;
    bool decodedFirst = false; //!< the body was small enough for the app to decode it first
    QList<double> signalCounts, changes, changedRows, reused;
    int resets = 0;
    int worstExcess = 0; //!< max over refreshes of signals − changes (≤ 0 when proportional)
    double unchangedMs = 0;
    int unchangedSignals = -1;
    qsizetype bodyBytes = 0;
};

void measure(Figures &f, int size, int refreshes)
{
    RosterGenerator generator(quint32(1000 + size));
    QJsonArray roster = generator.makeRoster(size);
    IncrementalRosterParser incremental;
    // CallSession's path (see the top of the file).
    const auto appParse = [&](const QByteArray &body) {
        if (body.size() >= RosterPageRequest::UndecodedFrom)
            return incremental.parse(body);
        const QJsonDocument decoded = QJsonDocument::fromJson(body);
        if (!decoded.isObject())
            qFatal("generated body is not a JSON object");
        return incremental.parse(body, decoded.object().value(QLatin1String("value")).toArray());
    };
    {
        const QByteArray first = RosterGenerator::listBody(roster);
        f.incremental.model.apply(appParse(first));
        f.stateless.model.apply(RosterParser::parse(first));
        f.array.model.apply(RosterParser::parse(first));
    }
    SignalCounter signalCount(&f.incremental.model);
    QByteArray body;
    // Refresh 0 warms caches and the allocator; it is not counted.
    for (int i = 0; i <= refreshes; ++i) {
        const bool keep = i > 0;
        const RosterGenerator::Churn churn = generator.evolve(roster, 0.01, 0.005);
        body = RosterGenerator::listBody(roster);
        f.bodyBytes = body.size();
        f.decodedFirst = body.size() < RosterPageRequest::UndecodedFrom;

        const auto timeFloor = [&] {
            QElapsedTimer timer;
            timer.start();
            QJsonDocument document = QJsonDocument::fromJson(body);
            const double ms = msSince(timer);
            if (!document.isObject())
                qFatal("generated body is not a JSON object");
            if (keep)
                f.floor << ms;
        };
        const auto timeTarget = [&] {
            signalCount.reset();
            f.incremental.run([&] { return appParse(body); }, keep);
        };
        if (i % 2) {
            timeFloor();
            timeTarget();
        } else {
            timeTarget();
            timeFloor();
        }
        const int reused = incremental.reusedCount();
        f.stateless.run([&] { return RosterParser::parse(body); }, keep);
        const QJsonArray array = QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
        f.array.run([&] { return RosterParser::parse(array); }, keep);

        for (const ParticipantModel *model : {&f.incremental.model, &f.stateless.model, &f.array.model}) {
            if (model->rowCount() != roster.size())
                qFatal("a model has %d rows, the roster %lld", model->rowCount(), qint64(roster.size()));
        }
        if (!keep)
            continue;
        f.signalCounts << signalCount.total();
        f.changes << churn.total();
        f.changedRows << signalCount.changedRows;
        f.reused << reused;
        f.resets += signalCount.resets + signalCount.layouts + signalCount.moved;
        f.worstExcess = std::max(f.worstExcess, signalCount.total() - churn.total());
    }

    // The same body again: nothing changed, so nothing may be signalled.
    signalCount.reset();
    QList<double> unchanged;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        f.incremental.model.apply(appParse(body));
        unchanged << msSince(timer);
    }
    f.unchangedMs = median(unchanged);
    f.unchangedSignals = signalCount.total();
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString missedBy(double ratio, double value, double floor)
{
    if (ratio <= Target)
        return {};
    return QStringLiteral(" by %1% (%2 ms over %3 ms)")
        .arg(qRound((ratio / Target - 1) * 100))
        .arg(ms(value - Target * floor), ms(Target * floor));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString outDir = argument(app.arguments(), QStringLiteral("--out"), QStringLiteral("bench"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    BenchResults results(outDir + QStringLiteral("/results.json"));

    struct Size
    {
        int participants;
        int refreshes;
    };
    const QList<Size> sizes = quick ? QList<Size>{{100, 21}, {1000, 11}, {10000, 5}, {20000, 3}}
                                    : QList<Size>{{100, 301}, {1000, 101}, {10000, 21}, {20000, 15}};
    QTextStream(stdout) << "Roster refresh (1 % changed, 0.5 % leave and join per refresh)" << Qt::endl;
    for (const Size &size : sizes) {
        auto f = std::make_unique<Figures>();
        measure(*f, size.participants, size.refreshes);
        const double floor = median(f->floor);
        const double target = median(f->incremental.total);
        const double ratio = target / floor;
        const double maxChanges = *std::max_element(f->changes.cbegin(), f->changes.cend());
        const bool proportional = f->resets == 0 && f->worstExcess <= 0 && f->unchangedSignals == 0;

        results.add(
            {QStringLiteral("roster_refresh"), size.participants, target, floor, ratio, QStringLiteral("ms"),
             QStringLiteral("target <= %1x: %2%3. CallSession's path: %18IncrementalRosterParser::parse(bytes) "
                            "%4 ms (median %5 of %6 entries re-used) + diff/apply %7 ms; body %8 KiB; %9 refreshes. "
                            "Signals per refresh: "
                            "median %10 for median %11 changes (max %12), dataChanged covers median %13 rows, "
                            "resets/layout/moves %14; unchanged roster: %15 signals, %16 ms. Signals "
                            "proportional: %17.")
                 .arg(Target)
                 .arg(verdict(ratio <= Target), missedBy(ratio, target, floor))
                 .arg(ms(median(f->incremental.parse)))
                 .arg(median(f->reused))
                 .arg(size.participants)
                 .arg(ms(median(f->incremental.apply)))
                 .arg(f->bodyBytes / 1024)
                 .arg(f->floor.size())
                 .arg(median(f->signalCounts))
                 .arg(median(f->changes))
                 .arg(maxChanges)
                 .arg(median(f->changedRows))
                 .arg(f->resets)
                 .arg(f->unchangedSignals)
                 .arg(ms(f->unchangedMs))
                 .arg(proportional ? QStringLiteral("yes") : QStringLiteral("NO"))
                 .arg(f->decodedFirst ? QStringLiteral("fromJson (the body is under 32 KiB: decoded on the GUI "
                                                       "thread, its entries handed to the parser) + ")
                                      : QStringLiteral("undecoded body (32 KiB or more) to "))});

        const double stateless = median(f->stateless.total);
        results.add({QStringLiteral("roster_refresh_stateless"), size.participants, stateless, floor, stateless / floor,
                     QStringLiteral("ms"),
                     QStringLiteral("against 1.5x: %1%2. RosterParser::parse(bytes) (fromJson inside, every entry "
                                    "parsed: a first load's work) %3 ms + diff/apply %4 ms.")
                         .arg(verdict(stateless / floor <= Target), missedBy(stateless / floor, stateless, floor))
                         .arg(ms(median(f->stateless.parse)), ms(median(f->stateless.apply)))});

        const double array = median(f->array.total);
        results.add({QStringLiteral("roster_refresh_from_array"), size.participants, array, floor, array / floor,
                     QStringLiteral("ms"),
                     QStringLiteral("parse(QJsonArray) %1 ms + diff/apply %2 ms, after a fromJson that is not counted "
                                    "(moderato-cli's path; CallSession's before the incremental parser).")
                         .arg(ms(median(f->array.parse)), ms(median(f->array.apply)))});
    }
    return results.save() ? 0 : 1;
}
