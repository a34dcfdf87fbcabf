// moderato-cli hearing Graph's notifications, the real binary against the simulator: the account's
// settings say "own https address"; the simulator posts to that address's tunnel (a loopback
// port); `watch MEETING` joins with that callbackUri and sees a meeting of 250 whole, where
// polling alone stops at 100.
#include "cli/commands/cli_runner.h"

#include <QJsonArray>
#include <QSettings>
#include <QTcpServer>

using namespace clitest;
using namespace itest;

namespace {

const QByteArray SecretInput = Secret.toUtf8() + '\n';
const QString Thread = QStringLiteral("19:meeting_TownHall250@thread.v2");
const QString Organizer = QStringLiteral("5f2cd7d6-fad4-4770-9c2e-6a461872fd6a");
const QString Tunnel = QStringLiteral("https://adele-tunnel.example.test");

QString meetingLink()
{
    return QStringLiteral("https://teams.microsoft.com/l/meetup-join/%1/0?context=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(Thread)),
             QString::fromLatin1(QUrl::toPercentEncoding(
                 QStringLiteral("{\"Tid\":\"%1\",\"Oid\":\"%2\"}").arg(Tenant, Organizer))));
}

QJsonObject townHall()
{
    QJsonObject world = scenario(2, {{QStringLiteral("joinDelay"), 0}});
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

class TestCliNotifications : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void watchingAMeetingHearsEveryone();
    void withoutNotificationsItSaysAtLeast();
};

void TestCliNotifications::watchingAMeetingHearsEveryone() {
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
                          QString(cli.simulator.baseUrl().toString() + QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration")));
    }
    cli.hook("POST", QStringLiteral("/_sim/callbacks"),
             {{QStringLiteral("publicUrl"), Tunnel},
              {QStringLiteral("localUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
    const CliResult result = cli.run(cli.withSecret({QStringLiteral("watch"), meetingLink(), QStringLiteral("--for"),
                                                     QStringLiteral("4")}),
                                     SecretInput, 30000);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    // 250 people and Moderato's own bot, all heard.
    QVERIFY2(result.out.contains(QLatin1String(" 251 in the call when the watch ended")), describe(result).constData());
    QVERIFY2(result.err.contains(QLatin1String("notifications:")), describe(result).constData());
    // It joined with the tunnel's address and Moderato's kept path below it.
    QString callback;
    for (const QJsonValue &entry : cli.log()) {
        if (entry[QLatin1String("path")].toString() == QLatin1String("/v1.0/communications/calls"))
            callback = QJsonDocument::fromJson(entry[QLatin1String("body")].toString().toUtf8())
                           .object().value(QLatin1String("callbackUri")).toString();
    }
    QSettings settings(cli.settingsFile(), QSettings::NativeFormat);
    const QString path = settings.value(QStringLiteral("notifications/receiverPath")).toString();
    QVERIFY(path.startsWith(QLatin1String("/moderato/")));
    QCOMPARE(callback, QString(Tunnel + path));
    const QJsonObject delivery = cli.hook("GET", QStringLiteral("/_sim/notifications"));
    QVERIFY2(delivery[QLatin1String("statuses")][QLatin1String("202")].toInt() > 0,
             QJsonDocument(delivery).toJson().constData());
}

void TestCliNotifications::withoutNotificationsItSaysAtLeast() {
    CliRunner cli(townHall());
    QVERIFY2(cli.ok(), qPrintable(cli.error));
    const CliResult result = cli.run(
        cli.withSecret({QStringLiteral("--no-notifications"), QStringLiteral("watch"), meetingLink(),
                        QStringLiteral("--callback-url"), Tunnel + QStringLiteral("/hook"), QStringLiteral("--for"),
                        QStringLiteral("3")}),
        SecretInput, 30000);
    QVERIFY2(result.exitCode == 0, describe(result).constData());
    QVERIFY2(result.out.contains(QLatin1String("at least 100 in the call when the watch ended")),
             describe(result).constData());
}

QTEST_GUILESS_MAIN(TestCliNotifications)
#include "tst_cli_notifications.moc"
