#include "bench/bench_results.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace moderato::bench {

namespace {

QJsonValue number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    // Three significant decimals are plenty for noisy timings and keep the file readable.
    return std::round(*value * 1000.0) / 1000.0;
}

QJsonObject toJson(const BenchRow &row)
{
    return QJsonObject{{QStringLiteral("name"), row.name},
                       {QStringLiteral("n"), row.n},
                       {QStringLiteral("median_ms"), number(row.median)},
                       {QStringLiteral("floor_ms"), number(row.floor)},
                       {QStringLiteral("ratio"), number(row.ratio)},
                       {QStringLiteral("unit"), row.unit},
                       {QStringLiteral("notes"), row.notes}};
}

QString cell(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::fabs(d) >= 100  ? QString::number(d, 'f', 0)
               : std::fabs(d) >= 10 ? QString::number(d, 'f', 1)
                                    : QString::number(d, 'f', 2);
    }
    if (value.isString())
        return value.toString();
    return QStringLiteral("–");
}

} // namespace

BenchResults::BenchResults(QString path)
    : m_path(std::move(path))
{}

void BenchResults::add(const BenchRow &row)
{
    m_rows.append(row);
    QTextStream(stdout) << "  " << row.name << " n=" << row.n << ": " << cell(number(row.median)) << ' ' << row.unit
                        << " (floor " << cell(number(row.floor)) << ", ratio " << cell(number(row.ratio)) << ") "
                        << row.notes << Qt::endl;
}

QJsonArray BenchResults::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return {};
    }
    return document.object().value(QLatin1String("benchmarks")).toArray();
}

bool BenchResults::save() const
{
    QString error;
    QJsonArray rows = load(m_path, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    for (const BenchRow &row : m_rows) {
        const QJsonObject object = toJson(row);
        const auto same = std::find_if(rows.begin(), rows.end(), [&](const QJsonValue &v) {
            return v[QLatin1String("name")] == object[QLatin1String("name")]
                   && v[QLatin1String("n")] == object[QLatin1String("n")];
        });
        if (same != rows.end())
            *same = object;
        else
            rows.append(object);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "cannot write " << m_path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), rows}}).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        QTextStream(stderr) << "cannot write " << m_path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

QString BenchResults::table(const QJsonArray &rows)
{
    const QStringList headers{QStringLiteral("benchmark"), QStringLiteral("n"),     QStringLiteral("median"),
                              QStringLiteral("floor"),     QStringLiteral("ratio"), QStringLiteral("unit")};
    QList<QStringList> lines;
    for (const QJsonValue &row : rows) {
        lines.append({row[QLatin1String("name")].toString(), QString::number(row[QLatin1String("n")].toInteger()),
                      cell(row[QLatin1String("median_ms")]), cell(row[QLatin1String("floor_ms")]),
                      cell(row[QLatin1String("ratio")]), row[QLatin1String("unit")].toString()});
    }
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype w = headers[c].size();
        for (const QStringList &line : lines)
            w = std::max(w, line[c].size());
        widths.append(w);
    }
    const auto format = [&](const QStringList &line) -> QString {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            // Names and units left, figures right.
            const bool left = c == 0 || c == line.size() - 1;
            text += (left ? line[c].leftJustified(widths[c]) : line[c].rightJustified(widths[c]));
            text += QStringLiteral("  ");
        }
        return text.trimmed() + QLatin1Char('\n');
    };
    QString out = format(headers);
    QStringList rule;
    for (const qsizetype w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    out += format(rule);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += format(lines[i]);
        const QString notes = rows[i][QLatin1String("notes")].toString();
        if (!notes.isEmpty())
            out += QStringLiteral("    ") + notes + QLatin1Char('\n');
    }
    return out;
}

QString BenchResults::markdown(const QJsonArray &rows)
{
    QString out = QStringLiteral("| benchmark | n | median | floor | ratio | unit | notes |\n"
                                 "|---|--:|--:|--:|--:|---|---|\n");
    for (const QJsonValue &row : rows) {
        QString notes = row[QLatin1String("notes")].toString();
        notes.replace(QLatin1Char('|'), QLatin1String("\\|"));
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(row[QLatin1String("name")].toString())
                   .arg(row[QLatin1String("n")].toInteger())
                   .arg(cell(row[QLatin1String("median_ms")]), cell(row[QLatin1String("floor_ms")]),
                        cell(row[QLatin1String("ratio")]), row[QLatin1String("unit")].toString(), notes);
    }
    return out;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace moderato::bench
