#pragma once
// What a moderation action did to each person, and the one place that words it for the
// moderator (banners, the command line and the audit log all read it from here).

#include "core/calls/identity.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace moderato {

//! What happened to one moderation action on one participant.
struct ActionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(moderato::ActionOutcome)
public:
    enum class Action {
        Remove,
        CancelInvitation,
        Invite,
        Mute,
        Hold,   //!< put on hold with music (startHoldMusic)
        Resume, //!< back from hold (stopHoldMusic)
    };
    enum class Result {
        Done,        //!< the service confirmed it
        AlreadyGone, //!< the person had left (or the invitation ended) before the request arrived
        Failed,      //!< the service refused or the request could not be made; nothing happened
        Unknown,     //!< the request may or may not have reached the service
        NotInCall,   //!< nothing was sent: the id is not in this call
        Refused,     //!< nothing was sent: the id is not in the state the action is for
        Stopped,     //!< nothing was sent: the moderator stopped the action before it went out
        //! The service accepted the request (202) but its confirmation did not come, or cannot
        //! come because notifications are off (hold and resume)
        Unconfirmed,
    };
    Action action = Action::Remove;
    Result result = Result::Failed;
    QString participantId;
    QString displayName;
    QString message;   //!< a sentence for the moderator, empty when Done
    QString adminHint; //!< e.g. the Set-CsApplicationMeetingConfiguration line on a 403 remove
    QString requestId; //!< of the request (or $batch) that carried it; empty when nothing was sent
    int httpStatus = 0;
    //! Who the person was when the request went out (the roster's naming identity): for a
    //! removal, what it takes to invite them back. Empty when nothing was sent.
    ParticipantIdentity identity{};

    //! Done or AlreadyGone: the person is where the moderator wanted them.
    bool isSuccess() const { return result == Result::Done || result == Result::AlreadyGone; }
    //! NotInCall, Refused or Stopped: Moderato sent nothing for this person.
    bool sentNothing() const
    {
        return result == Result::NotInCall || result == Result::Refused || result == Result::Stopped;
    }
    //! The display name, else the participant id.
    QString who() const { return displayName.isEmpty() ? participantId : displayName; }
    //! One sentence: "Jane Doe was removed from the call.", "Could not mute Omar Haddad: …".
    QString describe() const;
};

//! Everything one request of the moderator (remove these five, mute these two) did, once every
//! person's outcome is in, in the order they were asked for.
struct ActionReport
{
    Q_DECLARE_TR_FUNCTIONS(moderato::ActionReport)
public:
    ActionOutcome::Action action = ActionOutcome::Action::Remove;
    QList<ActionOutcome> outcomes;

    QList<ActionOutcome> successes() const; //!< isSuccess()
    QList<ActionOutcome> problems() const;  //!< everything else
    //! "Jane Doe was removed from the call." or "4 people were removed from the call:" — the
    //! successes only; problems are worded one by one with ActionOutcome::describe().
    QString successSummary() const;
};

//! Names as "A, B and C", at most \a limit of them, then "and N more".
QString joinNames(const QStringList &names, int limit);

} // namespace moderato

Q_DECLARE_METATYPE(moderato::ActionOutcome)
Q_DECLARE_METATYPE(moderato::ActionReport)
