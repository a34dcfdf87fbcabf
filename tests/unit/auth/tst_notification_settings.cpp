// NotificationSettings: kept across runs, each mode's problems named, the relay's key never in the file.
#include "core/auth/notification_settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include "support/test_columns.h"

using namespace moderato;

namespace {

//! \a settings saved to \a file, then read back from it by a fresh QSettings.
NotificationSettings savedAndLoaded(const NotificationSettings &settings, const QString &file)
{
    {
        QSettings out(file, QSettings::IniFormat);
        settings.save(out);
    }
    QSettings in(file, QSettings::IniFormat);
    return NotificationSettings::load(in);
}

} // namespace

class TestNotificationSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noneByDefault();
    void relayRoundTrips();
    void ownAddressRoundTrips();
    void problems_data();
    void problems();
    void splitsNamespaceAndPath_data();
    void splitsNamespaceAndPath();
    void relayAddresses();
    void theReceiverPathIsMadeOnceAndKept();

private:
    QTemporaryDir m_dir;
};

void TestNotificationSettings::noneByDefault()
{
    QSettings s(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const auto n = NotificationSettings::load(s);
    QCOMPARE(n.mode, NotificationSettings::Mode::None);
    QVERIFY(n.problem().isEmpty());
    QCOMPARE(n.listenHost, QHostAddress(QHostAddress::LocalHost));
}

void TestNotificationSettings::relayRoundTrips()
{
    const QString file = m_dir.filePath(QStringLiteral("relay.ini"));
    NotificationSettings n;
    n.mode = NotificationSettings::Mode::Relay;
    n.relayNamespace = QStringLiteral("Contoso-Moderato.servicebus.windows.net");
    n.relayPath = QStringLiteral("moderato-adele");
    n.relayKeyName = QStringLiteral("listen");
    const NotificationSettings back = savedAndLoaded(n, file);
    QCOMPARE(back.mode, NotificationSettings::Mode::Relay);
    QCOMPARE(back.relayNamespace, n.relayNamespace);
    QCOMPARE(back.relayPath, n.relayPath);
    QCOMPARE(back.relayKeyName, n.relayKeyName);
    QVERIFY(back.relayUrl.isEmpty());
    QVERIFY(back.problem().isEmpty());
    QCOMPARE(back.relayKeyCredential(),
             QStringLiteral("relay/contoso-moderato.servicebus.windows.net/moderato-adele/listen"));
    // Names only: the key itself is never a setting, and unused fields are not written.
    QStringList keys = QSettings(file, QSettings::IniFormat).allKeys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({QStringLiteral("notifications/mode"), QStringLiteral("notifications/relayKeyName"),
                          QStringLiteral("notifications/relayNamespace"), QStringLiteral("notifications/relayPath")}));
}

void TestNotificationSettings::ownAddressRoundTrips()
{
    const QString file = m_dir.filePath(QStringLiteral("own.ini"));
    NotificationSettings n;
    n.mode = NotificationSettings::Mode::OwnAddress;
    n.publicUrl = QUrl(QStringLiteral("https://adele.eu.devtunnels.ms/hook"));
    n.listenHost = QHostAddress(QStringLiteral("0.0.0.0"));
    n.listenPort = 8443;
    const NotificationSettings back = savedAndLoaded(n, file);
    QCOMPARE(back.mode, NotificationSettings::Mode::OwnAddress);
    QCOMPARE(back.publicUrl, n.publicUrl);
    QCOMPARE(back.listenHost, n.listenHost);
    QCOMPARE(back.listenPort, quint16(8443));
    QVERIFY(back.problem().isEmpty());
}

