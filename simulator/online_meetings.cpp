#include "simulator/online_meetings.h"

#include "simulator/call_state.h"
#include "simulator/world.h"

#include <QJsonArray>

namespace graphsim {

namespace {

const QStringList kPresenters = {QStringLiteral("everyone"), QStringLiteral("organization"),
                                 QStringLiteral("roleIsPresenter"), QStringLiteral("organizer")};
const QStringList kChatModes = {QStringLiteral("enabled"), QStringLiteral("disabled"), QStringLiteral("limited")};
const QStringList kLobbyScopes = {
    QStringLiteral("organizer"), QStringLiteral("organization"), QStringLiteral("organizationAndFederated"),
    QStringLiteral("everyone"),  QStringLiteral("invited"),      QStringLiteral("organizationExcludingGuests")};
// Scope values behind the evolvable-enum sentinel (lobbybypasssettings.md).
const QStringList kEvolvableScopes = {QStringLiteral("invited"), QStringLiteral("organizationExcludingGuests")};
const QStringList kBooleans = {QStringLiteral("allowAttendeeToEnableCamera"),
                               QStringLiteral("allowAttendeeToEnableMic"), QStringLiteral("isEntryExitAnnounced")};
// Updatable per onlinemeeting-update.md but not modelled: stored as sent.
const QStringList kOtherUpdatable = {QStringLiteral("allowBreakoutRooms"),
                                     QStringLiteral("allowCopyingAndSharingMeetingContent"),
                                     QStringLiteral("allowedLobbyAdmitters"),
                                     QStringLiteral("allowLiveShare"),
                                     QStringLiteral("allowPowerPointSharing"),
                                     QStringLiteral("allowRecording"),
                                     QStringLiteral("allowTeamworkReactions"),
                                     QStringLiteral("allowTranscription"),
                                     QStringLiteral("allowWhiteboard"),
                                     QStringLiteral("anonymizeIdentityForRoles"),
                                     QStringLiteral("endDateTime"),
                                     QStringLiteral("participants"),
                                     QStringLiteral("recordAutomatically"),
                                     QStringLiteral("startDateTime"),
                                     QStringLiteral("subject"),
                                     QStringLiteral("watermarkProtection")};

QString invalidValue(const QString &property, const QJsonValue &value)
{
    const QString shown = value.isString() ? value.toString()
                          : value.isBool() ? QStringLiteral("(boolean)")
                                           : QStringLiteral("(not a string)");
    return QStringLiteral("Invalid value '%1' for property '%2'.").arg(shown, property);
}

//! The problem with one of the modelled options, or empty.
QString optionProblem(const QString &key, const QJsonValue &value)
{
    if (kBooleans.contains(key))
        return value.isBool() ? QString() : invalidValue(key, value);
    if (key == QLatin1String("allowedPresenters"))
        return kPresenters.contains(value.toString()) ? QString() : invalidValue(key, value);
    if (key == QLatin1String("allowMeetingChat"))
        return kChatModes.contains(value.toString()) ? QString() : invalidValue(key, value);
    if (key == QLatin1String("lobbyBypassSettings")) {
        if (!value.isObject())
            return invalidValue(key, value);
        const QJsonObject settings = value.toObject();
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            if (it.key() == QLatin1String("scope")) {
                if (!kLobbyScopes.contains(it.value().toString()))
                    return invalidValue(QStringLiteral("lobbyBypassSettings.scope"), it.value());
            } else if (it.key() == QLatin1String("isDialInBypassEnabled")) {
                if (!it.value().isBool())
                    return invalidValue(QStringLiteral("lobbyBypassSettings.isDialInBypassEnabled"), it.value());
            } else if (it.key() != QLatin1String("@odata.type")) {
                return QStringLiteral("Property '%1' does not exist on type 'microsoft.graph.lobbyBypassSettings'.")
                    .arg(it.key());
            }
        }
        return {};
    }
    return QStringLiteral("Property '%1' cannot be updated.").arg(key);
}

bool isModelled(const QString &key)
{
    return kBooleans.contains(key) || key == QLatin1String("allowedPresenters")
           || key == QLatin1String("allowMeetingChat") || key == QLatin1String("lobbyBypassSettings");
}

QString threadOf(const CallState &call)
{
    return call.properties.value(QStringLiteral("chatInfo")).toObject().value(QStringLiteral("threadId")).toString();
}

} // namespace

