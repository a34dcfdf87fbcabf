// CallSession's moderation actions end to end against the simulator over loopback HTTP, with
// Moderato's real client, token provider and models: remove (one, several as $batch, already gone,
// not allowed), invitations with their outcomes and sources, cancel and mute. Manual simulated
// clock, so answers happen exactly when a test advances time.
#include "core/graph/participant_requests.h"
#include "core/graph/graph_client.h"
#include "integration/session/session_fixture.h"

using namespace moderato;
using namespace itest;
using namespace stest;

namespace {

const QString AdaName = QStringLiteral("Ada Lovelace");
const QString AlanName = QStringLiteral("Alan Turing");

//! Ada accepts after \a adaAfter s, Alan declines after \a alanAfter s.
QJsonObject acceptAndDecline(double adaAfter, double alanAfter, const QJsonObject &options = {})
{
    QJsonObject world = scenario(3, options);
    setUsers(world, QJsonArray{answeringUser(AdaId, AdaName, adaAfter, QStringLiteral("accept")),
                               answeringUser(AlanId, AlanName, alanAfter, QStringLiteral("decline"))});
    return world;
}

//! A roster entry named by the identity \a slot ("user", "phone", "guest") of \a identity.
QJsonObject participantAs(const QString &id, const QString &slot, const QJsonObject &identity)
{
    QJsonObject p = participant(id, {});
    p.insert(QStringLiteral("info"), QJsonObject{{QStringLiteral("identity"), QJsonObject{{slot, identity}}}});
    return p;
}

InviteTarget user(const QString &id, const QString &name)
{
    return InviteTarget{InviteTarget::Kind::User, id, name};
}

} // namespace

class TestCallSessionActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesOneParticipant();
    void removesSeveralInOneBatch();
    void removingSomeoneWhoLeftIsAlreadyGone();
    void forbiddenRemovalShowsTheAdminCommand();
    void invitesTwoOneAcceptsOneDeclines();
    void invitesSevenOnePersonPerRequest();
    void cancelsARingingInvitation();
    void mutesAParticipant();
    void invitationStatusComesFromRosterAndTimeoutWithoutOperations();
    void invitesRemovedPeopleBack();
    void stoppingLeavesWhatWasNotSent();
};

void TestCallSessionActions::removesOneParticipant()
{
    QJsonObject world = scenario(4);
    QJsonArray calls = world.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.first().toObject();
    call.insert(QStringLiteral("subject"), QStringLiteral("Budget review"));
    calls.replace(0, call);
    world.insert(QStringLiteral("calls"), calls);
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QTRY_COMPARE(sim.session->callInfo().subject, QStringLiteral("Budget review")); // the audit line names it
    const QString target = participantId(2);

    sim.session->remove({target});
    QCOMPARE(sim.rowState(target),
             ParticipantModel::RowState::Removing); // at once, before any answer
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.action, ActionOutcome::Action::Remove);
    QCOMPARE(outcome.result, ActionOutcome::Result::Done);
    QCOMPARE(outcome.participantId, target);
    QCOMPARE(outcome.displayName, QStringLiteral("Person 2"));
    QVERIFY(!outcome.requestId.isEmpty());

    QVERIFY(QTest::qWaitFor([&] { return sim.roster()->rowOf(target) < 0; }, 10000));
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    QCOMPARE(sim.logEntries(QStringLiteral("DELETE"), QStringLiteral("/participants/") + target).size(), 1);

    const QList<QJsonObject> lines = sim.auditLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QLatin1String("action")).toString(), QStringLiteral("remove"));
    QCOMPARE(lines.first().value(QLatin1String("callId")).toString(), Call);
    QCOMPARE(lines.first().value(QLatin1String("callSubject")).toString(), QStringLiteral("Budget review"));
    QCOMPARE(lines.first().value(QLatin1String("targetId")).toString(), target);
    QCOMPARE(lines.first().value(QLatin1String("targetName")).toString(), QStringLiteral("Person 2"));
    QCOMPARE(lines.first().value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(lines.first().value(QLatin1String("requestId")).toString(), outcome.requestId);
}

