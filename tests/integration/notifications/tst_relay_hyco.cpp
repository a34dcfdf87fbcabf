// The simulator's relay emulation against Microsoft's own listener, the Node package hyco-https
// (hyco_listener.js), as an independent reading of the protocol: a small and a large POST reach it
// and its answers come back. Skipped unless node and hyco-https are there: hyco-https is found
// through HYCO_HTTPS_NODE_MODULES (a node_modules directory) or node's own search path.
#include "relay_fixture.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace relaytest;

class TestRelayHyco : public QObject
{
    Q_OBJECT
private:
    QString m_node;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (m_node.isEmpty())
            QSKIP("node is not installed");
        const QString modules = qEnvironmentVariable("HYCO_HTTPS_NODE_MODULES");
        if (!modules.isEmpty())
            m_environment.insert(QStringLiteral("NODE_PATH"), modules);
        QProcess probe;
        probe.setProcessEnvironment(m_environment);
        probe.start(m_node, {QStringLiteral("-e"), QStringLiteral("require.resolve('hyco-https')")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP("hyco-https is not installed (npm install hyco-https; HYCO_HTTPS_NODE_MODULES=…/node_modules)");
    }

    void hycoHttpsListenerAnswersThroughTheEmulatedRelay()
    {
        RelayFixture relay;
        QUrl listen = relay.simulator.baseUrl();
        listen.setScheme(QStringLiteral("ws"));
        listen.setPath(QStringLiteral("/$hc/") + Path);
        listen.setQuery(QStringLiteral("sb-hc-action=listen"));
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("RELAY_LISTEN_URL"), listen.toString());
        environment.insert(QStringLiteral("RELAY_NAMESPACE"), Namespace);
        environment.insert(QStringLiteral("RELAY_PATH"), Path);
        environment.insert(QStringLiteral("RELAY_KEY_NAME"), KeyName);
        environment.insert(QStringLiteral("RELAY_KEY"), QString::fromLatin1(Key));
        QProcess node;
        node.setProcessEnvironment(environment);
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.start(m_node, {QStringLiteral(MODERATO_SOURCE_DIR "/tests/integration/notifications/hyco_listener.js")});
        QVERIFY(node.waitForStarted(5000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += node.readAllStandardOutput()).contains("listening"), 15000);
        QTRY_COMPARE(relay.listenersConnected(), 1);

        const Reply small = relay.post(QStringLiteral("/moderato/cb/abc?x=1"), "{\"value\":[]}",
                                       {{"Content-Type", "application/json"}, {"Authorization", "Bearer graph-jwt"}});
        QCOMPARE(small.status, 201);
        QVERIFY(!small.header("Via").isEmpty());
        const QJsonObject echo = QJsonDocument::fromJson(small.body).object();
        QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value(QLatin1String("url")).toString(), QStringLiteral("/moderato/cb/abc?x=1"));
        QCOMPARE(echo.value(QLatin1String("authorization")).toString(), QStringLiteral("Bearer graph-jwt"));
        QCOMPARE(echo.value(QLatin1String("bodyLength")).toInt(), 12);

        QByteArray large(200 * 1024, 'L');
        for (int i = 0; i < large.size(); i += 101)
            large[i] = char('0' + i % 10);
        const Reply big = relay.post(QStringLiteral("/moderato/cb/big"), large);
        QCOMPARE(big.status, 201);
        const QJsonObject bigEcho = QJsonDocument::fromJson(big.body).object();
        QCOMPARE(bigEcho.value(QLatin1String("bodyLength")).toInt(), large.size());
        QCOMPARE(bigEcho.value(QLatin1String("bodySha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(relay.relayState().value(QLatin1String("requestsOverRendezvous")).toInt(), 1);

        node.kill();
        node.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestRelayHyco)
#include "tst_relay_hyco.moc"
