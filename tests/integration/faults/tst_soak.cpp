// Soak: hundreds of roster refreshes against a call with constant churn and random faults on every
// Graph request, with a QAbstractItemModelTester (Fatal) on the roster model the whole time.
// Whenever a refresh succeeds the model must equal the simulator's roster; whenever one fails it
// must still show the last good roster. Time and memory (RSS) stay bounded. The figures are
// printed with qInfo for the README's Reliability section.
#include "core/graph/participant_requests.h"
#include "integration/session/session_fixture.h"
#include "support/process_stats.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace moderato;
using namespace itest;
using namespace stest;

namespace {

constexpr int Cycles = 300;
constexpr int MemoryBaselineCycle = 50;

//! Resident memory; under ASan the live heap instead, since its quarantine keeps freed memory
//! resident on purpose and RSS would grow for that reason alone.
qint64 memoryBytes()
{
    return testsupport::underAddressSanitizer() ? testsupport::heapInUse() : testsupport::residentBytes();
}

const char *memoryName()
{
    return testsupport::underAddressSanitizer() ? "live heap" : "RSS";
}

//! Random faults on every Graph request; small delays so that hundreds of cycles stay quick.
QJsonArray randomFaults()
{
    const auto rule = [](double fraction, const QJsonObject &effect) {
        QJsonObject r = effect;
        r.insert(QStringLiteral("path"), QStringLiteral("/v1.0/**"));
        r.insert(QStringLiteral("fraction"), fraction);
        return r;
    };
    return QJsonArray{
        rule(0.04, {{QStringLiteral("status"), 503}}),
        rule(0.03, {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), QStringLiteral("0.05")}}),
        rule(0.03, {{QStringLiteral("status"), 500}}),
        rule(0.02, {{QStringLiteral("status"), 504}}),
        rule(0.03, {{QStringLiteral("reset"), QStringLiteral("beforeAction")}}),
        rule(0.02, {{QStringLiteral("reset"), QStringLiteral("afterAction")}}),
        rule(0.02, {{QStringLiteral("body"), QStringLiteral("truncated")}}),
        rule(0.02, {{QStringLiteral("body"), QStringLiteral("malformed")}}),
        rule(0.02, {{QStringLiteral("body"), QStringLiteral("wrongShape")}}),
        rule(0.01, {{QStringLiteral("body"), QStringLiteral("html")}}),
        rule(0.05, {{QStringLiteral("latencyMs"), 30}}),
    };
}

//! id → (display name, muted) of the roster rows, for comparing with the simulator. The name is
//! compared only where the service gives one (phone participants get a fallback in the model).
QHash<QString, QPair<QString, bool>> modelRoster(const ParticipantModel *model)
{
    QHash<QString, QPair<QString, bool>> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        rows.insert(index.data(ParticipantModel::IdRole).toString(),
                    {index.data(ParticipantModel::DisplayNameRole).toString(),
                     index.data(ParticipantModel::IsMutedRole).toBool()});
    }
    return rows;
}

QHash<QString, QPair<QString, bool>> simRoster(SessionFixture &sim, const QHash<QString, QPair<QString, bool>> &model)
{
    QHash<QString, QString> modelNames;
    for (auto it = model.cbegin(); it != model.cend(); ++it)
        modelNames.insert(it.key(), it->first);
    QHash<QString, QPair<QString, bool>> rows;
    for (const QJsonValue &p : sim.simCall().value(QLatin1String("participants")).toArray()) {
        const QJsonObject identity = p[QLatin1String("info")][QLatin1String("identity")].toObject();
        QString name = modelNames.value(p[QLatin1String("id")].toString());
        for (const QJsonValue &entry : identity) {
            if (entry.isObject() && !entry[QLatin1String("displayName")].toString().isEmpty()) {
                name = entry[QLatin1String("displayName")].toString();
                break;
            }
        }
        rows.insert(p[QLatin1String("id")].toString(), {name, p[QLatin1String("isMuted")].toBool()});
    }
    return rows;
}

QString differences(const QHash<QString, QPair<QString, bool>> &model,
                    const QHash<QString, QPair<QString, bool>> &service)
{
    QStringList lines;
    for (auto it = model.cbegin(); it != model.cend(); ++it) {
        if (!service.contains(it.key()))
            lines << QStringLiteral("  only in the model: %1 %2").arg(it.key(), it->first);
        else if (service.value(it.key()) != *it)
            lines << QStringLiteral("  differs: %1 model (%2, muted %3) service (%4, muted %5)")
                         .arg(it.key(), it->first)
                         .arg(it->second)
                         .arg(service.value(it.key()).first)
                         .arg(service.value(it.key()).second);
    }
    for (auto it = service.cbegin(); it != service.cend(); ++it)
        if (!model.contains(it.key()))
            lines << QStringLiteral("  only at the service: %1 %2").arg(it.key(), it->first);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshesThroughChurnAndRandomFaults();
};

