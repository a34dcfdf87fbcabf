#pragma once
// CallSession's private state, shared by the files that implement it.

#include "core/calls/call_leg.h"
#include "core/calls/call_session.h"
#include "core/calls/operation_info.h"
#include "core/calls/invitation_model.h"
#include "core/calls/notified_roster.h"
#include "core/calls/participant_model.h"
#include "core/calls/roster_parse_worker.h"
#include "core/notifications/comms_notification.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace moderato {

class AuditLog;
class GraphClient;
class GraphRequest;
struct GraphError;

struct CallSession::Private
{
    //! After each refresh of a roster this large, its freed JSON and network buffers are handed
    //! back to the system (RosterParseWorker::releaseFreeHeap()), HeapReleaseDelayMs later, once the
    //! answer's objects are deleted too; otherwise they would stay resident between refreshes.
    static constexpr int HeapReleaseMinRows = 1000;
    static constexpr int HeapReleaseDelayMs = 500;

    Private(CallSession *session, GraphClient *graph, const QString &appClientId)
        : q(session)
        , client(graph)
        , clientId(appClientId)
        , participants(new ParticipantModel(session))
        , invitations(new InvitationModel(session))
        , parser(new RosterParseWorker(session))
        , leg(new CallLeg(graph, appClientId, session))
    {
    }

    CallSession *q;
    GraphClient *client;
    QString clientId;
    AuditLog *audit = nullptr;
    ParticipantModel *participants;
    InvitationModel *invitations;
    RosterParseWorker *parser; //!< parses rosters off the GUI thread
    CallLeg *leg;              //!< Moderato's own leg: join, keepAlive, end, leave

    QString callId;
    CallInfo info;
    quint64 generation = 0; //!< bumped by open(): answers for an older call are dropped

    QTimer refreshTimer;
    QTimer heapReleaseTimer;
    int refreshInterval = 5000;
    int consecutiveFailures = 0;
    bool refreshInFlight = false; //!< from the request until its roster is applied
    //! What the roster request being parsed said, for when the parse worker answers.
    struct PendingRoster
    {
        bool undecoded = false; //!< an undecoded RosterPageRequest: the worker checked the body
        bool mayBeIncomplete = false;
        int httpStatus = 0;
        QString requestId;
        QString clientRequestId;
    } pending;
    bool pagedRoster = false; //!< the roster came in pages: ListParticipantsRequest reads it
    bool refreshAgain = false; //!< an action finished while a refresh was in flight
    bool everLoaded = false;
    bool mayBeIncomplete = false;
    bool operationsGettable = true;
    ConnectionState state = ConnectionState::Idle;
    QDateTime lastRefresh;
    QDateTime staleSince;
    QString lastError;
    QTimer ringTicker; //!< one-second tick for "ringing for N s" and invitation time-outs

    //! While notifications flow, the roster is polled this often instead (the safety net).
    static constexpr int NotifiedRefreshMs = 60 * 1000;
    NotifiedRoster notified;            //!< the roster as notifications and polls tell it
    bool notificationsListening = false;
    QString notificationsProblem;       //!< set when notifications were seen to miss something
    //! Roster notifications that came while joining, before the call was established: applied
    //! once it is (Graph may send the only whole roster of a small meeting then).
    QList<CommsNotification> earlyRoster;
    //! Notifications that came while the join's call id was not known yet (at most 64); those
    //! about the call that was joined are applied once it is established.
    QList<CommsNotification> unclaimed;
    QTimer notifiedApply;               //!< coalesces a burst of roster notifications into one apply
    //! The poll interval now: NotifiedRefreshMs while notifications can be trusted.
    int currentRefreshInterval() const;
    void applyNotifiedRoster();
    void notificationsMissed(const QString &why);

    void setState(ConnectionState newState);
    //! Starts reading the roster of \a id, with the models cleared (a new call, or a join done).
    void startCall(const QString &id);
    //! The leg ended: no more refreshes; actions are refused from now on.
    void onLegEnded();
    //! A request on the call found it gone: the leg ends (and with it the session).
    bool noticeGone(const GraphError &error);
    void scheduleRefresh();
    void startRefresh();
    void onRosterParsed(const RosterSnapshot &snapshot, int entries);
    void onRosterLoaded(const RosterSnapshot &snapshot, bool mayBeIncomplete);
    //! The snapshot to show after a poll: the poll itself, or merged with what notifications said.
    RosterSnapshot mergePoll(const RosterSnapshot &snapshot, bool *incomplete);
    void endRefresh();
    void onRosterFailed(const GraphError &error);
    void loadCallInfo();
    void syncInvitedRows();
    //! GET of the operations of ringing invitations (where the service answers it), a few a tick.
    void pollOperations();
    void onThrottled(const QDateTime &until);

    //! The outcomes of one request of the moderator, until every person's is in.
    struct PendingReport
    {
        ActionReport report;
        QStringList order; //!< the ids as asked, for the report's order
        qsizetype remaining = 0;
    };
    QHash<int, PendingReport> reports;
    int nextReportId = 0;
    QSet<QString> operationPolls; //!< operation ids with a GET in flight
    qsizetype pollTurn = 0;       //!< where the next round of operation polls starts

    QString nameOf(const QString &participantId) const;
    //! Starts the report of one action on \a ids; report() fills it in.
    int beginReport(ActionOutcome::Action action, const QStringList &ids);
    //! One person's outcome: the audit log, actionFinished(), and actionCompleted() after the last.
    void report(int reportId, const ActionOutcome &outcome);
    void refreshSoon();
    //! Checks \a ids (checkTargets()), answers the refused ones at once and sends the rest.
    void act(ActionOutcome::Action action, const QStringList &ids);
    void sendInvitations(int reportId, const QList<Invitation> &invitations);
    void onInviteAnswered(int reportId, const QString &participantId, const OperationInfo &operation,
                          const QString &clientContext, const GraphError &error, const QString &requestId);
    void runOnEach(ActionOutcome::Action action, int reportId, const QStringList &participantIds,
                   const QSet<QString> &unverified);
    void finishAction(ActionOutcome::Action action, int reportId, const QString &participantId,
                      const QString &name, const GraphError &error, bool verified);
};

//! One place that turns an action request's answer into what the moderator reads. \a verified:
//! the id was seen in the roster (or the invitations) before sending, so a 404 means the person
//! had already left; otherwise it means the id is not in this call.
ActionOutcome outcomeFromError(ActionOutcome::Action action, const QString &participantId, const QString &name,
                               const GraphError &error, const QString &clientId, bool verified = true);

} // namespace moderato