void TestCallSessionActions::removesSeveralInOneBatch()
{
    SessionFixture sim(scenario(6));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.clearLog();
    const QStringList targets{participantId(1), participantId(3), participantId(4)};

    sim.session->remove(targets);
    for (const QString &id : targets)
        QCOMPARE(sim.rowState(id), ParticipantModel::RowState::Removing);
    QVERIFY(sim.waitForOutcomes(3));
    for (const ActionOutcome &outcome : std::as_const(sim.outcomes))
        QCOMPARE(outcome.result, ActionOutcome::Result::Done);
    QVERIFY(QTest::qWaitFor([&] { return sim.roster()->rowCount() == 3; }, 10000));
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());

    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 1);
    QCOMPARE(sim.logEntries(QStringLiteral("DELETE"), QString()).size(), 0);
    // One audit line per person, each with the request id that carried it.
    const QList<QJsonObject> lines = sim.auditLines();
    QCOMPARE(lines.size(), 3);
    for (const QJsonObject &line : lines)
        QVERIFY2(!line.value(QLatin1String("requestId")).toString().isEmpty(),
                 QJsonDocument(line).toJson().constData());
}

void TestCallSessionActions::removingSomeoneWhoLeftIsAlreadyGone()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    // Someone else removes them (or they hang up) between two refreshes.
    QVERIFY(sim.removeElsewhere(target));
    QVERIFY(!sim.simRosterIds().contains(target));

    sim.session->remove({target});
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.result, ActionOutcome::Result::AlreadyGone);
    QCOMPARE(outcome.httpStatus, 404);
    QVERIFY(!outcome.message.isEmpty());
    QVERIFY(outcome.adminHint.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return sim.roster()->rowOf(target) < 0; }, 10000));
    QCOMPARE(sim.auditLines().last().value(QLatin1String("outcome")).toString(), QStringLiteral("alreadyGone"));
}

