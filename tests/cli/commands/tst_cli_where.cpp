// moderato-cli remove/mute --where: everyone of some kinds, read from the roster once, listed
// before anything is sent; --dry-run sends nothing; more than five need --yes when no one is at a
// terminal; Moderato's own participant and the organiser are never included.
#include "cli/commands/cli_runner.h"

#include "support/test_columns.h"
#include <QHash>
#include <QJsonArray>

using namespace clitest;
using namespace itest;

namespace {

const QString OtherTenant = QStringLiteral("5e7a9c1d-8b2f-4e6a-a3d4-1c9b8e7f6a52");
const QString OrganiserUser = QStringLiteral("c1000000-0000-4000-8000-0000000000a1");

//! A participant id whose first block says the kind: "guest" → 9e000000-…, "phone" → f0000000-….
QString pid(const char *kind, int n)
{
    static const QHash<QByteArray, QString> prefixes{
        {"bot", QStringLiteral("b0000000")},      {"colleague", QStringLiteral("c0000000")},
        {"external", QStringLiteral("e0000000")}, {"organise", QStringLiteral("0a000000")},
        {"recorder", QStringLiteral("4ec00000")}, {"guest", QStringLiteral("9e000000")},
        {"phone", QStringLiteral("f0000000")}};
    return QStringLiteral("%1-0000-4000-8000-%2").arg(prefixes.value(kind)).arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject someone(const QString &id, const char *identityKey, const QJsonObject &identity)
{
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("info"),
                        QJsonObject{{QStringLiteral("identity"), QJsonObject{{QLatin1String(identityKey), identity}}}}},
                       {QStringLiteral("mediaStreams"), QJsonArray{}},
                       {QStringLiteral("isMuted"), false},
                       {QStringLiteral("isInLobby"), false}};
}

QJsonObject user(const QString &id, const QString &objectId, const QString &name, const QString &tenant)
{
    return someone(id, "user",
                   {{QStringLiteral("id"), objectId},
                    {QStringLiteral("displayName"), name},
                    {QStringLiteral("tenantId"), tenant}});
}

//! Two colleagues, \a guests anonymous guests, \a phones phone dial-ins, one external user, an
//! external organiser named in the call's meetingInfo, a recording bot and Moderato's own bot.
QJsonObject world(int guests, int phones)
{
    QJsonArray people{
        someone(pid("bot", 0), "application",
                {{QStringLiteral("id"), App}, {QStringLiteral("displayName"), QStringLiteral("Moderato")}}),
        user(pid("colleague", 1), QStringLiteral("c1000000-0000-4000-8000-000000000001"), QStringLiteral("Jane"),
             Tenant),
        user(pid("colleague", 2), QStringLiteral("c1000000-0000-4000-8000-000000000002"), QStringLiteral("Lena"),
             Tenant),
        user(pid("external", 1), QStringLiteral("c1000000-0000-4000-8000-000000000003"), QStringLiteral("Omar"),
             OtherTenant),
        user(pid("organise", 1), OrganiserUser, QStringLiteral("Ada Organiser"), OtherTenant),
        someone(pid("recorder", 1), "application",
                {{QStringLiteral("id"), QStringLiteral("11111111-2222-4333-8444-555555555555")},
                 {QStringLiteral("displayName"), QStringLiteral("Recorder")}}),
    };
    for (int i = 0; i < guests; ++i)
        people.append(someone(pid("guest", i), "guest",
                              {{QStringLiteral("id"), QStringLiteral("guest-%1").arg(i)},
                               {QStringLiteral("displayName"), QStringLiteral("Visitor %1").arg(i)}}));
    for (int i = 0; i < phones; ++i)
        people.append(
            someone(pid("phone", i), "phone", {{QStringLiteral("id"), QStringLiteral("+1425555010%1").arg(i)}}));
    QJsonObject scenarioWorld = scenario(0);
    QJsonArray calls = scenarioWorld.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.at(0).toObject();
    call.insert(QStringLiteral("participants"), people);
    call.insert(
        QStringLiteral("meetingInfo"),
        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.organizerMeetingInfo")},
                    {QStringLiteral("organizer"),
                     QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), OrganiserUser},
                                                                      {QStringLiteral("tenantId"), OtherTenant}}}}}});
    calls[0] = call;
    scenarioWorld.insert(QStringLiteral("calls"), calls);
    return scenarioWorld;
}

