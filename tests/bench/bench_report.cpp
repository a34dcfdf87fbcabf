// Prints results.json as a table: bench_report [--markdown] <build>/bench/results.json
#include "bench/bench_results.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace moderato::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool markdown = args.removeAll(QStringLiteral("--markdown")) > 0;
    if (args.size() != 1) {
        QTextStream(stderr) << "usage: bench_report [--markdown] RESULTS_JSON" << Qt::endl;
        return 2;
    }
    QString error;
    const QJsonArray rows = BenchResults::load(args.at(0), &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    if (rows.isEmpty()) {
        QTextStream(stderr) << "no results in " << args.at(0) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << (markdown ? BenchResults::markdown(rows) : BenchResults::table(rows));
    return 0;
}
