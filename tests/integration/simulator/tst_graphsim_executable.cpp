// The moderato-graphsim executable: announces its address first, serves the demo scenario, refuses bad input.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QtTest>
#include "support/test_columns.h"

namespace {

const QString kExecutable = QStringLiteral(MODERATO_BINARY_DIR "/simulator/moderato-graphsim");
const QString kDemo = QStringLiteral(MODERATO_SOURCE_DIR "/resources/scenarios/demo.json");

QNetworkReply *wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

} // namespace

class GraphSimExecutableTest : public QObject
{
    Q_OBJECT

private slots:
    void announcesItsAddressAndServesTheScenario()
    {
        QProcess process;
        process.start(kExecutable,
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--scenario"), kDemo});
        QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
        QVERIFY(process.waitForReadyRead(5000));
        QVERIFY(process.canReadLine() || process.waitForReadyRead(2000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("listening on http://127.0.0.1:")), qPrintable(line));
        const QString base = line.mid(QStringLiteral("listening on ").size());

        const QJsonObject demo = QJsonDocument::fromJson([] {
                                     QFile file(kDemo);
                                     return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                                 }())
                                     .object();
        const QJsonObject tenant = demo.value(QStringLiteral("tenants")).toArray().at(0).toObject();
        const QString clientId = tenant.value(QStringLiteral("apps"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("clientId"))
                                     .toString();

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(base + QLatin1Char('/') + tenant.value(QStringLiteral("id")).toString()
                                     + QStringLiteral("/oauth2/v2.0/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = wait(network.post(
            request,
            "grant_type=client_credentials&client_secret=demo-secret&client_id=" + clientId.toLatin1()
                + "&scope=" + QUrl::toPercentEncoding(QStringLiteral("https://graph.microsoft.com/.default"))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("access_token"))
                     .toString()
                     .isEmpty());
        delete reply;

        process.kill();
        QVERIFY(process.waitForFinished(5000));
    }

    void refusesBadInvocations_data()
    {
        testing::addColumns<QStringList, int, QString>({"arguments", "exitCode", "messagePart"});
        QTest::newRow("no scenario") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} << 2
                                     << QStringLiteral("--scenario");
        QTest::newRow("bad listen address")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("somewhere"), QStringLiteral("--scenario"), kDemo}
            << 2 << QStringLiteral("HOST:PORT");
        QTest::newRow("missing scenario file")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json")} << 1
            << QStringLiteral("/nonexistent.json");
    }

    void refusesBadInvocations()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        QProcess process;
        process.start(kExecutable, arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(messagePart), qPrintable(err));
    }

    void printsItsVersion()
    {
        QProcess process;
        process.start(kExecutable, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("moderato-graphsim "));
    }
};

QTEST_GUILESS_MAIN(GraphSimExecutableTest)
#include "tst_graphsim_executable.moc"
