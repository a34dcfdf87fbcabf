#pragma once
// HoldMusic: puts one participant on hold with music and brings them back (startHoldMusic /
// stopHoldMusic), and follows each request's operation to its end.
//
// Graph's participant resource has nothing that says "on hold" (mediaStreams keep their
// direction; the only "inactive" direction reported by others comes from a Teams client holding a
// phone call, not from startHoldMusic), so Moderato keeps the hold state itself in the roster
// model: Starting from the request, OnHold once the operation completed — in the 202 answer or
// in its notification ("deleted" on communications/calls/{id}/operations/{opId}) — and None again
// when the stop is confirmed or the person leaves. Without a confirmation (notifications off, or
// none within the timeout) the state is Unconfirmed and the outcome says so.

#include "core/calls/action_outcome.h"
#include "core/calls/action_targets.h"
#include "core/calls/call_part.h"
#include "core/calls/operation_info.h"
#include "core/calls/participant_model.h"

#include <QHash>

#include <functional>
#include <optional>

class QTimer;

namespace moderato {

struct GraphError;
class HoldMusicRequest;

class HoldMusic : public CallPart
{
    Q_OBJECT
public:
    using CallPart::CallPart;
    using NameOf = std::function<QString(const QString &)>;

    //! How long to wait for an operation's notification (default 30 s, as long as Graph's own
    //! calling SDK waits for it).
    void setConfirmationTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    //! Whether Graph's notifications can reach Moderato: without them a running operation can
    //! never be confirmed.
    void setNotificationsListening(bool listening) { m_notificationsListening = listening; }

    //! Another call (or none): requests in flight are forgotten.
    void startCall(const QString &callId);
    //! The call ended: nobody is on hold any more.
    void callEnded();

    //! Hold or Resume \a participantId: checked first (checkTargets()), then sent.
    void run(ActionOutcome::Action action, const QString &participantId, const RosterFacts &facts,
             const std::optional<QString> &endedReason, const NameOf &nameOf);
    //! An operation from a notification: true when it was one of these requests'.
    bool applyOperation(const OperationInfo &operation);

Q_SIGNALS:
    //! A request found the call itself gone (not the person).
    void callGone(const moderato::GraphError &error);
    //! Graph answered: the roster may have changed.
    void answered();

private:
    using HoldState = ParticipantModel::HoldState;
    struct Pending
    {
        ActionOutcome::Action action = ActionOutcome::Action::Hold;
        int reportId = 0;
        QString participantId;
        QString name;
        QString requestId;
        QString operationId;
        int httpStatus = 0;
        HoldState before = HoldState::None;
        bool accepted = false;              //!< the 202 came
        bool reported = false;              //!< the moderator was told it is unconfirmed; a late answer still counts
        std::optional<OperationInfo> early; //!< a terminal notification that came before the 202
        QTimer *timer = nullptr;
    };

    void send(ActionOutcome::Action action, int reportId, const QString &participantId, const QString &name,
              bool verified);
    void onAnswered(const QString &clientContext, HoldMusicRequest *request, bool verified);
    //! The operation ended (completed or failed).
    void conclude(const QString &clientContext, const OperationInfo &operation);
    void reportUnconfirmed(const QString &clientContext, const QString &message);
    void finish(const QString &clientContext, const ActionOutcome &outcome, HoldState state);
    ActionOutcome outcome(const Pending &pending, ActionOutcome::Result result, const QString &message = {}) const;

    QHash<QString, Pending> m_pending; //!< by clientContext
    int m_timeoutMs = 30000;
    bool m_notificationsListening = false;
};

//! What a hold or resume request's error means for the moderator: as for the other actions, and a
//! refusal by Graph says what it most likely means (one on hold at a time; not on hold).
ActionOutcome holdOutcomeFromError(ActionOutcome::Action action, const QString &participantId, const QString &name,
                                   const GraphError &error, const QString &clientId, bool verified);

} // namespace moderato
