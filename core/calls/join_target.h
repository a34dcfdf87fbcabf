#pragma once
// What the moderator pasted to say which meeting or call to join: a Teams link (possibly wrapped
// by Outlook's Safe Links), a whole invitation with its meeting ID and passcode, or a Graph call
// id. One parser, so that the dialog and the command line accept and refuse exactly the same.

#include "core/graph/join_meeting_request.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace moderato {

//! A meeting or call Moderato can join, as read from what the moderator pasted.
struct JoinTarget
{
    Q_DECLARE_TR_FUNCTIONS(moderato::JoinTarget)
public:
    enum class Kind {
        MeetupLink, //!< a /l/meetup-join/ link: thread, message, organizer and tenant
        MeetingId,  //!< a numeric meeting ID (from a /meet/ link or the invitation text)
        CallId,     //!< an existing Graph call, by its id
    };
    //! Longer pastes are refused without being read.
    static constexpr qsizetype maxTextLength = 10000;

    Kind kind = Kind::MeetupLink;
    //! For MeetupLink (threadId, messageId, organizerId, tenantId) and MeetingId (joinMeetingId,
    //! passcode if any). callbackUri is left empty: the caller fills it.
    MeetingToJoin meeting;
    QString callId; //!< for CallId

    //! What Moderato understood, for the moderator (never the passcode): "Teams meeting,
    //! organiser's tenant 72f988bf…", "Meeting ID 123 456 789 012 with its passcode",
    //! "Graph call 491f0b00…".
    QString description() const;
    //! How Moderato joins, for logs and the audit trail: "link" (MeetupLink), "meetingId" (also
    //! for a /meet/ link) or "callId".
    QString joinedBy() const;
};

//! Reads what the moderator pasted: a meetup-join or /meet/ link on a Teams host of any cloud but
//! teams.live.com (also inside Outlook Safe Links or a Teams launcher link), an invitation's
//! "Meeting ID:" and "Passcode:" lines, a meeting ID alone, or a Graph call id. The text may be a
//! whole invitation: a link wins over the "Meeting ID:" line, and for a /meet/ link the
//! invitation's passcode wins over the link's p=. Returns nothing and sets \a error (one
//! sentence: what is wrong and what would work) for anything else, including text longer than
//! JoinTarget::maxTextLength; clears \a error on success.
std::optional<JoinTarget> parseJoinTarget(const QString &text, QString *error);

} // namespace moderato
