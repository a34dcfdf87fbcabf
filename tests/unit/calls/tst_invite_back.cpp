// Inviting removed people back: who is invited and how (users by object id, with their tenant when
// it is another one; phone numbers by number), and who is named instead (guests, applications,
// hidden numbers, people in the call again).
#include "core/calls/invite_back.h"
#include "core/calls/participant_model.h"

#include "roster_builders.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;

namespace {

const QString Home = QStringLiteral("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
const QString Other = QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
const QString JaneId = QStringLiteral("1c9e4f3a-7b2d-4e8f-9a6b-3d5c7e9f1a2b");
const QString OmarId = QStringLiteral("2d0f5a4b-8c3e-4f9a-8b7c-4e6d8f0a2b3c");

ParticipantIdentity identity(IdentityKind kind, const QString &id, const QString &name, const QString &tenant = {})
{
    return ParticipantIdentity{kind, id, name, tenant};
}

} // namespace

class TestInviteBack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void colleagueIsInvitedByObjectIdWithoutTenant()
    {
        const auto invitee =
            inviteeToBringBack(identity(IdentityKind::User, JaneId, QStringLiteral("Jane"), Home), Home);
        QVERIFY(invitee);
        QCOMPARE(invitee->kind, Invitee::Kind::User);
        QCOMPARE(invitee->id, JaneId);
        QCOMPARE(invitee->displayName, QStringLiteral("Jane"));
        QVERIFY(invitee->tenantId.isEmpty());
        QVERIFY(invitee->validationError().isEmpty());
    }

    void externalUserIsInvitedWithTheirTenant()
    {
        const auto invitee =
            inviteeToBringBack(identity(IdentityKind::User, OmarId, QStringLiteral("Omar"), Other), Home);
        QVERIFY(invitee);
        QCOMPARE(invitee->tenantId, Other);
        const QJsonObject user = invitee->toInvitationParticipantInfo()
                                     .value(QStringLiteral("identity"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
        QCOMPARE(user.value(QStringLiteral("id")).toString(), OmarId);
        QCOMPARE(user.value(QStringLiteral("tenantId")).toString(), Other);
    }

    void phoneIsInvitedByNumber()
    {
        const auto invitee =
            inviteeToBringBack(identity(IdentityKind::Phone, QStringLiteral("+1 425 555 0123"), {}), Home);
        QVERIFY(invitee);
        QCOMPARE(invitee->kind, Invitee::Kind::Phone);
        QCOMPARE(invitee->id, QStringLiteral("+14255550123"));
    }

    void whoCannotBeInvitedIsNamed_data()
    {
        testing::addColumns<ParticipantIdentity, QString>({"who", "sentence"});
        QTest::newRow("guest") << identity(IdentityKind::Guest, QStringLiteral("guest-7"), QStringLiteral("Amara"))
                               << QStringLiteral("Amara (guest) can rejoin with the meeting link.");
        QTest::newRow("guest as Teams names them")
            << identity(IdentityKind::Guest, QStringLiteral("guest-8"), QStringLiteral("Amara Okafor (Guest)"))
            << QStringLiteral("Amara Okafor (Guest) can rejoin with the meeting link.");
        QTest::newRow("hidden number") << identity(IdentityKind::Phone, QStringLiteral("anonymous"),
                                                   QStringLiteral("Caller"))
                                       << QStringLiteral("Caller (phone) can dial in again: their number is hidden.");
        QTest::newRow("application") << identity(IdentityKind::Application, JaneId, QStringLiteral("Recorder"))
                                     << QStringLiteral("Recorder is an application: Moderato does not invite it back.");
        QTest::newRow("user without an object id")
            << identity(IdentityKind::User, QStringLiteral("8:orgid:abc"), QStringLiteral("Lena"))
            << QStringLiteral("Lena can rejoin with the meeting link: Moderato does not know their account.");
        QTest::newRow("external user, tenant not a tenant id")
            << identity(IdentityKind::User, OmarId, QStringLiteral("Omar"), QStringLiteral("contoso.com"))
            << QStringLiteral("Omar can rejoin with the meeting link: their organisation is not known.");
        QTest::newRow("communication services user")
            << identity(IdentityKind::AcsUser, QStringLiteral("8:acs:1"), QStringLiteral("Kiosk"))
            << QStringLiteral("Kiosk can rejoin with the meeting link.");
    }
    void whoCannotBeInvitedIsNamed()
    {
        QFETCH(ParticipantIdentity, who);
        QFETCH(QString, sentence);
        QString whyNot;
        QVERIFY(!inviteeToBringBack(who, Home, &whyNot));
        QCOMPARE(whyNot, sentence);
    }

    void planKeepsOrderAndSkipsTwiceAndTheReturned()
    {
        ParticipantModel roster;
        roster.setHomeTenantId(Home);
        Participant back;
        back.setId(QStringLiteral("new-leg"));
        back.setIdentities({identity(IdentityKind::User, OmarId.toUpper(), QStringLiteral("Omar"), Other)});
        roster.apply(snapshotOf({back}));

        const InviteBackPlan plan =
            planInviteBack({identity(IdentityKind::Phone, QStringLiteral("+14255550123"), QStringLiteral("Caller")),
                            identity(IdentityKind::Guest, {}, QStringLiteral("Amara")),
                            identity(IdentityKind::User, OmarId, QStringLiteral("Omar"), Other),
                            identity(IdentityKind::User, JaneId, QStringLiteral("Jane"), Home),
                            identity(IdentityKind::User, JaneId, QStringLiteral("Jane"), Home)},
                           Home, &roster);
        QCOMPARE(plan.invitees.size(), 2);
        QCOMPARE(plan.invitees.at(0).id, QStringLiteral("+14255550123"));
        QCOMPARE(plan.invitees.at(1).id, JaneId);
        QCOMPARE(plan.notes, (QStringList{QStringLiteral("Amara (guest) can rejoin with the meeting link."),
                                          QStringLiteral("Omar is in the call again.")}));
    }
};

Q_DECLARE_METATYPE(moderato::ParticipantIdentity)

QTEST_GUILESS_MAIN(TestInviteBack)
#include "tst_invite_back.moc"
