// ParticipantModel: invited rows, pending states, tenants, texts, roles and counts.
#include "core/calls/participant_model.h"

#include "participant_model_fixture.h"
#include "roster_builders.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;
using State = ParticipantModel::RowState;

class TestParticipantModelStates : public ParticipantModelTest
{
    Q_OBJECT
private Q_SLOTS:
    void invitedRowsAppearWithTheirState();
    void invitedRowIsReplacedWhenTheParticipantJoins();
    void invitedRowsLeaveWhenNoLongerRinging();
    void invitedIdAlreadyInTheRosterIsIgnored();
    void ringingTextUsesTheClock();
    void pendingStatesShowAndClear();
    void pendingRowThatLeavesSimplyGoes();
    void cancellingAnInvitationThatFailsGoesBackToInvited();
    void homeTenantDecidesExternal();
    void displayTexts_data();
    void displayTexts();
    void searchTextHoldsNameIdsAndPhone();
    void sortRoleGivesNaturalValues();
    void countsFollowTheRoster();
    void headerAndRoleNames();
    void anAcceptedInvitationStaysUntilTheRosterShowsThem();
    void whileHeldNobodyGoesAndNewcomersWait();
    void theFirstRosterComesInWholeEvenWhileHeld();
    void ownParticipantIsMarked();
};

void TestParticipantModelStates::invitedRowsAppearWithTheirState()
{
    model->apply(snapshotOf(people(2)));
    log->changes.clear();
    model->setInvitedRows(
        {InvitedRow{QStringLiteral("inv-1"), QStringLiteral("Grace"), IdentityKind::User, now.addSecs(-12),
                    QStringLiteral("u-grace")},
         InvitedRow{QStringLiteral("inv-2"), QString(), IdentityKind::Phone, now, QStringLiteral("+14255550123")}});
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("inserted"));
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex grace = model->index(model->rowOf(QStringLiteral("inv-1")), ParticipantModel::StateColumn);
    QCOMPARE(grace.data(ParticipantModel::StateRole).toInt(), int(State::Invited));
    QCOMPARE(grace.data().toString(), QStringLiteral("Ringing — 12 s"));
    QCOMPARE(grace.data(ParticipantModel::InvitedSinceRole).toDateTime(), now.addSecs(-12));
    QCOMPARE(grace.siblingAtColumn(0).data().toString(), QStringLiteral("Grace"));
    const QModelIndex phone = model->index(model->rowOf(QStringLiteral("inv-2")), 0);
    QCOMPARE(phone.data().toString(), QStringLiteral("+14255550123"));
    QCOMPARE(phone.data(ParticipantModel::KindRole).toInt(), int(IdentityKind::Phone));
    QCOMPARE(model->index(0, 0).data(ParticipantModel::InvitedSinceRole).toDateTime(), QDateTime());
}

void TestParticipantModelStates::invitedRowIsReplacedWhenTheParticipantJoins()
{
    model->apply(snapshotOf(people(2)));
    model->setInvitedRows({InvitedRow{QStringLiteral("inv-1"), QStringLiteral("Grace"), IdentityKind::User, now, {}}});
    const QPersistentModelIndex invited = model->index(2, 0);
    log->changes.clear();
    model->apply(snapshotOf(
        people(2) << person(QStringLiteral("inv-1"), QStringLiteral("Grace Hopper"), QStringLiteral("home"))));
    QCOMPARE(log->count(QStringLiteral("removed")), 0);
    QCOMPARE(log->count(QStringLiteral("inserted")), 0);
    QCOMPARE(log->count(QStringLiteral("changed")), 1);
    QCOMPARE(log->changes[0].first, 2);
    QVERIFY(invited.isValid());
    QCOMPARE(invited.data().toString(), QStringLiteral("Grace Hopper"));
    QCOMPARE(invited.data(ParticipantModel::StateRole).toInt(), int(State::Active));
    QCOMPARE(model->counts(), (ParticipantModel::Counts{3, 0, 0}));
    // Being invited again while in the call changes nothing.
    log->changes.clear();
    model->setInvitedRows({InvitedRow{QStringLiteral("inv-1"), QStringLiteral("Grace"), IdentityKind::User, now, {}}});
    QCOMPARE(log->changes.size(), 0);
}

