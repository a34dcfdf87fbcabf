// MeetingOptionsController end to end against the simulator: the joined meeting's options found by
// its organiser and link, locked down and restored exactly; the administrator's lines on a missing
// access policy; a meeting joined by its id says why it has no options.
#include "session_fixture.h"

#include "core/calls/join_target.h"
#include "core/calls/meeting_options_controller.h"

#include <QSignalSpy>

using namespace moderato;
using namespace stest;
using itest::Callback;
using itest::Organizer;
using State = CallSession::ConnectionState;

namespace {

const QString Thread = QStringLiteral("19:meeting_OptionsZDVkZC00YzRhLThmNmEt@thread.v2");

QString meetingLink()
{
    return itest::meetupJoinLink(Thread, Tenant, Organizer);
}

//! A meeting the app can join, whose options are not a new meeting's; \a policy is the app's
//! application access policy (undefined: none).
QJsonObject optionsWorld(const QJsonValue &policy = QStringLiteral("global"))
{
    QJsonObject world = itest::scenario(2, {{QStringLiteral("joinDelay"), 0}});
    itest::editScenarioApp(world, [policy](QJsonObject &app) {
        QJsonArray roles = app.value(QLatin1String("roles")).toArray();
        roles.append(QStringLiteral("OnlineMeetings.ReadWrite.All"));
        app.insert(QStringLiteral("roles"), roles);
        if (!policy.isUndefined())
            app.insert(QStringLiteral("onlineMeetingAccessPolicy"), policy);
    });
    const QJsonObject options{{QStringLiteral("allowMeetingChat"), QStringLiteral("limited")},
                              {QStringLiteral("allowedPresenters"), QStringLiteral("organization")},
                              {QStringLiteral("lobbyBypassSettings"),
                               QJsonObject{{QStringLiteral("scope"), QStringLiteral("organizationAndFederated")},
                                           {QStringLiteral("isDialInBypassEnabled"), true}}}};
    QJsonObject meeting{{QStringLiteral("joinWebUrl"), meetingLink()},
                        {QStringLiteral("joinMeetingId"), QStringLiteral("358714290465")},
                        {QStringLiteral("threadId"), Thread},
                        {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("id"), Organizer}}},
                        {QStringLiteral("subject"), QStringLiteral("Budget review")},
                        {QStringLiteral("meetingOptions"), options},
                        {QStringLiteral("participants"),
                         QJsonArray{itest::participant(itest::participantId(10), QStringLiteral("Attendee"))}}};
    world.insert(QStringLiteral("meetings"), QJsonArray{meeting});
    return world;
}

bool join(SessionFixture &sim, const QString &text)
{
    QString error;
    const auto target = parseJoinTarget(text, &error);
    if (!target)
        return false;
    MeetingToJoin meeting = target->meeting;
    meeting.callbackUri = QUrl(Callback);
    sim.session->setLegCheckIntervals(50, 50);
    sim.session->join(meeting);
    return QTest::qWaitFor([&] { return sim.session->connectionState() == State::Live; }, 10000);
}

bool waitForState(MeetingOptionsController &c, MeetingOptionsController::State state)
{
    return QTest::qWaitFor([&] { return c.state() == state; }, 10000);
}

//! Joins the meeting by its link and loads its options; true once they are shown.
bool joinAndLoad(SessionFixture &sim, MeetingOptionsController &controller)
{
    if (!join(sim, meetingLink()) || !waitForState(controller, MeetingOptionsController::State::NotLoaded))
        return false;
    controller.load();
    return waitForState(controller, MeetingOptionsController::State::Ready);
}

//! Joins the meeting by its link and loads its options, which fail: the failure's message and
//! the administrator's command, or nothing if loading did not fail.
QStringList joinAndFailToLoad(SessionFixture &sim, MeetingOptionsController &controller)
{
    if (!join(sim, meetingLink()) || !waitForState(controller, MeetingOptionsController::State::NotLoaded))
        return {};
    QSignalSpy failed(&controller, &MeetingOptionsController::failed);
    controller.load();
    if (!failed.wait(10000))
        return {};
    return {failed.at(0).at(0).toString(), failed.at(0).at(1).toString()};
}

QJsonObject simOptions(SessionFixture &sim)
{
    return testsupport::firstMeetingOptions(sim.hookNetwork, sim.simulator.baseUrl());
}

