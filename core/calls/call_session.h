#pragma once
// CallSession: one open call — its roster refresh loop and the moderation actions on it.
// This header is the contract between core and its two front ends (ui/ and moderato-cli).

#include "core/calls/action_outcome.h"
#include "core/calls/invite_back.h"
#include "core/graph/invitee.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

namespace moderato {

class ParticipantModel;
class InvitationModel;
struct CommsNotification;

//! Whom to invite: the one set of invitee rules lives in Invitee.
using InviteTarget = Invitee;

//! Basic facts of the open call.
struct CallInfo
{
    QString id;
    QString subject;
    QString state;       //!< callState as Graph says it: establishing, established, terminated…
    QString joinWebUrl;  //!< the meeting's link, when Graph gives it: how people without an account join
    QString organizerId; //!< the organiser's user object id (meetingInfo.organizer), when Graph gives it
};

//! One call: refreshes its roster and runs remove, cancel, invite, mute, hold and resume against it.
//! Actions take participant ids, never rows: the roster may change while a request is in flight.
class CallSession : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState {
        Idle,        //!< no call open
        Joining,     //!< joining a meeting: the request is out, or the call is establishing
        InLobby,     //!< waiting in the meeting's lobby for the organiser to admit the bot
        Loading,     //!< first roster load in flight
        Live,        //!< the last refresh succeeded
        Refreshing,  //!< a refresh is in flight after a good one
        Stale,       //!< the last refresh failed; the roster shows the last good state
        RateLimited, //!< Graph asked us to wait; see rateLimitedUntil()
        Ended,       //!< the call ended for Moderato (or the join failed): see endReason()
    };
    Q_ENUM(ConnectionState)

    //! \a client sends every request; \a clientId fills in the admin hint on a 403 remove.
    CallSession(class GraphClient *client, const QString &clientId, QObject *parent = nullptr);
    ~CallSession() override;

    void setAuditLog(class AuditLog *log);
    void setRefreshInterval(int milliseconds); //!< default 5000
    //! How often the wall clock is compared with the last keepAlive (default 30 s) and a join
    //! followed (default 1 s): tests look more often.
    void setLegCheckIntervals(int wallClockMs, int joinPollMs);
    void setHomeTenantId(const QString &tenantId);

    //! Opens \a callId (clearing the models) and loads its roster. Moderato must be in that call
    //! already; it is kept alive from now on (keepAlive now and every 15 minutes).
    void open(const QString &callId);
    //! Joins a meeting (its callbackUri filled in): Joining, perhaps InLobby, then the roster of
    //! the new call — or Ended with the reason.
    void join(const struct MeetingToJoin &meeting);
    //! Hangs up Moderato's leg: the meeting goes on for everyone else; the session ends (or
    //! leaveFailed() says why not).
    void leave();

    //! Verified notifications from Graph: those about this call are applied — its state, its
    //! roster (also beyond the 100 entries a poll returns), operation results; the others are
    //! dropped. Returns how many were about this call.
    int applyNotifications(const QList<CommsNotification> &notifications);
    //! While the listener can hear Graph, the roster is polled once a minute (the safety net)
    //! instead of every few seconds — unless notifications were seen to miss something.
    void setNotificationsListening(bool listening);
    //! Why the roster is polled often although notifications are on ("Notifications missed a
    //! change…"); empty when they are off or all is well.
    QString notificationsProblem() const;
    //! The roster is read from notifications as well as polls.
    bool notificationsInUse() const;
    //! Why the call ended for Moderato (or the join failed), in a sentence; empty while it has not.
    QString endReason() const;
    //! When Moderato last told Graph it is still there.
    QDateTime lastKeepAlive() const;
    //! Why keeping the call alive failed last, if it did.
    QString keepAliveProblem() const;
    QString callId() const;
    //! Whether \a callId is the call this session shows or is joining (notifications about it apply).
    bool isFollowing(const QString &callId) const;
    //! A join is out and Graph has not yet said the new call's id: a notification about a call
    //! not followed may be about this one (Graph can notify before its 201 answer arrives).
    bool isAwaitingCallId() const;
    CallInfo callInfo() const;

    ParticipantModel *participants() const;
    InvitationModel *invitations() const;

    ConnectionState connectionState() const;
    QDateTime lastRefresh() const;      //!< time of the last good roster
    QDateTime staleSince() const;       //!< first failed refresh after the last good one
    QDateTime rateLimitedUntil() const; //!< valid in RateLimited
    QString lastRefreshError() const;   //!< why the roster is stale
    bool rosterMayBeIncomplete() const; //!< the service may have capped the list

    void refresh();
    //! remove(), cancelInvitations() and mute() first check each id against the roster and the
    //! invitations (checkTargets()): an id not in the state the action is for gets its outcome at
    //! once (NotInCall or Refused) and nothing is sent for it. Every id gets one actionFinished();
    //! then one actionCompleted() reports them all.
    void remove(const QStringList &participantIds);
    void cancelInvitations(const QStringList &participantIds);
    void mute(const QStringList &participantIds);
    //! Stops the removals, mutes and cancellations under way on several people between requests:
    //! whatever has not reached Graph yet is not sent (Stopped, in the report), requests already
    //! out finish as Graph answers. Invitations are not stopped.
    void stopActions();
    //! Puts one participant on hold with music (Graph allows one on hold at a time). Checked like
    //! the others, and refused at once when Moderato knows someone else is on hold. The outcome
    //! comes when Graph confirms it: in its answer or in the operation's notification.
    void hold(const QString &participantId);
    //! Brings the participant on hold back. Refused at once only when Moderato is sure they are
    //! not on hold; otherwise sent, since another program may have put them on hold.
    void resume(const QString &participantId);
    //! How long a hold or resume waits for Graph's confirmation (default 30 s).
    void setHoldConfirmationTimeout(int milliseconds);
    //! One invitation request per person (several go together as one $batch), so that each
    //! invitation ends with its own outcome; returns the participant ids generated.
    QStringList invite(const QList<InviteTarget> &targets);
    void retryInvitation(const QString &participantId);
    //! Invites back people removed earlier, as the removal recorded them (ActionOutcome::identity,
    //! AuditEntry::targetIdentity): users by object id (with their tenant when it is another one),
    //! phone numbers by number, each followed like any invitation. The returned plan names, one
    //! sentence each, whoever is not invited: guests, applications, hidden numbers, people in the
    //! call again. Nothing is sent once the call has ended.
    InviteBackPlan inviteBack(const QList<ParticipantIdentity> &people);

Q_SIGNALS:
    //! The call's details were read — or could not be (callInfo() then stays as it was).
    void callInfoChanged();
    void connectionStateChanged();
    void refreshed();
    void actionFinished(const moderato::ActionOutcome &outcome);
    //! An action on \a total people began (\a done 0), or one more person's outcome is in.
    void actionProgress(moderato::ActionOutcome::Action action, int done, int total);
    //! After the last actionFinished() of one remove(), cancelInvitations(), mute() or invite().
    void actionCompleted(const moderato::ActionReport &report);
    //! A problem with the session itself (call not found, sign-in failed): worth a dialog.
    void sessionError(const QString &message, const QString &details);
    //! Graph refused to let Moderato's bot hang up: it is still in the call.
    void leaveFailed(const QString &message);

private:
    struct Private;
    Private *d;
};

} // namespace moderato
