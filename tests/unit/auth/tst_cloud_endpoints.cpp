// Clouds and their endpoints; custom endpoints (https, or http on loopback only).
#include "core/auth/cloud.h"

#include <QTest>
#include "support/test_columns.h"

using namespace moderato;

class TestCloudEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachCloudHasItsRoots_data();
    void eachCloudHasItsRoots();
    void namesRoundTrip();
    void unknownNamesAreRefused();
    void tokenUrlEncodesTheTenant();
    void customEndpoints_data();
    void customEndpoints();
    void customEndpointsAreTrimmed();
};

void TestCloudEndpoints::eachCloudHasItsRoots_data()
{
    testing::addColumns<Cloud, QString, QString, QString>({"cloud", "graph", "login", "scope"});

    QTest::newRow("global") << Cloud::Global << QStringLiteral("https://graph.microsoft.com")
                            << QStringLiteral("https://login.microsoftonline.com")
                            << QStringLiteral("https://graph.microsoft.com/.default");
    QTest::newRow("usgov") << Cloud::UsGov << QStringLiteral("https://graph.microsoft.us")
                           << QStringLiteral("https://login.microsoftonline.us")
                           << QStringLiteral("https://graph.microsoft.us/.default");
    QTest::newRow("dod") << Cloud::UsGovDoD << QStringLiteral("https://dod-graph.microsoft.us")
                         << QStringLiteral("https://login.microsoftonline.us")
                         << QStringLiteral("https://dod-graph.microsoft.us/.default");
    QTest::newRow("china") << Cloud::China << QStringLiteral("https://microsoftgraph.chinacloudapi.cn")
                           << QStringLiteral("https://login.chinacloudapi.cn")
                           << QStringLiteral("https://microsoftgraph.chinacloudapi.cn/.default");
}

void TestCloudEndpoints::eachCloudHasItsRoots()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, graph);
    QFETCH(QString, login);
    QFETCH(QString, scope);
    const CloudEndpoints endpoints = CloudEndpoints::forCloud(cloud);
    QCOMPARE(endpoints.graphRoot, QUrl(graph));
    QCOMPARE(endpoints.loginRoot, QUrl(login));
    QCOMPARE(endpoints.scope(), scope);
    QCOMPARE(endpoints.tokenUrl(QStringLiteral("contoso.onmicrosoft.com")),
             QUrl(login + QLatin1String("/contoso.onmicrosoft.com/oauth2/v2.0/token")));
}

void TestCloudEndpoints::namesRoundTrip()
{
    for (Cloud cloud : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDoD, Cloud::China})
        QCOMPARE(parseCloud(cloudName(cloud)), cloud);
    QCOMPARE(cloudName(Cloud::UsGovDoD), QStringLiteral("dod"));
    QCOMPARE(parseCloud(u"USGov"), Cloud::UsGov);
}

void TestCloudEndpoints::unknownNamesAreRefused()
{
    QVERIFY(!parseCloud(u"germany").has_value());
    QVERIFY(!parseCloud(u"").has_value());
}

void TestCloudEndpoints::tokenUrlEncodesTheTenant()
{
    const CloudEndpoints endpoints = CloudEndpoints::forCloud(Cloud::Global);
    QCOMPARE(endpoints.tokenUrl(QStringLiteral("a/b?c")).toEncoded(),
             QByteArray("https://login.microsoftonline.com/a%2Fb%3Fc/oauth2/v2.0/token"));
}

void TestCloudEndpoints::customEndpoints_data()
{
    testing::addColumns<QString, QString, bool, QString>({"graph", "login", "accepted", "errorFragment"});

    QTest::newRow("https anywhere") << QStringLiteral("https://graph.contoso.test")
                                    << QStringLiteral("https://login.contoso.test") << true << QString();
    QTest::newRow("http on 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080")
                                       << QStringLiteral("http://127.0.0.1:8080") << true << QString();
    QTest::newRow("http on 127.0.0.0/8") << QStringLiteral("http://127.3.2.1:80")
                                         << QStringLiteral("http://127.3.2.1:81") << true << QString();
    QTest::newRow("http on ::1") << QStringLiteral("http://[::1]:9000") << QStringLiteral("http://[::1]:9000") << true
                                 << QString();
    QTest::newRow("http on localhost") << QStringLiteral("http://localhost:9000")
                                       << QStringLiteral("http://LOCALHOST:9000") << true << QString();
    QTest::newRow("http to a LAN host") << QStringLiteral("http://192.168.1.10:8080")
                                        << QStringLiteral("https://login.contoso.test") << false
                                        << QStringLiteral("unencrypted");
    QTest::newRow("http to a name") << QStringLiteral("https://graph.contoso.test")
                                    << QStringLiteral("http://login.contoso.test") << false
                                    << QStringLiteral("Sign-in URL");
    QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.test")
                                         << QStringLiteral("http://127.0.0.1") << false
                                         << QStringLiteral("unencrypted");
    QTest::newRow("ftp") << QStringLiteral("ftp://graph.contoso.test") << QStringLiteral("https://login.contoso.test")
                         << false << QStringLiteral("not an http");
    QTest::newRow("garbage") << QStringLiteral("not a url") << QStringLiteral("https://login.contoso.test") << false
                             << QStringLiteral("not a complete URL");
    QTest::newRow("empty") << QString() << QStringLiteral("https://login.contoso.test") << false
                           << QStringLiteral("Graph URL");
    QTest::newRow("user info") << QStringLiteral("https://me:pw@graph.contoso.test")
                               << QStringLiteral("https://login.contoso.test") << false << QStringLiteral("user name");
}

void TestCloudEndpoints::customEndpoints()
{
    QFETCH(QString, graph);
    QFETCH(QString, login);
    QFETCH(bool, accepted);
    QFETCH(QString, errorFragment);
    QString error;
    const auto endpoints = CloudEndpoints::custom(QUrl(graph), QUrl(login), &error);
    QCOMPARE(endpoints.has_value(), accepted);
    if (accepted) {
        QVERIFY(error.isEmpty());
        // The token is for Graph, whatever address the requests go to.
        QCOMPARE(endpoints->scope(), QStringLiteral("https://graph.microsoft.com/.default"));
    } else {
        QVERIFY2(error.contains(errorFragment), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String(":pw@")));
    }
}

void TestCloudEndpoints::customEndpointsAreTrimmed()
{
    const auto endpoints = CloudEndpoints::custom(QUrl(QStringLiteral("http://127.0.0.1:5000/v1.0/")),
                                                  QUrl(QStringLiteral("http://127.0.0.1:5000/")), nullptr);
    QVERIFY(endpoints);
    QCOMPARE(endpoints->graphRoot, QUrl(QStringLiteral("http://127.0.0.1:5000")));
    QCOMPARE(endpoints->scope(), QStringLiteral("https://graph.microsoft.com/.default"));
    // Behind a proxy in another cloud, the token is for that cloud's Graph.
    const auto usGov = CloudEndpoints::custom(QUrl(QStringLiteral("https://localhost:8443")),
                                              QUrl(QStringLiteral("https://localhost:8443")), nullptr, Cloud::UsGov);
    QVERIFY(usGov);
    QCOMPARE(usGov->scope(), QStringLiteral("https://graph.microsoft.us/.default"));
    QCOMPARE(endpoints->tokenUrl(QStringLiteral("t1")),
             QUrl(QStringLiteral("http://127.0.0.1:5000/t1/oauth2/v2.0/token")));
}

QTEST_GUILESS_MAIN(TestCloudEndpoints)
#include "tst_cloud_endpoints.moc"