//! Whether the roster shows \a id waiting in the lobby.
bool inLobby(SessionFixture &sim, const QString &id)
{
    for (int row = 0; row < sim.roster()->rowCount(); ++row) {
        const QModelIndex index = sim.roster()->index(row, 0);
        if (index.data(ParticipantModel::IdRole).toString() == id)
            return index.data(ParticipantModel::IsInLobbyRole).toBool();
    }
    return false;
}

} // namespace

class TestMeetingOptionsController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockDownAndRestoreRoundTripTheMeetingsSettings()
    {
        SessionFixture sim(optionsWorld());
        QVERIFY2(sim.ok(), qPrintable(sim.error));
        MeetingOptionsController controller(sim.client, App, sim.session.get());
        QCOMPARE(controller.state(), MeetingOptionsController::State::NoCall);
        QVERIFY(join(sim, meetingLink()));
        QTRY_COMPARE(controller.state(), MeetingOptionsController::State::NotLoaded);
        const QJsonObject original = simOptions(sim);

        controller.load();
        QVERIFY(waitForState(controller, MeetingOptionsController::State::Ready));
        QCOMPARE(controller.current(), MeetingOptions::fromJson(original));
        QCOMPARE(controller.current().lobbyScope, QStringLiteral("organizationAndFederated"));

        QSignalSpy applied(&controller, &MeetingOptionsController::applied);
        QVERIFY(controller.lockDown());
        QVERIFY(applied.wait(10000));
        QJsonObject locked = original;
        locked.insert(QStringLiteral("allowAttendeeToEnableMic"), false);
        locked.insert(QStringLiteral("allowAttendeeToEnableCamera"), false);
        locked.insert(QStringLiteral("allowedPresenters"), QStringLiteral("organizer"));
        locked.insert(QStringLiteral("lobbyBypassSettings"),
                      QJsonObject{{QStringLiteral("scope"), QStringLiteral("organizer")},
                                  {QStringLiteral("isDialInBypassEnabled"), true}});
        QCOMPARE(simOptions(sim), locked);
        QVERIFY(controller.canRestore());
        // Only what changes went out: chat and the dial-in bypass were left alone.
        const QJsonArray patches = sim.logEntries(QStringLiteral("PATCH"), QStringLiteral(""));
        QCOMPARE(patches.size(), 1);
        const QJsonObject sent =
            QJsonDocument::fromJson(patches.at(0)[QLatin1String("body")].toString().toUtf8()).object();
        QCOMPARE(sent.keys(),
                 (QStringList{QStringLiteral("allowAttendeeToEnableCamera"), QStringLiteral("allowAttendeeToEnableMic"),
                              QStringLiteral("allowedPresenters"), QStringLiteral("lobbyBypassSettings")}));

        // A second lock-down has nothing to send and keeps the values from before the first.
        QVERIFY(controller.lockDown());
        QCOMPARE(applied.size(), 2);
        QVERIFY(applied.at(1).at(0).toString().contains(QStringLiteral("Nothing to change")));
        QVERIFY(controller.restore());
        QVERIFY(applied.wait(10000));
        QCOMPARE(simOptions(sim), original);
        QVERIFY(!controller.canRestore());
        QCOMPARE(controller.current(), MeetingOptions::fromJson(original));
    }

    void lettingEveryoneInAdmitsTheLobby()
    {
        QJsonObject world = optionsWorld();
        QJsonArray meetings = world.value(QLatin1String("meetings")).toArray();
        QJsonObject meeting = meetings.at(0).toObject();
        QJsonObject waiting = itest::participant(itest::participantId(11), QStringLiteral("Waiting"));
        waiting.insert(QStringLiteral("isInLobby"), true);
        QJsonArray people = meeting.value(QLatin1String("participants")).toArray();
        people.append(waiting);
        meeting.insert(QStringLiteral("participants"), people);
        meetings[0] = meeting;
        world.insert(QStringLiteral("meetings"), meetings);
        SessionFixture sim(world);
        QVERIFY2(sim.ok(), qPrintable(sim.error));
        MeetingOptionsController controller(sim.client, App, sim.session.get());
        QVERIFY(joinAndLoad(sim, controller));
        QVERIFY(inLobby(sim, itest::participantId(11)));
        QSignalSpy applied(&controller, &MeetingOptionsController::applied);
        QVERIFY(controller.letEveryoneIn());
        QVERIFY(applied.wait(10000));
        QVERIFY(applied.at(0).at(0).toString().contains(QStringLiteral("cannot admit one person")));
        QCOMPARE(simOptions(sim)[QLatin1String("lobbyBypassSettings")][QLatin1String("scope")].toString(),
                 QStringLiteral("everyone"));
        QVERIFY(sim.refreshNow());
        QVERIFY(sim.rosterIds().contains(itest::participantId(11)));
        QVERIFY(!inLobby(sim, itest::participantId(11)));
    }

    void missingAccessPolicyGivesTheAdministratorsLines()
    {
        SessionFixture sim(optionsWorld(QJsonValue(QJsonValue::Undefined)));
        QVERIFY2(sim.ok(), qPrintable(sim.error));
        MeetingOptionsController controller(sim.client, App, sim.session.get());
        const QStringList failure = joinAndFailToLoad(sim, controller);
        QCOMPARE(failure.size(), 2);
        QCOMPARE(controller.state(), MeetingOptionsController::State::Failed);
        QVERIFY(failure.at(0).contains(QStringLiteral("PowerShell")));
        QCOMPARE(failure.at(1), QStringLiteral("New-CsApplicationAccessPolicy -Identity \"Moderato-Meetings\" -AppIds \"%1\"\n"
                                      "Grant-CsApplicationAccessPolicy -PolicyName \"Moderato-Meetings\" -Identity "
                                      "\"%2\"")
                           .arg(App, Organizer));
        QVERIFY(!controller.lockDown());
        QCOMPARE(simOptions(sim)[QLatin1String("allowMeetingChat")].toString(), QStringLiteral("limited"));
    }

    void missingPermissionIsToldApart()
    {
        QJsonObject world = optionsWorld();
        itest::editScenarioApp(world, [](QJsonObject &app) {
            QJsonArray roles = app.value(QLatin1String("roles")).toArray();
            roles.removeLast();
            app.insert(QStringLiteral("roles"), roles);
        });
        SessionFixture sim(world);
        QVERIFY2(sim.ok(), qPrintable(sim.error));
        MeetingOptionsController controller(sim.client, App, sim.session.get());
        const QStringList failure = joinAndFailToLoad(sim, controller);
        QCOMPARE(failure.size(), 2);
        QVERIFY2(failure.at(0).contains(QStringLiteral("OnlineMeetings.ReadWrite.All")), qPrintable(failure.at(0)));
        QVERIFY(failure.at(1).isEmpty());
    }

    void meetingJoinedByIdHasNoOptionsAndSaysWhy()
    {
        SessionFixture sim(optionsWorld());
        QVERIFY2(sim.ok(), qPrintable(sim.error));
        MeetingOptionsController controller(sim.client, App, sim.session.get());
        QVERIFY(join(sim, QStringLiteral("Meeting ID: 358 714 290 465")));
        QTRY_COMPARE(controller.state(), MeetingOptionsController::State::NotLoaded);
        sim.clearLog();
        controller.load();
        QCOMPARE(controller.state(), MeetingOptionsController::State::Unavailable);
        QVERIFY(controller.unavailableReason().contains(QStringLiteral("meeting ID")));
        QVERIFY(!controller.lockDown());
        QVERIFY(sim.settle());
        QCOMPARE(sim.logEntries(QStringLiteral("GET"), QStringLiteral("/onlineMeetings")).size(), 0);
    }

    void restoreWorksAfterLeavingAndJoiningAgain()
    {
        SessionFixture sim(optionsWorld());
        QVERIFY2(sim.ok(), qPrintable(sim.error));
        MeetingOptionsController controller(sim.client, App, sim.session.get());
        QVERIFY(joinAndLoad(sim, controller));
        QSignalSpy applied(&controller, &MeetingOptionsController::applied);
        QVERIFY(controller.lockDown());
        QVERIFY(applied.wait(10000));
        const QJsonObject locked = simOptions(sim);
        sim.session->leave();
        QTRY_COMPARE(controller.state(), MeetingOptionsController::State::NoCall);
        QVERIFY(!controller.canRestore());
        QVERIFY(!controller.restore());

        QVERIFY(joinAndLoad(sim, controller));
        QCOMPARE(simOptions(sim), locked);
        QVERIFY(controller.canRestore());
        QVERIFY(controller.restore());
        QVERIFY(applied.wait(10000));
        QCOMPARE(simOptions(sim).value(QLatin1String("allowAttendeeToEnableMic")).toBool(false), true);
        QCOMPARE(simOptions(sim)[QLatin1String("lobbyBypassSettings")][QLatin1String("scope")].toString(),
                 QStringLiteral("organizationAndFederated"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingOptionsController)
#include "tst_meeting_options_controller.moc"