void TestNotificationSettings::problems_data()
{
    testing::addColumns<int, QString, QString, QString, QString, int, QString>(
        {"mode", "ns", "path", "keyName", "address", "port", "expected"});
    const int relay = int(NotificationSettings::Mode::Relay);
    const int own = int(NotificationSettings::Mode::OwnAddress);
    const QString ns = QStringLiteral("contoso.servicebus.windows.net");
    QTest::newRow("relay fine") << relay << ns << "hc"
                                << "listen"
                                << "" << 0 << "";
    QTest::newRow("namespace not a host") << relay << "contoso"
                                          << "hc"
                                          << "listen"
                                          << "" << 0 << "relay namespace";
    QTest::newRow("path with a slash") << relay << ns << "a/b"
                                       << "listen"
                                       << "" << 0 << "hybrid connection";
    QTest::newRow("no key name") << relay << ns << "hc"
                                 << " "
                                 << "" << 0 << "shared access policy";
    QTest::newRow("relay over ws elsewhere") << relay << ns << "hc"
                                             << "listen"
                                             << "ws://relay.example.com" << 0 << "wss://";
    QTest::newRow("relay over ws on loopback") << relay << ns << "hc"
                                               << "listen"
                                               << "ws://127.0.0.1:9000" << 0 << "";
    QTest::newRow("own address over http") << own << ""
                                           << ""
                                           << ""
                                           << "http://adele.example.com" << 8443 << "https://";
    QTest::newRow("own address without port") << own << ""
                                              << ""
                                              << ""
                                              << "https://adele.example.com" << 0 << "local port";
    QTest::newRow("own address fine") << own << ""
                                      << ""
                                      << ""
                                      << "https://adele.example.com" << 8443 << "";
}

void TestNotificationSettings::problems()
{
    QFETCH(int, mode);
    QFETCH(QString, ns);
    QFETCH(QString, path);
    QFETCH(QString, keyName);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, expected);
    NotificationSettings n;
    n.mode = NotificationSettings::Mode(mode);
    n.relayNamespace = ns;
    n.relayPath = path;
    n.relayKeyName = keyName;
    if (n.mode == NotificationSettings::Mode::Relay)
        n.relayUrl = QUrl(address);
    else
        n.publicUrl = QUrl(address);
    n.listenPort = quint16(port);
    const QString problem = n.problem();
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestNotificationSettings::splitsNamespaceAndPath_data()
{
    testing::addColumns<QString, bool, QString, QString>({"text", "ok", "ns", "path"});
    QTest::newRow("plain") << "contoso.servicebus.windows.net/moderato-1" << true << "contoso.servicebus.windows.net"
                           << "moderato-1";
    QTest::newRow("no slash") << "contoso.servicebus.windows.net" << false << ""
                              << "";
    QTest::newRow("two slashes") << "contoso.servicebus.windows.net/a/b" << false << ""
                                 << "";
    QTest::newRow("trailing slash") << "contoso.servicebus.windows.net/" << false << ""
                                    << "";
    QTest::newRow("not a host") << "contoso/hc" << false << ""
                                << "";
}

void TestNotificationSettings::splitsNamespaceAndPath()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, ns);
    QFETCH(QString, path);
    QString gotNs, gotPath;
    QCOMPARE(NotificationSettings::splitRelay(text, &gotNs, &gotPath), ok);
    if (ok) {
        QCOMPARE(gotNs, ns);
        QCOMPARE(gotPath, path);
    }
}

void TestNotificationSettings::relayAddresses()
{
    NotificationSettings n;
    n.relayNamespace = QStringLiteral("Contoso.servicebus.windows.net");
    n.relayPath = QStringLiteral("moderato-1");
    QCOMPARE(n.relayPublicUrl(), QUrl(QStringLiteral("https://contoso.servicebus.windows.net/moderato-1")));
}

void TestNotificationSettings::theReceiverPathIsMadeOnceAndKept()
{
    const QString file = m_dir.filePath(QStringLiteral("path.ini"));
    QString first;
    {
        QSettings s(file, QSettings::IniFormat);
        QVERIFY(NotificationSettings::load(s).receiverPath.isEmpty());
        first = NotificationSettings::loadEnsuringPath(s).receiverPath;
    }
    QVERIFY(first.startsWith(QLatin1String("/moderato/")));
    QCOMPARE(first.size(), qsizetype(10 + 22)); // 128 bits, base64url without padding
    QSettings s(file, QSettings::IniFormat);
    QCOMPARE(NotificationSettings::loadEnsuringPath(s).receiverPath, first);
    QVERIFY(NotificationSettings::newReceiverPath() != first);
    // Something that is not Moderato's path is not taken as one.
    s.setValue(QStringLiteral("notifications/receiverPath"), QStringLiteral("/elsewhere"));
    QVERIFY(NotificationSettings::load(s).receiverPath.isEmpty());
}

QTEST_GUILESS_MAIN(TestNotificationSettings)
#include "tst_notification_settings.moc"
