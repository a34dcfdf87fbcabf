// ParticipantModel: diffing snapshots into rows, invited rows, pending states, texts and roles.
#include "core/calls/participant_model.h"

#include "model_signal_log.h"
#include "roster_builders.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace moderato;
using namespace moderato::test;
using State = ParticipantModel::RowState;

class TestParticipantModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void firstApplyAppendsEveryoneInOneInsert();
    void unchangedRosterEmitsNoSignals();
    void equalButNotSharedRosterEmitsNoSignals();
    void oneChangedRowEmitsOneDataChangedForThatRowAndColumn();
    void changedFieldsMapToColumnsAndRoles_data();
    void changedFieldsMapToColumnsAndRoles();
    void adjacentChangedRowsShareOneDataChanged();
    void leaversAreRemovedInContiguousRanges();
    void joinersAreAppendedAtTheEnd();
    void rowsOfLeaversAreForgotten();
    void snapshotThatIsNotOkIsIgnored();
    void duplicateIdsInAHandMadeSnapshotKeepTheLast();
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
    void clearIsTheOnlyReset();
    void headerAndRoleNames();

private:
    std::unique_ptr<ParticipantModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    ModelSignalLog *log = nullptr;
    QDateTime now;
};

void TestParticipantModel::init()
{
    model = std::make_unique<ParticipantModel>();
    tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    log = new ModelSignalLog(model.get());
    now = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    model->setClock([this] { return now; });
    model->setHomeTenantId(QStringLiteral("home"));
}

void TestParticipantModel::cleanup()
{
    if (QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("clearIsTheOnlyReset"))
        QCOMPARE(log->count(QStringLiteral("reset")), 0);
    QCOMPARE(log->count(QStringLiteral("layout")), 0);
    QCOMPARE(log->count(QStringLiteral("moved")), 0);
    tester.reset();
    model.reset();
}

void TestParticipantModel::firstApplyAppendsEveryoneInOneInsert()
{
    model->apply(snapshotOf(people(5)));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("inserted"));
    QCOMPARE(log->changes[0].first, 0);
    QCOMPARE(log->changes[0].last, 4);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(model->idAt(i), QStringLiteral("p%1").arg(i));
        QCOMPARE(model->rowOf(QStringLiteral("p%1").arg(i)), i);
    }
}

void TestParticipantModel::unchangedRosterEmitsNoSignals()
{
    const auto snapshot = snapshotOf(people(20));
    model->apply(snapshot);
    log->changes.clear();
    QSignalSpy counts(model.get(), &ParticipantModel::countsChanged);
    model->apply(snapshot);
    model->apply(snapshot);
    QCOMPARE(log->changes.size(), 0);
    QCOMPARE(counts.count(), 0);
}

void TestParticipantModel::equalButNotSharedRosterEmitsNoSignals()
{
    model->apply(snapshotOf(people(20)));
    log->changes.clear();
    model->apply(snapshotOf(people(20))); // built afresh: equal by value only
    QCOMPARE(log->changes.size(), 0);
}

void TestParticipantModel::oneChangedRowEmitsOneDataChangedForThatRowAndColumn()
{
    auto list = people(10);
    model->apply(snapshotOf(list));
    log->changes.clear();
    list[3] = muted(list[3]);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 1);
    const auto &change = log->changes[0];
    QCOMPARE(change.kind, QStringLiteral("changed"));
    QCOMPARE(change.first, 3);
    QCOMPARE(change.last, 3);
    QCOMPARE(change.firstColumn, int(ParticipantModel::MutedColumn));
    QCOMPARE(change.lastColumn, int(ParticipantModel::MutedColumn));
    QVERIFY(change.roles.contains(ParticipantModel::IsMutedRole));
    QVERIFY(change.roles.contains(Qt::DisplayRole));
    QVERIFY(!change.roles.contains(ParticipantModel::DisplayNameRole));
    QCOMPARE(model->index(3, 0).data(ParticipantModel::IsMutedRole).toBool(), true);
}