namespace OnlineMeetings {

QJsonObject withDefaults(const QJsonObject &given, QString *problem)
{
    // A new Teams meeting: everyone may unmute, share video and present, chat is on, people of the
    // organisation (and guests) skip the lobby, nobody is announced.
    QJsonObject options{
        {QStringLiteral("allowAttendeeToEnableCamera"), true},
        {QStringLiteral("allowAttendeeToEnableMic"), true},
        {QStringLiteral("allowedPresenters"), QStringLiteral("everyone")},
        {QStringLiteral("allowMeetingChat"), QStringLiteral("enabled")},
        {QStringLiteral("isEntryExitAnnounced"), false},
        {QStringLiteral("lobbyBypassSettings"), QJsonObject{{QStringLiteral("scope"), QStringLiteral("organization")},
                                                            {QStringLiteral("isDialInBypassEnabled"), false}}}};
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QString why = isModelled(it.key()) ? optionProblem(it.key(), it.value())
                                                 : QStringLiteral("unknown key \"%1\"").arg(it.key());
        if (!why.isEmpty()) {
            *problem = why;
            return {};
        }
        if (it.key() == QLatin1String("lobbyBypassSettings")) {
            QJsonObject merged = options.value(it.key()).toObject();
            const QJsonObject part = it.value().toObject();
            for (auto p = part.begin(); p != part.end(); ++p)
                merged.insert(p.key(), p.value());
            options.insert(it.key(), merged);
        } else {
            options.insert(it.key(), it.value());
        }
    }
    return options;
}

QString idFor(const ScenarioMeeting &meeting)
{
    return QString::fromLatin1(
        QStringLiteral("1*%1*0**%2").arg(meeting.organizerId, meeting.threadId).toUtf8().toBase64());
}

QString patchProblem(const QJsonObject &body)
{
    if (body.isEmpty())
        return QStringLiteral("The request body must name at least one property to update.");
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (kOtherUpdatable.contains(it.key()))
            continue;
        if (!isModelled(it.key()))
            return QStringLiteral("Property '%1' cannot be updated.").arg(it.key());
        const QString why = optionProblem(it.key(), it.value());
        if (!why.isEmpty())
            return why;
    }
    // onlinemeeting-update.md: roleIsPresenter needs the full attendee list with their roles.
    if (body.value(QStringLiteral("allowedPresenters")).toString() == QLatin1String("roleIsPresenter")
        && !body.value(QStringLiteral("participants")).toObject().value(QStringLiteral("attendees")).isArray())
        return QStringLiteral("Setting allowedPresenters to roleIsPresenter requires participants.attendees with "
                              "their roles.");
    return {};
}

void applyPatch(OnlineMeetingState &meeting, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("lobbyBypassSettings")) {
            QJsonObject merged = meeting.options.value(it.key()).toObject();
            const QJsonObject part = it.value().toObject();
            for (auto p = part.begin(); p != part.end(); ++p) {
                if (p.key() != QLatin1String("@odata.type"))
                    merged.insert(p.key(), p.value());
            }
            meeting.options.insert(it.key(), merged);
        } else if (it.key() == QLatin1String("subject")) {
            meeting.meeting.subject = it.value().toString();
        } else {
            meeting.options.insert(it.key(), it.value());
        }
    }
}