void TestCallSessionActions::forbiddenRemovalShowsTheAdminCommand()
{
    QJsonObject world = scenario(3);
    setRemovalAllowed(world, false);
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(0);

    sim.session->remove({target});
    QVERIFY(sim.waitForOutcomes(1));
    const ActionOutcome outcome = sim.outcomes.first();
    QCOMPARE(outcome.result, ActionOutcome::Result::Failed);
    QCOMPARE(outcome.httpStatus, 403);
    QVERIFY(!outcome.message.isEmpty());
    QVERIFY(!outcome.requestId.isEmpty());
    const QString expected =
        QStringLiteral("Set-CsApplicationMeetingConfiguration -AllowRemoveParticipantAppIds @{Add=\"") + App
        + QLatin1String("\"}");
    QVERIFY2(outcome.adminHint.contains(expected), qPrintable(outcome.adminHint));
    // The row is back to normal and still there: nobody was removed.
    QVERIFY(sim.settle());
    QCOMPARE(sim.rowState(target), ParticipantModel::RowState::Active);
    QVERIFY(sim.simRosterIds().contains(target));
    QCOMPARE(sim.auditLines().last().value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
}

void TestCallSessionActions::invitesTwoOneAcceptsOneDeclines()
{
    // A decline is only known from the operation (or a notification): this world answers its GET.
    SessionFixture sim(acceptAndDecline(3, 6, QJsonObject{{QStringLiteral("operationsGettable"), true}}));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QSignalSpy finished(sim.invitations(), &InvitationModel::invitationFinished);

    const QStringList ids = sim.session->invite({user(AdaId, AdaName), user(AlanId, AlanName)});
    QCOMPARE(ids.size(), 2);
    QCOMPARE(sim.invitations()->rowCount(), 2);
    QCOMPARE(sim.rowState(ids.at(0)),
             ParticipantModel::RowState::Invited); // ringing rows show at once
    QVERIFY(sim.waitForOutcomes(2));
    for (const ActionOutcome &outcome : std::as_const(sim.outcomes)) {
        QCOMPARE(outcome.action, ActionOutcome::Action::Invite);
        QCOMPARE(outcome.result, ActionOutcome::Result::Done);
    }
    // One invitation per person, sent together in one $batch: each gets its own operation.
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 1);
    QVERIFY(!sim.invitations()->invitation(ids.at(0))->operationId.isEmpty());
    QVERIFY(sim.invitations()->invitation(ids.at(0))->operationId
            != sim.invitations()->invitation(ids.at(1))->operationId);

    sim.simulator.advanceClock(3);
    QVERIFY(sim.refreshNow());
    const Invitation ada = *sim.invitations()->invitation(ids.at(0));
    QCOMPARE(ada.outcome, InvitationOutcome::Connected);
    QCOMPARE(ada.source, StatusSource::Roster);
    QVERIFY(sim.rosterIds().contains(ids.at(0)));
    QCOMPARE(sim.rowState(ids.at(0)), ParticipantModel::RowState::Active);
    QVERIFY(sim.invitations()->invitation(ids.at(1))->isPending());

    sim.simulator.advanceClock(3);
    QVERIFY(sim.refreshNow());
    QVERIFY(QTest::qWaitFor([&] { return !sim.invitations()->invitation(ids.at(1))->isPending(); }, 5000));
    const Invitation alan = *sim.invitations()->invitation(ids.at(1));
    QCOMPARE(alan.outcome, InvitationOutcome::Declined);
    QCOMPARE(alan.source, StatusSource::OperationPoll);
    QCOMPARE(alan.result.code, 603);
    QVERIFY(!sim.rosterIds().contains(ids.at(1)));
    QVERIFY(!sim.rowState(ids.at(1)).has_value()); // the ringing row left
    QCOMPARE(finished.size(), 2);
    QCOMPARE(sim.invitations()->invitation(ids.at(0))->outcome, InvitationOutcome::Connected);
}

void TestCallSessionActions::invitesSevenOnePersonPerRequest()
{
    SessionFixture sim(scenario(2));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    QList<InviteTarget> targets;
    for (int i = 0; i < 7; ++i)
        targets.append({InviteTarget::Kind::Phone, QStringLiteral("+1425555010%1").arg(i), {}});

    const QStringList ids = sim.session->invite(targets);
    QCOMPARE(ids.size(), 7);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 7);
    QVERIFY(sim.waitForOutcomes(7));
    const QJsonArray batches = sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch"));
    QCOMPARE(batches.size(), 1);
    const QJsonArray items = QJsonDocument::fromJson(batches.first()[QLatin1String("body")].toString().toUtf8())
                                 .object()
                                 .value(QLatin1String("requests"))
                                 .toArray();
    QCOMPARE(items.size(), 7);
    QSet<QString> invited;
    for (const QJsonValue &item : items) {
        QVERIFY(item[QLatin1String("url")].toString().endsWith(QLatin1String("/participants/invite")));
        const QJsonArray participants = item[QLatin1String("body")][QLatin1String("participants")].toArray();
        QCOMPARE(participants.size(), 1);
        invited.insert(participants.first()[QLatin1String("participantId")].toString());
    }
    QCOMPARE(invited, QSet<QString>(ids.begin(), ids.end()));
    QCOMPARE(sim.simPendingInvitees().size(), 7);
    QCOMPARE(sim.invitations()->pendingParticipantIds().size(), 7);
    QSet<QString> operations;
    for (const QString &id : ids)
        operations.insert(sim.invitations()->invitation(id)->operationId);
    QCOMPARE(operations.size(), 7);
}

