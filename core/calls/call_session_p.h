#pragma once
// CallSession's private state, shared by the files that implement it.

#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "core/calls/roster_parse_worker.h"

#include <QHash>
#include <QPointer>
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
    {
    }

    CallSession *q;
    GraphClient *client;
    QString clientId;
    AuditLog *audit = nullptr;
    ParticipantModel *participants;
    InvitationModel *invitations;
    RosterParseWorker *parser; //!< parses rosters off the GUI thread

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

    void setState(ConnectionState newState);
    void scheduleRefresh();
    void startRefresh();
    void onRosterParsed(const RosterSnapshot &snapshot, int entries);
    void onRosterLoaded(const RosterSnapshot &snapshot, bool mayBeIncomplete);
    void endRefresh();
    void onRosterFailed(const GraphError &error);
    void loadCallInfo();
    void syncInvitedRows();
    void pollOperations();
    void onThrottled(const QDateTime &until);

    QString nameOf(const QString &participantId) const;
    void report(ActionOutcome outcome);
    void refreshSoon();
    void sendInvite(const QList<Invitation> &chunk);
    void runOnEach(ActionOutcome::Action action, const QStringList &participantIds);
    void finishAction(ActionOutcome::Action action, const QString &participantId, const QString &name,
                      const GraphError &error);
};

//! One place that turns a failed action request into what the moderator reads.
ActionOutcome outcomeFromError(ActionOutcome::Action action, const QString &participantId,
                               const QString &name, const GraphError &error, const QString &clientId);

} // namespace moderato
