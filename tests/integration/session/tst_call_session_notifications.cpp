// Graph's notifications end to end: a CallSession joins a meeting of the in-process simulator with
// its callbackUri on an Azure Relay hybrid connection; the simulator posts to it through its relay
// emulation with a signed token; Moderato's RelayListener, token check and receiver hand the
// verified notifications to the session. Rosters past 100, invitation outcomes, forged tokens.
#include "core/calls/join_target.h"
#include "core/calls/notification_hookup.h"
#include "core/calls/notification_path_test.h"
#include "core/graph/hold_music_requests.h"
#include "core/notifications/notification_receiver.h"
#include "core/notifications/relay_listener.h"
#include "integration/session/session_fixture.h"

#include <QJsonDocument>

using namespace moderato;
using namespace stest;
using itest::participant;
using itest::participantId;
using itest::scenario;
using State = CallSession::ConnectionState;

namespace {

const QString Thread = QStringLiteral("19:meeting_NotifiedMeeting@thread.v2");
const QString Organizer = QStringLiteral("5f0c2a7e-1b3d-4e6f-8a9b-0c1d2e3f4a5b");
const QString Namespace = QStringLiteral("contoso-moderato.servicebus.windows.net");
const QString HybridConnection = QStringLiteral("moderato-adele");
const QString KeyName = QStringLiteral("listen");
const QByteArray Key = "q1Vd7Zt0Xw3Rk5Nm8Lp2Hj4Gf6Ds9Aa+Bc/Ee0Ii1Oo=";
const QString Decliner = QStringLiteral("1c9e8d7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b");
const QString Accepter = QStringLiteral("2d0f9e8c-7b6a-4f5e-3d2c-1b0a9f8e7d6c");

QString meetingLink()
{
    return itest::meetupJoinLink(Thread, itest::Tenant, Organizer);
}

//! The standard world, a meeting of \a people people the app can join, and a hybrid connection.
QJsonObject world(int people)
{
    QJsonObject w = scenario(2, {{QStringLiteral("joinDelay"), 0}});
    QJsonArray roster;
    for (int i = 100; i < 100 + people; ++i)
        roster.append(participant(participantId(i), QStringLiteral("Attendee %1").arg(i)));
    w.insert(QStringLiteral("meetings"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("joinWebUrl"), meetingLink()},
                 {QStringLiteral("threadId"), Thread},
                 {QStringLiteral("tenantId"), itest::Tenant},
                 {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("id"), Organizer},
                                                           {QStringLiteral("displayName"), QStringLiteral("Olga")}}},
                 {QStringLiteral("subject"), QStringLiteral("All hands")},
                 {QStringLiteral("participants"), roster}}});
    w.insert(QStringLiteral("relays"), QJsonArray{QJsonObject{{QStringLiteral("namespace"), Namespace},
                                                              {QStringLiteral("path"), HybridConnection},
                                                              {QStringLiteral("keyName"), KeyName},
                                                              {QStringLiteral("key"), QString::fromLatin1(Key)}}});
    QJsonArray users = w.value(QLatin1String("users")).toArray();
    users.append(itest::answeringUser(Decliner, QStringLiteral("Dora Decline"), 3, QStringLiteral("decline")));
    users.append(itest::answeringUser(Accepter, QStringLiteral("Abe Accept"), 3, QStringLiteral("accept")));
    w.insert(QStringLiteral("users"), users);
    return w;
}

NotificationHookup::Config relayConfig(const QUrl &simulatorBase)
{
    NotificationHookup::Config config;
    config.settings.mode = NotificationSettings::Mode::Relay;
    config.settings.relayNamespace = Namespace;
    config.settings.relayPath = HybridConnection;
    config.settings.relayKeyName = KeyName;
    QUrl relay = simulatorBase;
    relay.setScheme(QStringLiteral("ws"));
    config.settings.relayUrl = relay;
    config.settings.openIdUrl =
        QUrl(simulatorBase.toString() + QStringLiteral("/_sim/openid/.well-known/OpenIdConfiguration"));
    config.relayKey = Key;
    config.clientId = itest::App;
    return config;
}

std::optional<NotificationPathTest::Result> runPathTest(QNetworkAccessManager &network,
                                                        const NotificationHookup::Config &config)
{
    NotificationPathTest test(&network, config);
    std::optional<NotificationPathTest::Result> result;
    test.run([&result](const NotificationPathTest::Result &r) { result = r; }, 10000);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return std::nullopt;
    return result;
}

