#pragma once
// MeetingOptions: the settings of an online meeting a moderator reaches for when a meeting is
// disrupted — who may unmute, share video and present, the chat, who waits in the lobby, entry
// and exit announcements. A value type: read from Graph's onlineMeeting, compared, and turned into
// the PATCH body of only what changes. Values as Graph documents them (onlinemeetingbase.md,
// lobbybypasssettings.md): allowedPresenters everyone, organization, roleIsPresenter, organizer;
// allowMeetingChat enabled, disabled, limited; lobbyBypassSettings.scope organizer, organization,
// organizationAndFederated, everyone, invited, organizationExcludingGuests; each enum also
// unknownFutureValue, which is shown but never sent.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace moderato {

class MeetingOptions
{
    Q_DECLARE_TR_FUNCTIONS(moderato::MeetingOptions)
public:
    //! One setting each; what a set holds is the settings it has a value for.
    enum class Setting { AttendeeMic, AttendeeCamera, Presenters, Chat, LobbyScope, DialInBypass, EntryExitAnnounced };

    std::optional<bool> allowAttendeeToEnableMic;
    std::optional<bool> allowAttendeeToEnableCamera;
    QString allowedPresenters; //!< empty: not part of the set
    QString allowMeetingChat;
    QString lobbyScope;               //!< lobbyBypassSettings.scope
    std::optional<bool> dialInBypass; //!< lobbyBypassSettings.isDialInBypassEnabled
    std::optional<bool> isEntryExitAnnounced;

    //! The settings of an onlineMeeting object; those it does not carry stay unset.
    static MeetingOptions fromJson(const QJsonObject &meeting);
    //! The PATCH body that turns \a current into this set: only the settings this set has a value
    //! for that differ from \a current, and only values Graph takes (never unknownFutureValue or
    //! a value Moderato does not know). lobbyBypassSettings carries only its changed members.
    QJsonObject toPatchJson(const MeetingOptions &current) const;
    //! The settings this set has, in the onlineMeeting's form (what fromJson() reads back).
    QJsonObject toJson() const { return toPatchJson({}); }
    //! The values \a source has for the settings this set has (to remember what a lock-down changes).
    MeetingOptions valuesIn(const MeetingOptions &source) const;
    //! This set with \a other's values laid over it.
    MeetingOptions overlaidWith(const MeetingOptions &other) const;
    bool isEmpty() const { return settings().isEmpty(); }
    QList<Setting> settings() const;
    bool operator==(const MeetingOptions &other) const = default;

    //! Lock down: attendees cannot unmute or share video, only organisers present, and everyone
    //! new waits in the lobby (a bypass for the organiser only).
    static MeetingOptions defaultLockDown();
    //! Let everyone in: a lobby bypass for everyone, which admits the people waiting.
    static MeetingOptions everyoneBypassesLobby();

    static const QStringList &presenterValues();
    static const QStringList &chatValues();
    static const QStringList &lobbyScopes();
    //! The setting's name and its value here, in a line for the moderator ("Attendees may unmute: no").
    QString describe(Setting setting) const;
    //! One line per setting this set has.
    QStringList describeAll() const;
    static QString settingName(Setting setting);
    static QString presentersLabel(const QString &value);
    static QString chatLabel(const QString &value);
    static QString lobbyLabel(const QString &value);
};

} // namespace moderato