void TestParticipantModelStates::invitedRowsLeaveWhenNoLongerRinging()
{
    model->apply(snapshotOf(people(2)));
    const InvitedRow a{QStringLiteral("inv-a"), QStringLiteral("A"), IdentityKind::User, now, {}};
    const InvitedRow b{QStringLiteral("inv-b"), QStringLiteral("B"), IdentityKind::User, now, {}};
    model->setInvitedRows({a, b});
    log->changes.clear();
    model->setInvitedRows({b});
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("removed"));
    QCOMPARE(log->changes[0].first, 2);
    QCOMPARE(model->rowOf(QStringLiteral("inv-b")), 2);
    // A roster refresh keeps invited rows that have not joined.
    model->apply(snapshotOf(people(1)));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(QStringLiteral("inv-b")), 1);
    model->setInvitedRows({});
    QCOMPARE(model->rowCount(), 1);
}

void TestParticipantModelStates::invitedIdAlreadyInTheRosterIsIgnored()
{
    model->apply(snapshotOf(people(2)));
    log->changes.clear();
    model->setInvitedRows({InvitedRow{QStringLiteral("p1"), QStringLiteral("Someone"), IdentityKind::User, now, {}}});
    QCOMPARE(log->changes.size(), 0);
    QCOMPARE(model->state(QStringLiteral("p1")), std::optional<State>(State::Active));
}

void TestParticipantModelStates::ringingTextUsesTheClock()
{
    model->setInvitedRows({InvitedRow{QStringLiteral("inv"), QStringLiteral("G"), IdentityKind::User, now, {}}});
    const QModelIndex state = model->index(0, ParticipantModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Ringing — 0 s"));
    now = now.addSecs(42);
    log->changes.clear();
    model->refreshElapsed();
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::StateColumn));
    QCOMPARE(state.data().toString(), QStringLiteral("Ringing — 42 s"));
}