void TestCallSessionActions::cancelsARingingInvitation()
{
    SessionFixture sim(acceptAndDecline(3, 6));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QStringList ids = sim.session->invite({user(AdaId, AdaName)});
    QVERIFY(sim.waitForOutcomes(1));
    QCOMPARE(sim.simPendingInvitees(), ids);

    sim.session->cancelInvitations(ids);
    QCOMPARE(sim.rowState(ids.first()), ParticipantModel::RowState::Cancelling);
    QVERIFY(sim.waitForOutcomes(2));
    const ActionOutcome cancelled = sim.outcomes.last();
    QCOMPARE(cancelled.action, ActionOutcome::Action::CancelInvitation);
    QCOMPARE(cancelled.result, ActionOutcome::Result::Done);
    QCOMPARE(sim.invitations()->invitation(ids.first())->outcome, InvitationOutcome::Cancelled);
    QCOMPARE(sim.invitations()->invitation(ids.first())->source, StatusSource::Cancel);
    QVERIFY(sim.simPendingInvitees().isEmpty());

    sim.simulator.advanceClock(10); // past the moment Ada would have accepted
    QVERIFY(sim.refreshNow());
    QVERIFY(!sim.simRosterIds().contains(ids.first()));
    QVERIFY(!sim.rowState(ids.first()).has_value());
    QCOMPARE(sim.invitations()->invitation(ids.first())->outcome, InvitationOutcome::Cancelled);
    QCOMPARE(sim.auditLines().last().value(QLatin1String("action")).toString(), QStringLiteral("cancel"));
}

void TestCallSessionActions::mutesAParticipant()
{
    SessionFixture sim(scenario(3));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    const QString target = participantId(1);
    const QModelIndex index = sim.roster()->index(sim.roster()->rowOf(target), 0);
    QCOMPARE(index.data(ParticipantModel::IsMutedRole).toBool(), false);

    sim.session->mute({target});
    QCOMPARE(sim.rowState(target), ParticipantModel::RowState::Muting);
    QVERIFY(sim.waitForOutcomes(1));
    QCOMPARE(sim.outcomes.first().result, ActionOutcome::Result::Done);
    QVERIFY(sim.refreshNow());
    const QModelIndex after = sim.roster()->index(sim.roster()->rowOf(target), 0);
    QCOMPARE(after.data(ParticipantModel::IsMutedRole).toBool(), true);
    QCOMPARE(sim.rowState(target), ParticipantModel::RowState::Active);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), target + QLatin1String("/mute")).size(), 1);
}

void TestCallSessionActions::invitationStatusComesFromRosterAndTimeoutWithoutOperations()
{
    QJsonObject world = acceptAndDecline(3, 6, QJsonObject{{QStringLiteral("operationsGettable"), false}});
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    // Moderato's clock follows the simulated one, so the ringing time-out needs no real waiting.
    qint64 advanced = 0;
    sim.client->setClock([&advanced] { return QDateTime::currentDateTimeUtc().addSecs(advanced); });
    QVERIFY(sim.openCall());
    const QString phone = QStringLiteral("+14255550199"); // nobody answers a phone in the simulator
    const QStringList ids = sim.session->invite({user(AdaId, AdaName), {InviteTarget::Kind::Phone, phone, {}}});
    QVERIFY(sim.waitForOutcomes(2));
    // The operations are polled once a second while they ring: a 404, so never again.
    const auto operationGets = [&sim] {
        QJsonArray gets;
        for (const QJsonValue &entry : sim.log()) {
            if (entry[QLatin1String("method")].toString() == QLatin1String("GET")
                && entry[QLatin1String("path")].toString().contains(QLatin1String("/operations/")))
                gets.append(entry);
        }
        return gets;
    };
    QVERIFY(QTest::qWaitFor([&] { return !operationGets().isEmpty(); }, 5000));
    // Two more one-second ticks of the ringing clock, each of which would poll again.
    QSignalSpy ticks(sim.invitations(), &QAbstractItemModel::dataChanged);
    QVERIFY(QTest::qWaitFor([&] { return ticks.size() >= 2 * 2; }, 5000));

    sim.simulator.advanceClock(3);
    advanced += 3;
    QVERIFY(sim.refreshNow());
    QCOMPARE(sim.invitations()->invitation(ids.at(0))->outcome, InvitationOutcome::Connected);
    QCOMPARE(sim.invitations()->invitation(ids.at(0))->source, StatusSource::Roster);
    QVERIFY(sim.invitations()->invitation(ids.at(1))->isPending());

    advanced += sim.invitations()->ringingTimeout();
    sim.invitations()->tick();
    const Invitation unanswered = *sim.invitations()->invitation(ids.at(1));
    QCOMPARE(unanswered.outcome, InvitationOutcome::NoAnswer);
    QCOMPARE(unanswered.source, StatusSource::Timeout);

    // Both invitations rang at first: their two polls went out together, then none.
    const QJsonArray gets = operationGets();
    QVERIFY2(gets.size() <= 2, QJsonDocument(gets).toJson().constData());
    for (const QJsonValue &get : gets)
        QCOMPARE(get[QLatin1String("status")].toInt(), 404);
}

