// Prints <dir>/results.json as a table: bench_report <build>/bench/results.json
#include "bench/bench_results.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace moderato::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: bench_report RESULTS_JSON" << Qt::endl;
        return 2;
    }
    QString error;
    const QJsonArray rows = BenchResults::load(app.arguments().at(1), &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    if (rows.isEmpty()) {
        QTextStream(stderr) << "no results in " << app.arguments().at(1) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << BenchResults::table(rows);
    return 0;
}
