// checkTargets(): the core's promise behind every action — an id is acted on only in the state the
// action is for, the app's own participant never, and everything refused says why, sending nothing.
#include "core/calls/action_targets.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"

#include "roster_builders.h"

#include <QtTest>
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;
using A = ActionOutcome::Action;
using R = ActionOutcome::Result;

namespace {

const QString Jane = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString Bot = QStringLiteral("00000000-0000-4000-8000-0000000000b0");
const QString Ringing = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString Declined = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
const QString Stranger = QStringLiteral("00000000-0000-4000-8000-0000000000ff");
const QString ClientId = QStringLiteral("0e5b1f6c-7a2d-4c3e-9f8a-1b2c3d4e5f60");

//! Where each id ended up: "verified", "unverified" or the refusal's result.
QString verdictFor(const TargetCheck &check, const QString &id)
{
    if (check.verified.contains(id))
        return QStringLiteral("verified");
    if (check.unverified.contains(id))
        return QStringLiteral("unverified");
    for (const ActionOutcome &o : check.refused) {
        if (o.participantId == id)
            return o.result == R::NotInCall     ? QStringLiteral("notInCall")
                   : o.result == R::AlreadyGone ? QStringLiteral("alreadyGone")
                                                : QStringLiteral("refused");
    }
    return QStringLiteral("missing");
}

} // namespace

class TestActionTargets : public QObject
{
    Q_OBJECT
private:
    ParticipantModel roster;
    InvitationModel invitations;

private Q_SLOTS:
    void initTestCase()
    {
        Participant bot;
        bot.setId(Bot);
        bot.setIdentities(
            {ParticipantIdentity{IdentityKind::Application, ClientId, QStringLiteral("Moderato Bot"), {}}});
        roster.setOwnApplicationId(ClientId);
        roster.apply(snapshotOf({person(Jane, QStringLiteral("Jane Doe")), bot}));
        Invitation ringing;
        ringing.participantId = Ringing;
        ringing.invitee = {IdentityKind::Phone, QStringLiteral("+14255550100"), {}};
        Invitation declined = ringing;
        declined.participantId = Declined;
        invitations.add({ringing, declined});
        invitations.markFailed({Declined}, QStringLiteral("declined"));
        roster.setInvitedRows(invitations.ringingRows());
    }

    void verdicts_data()
    {
        testing::addColumns<int, QString, bool, bool, QString>(
            {"action", "id", "loaded", "incomplete", "verdict"});
        const int remove = int(A::Remove), mute = int(A::Mute), cancel = int(A::CancelInvitation);
        QTest::newRow("remove someone in the call") << remove << Jane << true << false << "verified";
        QTest::newRow("remove the app itself") << remove << Bot << true << false << "refused";
        QTest::newRow("remove a ringing invitation") << remove << Ringing << true << false << "refused";
        QTest::newRow("remove a stranger") << remove << Stranger << true << false << "notInCall";
        QTest::newRow("remove a stranger, roster capped") << remove << Stranger << true << true << "unverified";
        QTest::newRow("remove before any roster") << remove << Stranger << false << false << "refused";
        QTest::newRow("remove a malformed id")
            << remove << QStringLiteral("not-a-real-id") << true << false << "refused";
        QTest::newRow("mute the app itself") << mute << Bot << true << false << "refused";
        QTest::newRow("mute someone in the call") << mute << Jane << true << false << "verified";
        QTest::newRow("cancel someone in the call") << cancel << Jane << true << false << "refused";
        QTest::newRow("cancel the app itself") << cancel << Bot << true << false << "refused";
        QTest::newRow("cancel a ringing invitation") << cancel << Ringing << true << false << "verified";
        QTest::newRow("cancel an ended invitation") << cancel << Declined << true << false << "alreadyGone";
        QTest::newRow("cancel an id sent elsewhere") << cancel << Stranger << true << false << "unverified";
        QTest::newRow("cancel before any roster") << cancel << Stranger << false << false << "refused";
    }

    void verdicts()
    {
        QFETCH(int, action);
        QFETCH(QString, id);
        QFETCH(bool, loaded);
        QFETCH(bool, incomplete);
        QFETCH(QString, verdict);
        const TargetCheck check = checkTargets(A(action), {id}, roster, invitations, {loaded, incomplete},
                                               [](const QString &who) { return who; });
        QCOMPARE(verdictFor(check, id), verdict);
        for (const ActionOutcome &o : check.refused) {
            QVERIFY(!o.message.isEmpty());
            QVERIFY(o.requestId.isEmpty()); // nothing was sent
        }
    }

    void aLeftRowIsNotInTheCall()
    {
        ParticipantModel held;
        held.apply(snapshotOf({person(Jane, QStringLiteral("Jane Doe")), person(Stranger, QStringLiteral("Sam"))}));
        held.setHeld(true);
        held.apply(snapshotOf({person(Stranger, QStringLiteral("Sam"))}));
        const TargetCheck check =
            checkTargets(A::Remove, {Jane}, held, invitations, {true, false}, [](const QString &who) { return who; });
        QCOMPARE(verdictFor(check, Jane), QStringLiteral("notInCall"));
    }

    void eachIdIsCheckedOnce()
    {
        const TargetCheck check = checkTargets(A::Remove, {Jane, Jane, Stranger}, roster, invitations, {true, false},
                                               [](const QString &who) { return who; });
        QCOMPARE(check.verified, QStringList{Jane});
        QCOMPARE(check.refused.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActionTargets)
#include "tst_action_targets.moc"