void TestParticipantModel::changedFieldsMapToColumnsAndRoles_data()
{
    QTest::addColumn<Participant>("after");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    QTest::addColumn<int>("role");

    const Participant before = person(QStringLiteral("x"), QStringLiteral("Ada"), QStringLiteral("home"));
    Participant renamed = before;
    renamed.setDisplayName(QStringLiteral("Ada L."));
    Participant lobby = inLobby(before);
    Participant media = before;
    media.setMediaStreams({MediaStream{MediaType::Video, MediaDirection::SendReceive, false, {}, QStringLiteral("7")}});
    Participant external = person(QStringLiteral("x"), QStringLiteral("Ada"), QStringLiteral("elsewhere"));
    Participant sequence = before;
    sequence.setRosterSequenceNumber(99);

    QTest::newRow("name") << renamed << int(ParticipantModel::NameColumn) << int(ParticipantModel::NameColumn)
                          << int(ParticipantModel::DisplayNameRole);
    QTest::newRow("lobby") << lobby << int(ParticipantModel::LobbyColumn) << int(ParticipantModel::LobbyColumn)
                           << int(ParticipantModel::IsInLobbyRole);
    QTest::newRow("media") << media << int(ParticipantModel::MediaColumn) << int(ParticipantModel::MediaColumn)
                           << int(ParticipantModel::MediaRole);
    QTest::newRow("tenant") << external << int(ParticipantModel::OrganisationColumn)
                            << int(ParticipantModel::OrganisationColumn) << int(ParticipantModel::IsExternalRole);
    QTest::newRow("sequence number only") << sequence << int(ParticipantModel::NameColumn)
                                          << int(ParticipantModel::NameColumn) << int(ParticipantModel::ParticipantRole);
}

void TestParticipantModel::changedFieldsMapToColumnsAndRoles()
{
    QFETCH(Participant, after);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);
    QFETCH(int, role);
    model->apply(snapshotOf({person(QStringLiteral("x"), QStringLiteral("Ada"), QStringLiteral("home"))}));
    log->changes.clear();
    model->apply(snapshotOf({after}));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("changed"));
    QCOMPARE(log->changes[0].firstColumn, firstColumn);
    QCOMPARE(log->changes[0].lastColumn, lastColumn);
    QVERIFY(log->changes[0].roles.contains(role));
    QVERIFY(log->changes[0].roles.contains(ParticipantModel::ParticipantRole));
    QCOMPARE(model->participant(QStringLiteral("x")), std::optional<Participant>(after));
}

void TestParticipantModel::adjacentChangedRowsShareOneDataChanged()
{
    auto list = people(10);
    model->apply(snapshotOf(list));
    log->changes.clear();
    list[4] = muted(list[4]);
    list[5] = inLobby(list[5]);
    list[8] = muted(list[8]);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 2);
    QCOMPARE(log->changes[0].first, 4);
    QCOMPARE(log->changes[0].last, 5);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::MutedColumn));
    QCOMPARE(log->changes[0].lastColumn, int(ParticipantModel::LobbyColumn));
    QCOMPARE(log->changes[1].first, 8);
    QCOMPARE(log->changes[1].last, 8);
}

void TestParticipantModel::leaversAreRemovedInContiguousRanges()
{
    auto list = people(10);
    model->apply(snapshotOf(list));
    log->changes.clear();
    // Leave: p2, p3, p4 (one range) and p7.
    QList<Participant> remaining;
    for (const auto &p : list) {
        if (!QStringList{QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4"), QStringLiteral("p7")}.contains(p.id()))
            remaining.append(p);
    }
    model->apply(snapshotOf(remaining));
    QCOMPARE(log->changes.size(), 2);
    QCOMPARE(log->changes[0].kind, QStringLiteral("removed"));
    QCOMPARE(log->changes[0].first, 2);
    QCOMPARE(log->changes[0].last, 4);
    QCOMPARE(log->changes[1].kind, QStringLiteral("removed"));
    QCOMPARE(log->changes[1].first, 4); // p7, now at row 4
    QCOMPARE(log->changes[1].last, 4);
    QCOMPARE(model->rowCount(), 6);
    const QStringList expected{QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p5"),
                               QStringLiteral("p6"), QStringLiteral("p8"), QStringLiteral("p9")};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(model->idAt(row), expected[row]);
        QCOMPARE(model->rowOf(expected[row]), row);
    }
}

void TestParticipantModel::joinersAreAppendedAtTheEnd()
{
    model->apply(snapshotOf(people(3)));
    log->changes.clear();
    // New people come first in the service's order; they still go to the end, in that order.
    auto list = people(2, 10) + people(3);
    model->apply(snapshotOf(list));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("inserted"));
    QCOMPARE(log->changes[0].first, 3);
    QCOMPARE(log->changes[0].last, 4);
    QCOMPARE(model->idAt(3), QStringLiteral("p10"));
    QCOMPARE(model->idAt(4), QStringLiteral("p11"));
}

