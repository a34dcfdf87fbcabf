// The online meetings behind the scenario's meetings (GET/PATCH /users/{id}/onlineMeetings/{id}):
// their options, how a PATCH is checked and applied, and what the options do to the calls of the
// meeting. Graph's onlineMeeting resource (resources/onlinemeetingbase.md, onlinemeeting-update.md):
// allowAttendeeToEnableCamera/Mic (Boolean), allowedPresenters (everyone, organization,
// roleIsPresenter, organizer, unknownFutureValue), allowMeetingChat (enabled, disabled, limited,
// unknownFutureValue), isEntryExitAnnounced (Boolean), lobbyBypassSettings {scope (organizer,
// organization, organizationAndFederated, everyone, invited, organizationExcludingGuests,
// unknownFutureValue), isDialInBypassEnabled}.
#pragma once

#include "simulator/scenario.h"

#include <QJsonObject>
#include <QString>

namespace graphsim {

struct CallState;
class World;

//! One scenario meeting as an online meeting, with its options as they are now.
struct OnlineMeetingState
{
    QString id; //!< Graph's form: base64 of "1*{organizerId}*0**{threadId}"
    ScenarioMeeting meeting;
    QJsonObject options;
};

namespace OnlineMeetings {

//! \a given (a scenario's "meetingOptions") over the options of a new Teams meeting; sets *problem
//! when a key is unknown or a value invalid.
QJsonObject withDefaults(const QJsonObject &given, QString *problem);
QString idFor(const ScenarioMeeting &meeting);
//! Why Graph would refuse \a body as a PATCH of a meeting (400), or empty.
QString patchProblem(const QJsonObject &body);
//! Applies a PATCH body checked by patchProblem(): lobbyBypassSettings is merged (Graph's own
//! example sends only isDialInBypassEnabled), everything else replaced.
void applyPatch(OnlineMeetingState &meeting, const QJsonObject &body);
//! The onlineMeeting resource. Without the "Prefer: include-unknown-enum-members" header, the
//! evolvable scope values "invited" and "organizationExcludingGuests" read as "unknownFutureValue"
//! (lobbybypasssettings.md).
QJsonObject toGraphJson(const OnlineMeetingState &meeting, bool includeUnknownEnumMembers);
//! What the options do to the calls on the meeting's thread now: with a lobby bypass of
//! "everyone" nobody waits in the lobby any more. Returns how many people were let in.
int applyToCalls(World &world, const OnlineMeetingState &meeting);
//! Whether someone joining \a call now may unmute: false when the call is a meeting's whose
//! attendees may not turn on their microphone (they join muted and stay so).
bool attendeesMayUnmute(World &world, const CallState &call);

} // namespace OnlineMeetings

} // namespace graphsim