struct Hooked
{
    explicit Hooked(int people)
        : sim(world(people))
    {
        if (!sim.ok())
            return;
        sim.session->setLegCheckIntervals(50, 50);
        hookup =
            std::make_unique<NotificationHookup>(sim.session.get(), &network, relayConfig(sim.simulator.baseUrl()));
    }
    ~Hooked() { hookup.reset(); }

    bool listen()
    {
        hookup->start();
        return QTest::qWaitFor([this] { return hookup->isListening(); }, 10000);
    }

    bool join()
    {
        QString error;
        const auto target = parseJoinTarget(meetingLink(), &error);
        if (!target)
            return false;
        MeetingToJoin meeting = target->meeting;
        meeting.callbackUri = hookup->callbackUrl();
        sim.session->join(meeting);
        return QTest::qWaitFor([this] { return sim.session->connectionState() == State::Live; }, 10000);
    }

    //! Whether the simulator started, the relay listens and the meeting was joined through it.
    bool listenAndJoin() { return sim.ok() && listen() && join(); }

    SessionFixture sim;
    QNetworkAccessManager network;
    std::unique_ptr<NotificationHookup> hookup;
};

} // namespace

class TestCallSessionNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theCallbackIsOnTheHybridConnection();
    void aMeetingOfTwoHundredAndFiftyIsSeenWhole();
    void invitationOutcomesArriveAsNotifications();
    void aHoldIsConfirmedByItsNotification();
    void moderatosOwnRemovalIsNotAMissedNotification();
    void forgedNotificationsAreRefusedAndChangeNothing_data();
    void forgedNotificationsAreRefusedAndChangeNothing();
    void withoutNotificationsTheRosterStopsAtOneHundred();
    void aListenerThatReplacesAnotherKeepsTheCallsAddress();
    void thePathTestProvesTheAddressEndToEnd();
    void thePathTestSaysWhatIsWrong();
};

void TestCallSessionNotifications::theCallbackIsOnTheHybridConnection()
{
    Hooked h(5);
    QVERIFY2(h.sim.ok(), qPrintable(h.sim.error));
    QVERIFY(h.hookup->problem().isEmpty());
    QVERIFY(h.listen());
    const QUrl callback = h.hookup->callbackUrl();
    QCOMPARE(callback.scheme(), QStringLiteral("https"));
    QCOMPARE(callback.host(), Namespace);
    QVERIFY2(callback.path().startsWith(QLatin1Char('/') + HybridConnection + QLatin1String("/moderato/")),
             qPrintable(callback.toString()));
    QVERIFY(h.join());
    const QJsonObject body =
        QJsonDocument::fromJson(h.sim.logEntries(QStringLiteral("POST"), QStringLiteral("/v1.0/communications/calls"))
                                    .first()[QLatin1String("body")]
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(body.value(QLatin1String("callbackUri")).toString(), callback.toString());
    // The call's state and roster came as notifications, verified.
    QTRY_VERIFY_WITH_TIMEOUT(h.hookup->receiver()->accepted() > 0, 10000);
    QCOMPARE(h.hookup->receiver()->refused(), qint64(0));
    // Joined once, even though the notification and a poll both said the call was established.
    QTRY_VERIFY(h.sim.session->notificationsInUse());
    QCOMPARE(h.sim.rosterIds(), h.sim.simRosterIds(h.sim.session->callId()));
}

void TestCallSessionNotifications::aMeetingOfTwoHundredAndFiftyIsSeenWhole()
{
    Hooked h(250);
    QVERIFY2(h.listenAndJoin(), qPrintable(h.sim.error));
    const QString callId = h.sim.session->callId();
    const QSet<QString> everyone = h.sim.simRosterIds(callId);
    QVERIFY(everyone.size() > 250); // and the app's own bot
    QTRY_COMPARE_WITH_TIMEOUT(h.sim.rosterIds(), everyone, 15000);
    QVERIFY(!h.sim.session->rosterMayBeIncomplete());
    QVERIFY(h.sim.session->notificationsProblem().isEmpty());
}

void TestCallSessionNotifications::invitationOutcomesArriveAsNotifications()
{
    Hooked h(5);
    QVERIFY2(h.listenAndJoin(), qPrintable(h.sim.error));
    const QString callId = h.sim.session->callId();
    h.sim.session->invite({InviteTarget{InviteTarget::Kind::User, Decliner, QStringLiteral("Dora Decline")},
                           InviteTarget{InviteTarget::Kind::User, Accepter, QStringLiteral("Abe Accept")}});
    QVERIFY(h.sim.settle());
    const qint64 pollsBefore = h.sim.logEntries(QStringLiteral("GET"), callId + QStringLiteral("/participants")).size();
    h.sim.simulator.advanceClock(4);
    InvitationModel *invitations = h.sim.invitations();
    const auto outcomeOf = [invitations](const QString &name) {
        for (int row = 0; row < invitations->rowCount(); ++row) {
            const QModelIndex index = invitations->index(row, 0);
            if (index.data(Qt::DisplayRole).toString().contains(name))
                return std::make_pair(InvitationOutcome(index.data(InvitationModel::OutcomeRole).toInt()),
                                      StatusSource(index.data(InvitationModel::SourceRole).toInt()));
        }
        return std::make_pair(InvitationOutcome::Unknown, StatusSource::Request);
    };
    QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(QStringLiteral("Dora")).first, InvitationOutcome::Declined, 10000);
    QCOMPARE(outcomeOf(QStringLiteral("Dora")).second, StatusSource::Notification);
    QTRY_COMPARE_WITH_TIMEOUT(outcomeOf(QStringLiteral("Abe")).first, InvitationOutcome::Connected, 10000);
    QTRY_VERIFY(h.sim.rosterIds().size() == h.sim.simRosterIds(callId).size());
    // Heard, not polled: no roster read was needed for either outcome.
    QCOMPARE(h.sim.logEntries(QStringLiteral("GET"), callId + QStringLiteral("/participants")).size(), pollsBefore);
}