void TestParticipantModel::rowsOfLeaversAreForgotten()
{
    model->apply(snapshotOf(people(4)));
    model->apply(snapshotOf(people(2)));
    QCOMPARE(model->rowOf(QStringLiteral("p3")), -1);
    QVERIFY(!model->participant(QStringLiteral("p3")).has_value());
    QVERIFY(!model->state(QStringLiteral("p3")).has_value());
    QCOMPARE(model->idAt(2), QString());
    QCOMPARE(model->idAt(-1), QString());
}

void TestParticipantModel::snapshotThatIsNotOkIsIgnored()
{
    model->apply(snapshotOf(people(4)));
    log->changes.clear();
    RosterSnapshot failed;
    failed.ok = false;
    model->apply(failed);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(log->changes.size(), 0);
}

void TestParticipantModel::duplicateIdsInAHandMadeSnapshotKeepTheLast()
{
    const auto a = person(QStringLiteral("a"), QStringLiteral("First"));
    const auto b = person(QStringLiteral("a"), QStringLiteral("Second"));
    model->apply(snapshotOf({a, b}));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Second"));
}

void TestParticipantModel::invitedRowsAppearWithTheirState()
{
    model->apply(snapshotOf(people(2)));
    log->changes.clear();
    model->setInvitedRows({InvitedRow{QStringLiteral("inv-1"), QStringLiteral("Grace"), IdentityKind::User,
                                      now.addSecs(-12), QStringLiteral("u-grace")},
                           InvitedRow{QStringLiteral("inv-2"), QString(), IdentityKind::Phone, now,
                                      QStringLiteral("+14255550123")}});
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].kind, QStringLiteral("inserted"));
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex grace = model->index(model->rowOf(QStringLiteral("inv-1")), ParticipantModel::StateColumn);
    QCOMPARE(grace.data(ParticipantModel::StateRole).toInt(), int(State::Invited));
    QCOMPARE(grace.data().toString(), QStringLiteral("Invited — ringing for 12 s"));
    QCOMPARE(grace.data(ParticipantModel::InvitedSinceRole).toDateTime(), now.addSecs(-12));
    QCOMPARE(grace.siblingAtColumn(0).data().toString(), QStringLiteral("Grace"));
    const QModelIndex phone = model->index(model->rowOf(QStringLiteral("inv-2")), 0);
    QCOMPARE(phone.data().toString(), QStringLiteral("+14255550123"));
    QCOMPARE(phone.data(ParticipantModel::KindRole).toInt(), int(IdentityKind::Phone));
    QCOMPARE(model->index(0, 0).data(ParticipantModel::InvitedSinceRole).toDateTime(), QDateTime());
}

void TestParticipantModel::invitedRowIsReplacedWhenTheParticipantJoins()
{
    model->apply(snapshotOf(people(2)));
    model->setInvitedRows({InvitedRow{QStringLiteral("inv-1"), QStringLiteral("Grace"), IdentityKind::User, now, {}}});
    const QPersistentModelIndex invited = model->index(2, 0);
    log->changes.clear();
    model->apply(snapshotOf(people(2) << person(QStringLiteral("inv-1"), QStringLiteral("Grace Hopper"), QStringLiteral("home"))));
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

void TestParticipantModel::invitedRowsLeaveWhenNoLongerRinging()
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

void TestParticipantModel::invitedIdAlreadyInTheRosterIsIgnored()
{
    model->apply(snapshotOf(people(2)));
    log->changes.clear();
    model->setInvitedRows({InvitedRow{QStringLiteral("p1"), QStringLiteral("Someone"), IdentityKind::User, now, {}}});
    QCOMPARE(log->changes.size(), 0);
    QCOMPARE(model->state(QStringLiteral("p1")), std::optional<State>(State::Active));
}

void TestParticipantModel::ringingTextUsesTheClock()
{
    model->setInvitedRows({InvitedRow{QStringLiteral("inv"), QStringLiteral("G"), IdentityKind::User, now, {}}});
    const QModelIndex state = model->index(0, ParticipantModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Invited — ringing for 0 s"));
    now = now.addSecs(42);
    log->changes.clear();
    model->refreshElapsed();
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::StateColumn));
    QCOMPARE(state.data().toString(), QStringLiteral("Invited — ringing for 42 s"));
}