//! DELETEs and mutes (alone or in a $batch) the simulator saw.
int actionRequests(CliRunner &cli)
{
    int count = 0;
    for (const QJsonValue &entry : cli.log()) {
        const QString path = entry[QLatin1String("path")].toString();
        const QString method = entry[QLatin1String("method")].toString();
        if ((method == QLatin1String("DELETE") && path.contains(QLatin1String("/participants/")))
            || path.endsWith(QLatin1String("/mute")) || path.endsWith(QLatin1String("$batch")))
            ++count;
    }
    return count;
}

QStringList participantIdsInSim(CliRunner &cli)
{
    QStringList ids;
    for (const QJsonValue &p : cli.simCall().value(QLatin1String("participants")).toArray())
        ids.append(p[QLatin1String("id")].toString());
    return ids;
}

} // namespace

class TestCliWhere : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDryRunListsWhoAndSendsNothing()
    {
        CliRunner cli(world(3, 1));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        const CliResult result = cli.runSignedIn({QStringLiteral("remove"), Call, QStringLiteral("--where"),
                                                  QStringLiteral("guest"), QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, describe(result));
        QVERIFY2(result.out.contains(QLatin1String("3 people match (anonymous guests) and would be removed")),
                 describe(result));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(result.out.contains(pid("guest", i) + QLatin1String("  Visitor ") + QString::number(i)),
                     describe(result));
        QVERIFY2(!result.out.contains(pid("phone", 0)), describe(result));
        QCOMPARE(actionRequests(cli), 0);
        QCOMPARE(participantIdsInSim(cli).size(), 6 + 3 + 1);
    }

    void removesExactlyThePeopleOfThoseKinds()
    {
        CliRunner cli(world(2, 2));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        const CliResult result =
            cli.runSignedIn({QStringLiteral("remove"), Call, QStringLiteral("--where"), QStringLiteral("guest,phone")});
        QVERIFY2(result.exitCode == 0, describe(result));
        const QStringList left = participantIdsInSim(cli);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(!left.contains(pid("guest", i)), describe(result));
            QVERIFY2(!left.contains(pid("phone", i)), describe(result));
            QVERIFY2(result.out.contains(pid("guest", i) + QLatin1String(": ")), describe(result));
        }
        QCOMPARE(left, (QStringList{pid("bot", 0), pid("colleague", 1), pid("colleague", 2), pid("external", 1),
                                    pid("organise", 1), pid("recorder", 1)}));
    }

    void moreThanFiveNeedYesWithoutATerminal()
    {
        CliRunner cli(world(0, 7));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        const QStringList muteEveryPhone{QStringLiteral("mute"), Call, QStringLiteral("--where"),
                                         QStringLiteral("phone")};
        const CliResult refused = cli.runSignedIn(muteEveryPhone); // standard input: a pipe
        QVERIFY2(refused.exitCode == 2, describe(refused));
        QVERIFY2(refused.out.contains(QLatin1String("7 people match (phone dial-ins) and would be muted")),
                 describe(refused));
        QVERIFY2(refused.err.contains(QLatin1String("--yes")), describe(refused));
        QCOMPARE(actionRequests(cli), 0);

        const CliResult done = cli.runSignedIn(muteEveryPhone + QStringList{QStringLiteral("--yes")});
        QVERIFY2(done.exitCode == 0, describe(done));
        for (const QJsonValue &p : cli.simCall().value(QLatin1String("participants")).toArray()) {
            const bool phone = p[QLatin1String("id")].toString().startsWith(pid("phone", 0).left(8));
            QCOMPARE(p[QLatin1String("isMuted")].toBool(), phone);
        }
    }

    void neitherModeratoNorTheOrganiserIsIncluded_data()
    {
        testing::addColumns<QString, QString, QString>({"kinds", "included", "left"});
        QTest::newRow("external: not the external organiser")
            << QStringLiteral("external") << pid("external", 1) << pid("organise", 1);
        QTest::newRow("app: not Moderato's own bot") << QStringLiteral("app") << pid("recorder", 1) << pid("bot", 0);
    }
    void neitherModeratoNorTheOrganiserIsIncluded()
    {
        QFETCH(QString, kinds);
        QFETCH(QString, included);
        QFETCH(QString, left);
        CliRunner cli(world(0, 0));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        const CliResult result = cli.runSignedIn({QStringLiteral("remove"), Call, QStringLiteral("--where"), kinds});
        QVERIFY2(result.exitCode == 0, describe(result));
        QVERIFY2(result.out.contains(QLatin1String("1 people match")) || result.out.contains(QLatin1String("1 person")),
                 describe(result));
        const QStringList inSim = participantIdsInSim(cli);
        QVERIFY2(!inSim.contains(included), describe(result));
        QVERIFY2(inSim.contains(left), describe(result));
    }

    void nobodyMatchingSendsNothing()
    {
        CliRunner cli(world(0, 0));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        const CliResult result =
            cli.runSignedIn({QStringLiteral("remove"), Call, QStringLiteral("--where"), QStringLiteral("lobby")});
        QVERIFY2(result.exitCode == 0, describe(result));
        QVERIFY2(result.out.contains(QLatin1String("Nobody in the call matches")), describe(result));
        QCOMPARE(actionRequests(cli), 0);
    }

    void usageErrorsSendNothing_data()
    {
        testing::addColumns<QStringList, QString>({"arguments", "said"});
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("remove"), Call, QStringLiteral("--where"),
                                                     QStringLiteral("everyone")}
                                      << QStringLiteral("\"everyone\"");
        QTest::newRow("ids and --where") << QStringList{QStringLiteral("remove"), Call, pid("guest", 0),
                                                        QStringLiteral("--where"), QStringLiteral("guest")}
                                         << QStringLiteral("not both");
        QTest::newRow("--dry-run alone") << QStringList{QStringLiteral("remove"), Call, pid("guest", 0),
                                                        QStringLiteral("--dry-run")}
                                         << QStringLiteral("--where");
        QTest::newRow("cancel takes no --where")
            << QStringList{QStringLiteral("cancel"), Call, QStringLiteral("--where"), QStringLiteral("guest")}
            << QStringLiteral("where");
    }
    void usageErrorsSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        CliRunner cli(world(1, 0));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        const CliResult result = cli.runSignedIn(arguments);
        QVERIFY2(result.refusedMentioning(said), describe(result));
        QCOMPARE(actionRequests(cli), 0);
    }

    void externalNeedsTheTenantsId()
    {
        // With a domain name as the tenant every user's tenant id differs from it: all would look external.
        CliRunner cli(world(0, 0));
        QVERIFY2(cli.ok(), qPrintable(cli.error));
        QStringList arguments =
            cli.withSecret({QStringLiteral("remove"), Call, QStringLiteral("--where"), QStringLiteral("external")});
        arguments[arguments.indexOf(QStringLiteral("--tenant")) + 1] = TenantDomain;
        const CliResult result = cli.run(arguments, SecretInput);
        QVERIFY2(result.refusedMentioning(QLatin1String("GUID")), describe(result));
        QCOMPARE(actionRequests(cli), 0);
        QCOMPARE(participantIdsInSim(cli).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCliWhere)
#include "tst_cli_where.moc"
