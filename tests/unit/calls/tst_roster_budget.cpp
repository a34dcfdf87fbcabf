// A 10,000-participant roster: memory per participant in the model (heap bytes, not time), and
// the model after a first load, a refresh and the removal of many scattered rows. Their times
// against QJsonDocument::fromJson are printed for a look; the time targets are measured by
// bench_roster_refresh, outside ctest, where a shared machine's noise cannot fail the suite.
//
// A QAbstractItemModelTester walks the whole model on every structural signal, so it would be
// what these timings measure; here it is attached after the timed work and checks the result.
// tst_roster_churn runs the same operations with a tester watching every signal.
#include "core/calls/participant_model.h"

#include "roster_builders.h"
#include "support/process_stats.h"
#include "support/roster_generator.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QtTest>

using namespace moderato;
using namespace moderato::test;

namespace {

constexpr int rosterSize = 10000;

template <typename F> qint64 fastestOf(int runs, F &&work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

void checkModel(ParticipantModel *model)
{
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace

class TestRosterBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void memoryPerParticipantInTheModel();
    void firstLoadFillsTheModel();
    void refreshLeavesTheModelEqualToTheRoster();
    void scatteredRemovalKeepsTheOrder();

private:
    QJsonArray m_first;
    QJsonArray m_second;
    QByteArray m_firstBody;
    QByteArray m_secondBody;
};

void TestRosterBudget::initTestCase()
{
    testsupport::RosterGenerator generator(7);
    m_first = generator.makeRoster(rosterSize);
    m_second = m_first;
    generator.evolve(m_second, 0.05, 0.01); // 5 % changed, 1 % left, 1 % joined
    m_firstBody = testsupport::RosterGenerator::listBody(m_first);
    m_secondBody = testsupport::RosterGenerator::listBody(m_second);
    qInfo("roster body: %lld bytes for %d participants", qint64(m_firstBody.size()), rosterSize);
}

void TestRosterBudget::memoryPerParticipantInTheModel()
{
    auto model = std::make_unique<ParticipantModel>();
    const qint64 before = testsupport::heapInUse();
    {
        const RosterSnapshot snapshot = RosterParser::parse(m_firstBody);
        QCOMPARE(snapshot.participants.size(), rosterSize);
        model->apply(snapshot);
    } // the snapshot and the JSON are gone; what remains is the model's
    const qint64 after = testsupport::heapInUse();
    QVERIFY(after > before); // the counter works: 10,000 participants cost something
    const double perParticipant = double(after - before) / rosterSize;
    qInfo("model heap: %.0f bytes per participant", perParticipant);
    QVERIFY2(perParticipant < 2048, qPrintable(QString::number(perParticipant)));
    QCOMPARE(model->rowCount(), rosterSize);
    checkModel(model.get());
}

void TestRosterBudget::firstLoadFillsTheModel()
{
    const qint64 fromJson = fastestOf(5, [&] { QJsonDocument::fromJson(m_firstBody); });
    const QJsonArray array = QJsonDocument::fromJson(m_firstBody).object().value(QLatin1String("value")).toArray();
    std::unique_ptr<ParticipantModel> model;
    const qint64 ours = fastestOf(5, [&] {
        model = std::make_unique<ParticipantModel>();
        model->apply(RosterParser::parse(array));
    });
    const double ratio = double(ours) / double(fromJson);
    qInfo("first load: fromJson %.1f ms, parse + apply %.1f ms, ratio %.2f", fromJson / 1e6, ours / 1e6, ratio);
    QCOMPARE(model->rowCount(), rosterSize);
    checkModel(model.get());
}

void TestRosterBudget::refreshLeavesTheModelEqualToTheRoster()
{
    const qint64 fromJson = fastestOf(5, [&] { QJsonDocument::fromJson(m_secondBody); });
    const QJsonArray second = QJsonDocument::fromJson(m_secondBody).object().value(QLatin1String("value")).toArray();
    const RosterSnapshot firstSnapshot = RosterParser::parse(m_first);
    std::unique_ptr<ParticipantModel> model;
    qint64 ours = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        model = std::make_unique<ParticipantModel>();
        model->apply(firstSnapshot);
        QElapsedTimer timer;
        timer.start();
        model->apply(RosterParser::parse(second));
        ours = std::min(ours, timer.nsecsElapsed());
    }
    const double ratio = double(ours) / double(fromJson);
    qInfo("refresh: fromJson %.1f ms, parse + diff + apply %.1f ms, ratio %.2f", fromJson / 1e6, ours / 1e6, ratio);
    QCOMPARE(model->rowCount(), int(second.size()));
    checkModel(model.get());
}

void TestRosterBudget::scatteredRemovalKeepsTheOrder()
{
    // Every other participant leaves: 20,000 separate rowsRemoved. Linear work is comparable to
    // loading the same roster; removing each range by shifting the rows behind it would move
    // 20,000 × 20,000 rows and take many times longer.
    constexpr int n = 40000;
    const QList<Participant> everyone = people(n);
    QList<Participant> stay;
    for (int i = 1; i < n; i += 2)
        stay.append(everyone[i]);
    const RosterSnapshot full = snapshotOf(everyone);
    const RosterSnapshot half = snapshotOf(stay);

    qint64 load = std::numeric_limits<qint64>::max();
    qint64 removal = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        ParticipantModel model;
        QElapsedTimer timer;
        timer.start();
        model.apply(full);
        load = std::min(load, timer.nsecsElapsed());
        timer.restart();
        model.apply(half);
        removal = std::min(removal, timer.nsecsElapsed());
        if (run == 0) {
            QCOMPARE(model.rowCount(), n / 2);
            QCOMPARE(model.idAt(0), QStringLiteral("p1"));
            QCOMPARE(model.rowOf(QStringLiteral("p39999")), n / 2 - 1);
            checkModel(&model);
        }
    }
    const double ratio = double(removal) / double(load);
    qInfo("%d rows: loading %.1f ms, removing every other row %.1f ms, ratio %.2f", n, load / 1e6, removal / 1e6,
          ratio);
}

QTEST_GUILESS_MAIN(TestRosterBudget)
#include "tst_roster_budget.moc"
