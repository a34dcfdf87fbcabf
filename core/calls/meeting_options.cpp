#include "core/calls/meeting_options.h"

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
    static const QStringList values{QStringLiteral("everyone"), QStringLiteral("organization"),
                                    QStringLiteral("roleIsPresenter"), QStringLiteral("organizer")};
    return values;
}

const QStringList &MeetingOptions::chatValues()
{
    static const QStringList values{QStringLiteral("enabled"), QStringLiteral("limited"), QStringLiteral("disabled")};
    return values;
}

const QStringList &MeetingOptions::lobbyScopes()
{
    static const QStringList values{QStringLiteral("everyone"),     QStringLiteral("organizationAndFederated"),
                                    QStringLiteral("organization"), QStringLiteral("organizationExcludingGuests"),
                                    QStringLiteral("invited"),      QStringLiteral("organizer")};
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
    if (value == QLatin1String("everyone"))
        return tr("Everyone");
    if (value == QLatin1String("organization"))
        return tr("People in the organisation");
    if (value == QLatin1String("roleIsPresenter"))
        return tr("Only people with the presenter role");
    if (value == QLatin1String("organizer"))
        return tr("Only organisers");
    return value.isEmpty() ? tr("not known") : tr("Other (%1)").arg(value);
}

QString MeetingOptions::chatLabel(const QString &value)
{
    if (value == QLatin1String("enabled"))
        return tr("On");
    if (value == QLatin1String("limited"))
        return tr("Only during the meeting");
    if (value == QLatin1String("disabled"))
        return tr("Off");
    return value.isEmpty() ? tr("not known") : tr("Other (%1)").arg(value);
}

QString MeetingOptions::lobbyLabel(const QString &value)
{
    if (value == QLatin1String("everyone"))
        return tr("Everyone");
    if (value == QLatin1String("organizationAndFederated"))
        return tr("Organisation, trusted organisations and guests");
    if (value == QLatin1String("organization"))
        return tr("Organisation and guests");
    if (value == QLatin1String("organizationExcludingGuests"))
        return tr("Organisation without guests");
    if (value == QLatin1String("invited"))
        return tr("People who were invited");
    if (value == QLatin1String("organizer"))
        return tr("Only the organiser (everyone else waits)");
    return value.isEmpty() ? tr("not known") : tr("Other (%1)").arg(value);
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