void TestParticipantModel::pendingStatesShowAndClear()
{
    model->apply(snapshotOf(people(4)));
    log->changes.clear();
    model->setPending({QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("nobody")}, State::Removing);
    QCOMPARE(log->count(QStringLiteral("changed")), 2);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::StateColumn));
    QVERIFY(log->changes[0].roles.contains(ParticipantModel::StateRole));
    QCOMPARE(model->index(1, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Removing…"));
    QCOMPARE(model->state(QStringLiteral("p3")), std::optional<State>(State::Removing));
    model->setPending({QStringLiteral("p2")}, State::Muting);
    QCOMPARE(model->index(2, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Muting…"));
    log->changes.clear();
    model->setPending({QStringLiteral("p1")}, State::Removing); // already so: nothing to say
    QCOMPARE(log->changes.size(), 0);
    model->clearPending({QStringLiteral("p1"), QStringLiteral("p2")});
    QCOMPARE(model->index(1, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model->state(QStringLiteral("p2")), std::optional<State>(State::Active));
    QCOMPARE(model->state(QStringLiteral("p3")), std::optional<State>(State::Removing));
    // A refresh in which the pending participant is still there keeps it pending.
    model->apply(snapshotOf(people(4)));
    QCOMPARE(model->state(QStringLiteral("p3")), std::optional<State>(State::Removing));
}

void TestParticipantModel::pendingRowThatLeavesSimplyGoes()
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

void TestParticipantModel::cancellingAnInvitationThatFailsGoesBackToInvited()
{
    model->setInvitedRows({InvitedRow{QStringLiteral("inv"), QStringLiteral("G"), IdentityKind::User, now, {}}});
    model->setPending({QStringLiteral("inv")}, State::Cancelling);
    QCOMPARE(model->index(0, ParticipantModel::StateColumn).data().toString(), QStringLiteral("Cancelling…"));
    model->clearPending({QStringLiteral("inv")});
    QCOMPARE(model->state(QStringLiteral("inv")), std::optional<State>(State::Invited));
}

void TestParticipantModel::homeTenantDecidesExternal()
{
    model->apply(snapshotOf({person(QStringLiteral("m"), QStringLiteral("Member"), QStringLiteral("home")),
                             person(QStringLiteral("e"), QStringLiteral("External"), QStringLiteral("other")),
                             person(QStringLiteral("g"), QStringLiteral("Guest"), QString(), IdentityKind::Guest),
                             person(QStringLiteral("t"), QStringLiteral("Phone"), QString(), IdentityKind::Phone),
                             person(QStringLiteral("n"), QStringLiteral("No tenant"), QString())}));
    const auto org = [this](int row) { return model->index(row, ParticipantModel::OrganisationColumn); };
    QCOMPARE(org(0).data().toString(), QStringLiteral("Member"));
    QCOMPARE(org(0).data(ParticipantModel::IsExternalRole).toBool(), false);
    QCOMPARE(org(1).data().toString(), QStringLiteral("External"));
    QCOMPARE(org(1).data(ParticipantModel::IsExternalRole).toBool(), true);
    QCOMPARE(org(2).data().toString(), QStringLiteral("Guest"));
    QCOMPARE(org(2).data(ParticipantModel::IsExternalRole).toBool(), false);
    QCOMPARE(org(3).data().toString(), QStringLiteral("Phone"));
    QCOMPARE(org(4).data().toString(), QString());

    log->changes.clear();
    model->setHomeTenantId(QStringLiteral("other"));
    QCOMPARE(log->changes.size(), 1);
    QCOMPARE(log->changes[0].first, 0);
    QCOMPARE(log->changes[0].last, 4);
    QCOMPARE(log->changes[0].firstColumn, int(ParticipantModel::OrganisationColumn));
    QVERIFY(log->changes[0].roles.contains(ParticipantModel::IsExternalRole));
    QCOMPARE(org(0).data().toString(), QStringLiteral("External"));
    QCOMPARE(org(1).data().toString(), QStringLiteral("Member"));
    model->setHomeTenantId(QStringLiteral("other"));
    QCOMPARE(log->changes.size(), 1);
}

void TestParticipantModel::displayTexts_data()
{
    QTest::addColumn<Participant>("participant");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

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
    QTest::newRow("kind guest") << person(QStringLiteral("g"), {}, {}, IdentityKind::Guest) << int(ParticipantModel::KindColumn) << "Guest";
    QTest::newRow("kind app") << person(QStringLiteral("b"), QStringLiteral("Bot"), {}, IdentityKind::ApplicationInstance)
                              << int(ParticipantModel::KindColumn) << "App";
    QTest::newRow("org app") << person(QStringLiteral("b"), QStringLiteral("Bot"), {}, IdentityKind::Application)
                             << int(ParticipantModel::OrganisationColumn) << "App";
    QTest::newRow("not muted") << ada << int(ParticipantModel::MutedColumn) << "";
    QTest::newRow("muted") << muted(ada) << int(ParticipantModel::MutedColumn) << "Muted";
    QTest::newRow("in lobby") << inLobby(ada) << int(ParticipantModel::LobbyColumn) << "In lobby";
    QTest::newRow("all media") << av << int(ParticipantModel::MediaColumn) << "Audio, video, screen sharing";
    QTest::newRow("inactive media") << inactive << int(ParticipantModel::MediaColumn) << "Audio";
    QTest::newRow("no media") << ada << int(ParticipantModel::MediaColumn) << "";
    QTest::newRow("active") << ada << int(ParticipantModel::StateColumn) << "Active";
}

void TestParticipantModel::displayTexts()
{
    QFETCH(Participant, participant);
    QFETCH(int, column);
    QFETCH(QString, text);
    model->apply(snapshotOf({participant}));
    QCOMPARE(model->index(0, column).data().toString(), text);
}

void TestParticipantModel::searchTextHoldsNameIdsAndPhone()
{
    Participant p;
    p.setId(QStringLiteral("P-ID"));
    p.setIdentities({ParticipantIdentity{IdentityKind::User, QStringLiteral("U-ID"), QStringLiteral("Ada Lovelace"), {}},
                     ParticipantIdentity{IdentityKind::Phone, QStringLiteral("+4420555"), {}, {}}});
    model->apply(snapshotOf({p}));
    const QString text = model->index(0, 0).data(ParticipantModel::SearchTextRole).toString();
    QVERIFY(text.contains(QLatin1String("ada lovelace")));
    QVERIFY(text.contains(QLatin1String("u-id")));
    QVERIFY(text.contains(QLatin1String("+4420555")));
    QVERIFY(text.contains(QLatin1String("p-id")));
    QCOMPARE(text, text.toLower());
}

void TestParticipantModel::sortRoleGivesNaturalValues()
{
    model->apply(snapshotOf({person(QStringLiteral("a"), QStringLiteral("bob")), muted(person(QStringLiteral("b"), QStringLiteral("Alice")))}));
    const auto sortValue = [this](int row, int column) { return model->index(row, column).data(ParticipantModel::SortRole); };
    QVERIFY(sortValue(1, ParticipantModel::NameColumn).toString() < sortValue(0, ParticipantModel::NameColumn).toString());
    QCOMPARE(sortValue(1, ParticipantModel::MutedColumn).toBool(), true);
    QCOMPARE(sortValue(0, ParticipantModel::StateColumn).toInt(), int(State::Active));
}

void TestParticipantModel::countsFollowTheRoster()
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

void TestParticipantModel::clearIsTheOnlyReset()
{
    model->apply(snapshotOf(people(3)));
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(log->count(QStringLiteral("reset")), 1);
    QCOMPARE(model->rowOf(QStringLiteral("p0")), -1);
    model->apply(snapshotOf(people(2)));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(QStringLiteral("p1")), 1);
}

void TestParticipantModel::headerAndRoleNames()
{
    QCOMPARE(model->columnCount(), int(ParticipantModel::ColumnCount));
    QCOMPARE(model->headerData(ParticipantModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model->headerData(ParticipantModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    QCOMPARE(model->roleNames().value(ParticipantModel::IdRole), QByteArray("participantId"));
    QCOMPARE(int(ParticipantModel::IdRole), Qt::UserRole + 1);
}

QTEST_GUILESS_MAIN(TestParticipantModel)
#include "tst_participant_model.moc"
