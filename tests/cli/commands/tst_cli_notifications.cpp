// moderato-cli hearing Graph's notifications, the real binary against the simulator: the account's
// settings say "own https address"; the simulator posts to that address's tunnel (a loopback
// port); `watch MEETING` joins with that callbackUri and sees a meeting of 250 whole, where
// polling alone stops at 100.
#include "cli/commands/cli_runner.h"

#include "support/test_columns.h"
#include <QJsonArray>
#include <QSettings>
#include <QTcpServer>

using namespace clitest;
using namespace itest;

namespace {

const QString Thread = QStringLiteral("19:meeting_TownHall250@thread.v2");
const QString Tunnel = QStringLiteral("https://adele-tunnel.example.test");

QString meetingLink()
{
    return itest::meetupJoinLink(Thread, Tenant, Organizer);
}

const QString Namespace = QStringLiteral("contoso-moderato.servicebus.windows.net");
const QString HybridConnection = QStringLiteral("moderato-cli");
const QString RelayKey = QStringLiteral("cli-relay-key-0123456789abcdefghijklmnopq=");

QJsonObject townHall()
{
    QJsonObject world = scenario(2, {{QStringLiteral("joinDelay"), 0}});
    world.insert(QStringLiteral("relays"), QJsonArray{QJsonObject{{QStringLiteral("namespace"), Namespace},
                                                                  {QStringLiteral("path"), HybridConnection},
                                                                  {QStringLiteral("keyName"), QStringLiteral("listen")},
                                                                  {QStringLiteral("key"), RelayKey}}});
    QJsonArray people;
    for (int i = 100; i < 350; ++i)
        people.append(participant(participantId(i), QStringLiteral("Attendee %1").arg(i)));
    world.insert(QStringLiteral("meetings"),
                 QJsonArray{QJsonObject{{QStringLiteral("joinWebUrl"), meetingLink()},
                                        {QStringLiteral("threadId"), Thread},
                                        {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("id"), Organizer}}},
                                        {QStringLiteral("subject"), QStringLiteral("Town hall")},
                                        {QStringLiteral("participants"), people}}});
    return world;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestCliNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void watchingAMeetingHearsEveryone();
    void withoutNotificationsItSaysAtLeast();
    void watchJsonThroughARelayGivenOnTheCommandLine();
    void badNotificationOptionsSendNothing_data();
    void badNotificationOptionsSendNothing();
};

