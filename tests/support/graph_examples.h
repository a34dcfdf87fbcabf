#pragma once
// The documentation's request, response and notification bodies in tests/data/graph/ — the test
// fixtures — read by file name. A missing one ends the test program: a fixture is never optional.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace testsupport {

inline QByteArray graphExample(const QString &name)
{
    QFile file(QStringLiteral(MODERATO_TEST_DATA "/graph/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing Graph example %s", qPrintable(name));
    return file.readAll();
}

inline QJsonObject graphExampleObject(const QString &name)
{
    return QJsonDocument::fromJson(graphExample(name)).object();
}

} // namespace testsupport