void TestParticipantModelStates::pendingStatesShowAndClear()
{
    model->apply(snapshotOf(people(4)));
    log->changes.clear();
    model->setPending({QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("nobody")}, State::Removing);
    QCOMPARE(log->count(QStringLiteral("changed")), 2);
    // The state column, and the name column whose default sort puts attention first.
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::NameColumn));
    QCOMPARE(log->changes[0].lastColumn, int(ParticipantModel::StateColumn));
    QVERIFY(log->changes[0].roles.contains(ParticipantModel::StateRole));
    QCOMPARE(model->index(1, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Removing…"));
    QCOMPARE(model->state(QStringLiteral("p3")), std::optional<State>(State::Removing));
    model->setPending({QStringLiteral("p2")}, State::Muting);
    QCOMPARE(model->index(2, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Muting…"));
    log->changes.clear();
    model->setPending({QStringLiteral("p1")}, State::Removing); // already so: nothing to say
    QCOMPARE(log->changes.size(), 0);
    model->clearPending({QStringLiteral("p1"), QStringLiteral("p2")});
    QCOMPARE(model->index(1, ParticipantModel::StateColumn).data().toString(), QStringLiteral("In the call"));
    QCOMPARE(model->state(QStringLiteral("p2")), std::optional<State>(State::Active));
    QCOMPARE(model->state(QStringLiteral("p3")), std::optional<State>(State::Removing));
    // A refresh in which the pending participant is still there keeps it pending.
    model->apply(snapshotOf(people(4)));
    QCOMPARE(model->state(QStringLiteral("p3")), std::optional<State>(State::Removing));
}

void TestParticipantModelStates::pendingRowThatLeavesSimplyGoes()
{
    model->apply(snapshotOf(people(4)));
    model->setPending({QStringLiteral("p2")}, State::Removing);
    log->changes.clear();
    auto list = people(4);
    list.removeAt(2);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("removed"));
    QCOMPARE(model->rowOf(QStringLiteral("p2")), -1);
    model->clearPending({QStringLiteral("p2")}); // the request's answer arrives late: harmless
    QCOMPARE(model->rowCount(), 3);
}

void TestParticipantModelStates::cancellingAnInvitationThatFailsGoesBackToInvited()
{
    model->setInvitedRows({InvitedRow{QStringLiteral("inv"), QStringLiteral("G"), IdentityKind::User, now, {}}});
    model->setPending({QStringLiteral("inv")}, State::Cancelling);
    QCOMPARE(model->index(0, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Cancelling…"));
    model->clearPending({QStringLiteral("inv")});
    QCOMPARE(model->state(QStringLiteral("inv")), std::optional<State>(State::Invited));
}

void TestParticipantModelStates::homeTenantDecidesExternal()
{
    model->apply(snapshotOf({person(QStringLiteral("m"), QStringLiteral("Member"), QStringLiteral("home")),
                             person(QStringLiteral("e"), QStringLiteral("External"), QStringLiteral("other")),
                             person(QStringLiteral("g"), QStringLiteral("Guest"), QString(), IdentityKind::Guest),
                             person(QStringLiteral("t"), QStringLiteral("Phone"), QString(), IdentityKind::Phone),
                             person(QStringLiteral("n"), QStringLiteral("No tenant"), QString())}));
    const auto org = [this](int row) { return model->index(row, ParticipantModel::OrganisationColumn); };
    QCOMPARE(org(0).data().toString(), QStringLiteral("Your organisation"));
    QCOMPARE(org(0).data(ParticipantModel::IsExternalRole).toBool(), false);
    QCOMPARE(org(1).data().toString(), QStringLiteral("External (other…)"));
    QCOMPARE(org(1).data(ParticipantModel::IsExternalRole).toBool(), true);
    QCOMPARE(org(2).data().toString(), QStringLiteral("Not signed in"));
    QCOMPARE(org(2).data(ParticipantModel::IsExternalRole).toBool(), false);
    QCOMPARE(org(3).data().toString(), QStringLiteral("Phone network"));
    QCOMPARE(org(4).data().toString(), QString());

    log->changes.clear();
    model->setHomeTenantId(QStringLiteral("other"));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].first, 0);
    QCOMPARE(log->changes[0].last, 4);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::OrganisationColumn));
    QVERIFY(log->changes[0].roles.contains(ParticipantModel::IsExternalRole));
    QCOMPARE(org(0).data().toString(), QStringLiteral("External (home…)"));
    QCOMPARE(org(1).data().toString(), QStringLiteral("Your organisation"));
    model->setHomeTenantId(QStringLiteral("other"));
    QCOMPARE(log->changes.size(), 1);
}

