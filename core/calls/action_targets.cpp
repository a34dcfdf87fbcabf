#include "core/calls/action_targets.h"

#include "core/calls/invitation_model.h"
#include "core/calls/participant_model.h"
#include "core/graph/invitee.h"

#include <QCoreApplication>
#include <QSet>

namespace moderato {

namespace {

//! The translation context of the sentences below.
struct ActionTargets
{
    Q_DECLARE_TR_FUNCTIONS(moderato::ActionTargets)
};

using Action = ActionOutcome::Action;
using RowState = ParticipantModel::RowState;

ActionOutcome refusal(Action action, const QString &id, const QString &name, ActionOutcome::Result result,
                      const QString &message)
{
    ActionOutcome outcome;
    outcome.action = action;
    outcome.result = result;
    outcome.participantId = id;
    outcome.displayName = name;
    outcome.message = message;
    return outcome;
}

QString ownParticipantSentence(Action action, const QString &name)
{
    switch (action) {
    case Action::Remove:
        return ActionTargets::tr(
                   "%1 is Moderato's own participant: removing it would end Moderato's access to the call.")
            .arg(name);
    case Action::Mute: return ActionTargets::tr("%1 is Moderato's own participant and is never muted.").arg(name);
    case Action::Hold:
    case Action::Resume:
        return ActionTargets::tr("%1 is Moderato's own participant and is never put on hold.").arg(name);
    case Action::CancelInvitation:
    case Action::Invite: break;
    }
    return ActionTargets::tr("%1 is Moderato's own participant in this call, not an invitation.").arg(name);
}

//! Why \a id cannot be put on hold (or resumed) now, from what Moderato knows; empty to send.
//! Graph's roster does not say who is on hold: what Moderato knows is its own requests' outcomes.
QString holdRefusal(Action action, const QString &id, const QString &name, const ParticipantModel &roster,
                    const RosterFacts &facts, const std::function<QString(const QString &)> &nameOf)
{
    using Hold = ParticipantModel::HoldState;
    const Hold own = roster.holdState(id);
    const QString other = roster.holdParticipant();
    const bool someoneElse = !other.isEmpty() && other != id;
    const auto participant = roster.participant(id);
    if (action == Action::Hold) {
        if (participant && participant->isInLobby())
            return ActionTargets::tr("%1 is waiting in the lobby: only people in the call can be put on hold.")
                .arg(name);
        switch (own) {
        case Hold::OnHold: return ActionTargets::tr("%1 is on hold already.").arg(name);
        case Hold::Unconfirmed: return ActionTargets::tr("%1 may be on hold already: resume them first.").arg(name);
        case Hold::Starting: return ActionTargets::tr("%1 is being put on hold already.").arg(name);
        case Hold::Resuming: return ActionTargets::tr("%1 is being brought back from hold.").arg(name);
        case Hold::None: break;
        }
        if (!someoneElse)
            return {};
        // Graph allows one participant on hold at a time.
        const QString otherName = nameOf(other);
        switch (roster.holdState(other)) {
        case Hold::Starting:
            return ActionTargets::tr("%1 is being put on hold: only one person can be on hold.").arg(otherName);
        case Hold::Resuming:
            return ActionTargets::tr("%1 is being brought back from hold: wait until they are back.").arg(otherName);
        case Hold::Unconfirmed:
            return ActionTargets::tr("%1 may be on hold already: resume them first.").arg(otherName);
        case Hold::OnHold:
        case Hold::None: break;
        }
        return ActionTargets::tr("%1 is on hold already: resume them first.").arg(otherName);
    }
    switch (own) {
    case Hold::Starting:
        return ActionTargets::tr("%1 is still being put on hold: wait until Graph confirms it.").arg(name);
    case Hold::Resuming: return ActionTargets::tr("%1 is being brought back from hold already.").arg(name);
    case Hold::OnHold:
    case Hold::Unconfirmed: return {};
    case Hold::None: break;
    }
    if (participant && participant->isInLobby())
        return ActionTargets::tr("%1 is waiting in the lobby, not on hold.").arg(name);
    // Certain only when Moderato knows someone else is on hold: one at a time. Otherwise another
    // program may have put them on hold, and only Graph can say.
    if (facts.loaded && someoneElse && roster.holdState(other) == Hold::OnHold)
        return ActionTargets::tr("%1 is not on hold: %2 is.").arg(name, nameOf(other));
    return {};
}

} // namespace

bool isParticipantId(const QString &text)
{
    return Invitee::isObjectId(text); // the same GUID form as object ids
}

TargetCheck checkTargets(Action action, const QStringList &ids, const ParticipantModel &roster,
                         const InvitationModel &invitations, const RosterFacts &facts,
                         const std::function<QString(const QString &)> &nameOf)
{
    using R = ActionOutcome::Result;
    TargetCheck check;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const QString name = nameOf(id);
        auto refuse = [&](R result, const QString &message) {
            check.refused.append(refusal(action, id, name, result, message));
        };
        if (!isParticipantId(id)) {
            refuse(R::Refused, ActionTargets::tr("\"%1\" is not a participant id.").arg(id));
            continue;
        }
        if (roster.isOwnParticipant(id)) {
            refuse(R::Refused, ownParticipantSentence(action, name));
            continue;
        }
        const std::optional<RowState> state = roster.state(id);
        const auto invitation = invitations.invitation(id);
        if (state == RowState::Removing || state == RowState::Cancelling || state == RowState::Muting) {
            refuse(R::Refused, ActionTargets::tr("An action on %1 is still in flight.").arg(name));
            continue;
        }
        if (state == RowState::Left) {
            refuse(R::NotInCall, ActionTargets::tr("%1 has left the call.").arg(name));
            continue;
        }

        if (action == Action::CancelInvitation) {
            if (state == RowState::Active) {
                refuse(R::Refused, ActionTargets::tr("%1 is in the call, not invited: remove them instead.").arg(name));
            } else if (state == RowState::Invited) {
                check.verified.append(id);
            } else if (invitation && invitation->outcome == InvitationOutcome::Connected) {
                refuse(R::Refused, ActionTargets::tr("%1 accepted the invitation: remove them instead.").arg(name));
            } else if (invitation) {
                refuse(R::AlreadyGone, ActionTargets::tr("The invitation to %1 had already ended.").arg(name));
            } else if (!facts.loaded) {
                refuse(R::Refused,
                       ActionTargets::tr("The roster has not been read yet, so Moderato cannot tell whether %1 is "
                                         "an invitation or a person in the call.")
                           .arg(name));
            } else {
                // Not in the roster and not sent from here: perhaps an invitation another
                // program sent. Only Graph knows.
                check.unverified.append(id);
            }
            continue;
        }

        // Remove, mute, hold and resume are for people in the call.
        if (state == RowState::Active) {
            if (action == Action::Hold || action == Action::Resume) {
                if (const QString why = holdRefusal(action, id, name, roster, facts, nameOf); !why.isEmpty()) {
                    refuse(R::Refused, why);
                    continue;
                }
            }
            check.verified.append(id);
        } else if (state == RowState::Invited) {
            refuse(R::Refused,
                   action == Action::Remove
                       ? ActionTargets::tr("%1 has not answered yet: cancel the invitation instead.").arg(name)
                       : ActionTargets::tr("%1 has not joined the call yet.").arg(name));
        } else if (!facts.loaded) {
            refuse(R::Refused, ActionTargets::tr(
                                   "The roster has not been read yet, so Moderato cannot check that %1 is in the call.")
                                   .arg(name));
        } else if (facts.mayBeIncomplete) {
            check.unverified.append(id); // perhaps past the end of a capped roster
        } else {
            refuse(R::NotInCall, ActionTargets::tr("%1 is not in this call.").arg(name));
        }
    }
    return check;
}

} // namespace moderato
