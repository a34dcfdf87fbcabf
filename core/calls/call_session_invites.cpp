// CallSession's invitations: invite, retry, following each invitation to its end.
#include "core/calls/call_session.h"
#include "core/calls/call_session_p.h"
#include "core/calls/operation_info.h"
#include "core/graph/get_operation_request.h"
#include "core/graph/graph_client.h"
#include "core/graph/invite_participants_request.h"

#include <QCoreApplication>

namespace moderato {

namespace {

moderato::Invitee toRequestInvitee(const Invitation &invitation)
{
    moderato::Invitee invitee;
    switch (invitation.invitee.kind) {
    case IdentityKind::Phone: invitee.kind = moderato::Invitee::Kind::Phone; break;
    case IdentityKind::Guest: invitee.kind = moderato::Invitee::Kind::Guest; break;
    default: invitee.kind = moderato::Invitee::Kind::User; break;
    }
    invitee.id = invitation.invitee.id;
    invitee.displayName = invitation.invitee.displayName;
    invitee.participantId = invitation.participantId;
    return invitee;
}

//! Whether a failed invite may still have rung people: no answer after sending (dropped
//! connection, 504), a gateway's 502 (the HTML error page of a proxy that may have forwarded
//! it), or a 2xx whose body could not be read. Such an invitation is never marked failed —
//! the moderator would retry and ring people twice — but settled from the roster.
bool mayHaveReachedTheService(const GraphError &error)
{
    if (error.kind == GraphError::Kind::OutcomeUnknown)
        return true;
    if (error.kind == GraphError::Kind::InvalidResponse && error.httpStatus >= 200 && error.httpStatus < 300)
        return true;
    return error.kind == GraphError::Kind::Http && (error.httpStatus == 502 || error.httpStatus == 504);
}

IdentityKind kindOf(InviteTarget::Kind kind)
{
    switch (kind) {
    case InviteTarget::Kind::Phone: return IdentityKind::Phone;
    case InviteTarget::Kind::Guest: return IdentityKind::Guest;
    case InviteTarget::Kind::User: break;
    }
    return IdentityKind::User;
}

} // namespace

QStringList CallSession::invite(const QList<InviteTarget> &targets)
{
    if (d->callId.isEmpty() || targets.isEmpty())
        return {};
    QList<Invitation> invitations;
    const QDateTime now = d->client->now();
    for (const InviteTarget &target : targets) {
        Invitation invitation;
        invitation.participantId = moderato::Invitee::newParticipantId();
        invitation.invitee = {kindOf(target.kind), target.id, target.displayName};
        invitation.sentAt = now;
        invitations.append(invitation);
    }
    d->invitations->add(invitations);
    d->syncInvitedRows();
    QStringList ids;
    for (qsizetype start = 0; start < invitations.size(); start += InviteParticipantsRequest::MaxInvitees)
        d->sendInvite(invitations.mid(start, InviteParticipantsRequest::MaxInvitees));
    for (const Invitation &invitation : invitations)
        ids.append(invitation.participantId);
    return ids;
}

void CallSession::retryInvitation(const QString &participantId)
{
    const auto previous = d->invitations->invitation(participantId);
    if (!previous || previous->isPending())
        return;
    // A new participant id: if the first invitation did reach the service after all, the two
    // stay distinguishable and either can be cancelled.
    InviteTarget target;
    target.kind = previous->invitee.kind == IdentityKind::Phone   ? InviteTarget::Kind::Phone
                  : previous->invitee.kind == IdentityKind::Guest ? InviteTarget::Kind::Guest
                                                                  : InviteTarget::Kind::User;
    target.id = previous->invitee.id;
    target.displayName = previous->invitee.displayName;
    invite({target});
}

void CallSession::Private::sendInvite(const QList<Invitation> &chunk)
{
    QList<moderato::Invitee> invitees;
    QStringList ids;
    for (const Invitation &invitation : chunk) {
        invitees.append(toRequestInvitee(invitation));
        ids.append(invitation.participantId);
    }
    auto *request = new InviteParticipantsRequest(callId, invitees);
    const quint64 gen = generation;
    QObject::connect(request, &GraphRequest::finished, q, [this, request, chunk, ids, gen] {
        if (gen != generation)
            return;
        const GraphError error = request->error();
        const bool mayHaveRung = mayHaveReachedTheService(error);
        if (request->isSucceeded()) {
            OperationInfo operation = OperationInfo::fromJson(request->operation());
            if (operation.id.isEmpty())
                operation.id = request->operationId();
            for (const QString &id : ids) {
                if (const auto inv = invitations->invitation(id); inv && inv->operationId.isEmpty()) {
                    Invitation updated = *inv;
                    updated.operationId = operation.id;
                    updated.clientContext = request->clientContext();
                    invitations->add({updated});
                }
            }
            invitations->applyOperation(operation, StatusSource::Request);
        } else if (mayHaveRung) {
            // The service may have rung these people. Never send again blindly: the roster (our
            // participant ids) and the ringing time-out settle what happened.
            refreshSoon();
        } else {
            invitations->markFailed(ids, error.userMessage());
        }
        for (const Invitation &invitation : chunk) {
            ActionOutcome outcome = outcomeFromError(ActionOutcome::Action::Invite, invitation.participantId,
                                                     invitation.invitee.label(), error, clientId);
            if (mayHaveRung) {
                outcome.result = ActionOutcome::Result::Unknown;
                outcome.message = tr("No answer came for the invitation; Moderato is checking the roster "
                                     "before anything is sent again.");
            }
            outcome.requestId = request->requestId();
            report(outcome);
        }
        syncInvitedRows();
    });
    client->send(request, GraphClient::Priority::User);
}

void CallSession::Private::syncInvitedRows()
{
    participants->setInvitedRows(invitations->ringingRows());
}

void CallSession::Private::pollOperations()
{
    if (!operationsGettable)
        return;
    QSet<QString> operationIds;
    for (const QString &id : invitations->pendingParticipantIds()) {
        if (const auto inv = invitations->invitation(id); inv && !inv->operationId.isEmpty())
            operationIds.insert(inv->operationId);
    }
    const quint64 gen = generation;
    for (const QString &operationId : std::as_const(operationIds)) {
        auto *request = new GetOperationRequest(callId, operationId);
        QObject::connect(request, &GraphRequest::finished, q, [this, request, gen] {
            if (gen != generation)
                return;
            if (request->isSucceeded()) {
                invitations->applyOperation(OperationInfo::fromJson(request->operation()),
                                            StatusSource::OperationPoll);
                syncInvitedRows();
            } else if (request->notAvailable()) {
                // Not answered here: the roster and the ringing time-out tell the status instead.
                operationsGettable = false;
            }
        });
        client->send(request, GraphClient::Priority::Background);
    }
}

} // namespace moderato