void TestParticipantModelStates::displayTexts_data()
{
    testing::addColumns<Participant, int, QString>({"participant", "column", "text"});

    const auto ada = person(QStringLiteral("a"), QStringLiteral("Ada"), QStringLiteral("home"));
    Participant av = ada;
    av.setMediaStreams({MediaStream{MediaType::Audio, MediaDirection::SendReceive, false, {}, {}},
                        MediaStream{MediaType::Video, MediaDirection::SendOnly, false, {}, {}},
                        MediaStream{MediaType::ScreenSharing, MediaDirection::SendOnly, false, {}, {}}});
    Participant inactive = ada;
    inactive.setMediaStreams({MediaStream{MediaType::Video, MediaDirection::Inactive, false, {}, {}},
                              MediaStream{MediaType::Audio, MediaDirection::ReceiveOnly, false, {}, {}}});

    QTest::newRow("name") << ada << int(ParticipantModel::NameColumn) << "Ada";
    QTest::newRow("kind person") << ada << int(ParticipantModel::KindColumn) << "Person";
    QTest::newRow("kind guest") << person(QStringLiteral("g"), {}, {}, IdentityKind::Guest)
                                << int(ParticipantModel::KindColumn) << "Guest";
    QTest::newRow("kind app") << person(QStringLiteral("b"), QStringLiteral("Bot"), {},
                                        IdentityKind::ApplicationInstance)
                              << int(ParticipantModel::KindColumn) << "App";
    QTest::newRow("org app") << person(QStringLiteral("b"), QStringLiteral("Bot"), {}, IdentityKind::Application)
                             << int(ParticipantModel::OrganisationColumn) << "Application";
    QTest::newRow("not muted") << ada << int(ParticipantModel::MutedColumn) << "";
    QTest::newRow("muted") << muted(ada) << int(ParticipantModel::MutedColumn) << "Muted";
    QTest::newRow("in lobby") << inLobby(ada) << int(ParticipantModel::LobbyColumn) << "In lobby";
    QTest::newRow("all media") << av << int(ParticipantModel::MediaColumn) << "Audio, video, screen sharing";
    QTest::newRow("inactive media") << inactive << int(ParticipantModel::MediaColumn) << "Audio";
    QTest::newRow("no media") << ada << int(ParticipantModel::MediaColumn) << "";
    QTest::newRow("active") << ada << int(ParticipantModel::StateColumn) << "In the call";
}

void TestParticipantModelStates::displayTexts()
{
    QFETCH(Participant, participant);
    QFETCH(int, column);
    QFETCH(QString, text);
    model->apply(snapshotOf({participant}));
    QCOMPARE(model->index(0, column).data().toString(), text);
}

void TestParticipantModelStates::searchTextHoldsNameIdsAndPhone()
{
    Participant p;
    p.setId(QStringLiteral("P-ID"));
    p.setIdentities(
        {ParticipantIdentity{IdentityKind::User, QStringLiteral("U-ID"), QStringLiteral("Ada Lovelace"), {}},
         ParticipantIdentity{IdentityKind::Phone, QStringLiteral("+4420555"), {}, {}}});
    model->apply(snapshotOf({p}));
    const QString text = model->index(0, 0).data(ParticipantModel::SearchTextRole).toString();
    QVERIFY(text.contains(QLatin1String("ada lovelace")));
    QVERIFY(text.contains(QLatin1String("u-id")));
    QVERIFY(text.contains(QLatin1String("+4420555")));
    QVERIFY(text.contains(QLatin1String("p-id")));
    QCOMPARE(text, text.toLower());
}

void TestParticipantModelStates::sortRoleGivesNaturalValues()
{
    model->apply(snapshotOf({person(QStringLiteral("a"), QStringLiteral("bob")),
                             muted(person(QStringLiteral("b"), QStringLiteral("Alice")))}));
    const auto sortValue = [this](int row, int column) {
        return model->index(row, column).data(ParticipantModel::SortRole);
    };
    QVERIFY(sortValue(1, ParticipantModel::NameColumn).toString()
            < sortValue(0, ParticipantModel::NameColumn).toString());
    QCOMPARE(sortValue(1, ParticipantModel::MutedColumn).toBool(), true);
    QCOMPARE(sortValue(0, ParticipantModel::StateColumn).toInt(), int(State::Active));
}

void TestParticipantModelStates::countsFollowTheRoster()
{
    QSignalSpy spy(model.get(), &ParticipantModel::countsChanged);
    auto list = people(5);
    list[1] = inLobby(list[1]);
    model->apply(snapshotOf(list));
    model->setInvitedRows({InvitedRow{QStringLiteral("inv"), QStringLiteral("G"), IdentityKind::User, now, {}}});
    QCOMPARE(model->counts(), (ParticipantModel::Counts{4, 1, 1}));
    QCOMPARE(spy.count(), 2);
    list[1] = inLobby(list[1], false);
    model->apply(snapshotOf(list));
    QCOMPARE(model->counts(), (ParticipantModel::Counts{5, 0, 1}));
    QCOMPARE(spy.count(), 3);
}

