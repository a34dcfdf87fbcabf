// MeetingOptions: read from Graph's onlineMeeting, and the PATCH body of only what changes.
#include "core/calls/lock_down_settings.h"
#include "core/calls/meeting_options.h"

#include <QSettings>
#include <QTemporaryDir>

#include <QJsonDocument>
#include <QtTest>

using namespace moderato;
using namespace Qt::StringLiterals;

namespace {

QJsonObject meeting()
{
    return QJsonDocument::fromJson(R"({
        "id": "MSpkYzE3",
        "allowAttendeeToEnableCamera": true,
        "allowAttendeeToEnableMic": true,
        "allowedPresenters": "everyone",
        "allowMeetingChat": "enabled",
        "isEntryExitAnnounced": false,
        "lobbyBypassSettings": {"scope": "organization", "isDialInBypassEnabled": true}
    })")
        .object();
}

} // namespace

class TestMeetingOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEverySetting()
    {
        const MeetingOptions o = MeetingOptions::fromJson(meeting());
        QCOMPARE(o.allowAttendeeToEnableMic, std::optional<bool>(true));
        QCOMPARE(o.allowAttendeeToEnableCamera, std::optional<bool>(true));
        QCOMPARE(o.allowedPresenters, u"everyone"_s);
        QCOMPARE(o.allowMeetingChat, u"enabled"_s);
        QCOMPARE(o.isEntryExitAnnounced, std::optional<bool>(false));
        QCOMPARE(o.lobbyScope, u"organization"_s);
        QCOMPARE(o.dialInBypass, std::optional<bool>(true));
        QCOMPARE(o.settings().size(), 7);
    }

    void missingSettingsStayUnset()
    {
        const MeetingOptions o = MeetingOptions::fromJson(QJsonObject{{u"id"_s, u"x"_s}});
        QVERIFY(o.isEmpty());
        QVERIFY(!o.allowAttendeeToEnableMic.has_value());
        QVERIFY(o.toPatchJson(MeetingOptions::fromJson(meeting())).isEmpty());
    }

    void patchCarriesOnlyWhatChanges()
    {
        const MeetingOptions current = MeetingOptions::fromJson(meeting());
        const QJsonObject patch = MeetingOptions::defaultLockDown().toPatchJson(current);
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "allowAttendeeToEnableMic": false,
            "allowAttendeeToEnableCamera": false,
            "allowedPresenters": "organizer",
            "lobbyBypassSettings": {"scope": "organizer"}
        })")
                                         .object();
        QCOMPARE(patch, expected);
        // Nothing when the meeting already has the values.
        QVERIFY(current.toPatchJson(current).isEmpty());
        QVERIFY(MeetingOptions::defaultLockDown()
                    .toPatchJson(current.overlaidWith(MeetingOptions::defaultLockDown()))
                    .isEmpty());
    }

    void lobbyPatchCarriesOnlyItsChangedMember()
    {
        MeetingOptions wanted;
        wanted.dialInBypass = false;
        QCOMPARE(wanted.toPatchJson(MeetingOptions::fromJson(meeting())),
                 QJsonDocument::fromJson(R"({"lobbyBypassSettings": {"isDialInBypassEnabled": false}})").object());
    }

    void unknownValuesAreNeverSent_data()
    {
        QTest::addColumn<QString>("presenters");
        QTest::newRow("sentinel") << u"unknownFutureValue"_s;
        QTest::newRow("a value Moderato does not know") << u"coOrganizers"_s;
    }

    void unknownValuesAreNeverSent()
    {
        QFETCH(QString, presenters);
        MeetingOptions wanted;
        wanted.allowedPresenters = presenters;
        wanted.lobbyScope = u"unknownFutureValue"_s;
        QVERIFY(wanted.toPatchJson(MeetingOptions::fromJson(meeting())).isEmpty());
        QCOMPARE(MeetingOptions::presentersLabel(presenters), u"Other (%1)"_s.arg(presenters));
    }

    void lockDownRemembersOnlyWhatItReplaces()
    {
        const MeetingOptions current = MeetingOptions::fromJson(meeting());
        const MeetingOptions before = MeetingOptions::defaultLockDown().valuesIn(current);
        QCOMPARE(before.settings(), (QList<MeetingOptions::Setting>{
                                        MeetingOptions::Setting::AttendeeMic, MeetingOptions::Setting::AttendeeCamera,
                                        MeetingOptions::Setting::Presenters, MeetingOptions::Setting::LobbyScope}));
        const MeetingOptions locked = current.overlaidWith(MeetingOptions::defaultLockDown());
        // Restoring the remembered values gives the meeting back exactly.
        QCOMPARE(locked.overlaidWith(before), current);
        QCOMPARE(before.toPatchJson(locked),
                 QJsonDocument::fromJson(R"({"allowAttendeeToEnableMic": true, "allowAttendeeToEnableCamera": true,
                                            "allowedPresenters": "everyone",
                                            "lobbyBypassSettings": {"scope": "organization"}})")
                     .object());
    }

    void describesEachSetting()
    {
        const QStringList lines = MeetingOptions::defaultLockDown().describeAll();
        QCOMPARE(lines, (QStringList{u"Attendees may unmute: no"_s, u"Attendees may turn on their camera: no"_s,
                                     u"Who can present: Only organisers"_s,
                                     u"Who bypasses the lobby: Only the organiser (everyone else waits)"_s}));
        QCOMPARE(MeetingOptions::everyoneBypassesLobby().toPatchJson(MeetingOptions::fromJson(meeting())),
                 QJsonDocument::fromJson(R"({"lobbyBypassSettings": {"scope": "everyone"}})").object());
    }

    void lockDownSetIsKeptInTheSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"moderato.ini"_s), QSettings::IniFormat);
        LockDownSettings store(&settings);
        QCOMPARE(store.load(), MeetingOptions::defaultLockDown());
        MeetingOptions own = MeetingOptions::defaultLockDown();
        own.allowMeetingChat = u"disabled"_s;
        own.isEntryExitAnnounced = true;
        store.save(own);
        settings.sync();
        QCOMPARE(LockDownSettings(&settings).load(), own);
        QCOMPARE(MeetingOptions::fromJson(own.toJson()), own);
        // The default is stored as nothing; something unreadable reads as the default.
        store.save(MeetingOptions::defaultLockDown());
        QVERIFY(!settings.contains(u"meetingOptions/lockDown"_s));
        settings.setValue(u"meetingOptions/lockDown"_s, u"{not json"_s);
        QCOMPARE(store.load(), MeetingOptions::defaultLockDown());
        settings.setValue(u"meetingOptions/lockDown"_s, uR"({"allowedPresenters":"unknownFutureValue"})"_s);
        QCOMPARE(store.load(), MeetingOptions::defaultLockDown());
    }
};

QTEST_GUILESS_MAIN(TestMeetingOptions)
#include "tst_meeting_options.moc"