void TestCallSessionNotifications::moderatosOwnRemovalIsNotAMissedNotification()
{
    // The roster read after a removal and the notification of that removal race each other; the
    // read that comes first must not be taken for a notification that never came.
    Hooked h(8);
    QVERIFY2(h.listenAndJoin(), qPrintable(h.sim.error));
    const QString callId = h.sim.session->callId();
    QTRY_VERIFY_WITH_TIMEOUT(h.sim.session->notificationsInUse(), 10000);
    // Both orders: the notification held back until the roster was read, then as it comes.
    for (const bool held : {true, false}) {
        const QString target = participantId(held ? 100 : 101);
        QVERIFY(h.sim.rosterIds().contains(target));
        h.sim.hook("POST", QStringLiteral("/_sim/notifications"), {{QStringLiteral("paused"), held}});
        const qint64 readsBefore =
            h.sim.logEntries(QStringLiteral("GET"), callId + QStringLiteral("/participants")).size();
        h.sim.outcomes.clear();
        h.sim.session->remove({target});
        QVERIFY(h.sim.waitForOutcomes(1));
        QCOMPARE(h.sim.outcomes.first().result, ActionOutcome::Result::Done);
        QTRY_VERIFY_WITH_TIMEOUT(!h.sim.rosterIds().contains(target), 10000);
        QVERIFY(h.sim.settle());
        QVERIFY(h.sim.logEntries(QStringLiteral("GET"), callId + QStringLiteral("/participants")).size() > readsBefore);
        QVERIFY2(h.sim.session->notificationsProblem().isEmpty(), qPrintable(h.sim.session->notificationsProblem()));
        h.sim.hook("POST", QStringLiteral("/_sim/notifications"), {{QStringLiteral("paused"), false}});
        QVERIFY(h.sim.settle());
        QVERIFY2(h.sim.session->notificationsProblem().isEmpty(), qPrintable(h.sim.session->notificationsProblem()));
    }
    QVERIFY(h.sim.session->notificationsInUse());
    QCOMPARE(h.sim.rosterIds(), h.sim.simRosterIds(callId));
}