void TestParticipantModelStates::headerAndRoleNames()
{
    QCOMPARE(model->columnCount(), int(ParticipantModel::ColumnCount));
    QCOMPARE(model->headerData(ParticipantModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model->headerData(ParticipantModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    QCOMPARE(model->roleNames().value(ParticipantModel::IdRole), QByteArray("participantId"));
    QCOMPARE(int(ParticipantModel::IdRole), Qt::UserRole + 1);
}

void TestParticipantModelStates::anAcceptedInvitationStaysUntilTheRosterShowsThem()
{
    model->apply(snapshotOf(people(2)));
    InvitedRow grace{QStringLiteral("inv-1"), QStringLiteral("Grace"), IdentityKind::User, now, {}};
    model->setInvitedRows({grace});
    grace.joining = true;
    log->changes.clear();
    model->setInvitedRows({grace});
    QCOMPARE(log->count(QStringLiteral("removed")), 0);
    QCOMPARE(model->index(2, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Joining…"));
    model->apply(snapshotOf(
        people(2) << person(QStringLiteral("inv-1"), QStringLiteral("Grace Hopper"), QStringLiteral("home"))));
    QCOMPARE(log->count(QStringLiteral("removed")), 0);
    QCOMPARE(log->count(QStringLiteral("inserted")), 0);
    QCOMPARE(model->index(2, ParticipantModel::StateColumn).data().toString(), QStringLiteral("In the call"));
}

void TestParticipantModelStates::whileHeldNobodyGoesAndNewcomersWait()
{
    auto list = people(4);
    model->apply(snapshotOf(list));
    model->setHeld(true);
    log->changes.clear();
    const Participant leaver = list.takeAt(1);
    list.append(person(QStringLiteral("new"), QStringLiteral("Newcomer"), QStringLiteral("home")));
    model->apply(snapshotOf(list));
    QCOMPARE(log->count(QStringLiteral("removed")), 0);
    QCOMPARE(log->count(QStringLiteral("inserted")), 0);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->state(leaver.id()), std::optional<State>(State::Left));
    QCOMPARE(model->index(1, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Left"));
    QCOMPARE(model->counts(), (ParticipantModel::Counts{3, 0, 0}));
    QCOMPARE(model->waitingArrivals(), 1);
    // Every so often the newcomers come in, at the end; the Left row stays.
    model->admitArrivals();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->idAt(4), QStringLiteral("new"));
    QCOMPARE(model->state(leaver.id()), std::optional<State>(State::Left));
    // Released, the model is the roster again.
    model->setHeld(false);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->rowOf(leaver.id()), -1);
}

void TestParticipantModelStates::theFirstRosterComesInWholeEvenWhileHeld()
{
    model->setHeld(true);
    model->apply(snapshotOf(people(3)));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->waitingArrivals(), 0);
}

void TestParticipantModelStates::ownParticipantIsMarked()
{
    Participant bot;
    bot.setId(QStringLiteral("bot"));
    bot.setIdentities({ParticipantIdentity{
        IdentityKind::Application, QStringLiteral("client-id"), QStringLiteral("Moderato Bot"), {}}});
    model->setOwnApplicationId(QStringLiteral("CLIENT-ID"));
    model->apply(snapshotOf(people(1) << bot));
    QVERIFY(model->isOwnParticipant(QStringLiteral("bot")));
    QVERIFY(!model->isOwnParticipant(model->idAt(0)));
    QCOMPARE(model->index(1, ParticipantModel::KindColumn).data().toString(), QStringLiteral("Moderato — this app"));
    QVERIFY(model->index(1, 0).data(ParticipantModel::IsOwnParticipantRole).toBool());
}

QTEST_GUILESS_MAIN(TestParticipantModelStates)
#include "tst_participant_model_states.moc"