void TestCliNotifications::watchingAMeetingHearsEveryone()
{
    CliRunner cli(townHall());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const quint16 port = freePort();
    QVERIFY(port != 0);
    {
        QSettings settings(cli.settingsFile(), QSettings::NativeFormat);
        settings.setValue(QStringLiteral("notifications/mode"), QStringLiteral("ownAddress"));
        settings.setValue(QStringLiteral("notifications/publicUrl"), Tunnel);
        settings.setValue(QStringLiteral("notifications/listenPort"), port);
        settings.setValue(QStringLiteral("notifications/openIdUrl"),
                          QString(cli.simulator.baseUrl().toString()
                                  + QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration")));
    }
    cli.hook("POST", QStringLiteral("/_sim/callbacks"),
             {{QStringLiteral("publicUrl"), Tunnel},
              {QStringLiteral("localUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
    const CliResult result =
        cli.runSignedIn({QStringLiteral("watch"), meetingLink(), QStringLiteral("--for"), QStringLiteral("4")}, 30000);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    // 250 people and Moderato's own bot, all heard.
    QVERIFY2(result.out.contains(QLatin1String(" 251 in the call when the watch ended")), describe(result).constData());
    QVERIFY2(result.err.contains(QLatin1String("notifications:")), describe(result).constData());
    // It joined with the tunnel's address and Moderato's kept path below it.
    QString callback;
    for (const QJsonValue &entry : cli.log()) {
        if (entry[QLatin1String("path")].toString() == QLatin1String("/v1.0/communications/calls"))
            callback = QJsonDocument::fromJson(entry[QLatin1String("body")].toString().toUtf8())
                           .object()
                           .value(QLatin1String("callbackUri"))
                           .toString();
    }
    QSettings settings(cli.settingsFile(), QSettings::NativeFormat);
    const QString path = settings.value(QStringLiteral("notifications/receiverPath")).toString();
    QVERIFY(path.startsWith(QLatin1String("/moderato/")));
    QCOMPARE(callback, QString(Tunnel + path));
    const QJsonObject delivery = cli.hook("GET", QStringLiteral("/_sim/notifications"));
    QVERIFY2(delivery[QLatin1String("statuses")][QLatin1String("202")].toInt() > 0,
             QJsonDocument(delivery).toJson().constData());
}

void TestCliNotifications::withoutNotificationsItSaysAtLeast()
{
    CliRunner cli(townHall());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(
        {QStringLiteral("--no-notifications"), QStringLiteral("watch"), meetingLink(), QStringLiteral("--callback-url"),
         Tunnel + QStringLiteral("/hook"), QStringLiteral("--for"), QStringLiteral("3")},
        30000);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    QVERIFY2(result.out.contains(QLatin1String("at least 100 in the call when the watch ended")),
             describe(result).constData());
}

void TestCliNotifications::watchJsonThroughARelayGivenOnTheCommandLine()
{
    CliRunner cli(townHall());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    QUrl relay = cli.simulator.baseUrl();
    relay.setScheme(QStringLiteral("ws"));
    const QStringList arguments{
        QStringLiteral("--relay"),
        Namespace + QLatin1Char('/') + HybridConnection,
        QStringLiteral("--relay-key-name"),
        QStringLiteral("listen"),
        QStringLiteral("--relay-url"),
        relay.toString(),
        QStringLiteral("--openid-url"),
        QString(cli.simulator.baseUrl().toString() + QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration")),
        QStringLiteral("watch"),
        meetingLink(),
        QStringLiteral("--for"),
        QStringLiteral("4"),
        QStringLiteral("--json")};
    // The client secret, then the relay's key, one per line.
    const CliResult result = cli.run(cli.withSecret(arguments), SecretInput + RelayKey.toUtf8() + '\n', 30000);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    QList<QJsonObject> events;
    for (const QString &line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(line));
        events.append(doc.object());
    }
    QVERIFY(!events.isEmpty());
    QSet<QString> present;
    for (const QJsonObject &e : std::as_const(events)) {
        const QString id = e[QLatin1String("participant")][QLatin1String("id")].toString();
        if (e[QLatin1String("event")] == QLatin1String("joined"))
            present.insert(id);
        else if (e[QLatin1String("event")] == QLatin1String("left"))
            present.remove(id);
    }
    QCOMPARE(present.size(), qsizetype(251));
    const QJsonObject summary = events.last();
    QCOMPARE(summary[QLatin1String("event")].toString(), QStringLiteral("summary"));
    QCOMPARE(summary[QLatin1String("participants")].toInt(), 251);
    QCOMPARE(summary[QLatin1String("complete")].toBool(), true);
    QVERIFY(summary[QLatin1String("notifications")][QLatin1String("accepted")].toInt() > 0);
    QCOMPARE(summary[QLatin1String("notifications")][QLatin1String("refused")].toInt(), 0);
    QVERIFY2(!result.err.contains(RelayKey) && !result.out.contains(RelayKey), "the key is never printed");
}

void TestCliNotifications::badNotificationOptionsSendNothing_data()
{
    testing::addColumns<QStringList, QString>({"arguments", "mentions"});
    QTest::newRow("relay without a path")
        << QStringList{QStringLiteral("--relay"), Namespace} << QStringLiteral("--relay");
    QTest::newRow("relay over plain ws elsewhere")
        << QStringList{QStringLiteral("--relay-url"), QStringLiteral("ws://relay.example.com")}
        << QStringLiteral("wss://");
    QTest::newRow("listen without the public address")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443")}
        << QStringLiteral("--callback-url");
    QTest::newRow("listen on no port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")}
                                       << QStringLiteral("HOST:PORT");
    QTest::newRow("openid over http elsewhere")
        << QStringList{QStringLiteral("--openid-url"), QStringLiteral("http://keys.example.com/")}
        << QStringLiteral("https");
}

void TestCliNotifications::badNotificationOptionsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    CliRunner cli(townHall());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.runSignedIn(arguments + QStringList{QStringLiteral("watch"), meetingLink()});
    QVERIFY2(result.refusedMentioning(mentions), describe(result).constData());
    QVERIFY(cli.log().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliNotifications)
#include "tst_cli_notifications.moc"