void TestSoak::refreshesThroughChurnAndRandomFaults()
{
    QJsonObject world = scenario(40, QJsonObject{{QStringLiteral("pageSize"), 8}, {QStringLiteral("seed"), 7}});
    setCallField(world, QStringLiteral("churn"),
                 QJsonObject{{QStringLiteral("joinEvery"), 1}, {QStringLiteral("leaveEvery"), 1}});
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    RetryPolicy policy;
    policy.maxRetries = 2;
    policy.backoffBase = std::chrono::milliseconds(10);
    policy.backoffCap = std::chrono::milliseconds(50);
    sim.client->setRetryPolicy(policy);
    sim.client->setTransferTimeout(std::chrono::milliseconds(5000));
    QVERIFY(sim.openCall());
    QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    const QJsonObject added =
        sim.hook("POST", QStringLiteral("/_sim/faults"), QJsonObject{{QStringLiteral("faults"), randomFaults()}});
    QVERIFY2(!added.contains(QLatin1String("error")), QJsonDocument(added).toJson().constData());

    QRandomGenerator random(20250301);
    QHash<QString, QPair<QString, bool>> lastGood = modelRoster(sim.roster());
    int good = 0;
    int stale = 0;
    int rateLimited = 0;
    int mutes = 0;
    qint64 rssBaseline = 0;
    qint64 peakRows = 0;
    QElapsedTimer timer;
    timer.start();
    QSignalSpy refreshed(sim.session.get(), &CallSession::refreshed);

    for (int cycle = 1; cycle <= Cycles; ++cycle) {
        sim.simulator.advanceClock(0.25 + random.bounded(1.0)); // people come and go
        if (cycle % 10 == 0 && sim.roster()->rowCount() > 0) {
            // Someone gets muted now and then, so refreshes change rows in place too.
            const QString id = sim.roster()->idAt(int(random.bounded(sim.roster()->rowCount())));
            MuteParticipantRequest mute(Call, id);
            sim.run(&mute);
            ++mutes;
        }
        refreshed.clear();
        sim.session->refresh();
        QVERIFY2(refreshed.wait(10000), qPrintable(QStringLiteral("cycle %1: no refresh outcome").arg(cycle)));
        QVERIFY2(sim.sessionErrors.isEmpty(), qPrintable(sim.sessionErrors.join(QLatin1Char('\n'))));

        const auto state = sim.session->connectionState();
        const bool succeeded = sim.session->lastRefreshError().isEmpty();
        if (succeeded) {
            ++good;
            rateLimited += state == CallSession::ConnectionState::RateLimited ? 1 : 0;
            const auto rows = modelRoster(sim.roster());
            const auto service = simRoster(sim, rows);
            QVERIFY2(rows == service, qPrintable(QStringLiteral("cycle %1: the roster differs from the service's:\n%2")
                                                     .arg(cycle)
                                                     .arg(differences(rows, service))));
            lastGood = rows;
            peakRows = qMax<qint64>(peakRows, rows.size());
        } else {
            ++stale;
            QVERIFY(state == CallSession::ConnectionState::Stale || state == CallSession::ConnectionState::RateLimited);
            QVERIFY2(modelRoster(sim.roster()) == lastGood,
                     qPrintable(QStringLiteral("cycle %1: a failed refresh changed the roster").arg(cycle)));
        }
        if (cycle % 50 == 0)
            sim.clearLog(); // the simulator's own request log is not Moderato's memory
        if (cycle == MemoryBaselineCycle)
            rssBaseline = memoryBytes();
    }
    const qint64 elapsed = timer.elapsed();
    const qint64 rssEnd = memoryBytes();

    int injected = 0;
    QStringList byKind;
    for (const QJsonValue &rule :
         sim.hook("GET", QStringLiteral("/_sim/faults")).value(QLatin1String("faults")).toArray()) {
        const int applied = rule[QLatin1String("applied")].toInt();
        injected += applied;
        const QString what = rule[QLatin1String("status")].isDouble()
                                 ? QString::number(rule[QLatin1String("status")].toInt())
                             : rule[QLatin1String("reset")].isString()
                                 ? QString(QLatin1String("reset ") + rule[QLatin1String("reset")].toString())
                             : rule[QLatin1String("body")].isString()
                                 ? QString(QLatin1String("body ") + rule[QLatin1String("body")].toString())
                                 : QStringLiteral("latency");
        byKind << QStringLiteral("%1 %2").arg(what).arg(applied);
    }

    qInfo("soak: %d refresh cycles in %lld ms: %d good (%d while rate limited), %d stale; %d "
          "faults injected; "
          "%d mutes; up to %lld participants",
          Cycles, elapsed, good, rateLimited, stale, injected, mutes, peakRows);
    qInfo("soak: faults by kind: %s", qPrintable(byKind.join(QLatin1String(", "))));
    qInfo("soak: %s %.1f MiB after cycle %d, %.1f MiB after cycle %d (%+.1f MiB)", memoryName(),
          rssBaseline / 1048576.0, MemoryBaselineCycle, rssEnd / 1048576.0, Cycles, (rssEnd - rssBaseline) / 1048576.0);

    QCOMPARE(good + stale, Cycles);
    QVERIFY2(injected >= 20, "the soak injected too few faults to mean anything");
    QVERIFY2(stale > 0 && good > Cycles / 2, "expected mostly good refreshes and some stale ones");
    QVERIFY(rssBaseline > 0 && rssEnd > 0);
    // Generous: allocator noise and caches, but not a leak per cycle.
    QVERIFY2(rssEnd <= rssBaseline + qMax<qint64>(rssBaseline / 2, 16 * 1024 * 1024), "memory kept growing");
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
