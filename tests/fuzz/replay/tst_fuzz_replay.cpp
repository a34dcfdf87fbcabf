// Replays tests/fuzz/seeds/<harness>/, tests/fuzz/regressions/<harness>/ and (for the JSON
// harnesses) tests/data/graph/*.json through the fuzz entry points. An input that crashes, trips
// a sanitizer or violates a checked property aborts this test.
#include "fuzz/targets/fuzz_targets.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>
#include "support/test_columns.h"

namespace {

const QString kFuzzDir = QStringLiteral(MODERATO_SOURCE_DIR "/tests/fuzz");

QStringList filesIn(const QString &directory, const QStringList &patterns = {})
{
    QStringList paths;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name)) {
        if (name != QLatin1String("README.md"))
            paths.append(dir.filePath(name));
    }
    return paths;
}

QStringList inputsOf(const moderato_fuzz::Harness &harness, const QString &kind)
{
    const QString name = QString::fromLatin1(harness.name);
    if (kind == QLatin1String("data"))
        return harness.graphDataSeeds ? filesIn(QStringLiteral(MODERATO_TEST_DATA "/graph"), {QStringLiteral("*.json")})
                                      : QStringList();
    return filesIn(kFuzzDir + QLatin1Char('/') + kind + QLatin1Char('/') + name);
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { moderato_fuzz::quietQtMessages(); }

    void everyHarnessHasSeeds_data()
    {
        QTest::addColumn<int>("harness");
        for (int i = 0; i < moderato_fuzz::harnesses().size(); ++i)
            QTest::newRow(moderato_fuzz::harnesses().at(i).name) << i;
    }
    void everyHarnessHasSeeds()
    {
        QFETCH(int, harness);
        QVERIFY2(!inputsOf(moderato_fuzz::harnesses().at(harness), QStringLiteral("seeds")).isEmpty(),
                 "tests/fuzz/seeds/<harness>/ is empty");
    }

    void regressionDirectoriesNameHarnesses()
    {
        QSet<QString> names;
        for (const auto &harness : moderato_fuzz::harnesses())
            names.insert(QString::fromLatin1(harness.name));
        for (const QString &kind : {QStringLiteral("seeds"), QStringLiteral("regressions")}) {
            const QDir dir(kFuzzDir + QLatin1Char('/') + kind);
            for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(names.contains(entry),
                         qPrintable(kind + QLatin1Char('/') + entry + QStringLiteral(" names no harness")));
        }
    }

    void replay_data()
    {
        testing::addColumns<int, QString>({"harness", "path"});
        for (int i = 0; i < moderato_fuzz::harnesses().size(); ++i) {
            const auto &harness = moderato_fuzz::harnesses().at(i);
            for (const QString &kind :
                 {QStringLiteral("seeds"), QStringLiteral("regressions"), QStringLiteral("data")}) {
                for (const QString &path : inputsOf(harness, kind)) {
                    const QString row = QString::fromLatin1(harness.name) + QLatin1Char('/') + kind + QLatin1Char('/')
                                        + QFileInfo(path).fileName();
                    QTest::newRow(qPrintable(row)) << i << path;
                }
            }
        }
    }
    void replay()
    {
        QFETCH(int, harness);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        moderato_fuzz::harnesses().at(harness).entry(file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