QJsonObject toGraphJson(const OnlineMeetingState &state, bool includeUnknownEnumMembers)
{
    const ScenarioMeeting &m = state.meeting;
    QJsonObject json = state.options;
    if (!includeUnknownEnumMembers) {
        QJsonObject lobby = json.value(QStringLiteral("lobbyBypassSettings")).toObject();
        if (kEvolvableScopes.contains(lobby.value(QStringLiteral("scope")).toString())) {
            lobby.insert(QStringLiteral("scope"), QStringLiteral("unknownFutureValue"));
            json.insert(QStringLiteral("lobbyBypassSettings"), lobby);
        }
    }
    json.insert(QStringLiteral("id"), state.id);
    json.insert(QStringLiteral("subject"), m.subject.isEmpty() ? QJsonValue() : QJsonValue(m.subject));
    json.insert(QStringLiteral("joinWebUrl"), m.joinWebUrl.isEmpty() ? QJsonValue() : QJsonValue(m.joinWebUrl));
    json.insert(QStringLiteral("chatInfo"), QJsonObject{{QStringLiteral("threadId"), m.threadId},
                                                        {QStringLiteral("messageId"), QStringLiteral("0")},
                                                        {QStringLiteral("replyChainMessageId"), QJsonValue()}});
    if (!m.joinMeetingId.isEmpty()) {
        json.insert(QStringLiteral("joinMeetingIdSettings"),
                    QJsonObject{{QStringLiteral("joinMeetingId"), m.joinMeetingId},
                                {QStringLiteral("isPasscodeRequired"), !m.passcode.isEmpty()},
                                {QStringLiteral("passcode"), m.passcode.isEmpty() ? QJsonValue() : m.passcode}});
    }
    const QJsonObject organizerUser{
        {QStringLiteral("id"), m.organizerId},
        {QStringLiteral("displayName"), m.organizerName.isEmpty() ? QJsonValue() : QJsonValue(m.organizerName)},
        {QStringLiteral("tenantId"), m.tenantId},
        {QStringLiteral("identityProvider"), QStringLiteral("AAD")}};
    json.insert(
        QStringLiteral("participants"),
        QJsonObject{{QStringLiteral("organizer"),
                     QJsonObject{{QStringLiteral("role"), QStringLiteral("presenter")},
                                 {QStringLiteral("upn"), QJsonValue()},
                                 {QStringLiteral("identity"), QJsonObject{{QStringLiteral("user"), organizerUser}}}}},
                    {QStringLiteral("attendees"), QJsonArray()}});
    return json;
}

int applyToCalls(World &world, const OnlineMeetingState &meeting)
{
    const bool everyone = meeting.options.value(QStringLiteral("lobbyBypassSettings"))
                              .toObject()
                              .value(QStringLiteral("scope"))
                              .toString()
                          == QLatin1String("everyone");
    if (!everyone)
        return 0;
    int admitted = 0;
    for (CallState *call : world.calls()) {
        if (call->state == QLatin1String("terminated") || threadOf(*call) != meeting.meeting.threadId)
            continue;
        for (QJsonObject &p : call->roster) {
            // People only: a bot waiting for the organiser stays there (lobbyForApps, /_sim/ admit).
            if (isApplicationParticipant(p) || !p.value(QStringLiteral("isInLobby")).toBool())
                continue;
            p.insert(QStringLiteral("isInLobby"), false);
            ++call->rosterSequence;
            if (p.contains(QStringLiteral("rosterSequenceNumber")))
                p.insert(QStringLiteral("rosterSequenceNumber"), call->rosterSequence);
            ++admitted;
        }
    }
    return admitted;
}

bool attendeesMayUnmute(World &world, const CallState &call)
{
    const OnlineMeetingState *meeting = world.onlineMeetingOnThread(threadOf(call));
    return !meeting || meeting->options.value(QStringLiteral("allowAttendeeToEnableMic")).toBool(true);
}

} // namespace OnlineMeetings

} // namespace graphsim
