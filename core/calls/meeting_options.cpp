#include "core/calls/meeting_options.h"

#include <cstddef>

namespace moderato {

namespace {

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return MeetingOptions::tr("not known");
    return *value ? MeetingOptions::tr("yes") : MeetingOptions::tr("no");
}

void putBool(QJsonObject &out, const char *key, std::optional<bool> wanted, std::optional<bool> current)
{
    if (wanted && wanted != current)
        out.insert(QLatin1String(key), *wanted);
}

void putEnum(QJsonObject &out, const char *key, const QString &wanted, const QString &current, const QStringList &known)
{
    if (!wanted.isEmpty() && wanted != current && known.contains(wanted))
        out.insert(QLatin1String(key), wanted);
}

//! One of Graph's values for a setting and what the dialog calls it.
struct Choice
{
    const char *value;
    const char *label; // translated in MeetingOptions' context
};

constexpr Choice kPresenters[] = {
    {"everyone", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Everyone")},
    {"organization", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "People in the organisation")},
    {"roleIsPresenter", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Only people with the presenter role")},
    {"organizer", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Only organisers")},
};

constexpr Choice kChat[] = {
    {"enabled", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "On")},
    {"limited", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Only during the meeting")},
    {"disabled", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Off")},
};

// lobbyBypassScope, from the most open to the most closed.
constexpr Choice kLobbyScopes[] = {
    {"everyone", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Everyone")},
    {"organizationAndFederated",
     QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Organisation, trusted organisations and guests")},
    {"organization", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Organisation and guests")},
    {"organizationExcludingGuests", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Organisation without guests")},
    {"invited", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "People who were invited")},
    {"organizer", QT_TRANSLATE_NOOP("moderato::MeetingOptions", "Only the organiser (everyone else waits)")},
};

template <std::size_t N> QStringList valuesOf(const Choice (&choices)[N])
{
    QStringList values;
    for (const Choice &choice : choices)
        values.append(QLatin1String(choice.value));
    return values;
}

template <std::size_t N> QString labelOf(const Choice (&choices)[N], const QString &value)
{
    for (const Choice &choice : choices) {
        if (value == QLatin1String(choice.value))
            return MeetingOptions::tr(choice.label);
    }
    return value.isEmpty() ? MeetingOptions::tr("not known") : MeetingOptions::tr("Other (%1)").arg(value);
}

std::optional<bool> boolAt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

} // namespace

MeetingOptions MeetingOptions::fromJson(const QJsonObject &meeting)
{
    MeetingOptions o;
    o.allowAttendeeToEnableMic = boolAt(meeting, "allowAttendeeToEnableMic");
    o.allowAttendeeToEnableCamera = boolAt(meeting, "allowAttendeeToEnableCamera");
    o.allowedPresenters = meeting.value(QLatin1String("allowedPresenters")).toString();
    o.allowMeetingChat = meeting.value(QLatin1String("allowMeetingChat")).toString();
    const QJsonObject lobby = meeting.value(QLatin1String("lobbyBypassSettings")).toObject();
    o.lobbyScope = lobby.value(QLatin1String("scope")).toString();
    o.dialInBypass = boolAt(lobby, "isDialInBypassEnabled");
    o.isEntryExitAnnounced = boolAt(meeting, "isEntryExitAnnounced");
    return o;
}

QJsonObject MeetingOptions::toPatchJson(const MeetingOptions &current) const
{
    QJsonObject out;
    putBool(out, "allowAttendeeToEnableMic", allowAttendeeToEnableMic, current.allowAttendeeToEnableMic);
    putBool(out, "allowAttendeeToEnableCamera", allowAttendeeToEnableCamera, current.allowAttendeeToEnableCamera);
    putEnum(out, "allowedPresenters", allowedPresenters, current.allowedPresenters, presenterValues());
    putEnum(out, "allowMeetingChat", allowMeetingChat, current.allowMeetingChat, chatValues());
    putBool(out, "isEntryExitAnnounced", isEntryExitAnnounced, current.isEntryExitAnnounced);
    QJsonObject lobby;
    putEnum(lobby, "scope", lobbyScope, current.lobbyScope, lobbyScopes());
    putBool(lobby, "isDialInBypassEnabled", dialInBypass, current.dialInBypass);
    if (!lobby.isEmpty())
        out.insert(QLatin1String("lobbyBypassSettings"), lobby);
    return out;
}

MeetingOptions MeetingOptions::valuesIn(const MeetingOptions &source) const
{
    MeetingOptions o;
    if (allowAttendeeToEnableMic)
        o.allowAttendeeToEnableMic = source.allowAttendeeToEnableMic;
    if (allowAttendeeToEnableCamera)
        o.allowAttendeeToEnableCamera = source.allowAttendeeToEnableCamera;
    if (!allowedPresenters.isEmpty())
        o.allowedPresenters = source.allowedPresenters;
    if (!allowMeetingChat.isEmpty())
        o.allowMeetingChat = source.allowMeetingChat;
    if (!lobbyScope.isEmpty())
        o.lobbyScope = source.lobbyScope;
    if (dialInBypass)
        o.dialInBypass = source.dialInBypass;
    if (isEntryExitAnnounced)
        o.isEntryExitAnnounced = source.isEntryExitAnnounced;
    return o;
}

MeetingOptions MeetingOptions::overlaidWith(const MeetingOptions &other) const
{
    MeetingOptions o = *this;
    if (other.allowAttendeeToEnableMic)
        o.allowAttendeeToEnableMic = other.allowAttendeeToEnableMic;
    if (other.allowAttendeeToEnableCamera)
        o.allowAttendeeToEnableCamera = other.allowAttendeeToEnableCamera;
    if (!other.allowedPresenters.isEmpty())
        o.allowedPresenters = other.allowedPresenters;
    if (!other.allowMeetingChat.isEmpty())
        o.allowMeetingChat = other.allowMeetingChat;
    if (!other.lobbyScope.isEmpty())
        o.lobbyScope = other.lobbyScope;
    if (other.dialInBypass)
        o.dialInBypass = other.dialInBypass;
    if (other.isEntryExitAnnounced)
        o.isEntryExitAnnounced = other.isEntryExitAnnounced;
    return o;
}

QList<MeetingOptions::Setting> MeetingOptions::settings() const
{
    QList<Setting> out;
    if (allowAttendeeToEnableMic)
        out.append(Setting::AttendeeMic);
    if (allowAttendeeToEnableCamera)
        out.append(Setting::AttendeeCamera);
    if (!allowedPresenters.isEmpty())
        out.append(Setting::Presenters);
    if (!allowMeetingChat.isEmpty())
        out.append(Setting::Chat);
    if (!lobbyScope.isEmpty())
        out.append(Setting::LobbyScope);
    if (dialInBypass)
        out.append(Setting::DialInBypass);
    if (isEntryExitAnnounced)
        out.append(Setting::EntryExitAnnounced);
    return out;
}

MeetingOptions MeetingOptions::defaultLockDown()
{
    MeetingOptions o;
    o.allowAttendeeToEnableMic = false;
    o.allowAttendeeToEnableCamera = false;
    o.allowedPresenters = QStringLiteral("organizer");
    // "Only the organizer is admitted into the meeting and bypassing the lobby. All other
    // participants are placed in the meeting lobby." (lobbybypasssettings.md)
    o.lobbyScope = QStringLiteral("organizer");
    return o;
}

MeetingOptions MeetingOptions::everyoneBypassesLobby()
{
    MeetingOptions o;
    o.lobbyScope = QStringLiteral("everyone");
    return o;
}

const QStringList &MeetingOptions::presenterValues()
{
    static const QStringList values = valuesOf(kPresenters);
    return values;
}

const QStringList &MeetingOptions::chatValues()
{
    static const QStringList values = valuesOf(kChat);
    return values;
}

const QStringList &MeetingOptions::lobbyScopes()
{
    static const QStringList values = valuesOf(kLobbyScopes);
    return values;
}

QString MeetingOptions::settingName(Setting setting)
{
    switch (setting) {
    case Setting::AttendeeMic: return tr("Attendees may unmute");
    case Setting::AttendeeCamera: return tr("Attendees may turn on their camera");
    case Setting::Presenters: return tr("Who can present");
    case Setting::Chat: return tr("Meeting chat");
    case Setting::LobbyScope: return tr("Who bypasses the lobby");
    case Setting::DialInBypass: return tr("Callers by phone bypass the lobby");
    case Setting::EntryExitAnnounced: return tr("Announce when people join or leave");
    }
    return {};
}

QString MeetingOptions::presentersLabel(const QString &value)
{
    return labelOf(kPresenters, value);
}

QString MeetingOptions::chatLabel(const QString &value)
{
    return labelOf(kChat, value);
}

QString MeetingOptions::lobbyLabel(const QString &value)
{
    return labelOf(kLobbyScopes, value);
}

QString MeetingOptions::describe(Setting setting) const
{
    QString value;
    switch (setting) {
    case Setting::AttendeeMic: value = yesNo(allowAttendeeToEnableMic); break;
    case Setting::AttendeeCamera: value = yesNo(allowAttendeeToEnableCamera); break;
    case Setting::Presenters: value = presentersLabel(allowedPresenters); break;
    case Setting::Chat: value = chatLabel(allowMeetingChat); break;
    case Setting::LobbyScope: value = lobbyLabel(lobbyScope); break;
    case Setting::DialInBypass: value = yesNo(dialInBypass); break;
    case Setting::EntryExitAnnounced: value = yesNo(isEntryExitAnnounced); break;
    }
    return tr("%1: %2").arg(settingName(setting), value);
}

QStringList MeetingOptions::describeAll() const
{
    QStringList lines;
    for (Setting s : settings())
        lines.append(describe(s));
    return lines;
}

} // namespace moderato
