#pragma once
// ModerationActions: remove, cancel an invitation, mute — each id checked against the roster
// before anything is sent (checkTargets()), one request for one person, a $batch for several,
// and one outcome per person from that person's own answer.

#include "core/calls/action_outcome.h"
#include "core/calls/action_targets.h"
#include "core/calls/call_part.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace moderato {

struct GraphError;

class ModerationActions : public CallPart
{
    Q_OBJECT
public:
    using CallPart::CallPart;

    //! Checks \a ids, answers the refused ones at once and sends the rest. With an
    //! \a endedReason every id is refused with it: the call has ended for Moderato.
    void run(ActionOutcome::Action action, const QStringList &ids, const RosterFacts &facts,
             const std::optional<QString> &endedReason = std::nullopt);

    //! Sends nothing more of the actions under way on several people: whatever has not reached
    //! the service yet ends as Stopped (nothing sent); requests already out finish as answered.
    void stopSending();

    //! The name to show for \a participantId: the roster's, the invitation's, else the id.
    QString nameOf(const QString &participantId) const;

Q_SIGNALS:
    //! A request found the call itself gone (not the person).
    void callGone(const moderato::GraphError &error);
    //! Graph confirmed that \a participantId is not in the call any more: Moderato removed them (or
    //! cancelled their invitation), or they had already gone. Emitted before answered().
    void leftTheCall(const QString &participantId);
    //! Answers came in: the roster has probably changed.
    void answered();
    //! A cancellation settled: the invited rows follow the invitations.
    void invitationsChanged();

private:
    QList<QPointer<class BatchRunner>> m_runners; //!< the $batch runs under way
    void send(ActionOutcome::Action action, int reportId, const QStringList &ids, const QSet<QString> &unverified);
    //! The person as the roster showed them when the request went out.
    struct Target
    {
        QString name;
        ParticipantIdentity identity;
    };
    Target targetOf(const QString &participantId) const;
    void finish(ActionOutcome::Action action, int reportId, const QString &participantId, const Target &target,
                const GraphError &error, bool verified, bool withdrawn = false);
};

//! One place that turns an action request's answer into what the moderator reads. \a verified:
//! the id was seen in the roster (or the invitations) before sending, so a 404 means the person
//! had already left; otherwise it means the id is not in this call.
ActionOutcome outcomeFromError(ActionOutcome::Action action, const QString &participantId, const QString &name,
                               const GraphError &error, const QString &clientId, bool verified = true);

} // namespace moderato
