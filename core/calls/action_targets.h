#pragma once
// The core's guarantee behind every action: before anything is sent, each id is checked against
// the roster and the invitations to be in the state the action is for — a participant in the call
// for remove and mute, a ringing invitation for cancel — and the app's own participant is never a
// target. What the UI enables is a courtesy; this check is the promise.

#include "core/calls/action_outcome.h"

#include <QStringList>

#include <functional>

namespace moderato {

class InvitationModel;
class ParticipantModel;

//! Whether \a text can be a participant id: a GUID without braces, as Graph writes them and as
//! Moderato generates them for invitations. Anything else is a typing mistake, never sent.
bool isParticipantId(const QString &text);

//! What the session knows about the roster it checks against.
struct RosterFacts
{
    bool loaded = false;          //!< a roster has been read at least once
    bool mayBeIncomplete = false; //!< the service may have left people out (its 100-entry cap)
};

//! The verdict for one action on a list of ids.
struct TargetCheck
{
    QStringList verified; //!< seen in the state the action is for: send
    //! Not seen, but possibly there: an invitation another program sent (cancel), or someone past
    //! the end of a capped roster. Sent; a 404 then means "not in this call", not "already left".
    QStringList unverified;
    QList<ActionOutcome> refused; //!< NotInCall or Refused, each with its sentence; nothing sent
};

//! Checks \a ids for \a action. \a nameOf gives the name to put in a sentence.
TargetCheck checkTargets(ActionOutcome::Action action, const QStringList &ids, const ParticipantModel &roster,
                         const InvitationModel &invitations, const RosterFacts &facts,
                         const std::function<QString(const QString &)> &nameOf);

} // namespace moderato
