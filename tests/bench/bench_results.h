#pragma once
// The benchmarks' shared report: rows of build-release/bench/results.json and the printed table.
//   {"benchmarks":[{"name","n","median_ms","floor_ms","ratio","unit","notes"}]}
// Each benchmark executable merges its rows into the file (a row with the same name and n is
// replaced), so they can run one after another and in any order.

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace moderato::bench {

struct BenchRow
{
    QString name;
    qint64 n = 0;                //!< participants, requests or runs the figure is about
    double median = 0;           //!< in \c unit; "median_ms" in the file
    std::optional<double> floor; //!< the reference the target compares against, same unit
    std::optional<double> ratio; //!< median / floor, both from the same run
    QString unit = QStringLiteral("ms");
    QString notes;
};

class BenchResults
{
public:
    //! \a path: the results.json to merge into (created with its directory when missing).
    explicit BenchResults(QString path);

    void add(const BenchRow &row);
    //! Merges the rows added so far into the file; false and a message on stderr on failure.
    bool save() const;

    //! The rows of \a path as a fixed-width table (the notes on a line of their own).
    static QString table(const QJsonArray &rows);
    //! The same as a Markdown table (for the README), the notes in the last column.
    static QString markdown(const QJsonArray &rows);
    static QJsonArray load(const QString &path, QString *error);

private:
    QString m_path;
    QList<BenchRow> m_rows;
};

//! The median of \a values (the mean of the middle two for an even count); 0 when empty.
double median(QList<double> values);
//! "met" or "MISSED", for notes.
QString verdict(bool met);

} // namespace moderato::bench
