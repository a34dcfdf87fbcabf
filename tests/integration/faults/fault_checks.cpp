// What the moderator is left with after a fault, beyond the outcome of the request itself.
#include "integration/faults/fault_drivers.h"

using namespace moderato;
using namespace itest;

namespace faults {

namespace {

//! Whether the simulator acted on a logged request: it answered 2xx, or a fault hid that it did.
bool performed(const QJsonValue &entry)
{
    const QString fault = entry[QLatin1String("fault")].toString();
    const int status = entry[QLatin1String("status")].toInt();
    return fault == QLatin1String("reset:afterAction") || fault.startsWith(QLatin1String("body:"))
           || (status >= 200 && status < 300);
}

} // namespace

void FaultRun::checkRoster(const Observed &observed)
{
    QVERIFY(sim.sessionErrors.isEmpty()); // a failed refresh is a banner, never a dialog
    if (observed.expect == Expect::Fails) {
        // The last good roster stays, and says it is stale and why.
        QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Stale);
        QVERIFY(!sim.session->lastRefreshError().isEmpty());
        QVERIFY(sim.session->staleSince().isValid());
        QCOMPARE(sim.session->lastRefresh(), m_goodAt);
        QCOMPARE(sim.rosterIds(), m_goodRoster);
        clearFaultsAndWaitForDelayedRequests();
        QVERIFY(sim.refreshNow());
        QCOMPARE(sim.session->connectionState(), CallSession::ConnectionState::Live);
    }
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
}

void FaultRun::checkRemoval(const Observed &observed)
{
    const QSet<QString> inSim = sim.simRosterIds();
    for (const QString &id : std::as_const(m_targets)) {
        if (observed.expect == Expect::Retried || observed.expect == Expect::Succeeds)
            QVERIFY2(!inSim.contains(id),
                     qPrintable(id + QLatin1String(" was reported removed but is still in the call")));
        if (inSim.contains(id)) // not removed: the row must not stay stuck in "removing…"
            QCOMPARE(sim.rowState(id), ParticipantModel::RowState::Active);
    }
    // At most one DELETE per participant took effect: the others found nobody (404).
    clearFaultsAndWaitForDelayedRequests();
    int removals = 0;
    for (const QJsonValue &entry : sim.log()) {
        if (entry[QLatin1String("method")].toString() == QLatin1String("DELETE")
            && entry[QLatin1String("status")].toInt() == 204)
            ++removals;
    }
    QVERIFY(removals <= m_targets.size());
    // The roster converges on the truth, whatever was reported.
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    for (const QString &id : std::as_const(m_targets))
        QVERIFY(sim.rowState(id) != ParticipantModel::RowState::Removing);
}

void FaultRun::checkInvitation(const Observed &observed)
{
    const QJsonArray posts = sim.logEntries(QStringLiteral("POST"), QStringLiteral("/participants/invite"));
    int reachedTheService = 0;
    for (const QJsonValue &entry : posts)
        reachedTheService += performed(entry) ? 1 : 0;
    QVERIFY2(reachedTheService <= 1, "an invitation was performed twice");

    // No invitation is lost: it is listed, with a status.
    const auto invitation = sim.invitations()->invitation(m_invitationId);
    QVERIFY(invitation.has_value());
    if (observed.expect == Expect::Fails) {
        QCOMPARE(invitation->outcome, InvitationOutcome::Failed);
        QVERIFY(!invitation->result.message.isEmpty());
        QCOMPARE(reachedTheService, 0);
    } else {
        QVERIFY2(invitation->outcome != InvitationOutcome::Failed,
                 "an invitation that may have gone out is shown as failed (a retry would ring twice)");
    }

    // Reconciled by the roster: once Ada accepts, our participantId is in the call.
    clearFaultsAndWaitForDelayedRequests();
    const bool ringing = sim.simPendingInvitees().contains(m_invitationId);
    if (ringing)
        QVERIFY2(sim.invitations()->invitation(m_invitationId)->isPending(),
                 "the service is ringing the invitee but Moderato says the invitation ended");
    sim.simulator.advanceClock(AdaAnswersAfter + 1);
    QVERIFY(sim.refreshNow());
    QVERIFY(sim.settle());
    const Invitation after = *sim.invitations()->invitation(m_invitationId);
    if (sim.simRosterIds().contains(m_invitationId)) {
        QCOMPARE(after.outcome, InvitationOutcome::Connected);
    } else {
        QVERIFY(!ringing);
        QVERIFY(after.outcome == InvitationOutcome::Failed || after.isPending());
    }
    // Never re-sent, not even while reconciling.
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/participants/invite")).size(), posts.size());
}

void FaultRun::checkCancellation(const Observed &observed)
{
    const auto invitation = sim.invitations()->invitation(m_invitationId);
    QVERIFY(invitation.has_value());
    const bool ringing = sim.simPendingInvitees().contains(m_invitationId);
    if (observed.expect == Expect::Fails || observed.expect == Expect::Unknown) {
        if (ringing) { // still ringing: still listed as such, and can be cancelled again
            QVERIFY(invitation->isPending());
            const QModelIndex index = sim.invitations()->index(sim.invitations()->rowOf(m_invitationId), 0);
            QVERIFY(index.data(InvitationModel::CanCancelRole).toBool());
        }
    } else {
        QVERIFY(!ringing);
        QCOMPARE(invitation->outcome, InvitationOutcome::Cancelled);
    }
    // Whatever was reported, the status converges on the service's.
    clearFaultsAndWaitForDelayedRequests();
    QVERIFY(sim.refreshNow());
    QVERIFY(sim.settle());
    const bool stillRinging = sim.simPendingInvitees().contains(m_invitationId);
    QVERIFY(QTest::qWaitFor([&] { return sim.invitations()->invitation(m_invitationId)->isPending() == stillRinging; },
                            5000));
    QVERIFY(!sim.simRosterIds().contains(m_invitationId));
}

void FaultRun::checkMute(const Observed &observed)
{
    const QString target = m_targets.first();
    QVERIFY(sim.rowState(target) != ParticipantModel::RowState::Muting);
    clearFaultsAndWaitForDelayedRequests();
    QVERIFY(sim.refreshNow());
    const QModelIndex index = sim.roster()->index(sim.roster()->rowOf(target), 0);
    const bool mutedInSim = [&] {
        for (const QJsonValue &p : sim.simCall().value(QLatin1String("participants")).toArray())
            if (p[QLatin1String("id")].toString() == target)
                return p[QLatin1String("isMuted")].toBool();
        return false;
    }();
    if (observed.expect == Expect::Retried || observed.expect == Expect::Succeeds)
        QVERIFY(mutedInSim);
    QCOMPARE(index.data(ParticipantModel::IsMutedRole).toBool(), mutedInSim);
}

} // namespace faults