void TestCallSessionNotifications::forgedNotificationsAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QString>("token");
    for (const char *kind : {"forged", "expired", "notYetValid", "wrongAudience", "wrongIssuer", "unsigned", "none"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCallSessionNotifications::forgedNotificationsAreRefusedAndChangeNothing()
{
    QFETCH(QString, token);
    Hooked h(5);
    QVERIFY2(h.listenAndJoin(), qPrintable(h.sim.error));
    const QString callId = h.sim.session->callId();
    QTRY_VERIFY_WITH_TIMEOUT(h.hookup->receiver()->accepted() > 0, 10000);
    const QSet<QString> before = h.sim.rosterIds();
    const QJsonObject chosen =
        h.sim.hook("POST", QStringLiteral("/_sim/notifications"), {{QStringLiteral("token"), token}});
    QCOMPARE(chosen.value(QLatin1String("token")).toString(), token);
    h.sim.session->invite({InviteTarget{InviteTarget::Kind::User, Accepter, QStringLiteral("Abe Accept")}});
    QVERIFY(h.sim.settle());
    h.sim.simulator.advanceClock(4);
    QTRY_VERIFY_WITH_TIMEOUT(h.hookup->receiver()->refused() > 0, 10000);
    QVERIFY(h.sim.simRosterIds(callId).size() > before.size()); // Abe is in, as Graph sees it …
    // Every notification the simulator posted has had its answer: nothing is still on its way.
    const auto allAnswered = [&h] {
        const QJsonObject d = h.sim.hook("GET", QStringLiteral("/_sim/notifications"));
        qint64 answered = 0;
        const QJsonObject statuses = d.value(QLatin1String("statuses")).toObject();
        for (auto it = statuses.begin(); it != statuses.end(); ++it)
            answered += it.value().toInteger();
        return answered == d.value(QLatin1String("posted")).toInteger();
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(), 10000);
    QCOMPARE(h.sim.rosterIds(), before); // … but nothing forged was applied
    QVERIFY2(h.hookup->stateText().contains(QLatin1String("refused")), qPrintable(h.hookup->stateText()));
    const QJsonObject delivery = h.sim.hook("GET", QStringLiteral("/_sim/notifications"));
    QVERIFY(delivery[QLatin1String("statuses")][QLatin1String("401")].toInt() > 0);
}

void TestCallSessionNotifications::withoutNotificationsTheRosterStopsAtOneHundred()
{
    // The same meeting without a listener: polls alone see a hundred, and the session says so.
    Hooked h(250);
    QVERIFY2(h.sim.ok(), qPrintable(h.sim.error));
    QString error;
    const auto target = parseJoinTarget(meetingLink(), &error);
    QVERIFY(target);
    MeetingToJoin meeting = target->meeting;
    meeting.callbackUri = QUrl(QStringLiteral("https://moderato.example.org/callback"));
    h.sim.session->join(meeting);
    QVERIFY(QTest::qWaitFor([&] { return h.sim.session->connectionState() == State::Live; }, 10000));
    QTRY_VERIFY(h.sim.rosterIds().size() == 100);
    QVERIFY(h.sim.session->rosterMayBeIncomplete());
    QVERIFY(!h.sim.session->notificationsInUse());
}

void TestCallSessionNotifications::aListenerThatReplacesAnotherKeepsTheCallsAddress()
{
    // New settings saved mid-call: the call was joined with the old receiver's callbackUri.
    Hooked h(5);
    QVERIFY2(h.listenAndJoin(), qPrintable(h.sim.error));
    const QString path = h.hookup->receiverPath();
    QVERIFY(path.startsWith(QLatin1String("/moderato/")));
    NotificationHookup::Config config = relayConfig(h.sim.simulator.baseUrl());
    config.receiverPath = path;
    h.hookup.reset();
    NotificationHookup next(h.sim.session.get(), &h.network, config);
    QCOMPARE(next.receiverPath(), path);
    next.start();
    QTRY_VERIFY_WITH_TIMEOUT(next.isListening(), 10000);
    h.sim.session->invite({InviteTarget{InviteTarget::Kind::User, Accepter, QStringLiteral("Abe Accept")}});
    QVERIFY(h.sim.settle());
    h.sim.simulator.advanceClock(4);
    QTRY_VERIFY_WITH_TIMEOUT(next.receiver()->accepted() > 0, 10000);
    QCOMPARE(next.receiver()->refused(), qint64(0));
    QTRY_COMPARE(h.sim.rosterIds(), h.sim.simRosterIds(h.sim.session->callId()));
}

void TestCallSessionNotifications::thePathTestProvesTheAddressEndToEnd()
{
    Hooked h(5);
    QVERIFY2(h.sim.ok(), qPrintable(h.sim.error));
    // Beside a running listener on the same hybrid connection: the test's probe has its own path
    // and nonce; whichever listener the relay picks, the outcome is said, never a false success.
    QVERIFY(h.listen());
    bool provedOnce = false;
    for (int i = 0; i < 6 && !provedOnce; ++i) {
        const auto result = runPathTest(h.network, relayConfig(h.sim.simulator.baseUrl()));
        QVERIFY(result);
        if (result->ok)
            QVERIFY2(result->text.contains(Namespace), qPrintable(result->text));
        else
            QVERIFY2(result->text.contains(QLatin1String("Another listener")), qPrintable(result->text));
        provedOnce = result->ok;
    }
    QVERIFY(provedOnce);
    QCOMPARE(h.hookup->receiver()->accepted(), qint64(0)); // a probe is never a notification
    h.hookup.reset();
    const auto alone = runPathTest(h.network, relayConfig(h.sim.simulator.baseUrl()));
    QVERIFY(alone && alone->ok);
}

void TestCallSessionNotifications::thePathTestSaysWhatIsWrong()
{
    Hooked h(5);
    QVERIFY2(h.sim.ok(), qPrintable(h.sim.error));
    NotificationHookup::Config wrongKey = relayConfig(h.sim.simulator.baseUrl());
    wrongKey.relayKey = "bm90LXRoZS1rZXk=";
    const auto refused = runPathTest(h.network, wrongKey);
    QVERIFY(refused && !refused->ok);
    QVERIFY2(refused->text.contains(QLatin1String("key")), qPrintable(refused->text));
    NotificationHookup::Config noSuchConnection = relayConfig(h.sim.simulator.baseUrl());
    noSuchConnection.settings.relayPath = QStringLiteral("nobody-here");
    const auto missing = runPathTest(h.network, noSuchConnection);
    QVERIFY(missing && !missing->ok);
    QVERIFY2(missing->text.contains(QLatin1String("nobody-here")), qPrintable(missing->text));
    NotificationHookup::Config off;
    const auto none = runPathTest(h.network, off);
    QVERIFY(none && !none->ok);
}

void TestCallSessionNotifications::aHoldIsConfirmedByItsNotification()
{
    using Hold = ParticipantModel::HoldState;
    Hooked h(5);
    QVERIFY2(h.listenAndJoin(), qPrintable(h.sim.error));
    QTRY_VERIFY(h.sim.session->notificationsInUse());
    const QString callId = h.sim.session->callId();
    const QString held = participantId(101);
    ParticipantModel *roster = h.sim.roster();
    h.sim.session->hold(held);
    QVERIFY(h.sim.settle());
    // Graph answered "running": on hold only once the operation's notification says completed.
    QCOMPARE(roster->holdState(held), Hold::Starting);
    QVERIFY(h.sim.outcomes.isEmpty());
    h.sim.simulator.advanceClock(1);
    QTRY_COMPARE_WITH_TIMEOUT(roster->holdState(held), Hold::OnHold, 10000);
    QCOMPARE(h.sim.outcomes.size(), 1);
    QCOMPARE(h.sim.outcomes.first().result, ActionOutcome::Result::Done);
    QCOMPARE(h.sim.outcomes.first().describe(), QStringLiteral("Attendee 101 is on hold and hears music."));
    QCOMPARE(roster->data(roster->index(roster->rowOf(held), ParticipantModel::StateColumn)).toString(),
             QStringLiteral("On hold"));

    // One at a time: refused before anything is sent, naming who is on hold.
    const auto startPosts = [&h] {
        return h.sim.logEntries(QStringLiteral("POST"), QStringLiteral("/startHoldMusic")).size();
    };
    QCOMPARE(startPosts(), 1);
    h.sim.session->hold(participantId(102));
    QVERIFY(h.sim.waitForOutcomes(2));
    QCOMPARE(h.sim.outcomes.at(1).result, ActionOutcome::Result::Refused);
    QCOMPARE(h.sim.outcomes.at(1).describe(), QStringLiteral("Attendee 101 is on hold already: resume them first."));
    QCOMPARE(startPosts(), 1);
    // Someone else is certainly not on hold while Attendee 101 is.
    h.sim.session->resume(participantId(103));
    QVERIFY(h.sim.waitForOutcomes(3));
    QCOMPARE(h.sim.outcomes.at(2).describe(), QStringLiteral("Attendee 103 is not on hold: Attendee 101 is."));
    QVERIFY(h.sim.logEntries(QStringLiteral("POST"), QStringLiteral("/stopHoldMusic")).isEmpty());

    h.sim.session->resume(held);
    QVERIFY(h.sim.waitForOutcomes(4));
    QCOMPARE(h.sim.outcomes.at(3).result, ActionOutcome::Result::Done);
    QCOMPARE(roster->holdState(held), Hold::None);
    QVERIFY(roster->holdParticipant().isEmpty());
}

QTEST_GUILESS_MAIN(TestCallSessionNotifications)
#include "tst_call_session_notifications.moc"
