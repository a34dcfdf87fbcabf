#pragma once
// CSV as a program outside Moderato reads it: Python's csv module, strict.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace testsupport {

//! \a csv as Python's csv module reads it (strict), as JSON: [[field, …], …]; empty, with
//! \a problem set, when Python did not read it.
inline QJsonArray pythonCsvRows(const QByteArray &csv, QString *problem)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, io, json, sys\n"
                                 "text = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')\n"
                                 "json.dump(list(csv.reader(text, strict=True)), sys.stdout)\n")});
    python.write(csv);
    python.closeWriteChannel();
    if (!python.waitForFinished(20000) || python.exitCode() != 0) {
        *problem = QStringLiteral("python3: ") + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace testsupport
