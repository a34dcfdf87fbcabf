// ParticipantRule: the kinds --where and the bulk preview take, what each selects, and who is never
// selected (Moderato's own participant, the organiser).
#include "core/calls/participant_rule.h"

#include "roster_builders.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;
using Kind = ParticipantRule::Kind;

Q_DECLARE_METATYPE(moderato::ParticipantRule::Kind)

namespace {

const QString Home = QStringLiteral("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
const QString Other = QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
const QString OwnApp = QStringLiteral("0e5b1f6c-7a2d-4c3e-9f8a-1b2c3d4e5f60");
const QString Organizer = QStringLiteral("identity-organiser");

Participant app(const QString &id, const QString &clientId)
{
    Participant p;
    p.setId(id);
    p.setIdentities({ParticipantIdentity{IdentityKind::Application, clientId, QStringLiteral("Bot"), {}}});
    return p;
}

//! One of each: a colleague, an external user, a guest, a phone, someone in the lobby, another bot,
//! Moderato's own bot and the organiser.
QList<Participant> roster()
{
    return {person(QStringLiteral("colleague"), QStringLiteral("Jane"), Home),
            person(QStringLiteral("external"), QStringLiteral("Omar"), Other),
            person(QStringLiteral("guest"), QStringLiteral("Visitor"), {}, IdentityKind::Guest),
            person(QStringLiteral("phone"), QStringLiteral("+14255550123"), {}, IdentityKind::Phone),
            inLobby(person(QStringLiteral("waiting"), QStringLiteral("Lena"), Home)),
            app(QStringLiteral("recorder"), QStringLiteral("11111111-2222-4333-8444-555555555555")),
            app(QStringLiteral("moderato"), OwnApp.toUpper()),
            person(QStringLiteral("organiser"), QStringLiteral("Ada"), Home)};
}

QStringList idsOf(const QList<Participant> &participants)
{
    QStringList ids;
    for (const Participant &p : participants)
        ids.append(p.id());
    return ids;
}

} // namespace

class TestParticipantRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesKindNames_data()
    {
        testing::addColumns<QString, QList<Kind>>({"text", "kinds"});
        QTest::newRow("one") << QStringLiteral("guest") << QList<Kind>{Kind::Guest};
        QTest::newRow("several, in order") << QStringLiteral("phone,guest") << QList<Kind>{Kind::Phone, Kind::Guest};
        QTest::newRow("spaces and case") << QStringLiteral(" External , LOBBY")
                                         << QList<Kind>{Kind::External, Kind::Lobby};
        QTest::newRow("twice is once") << QStringLiteral("app,app") << QList<Kind>{Kind::App};
    }
    void parsesKindNames()
    {
        QFETCH(QString, text);
        QFETCH(QList<Kind>, kinds);
        QString error;
        const auto rule = ParticipantRule::parse(text, &error);
        QVERIFY2(rule, qPrintable(error));
        QCOMPARE(rule->kinds(), kinds);
    }

    void refusesWhatIsNotAKind_data()
    {
        testing::addColumns<QString, QString>({"text", "named"});
        QTest::newRow("unknown") << QStringLiteral("guests") << QStringLiteral("\"guests\"");
        QTest::newRow("one of several") << QStringLiteral("guest,everyone") << QStringLiteral("\"everyone\"");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("guest, external, phone, lobby, app");
        QTest::newRow("only commas") << QStringLiteral(",,") << QStringLiteral("guest, external, phone, lobby, app");
    }
    void refusesWhatIsNotAKind()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!ParticipantRule::parse(text, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void eachKindSelectsItsPeople_data()
    {
        testing::addColumns<QList<Kind>, QStringList>({"kinds", "selected"});
        QTest::newRow("guest") << QList<Kind>{Kind::Guest} << QStringList{QStringLiteral("guest")};
        QTest::newRow("external") << QList<Kind>{Kind::External} << QStringList{QStringLiteral("external")};
        QTest::newRow("phone") << QList<Kind>{Kind::Phone} << QStringList{QStringLiteral("phone")};
        QTest::newRow("lobby") << QList<Kind>{Kind::Lobby} << QStringList{QStringLiteral("waiting")};
        QTest::newRow("app: not Moderato's own") << QList<Kind>{Kind::App} << QStringList{QStringLiteral("recorder")};
        QTest::newRow("several, in roster order")
            << QList<Kind>{Kind::Phone, Kind::Guest} << QStringList{QStringLiteral("guest"), QStringLiteral("phone")};
    }
    void eachKindSelectsItsPeople()
    {
        QFETCH(QList<Kind>, kinds);
        QFETCH(QStringList, selected);
        const RuleExemptions exempt{OwnApp, Organizer};
        QCOMPARE(idsOf(selectByRule(roster(), ParticipantRule(kinds), Home, exempt)), selected);
    }

    void theOrganiserIsNeverSelected()
    {
        QList<Participant> people = roster();
        people.last() = person(QStringLiteral("organiser"), QStringLiteral("Ada"), Other); // an external organiser
        const ParticipantRule external({Kind::External});
        QCOMPARE(idsOf(selectByRule(people, external, Home, RuleExemptions{OwnApp, Organizer.toUpper()})),
                 (QStringList{QStringLiteral("external")}));
        // Unknown organiser: nobody to leave out but Moderato.
        QCOMPARE(idsOf(selectByRule(people, external, Home, RuleExemptions{OwnApp, {}})),
                 (QStringList{QStringLiteral("external"), QStringLiteral("organiser")}));
    }

    void withoutAHomeTenantNobodyIsExternal()
    {
        QVERIFY(selectByRule(roster(), ParticipantRule({Kind::External}), {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParticipantRule)
#include "tst_participant_rule.moc"