QTEST_GUILESS_MAIN(TestCallSessionActions)
#include "tst_call_session_actions.moc"

void TestCallSessionActions::invitesRemovedPeopleBack()
{
    const QString external = QStringLiteral("7e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b");
    const QString otherTenant = QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
    QJsonObject world = scenario(1);
    QJsonArray calls = world.value(QLatin1String("calls")).toArray();
    QJsonObject call = calls.first().toObject();
    QJsonArray participants = call.value(QLatin1String("participants")).toArray();
    const QString s = QStringLiteral("displayName");
    participants.append(
        participantAs(participantId(1), QStringLiteral("user"),
                      {{QStringLiteral("id"), AdaId}, {s, AdaName}, {QStringLiteral("tenantId"), Tenant}}));
    participants.append(participantAs(participantId(2), QStringLiteral("user"),
                                      {{QStringLiteral("id"), external},
                                       {s, QStringLiteral("Omar Haddad")},
                                       {QStringLiteral("tenantId"), otherTenant}}));
    participants.append(participantAs(participantId(3), QStringLiteral("phone"),
                                      {{QStringLiteral("id"), QStringLiteral("+14255550123")}}));
    participants.append(
        participantAs(participantId(4), QStringLiteral("guest"),
                      {{QStringLiteral("id"), QStringLiteral("guest-4")}, {s, QStringLiteral("Amara")}}));
    call.insert(QStringLiteral("participants"), participants);
    calls.replace(0, call);
    world.insert(QStringLiteral("calls"), calls);
    SessionFixture sim(world);
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());

    const QStringList removed{participantId(1), participantId(2), participantId(3), participantId(4)};
    sim.session->remove(removed);
    QVERIFY(sim.waitForOutcomes(4));
    QList<ParticipantIdentity> people;
    for (const ActionOutcome &outcome : std::as_const(sim.outcomes)) {
        QCOMPARE(outcome.result, ActionOutcome::Result::Done);
        people.append(outcome.identity);
    }
    QVERIFY(QTest::qWaitFor([&] { return sim.roster()->rowOf(participantId(4)) < 0; }, 10000));
    // The audit log keeps who each one was, so that they can be invited back later too.
    const QList<QJsonObject> lines = sim.auditLines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).value(QLatin1String("targetIdentity")).toObject().value(QLatin1String("tenantId")).toString(),
             otherTenant);

    sim.outcomes.clear();
    const InviteBackPlan plan = sim.session->inviteBack(people);
    QCOMPARE(plan.notes, QStringList{QStringLiteral("Amara (guest) can rejoin with the meeting link.")});
    QCOMPARE(plan.invitees.size(), 3);
    QVERIFY(sim.waitForOutcomes(3));

    const QJsonArray batches = sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch"));
    QCOMPARE(batches.size(), 2); // the removal, then the invitations
    const QJsonArray items = QJsonDocument::fromJson(batches.last()[QLatin1String("body")].toString().toUtf8())
                                 .object()
                                 .value(QLatin1String("requests"))
                                 .toArray();
    QCOMPARE(items.size(), 3);
    QStringList sent;
    for (const QJsonValue &item : items) {
        QVERIFY(item[QLatin1String("url")].toString().endsWith(QLatin1String("/participants/invite")));
        const QJsonObject identity =
            item[QLatin1String("body")][QLatin1String("participants")][0][QLatin1String("identity")].toObject();
        const QJsonObject user = identity.value(QLatin1String("user")).toObject();
        if (!user.isEmpty())
            sent.append(
                QStringLiteral("user %1 %2")
                    .arg(user.value(QLatin1String("id")).toString(), user.value(QLatin1String("tenantId")).toString()));
        else
            sent.append(QStringLiteral("phone ") + identity[QLatin1String("phone")][QLatin1String("id")].toString());
    }
    QCOMPARE(sent, (QStringList{QStringLiteral("user %1 ").arg(AdaId),
                                QStringLiteral("user %1 %2").arg(external, otherTenant),
                                QStringLiteral("phone +14255550123")}));
    for (const Invitee &invitee : plan.invitees)
        QVERIFY(sim.invitations()->invitation(invitee.participantId));
}

