#pragma once
// CallSession's private state, shared by the files that implement it: the parts that do the work
// and what the session itself knows about the call.

#include "core/calls/action_reports.h"
#include "core/calls/call_leg.h"
#include "core/calls/call_session.h"
#include "core/calls/hold_music.h"
#include "core/calls/invitation_model.h"
#include "core/calls/invitation_tracker.h"
#include "core/calls/moderation_actions.h"
#include "core/calls/notified_roster.h"
#include "core/calls/participant_model.h"
#include "core/calls/roster_refresher.h"
#include "core/notifications/comms_notification.h"

#include <QTimer>

namespace moderato {

class GraphClient;
struct GraphError;

struct CallSession::Private
{
    Private(CallSession *session, GraphClient *graph, const QString &appClientId)
        : q(session)
        , client(graph)
        , participants(new ParticipantModel(session))
        , invitations(new InvitationModel(session))
        , reports(new ActionReports(session))
        , refresher(new RosterRefresher(graph, session))
        , actions(new ModerationActions(graph, appClientId, participants, invitations, reports, session))
        , tracker(new InvitationTracker(graph, appClientId, participants, invitations, reports, session))
        , holdMusic(new HoldMusic(graph, appClientId, participants, invitations, reports, session))
        , leg(new CallLeg(graph, appClientId, session))
    {}

    CallSession *q;
    GraphClient *client;
    ParticipantModel *participants;
    InvitationModel *invitations;
    ActionReports *reports;     //!< every action's outcomes, the audit log
    RosterRefresher *refresher; //!< polls the roster
    ModerationActions *actions; //!< remove, cancel, mute
    InvitationTracker *tracker; //!< invite, and each invitation to its end
    HoldMusic *holdMusic;       //!< hold and resume, each to its operation's end
    CallLeg *leg;               //!< Moderato's own leg: join, keepAlive, end, leave

    QString callId;
    CallInfo info;
    quint64 generation = 0; //!< bumped by startCall(): answers for an older call are dropped
    int refreshInterval = 5000;
    bool everLoaded = false;
    bool mayBeIncomplete = false;
    ConnectionState state = ConnectionState::Idle;
    QDateTime lastRefresh;
    QDateTime staleSince;
    QString lastError;
    QTimer ticker; //!< one-second tick for "ringing for N s", call durations and time-outs

    //! While notifications flow, the roster is polled this often instead (the safety net).
    static constexpr int NotifiedRefreshMs = 60 * 1000;
    NotifiedRoster notified; //!< the roster as notifications and polls tell it
    bool notificationsListening = false;
    QString notificationsProblem; //!< set when notifications were seen to miss something
    //! Roster notifications that came while joining, before the call was established: applied
    //! once it is (Graph may send the only whole roster of a small meeting then).
    QList<CommsNotification> earlyRoster;
    //! Notifications that came while the join's call id was not known yet (at most 64); those
    //! about the call that was joined are applied once it is established.
    QList<CommsNotification> unclaimed;
    QTimer notifiedApply; //!< coalesces a burst of roster notifications into one apply
    //! The poll interval now: NotifiedRefreshMs while notifications can be trusted.
    int currentRefreshInterval() const;
    void updateRefreshInterval() { refresher->setInterval(currentRefreshInterval()); }
    void applyNotifiedRoster();
    void notificationsMissed(const QString &why);
    //! The snapshot to show after a poll: the poll itself, or merged with what notifications said.
    RosterSnapshot mergePoll(const RosterSnapshot &snapshot, bool *incomplete);

    void setState(ConnectionState newState);
    //! Starts reading the roster of \a id, with the models cleared (a new call, or a join done).
    void startCall(const QString &id);
    //! The leg ended: no more refreshes; actions are refused from now on.
    void onLegEnded();
    //! A request on the call found it gone: the leg ends (and with it the session).
    void noticeGone(const GraphError &error);
    void onRosterLoaded(const RosterSnapshot &snapshot, bool mayBeIncomplete);
    void onRosterFailed(const GraphError &error);
    void loadCallInfo();
    void onThrottled();
    void act(ActionOutcome::Action action, const QStringList &ids);
    void actOnHold(ActionOutcome::Action action, const QString &participantId);
};

} // namespace moderato