void TestCallSessionActions::stoppingLeavesWhatWasNotSent()
{
    SessionFixture sim(scenario(61));
    QVERIFY2(sim.ok(), qPrintable(sim.error));
    QVERIFY(sim.openCall());
    sim.clearLog();
    // One request at a time: while the first $batch of 20 is answered, the other two wait.
    sim.client->setMaxConcurrentRequests(1);
    QStringList targets;
    for (int i = 1; i <= 60; ++i)
        targets.append(participantId(i));
    QList<int> progress;
    QObject::connect(sim.session.get(), &CallSession::actionProgress, sim.session.get(),
                     [&](ActionOutcome::Action action, int done, int total) {
                         QCOMPARE(action, ActionOutcome::Action::Remove);
                         QCOMPARE(total, 60);
                         progress.append(done);
                         if (done == 1)
                             sim.session->stopActions(); // the moderator presses Stop
                     });

    sim.session->remove(targets);
    QVERIFY(sim.waitForOutcomes(60));
    int done = 0;
    QStringList stopped;
    for (const ActionOutcome &outcome : std::as_const(sim.outcomes)) {
        if (outcome.result == ActionOutcome::Result::Done) {
            ++done;
        } else {
            QCOMPARE(outcome.result, ActionOutcome::Result::Stopped);
            QVERIFY(outcome.sentNothing());
            QCOMPARE(outcome.describe(),
                     QStringLiteral("Nothing was sent for %1: the action was stopped.").arg(outcome.who()));
            stopped.append(outcome.participantId);
        }
    }
    // The first batch was on its way and finishes; the batches still waiting are never sent.
    QCOMPARE(done, 20);
    QCOMPARE(stopped.size(), 40);
    QCOMPARE(sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/$batch")).size(), 1);
    QCOMPARE(progress.size(), 61);
    QCOMPARE(progress.first(), 0);
    QCOMPARE(progress.last(), 60);
    sim.session->refresh();
    QVERIFY(QTest::qWaitFor([&] { return sim.roster()->rowCount() == 41; }, 10000));
    for (const QString &id : std::as_const(stopped))
        QCOMPARE(sim.rowState(id), ParticipantModel::RowState::Active);
    QCOMPARE(sim.rosterIds(), sim.simRosterIds());
    int stoppedLines = 0;
    for (const QJsonObject &line : sim.auditLines())
        stoppedLines += line.value(QLatin1String("outcome")).toString() == QLatin1String("stopped");
    QCOMPARE(stoppedLines, 40);
}
