// CallSession's invitations: invite, retry, following each invitation to its end. Each person
// gets a request of their own (several go together as one $batch), so each invitation's
// operation — and the resultInfo it ends with — is that person's alone.
#include "core/calls/call_session.h"
#include "core/calls/call_session_p.h"
#include "core/calls/operation_info.h"
#include "core/graph/batch_runner.h"
#include "core/graph/get_operation_request.h"
#include "core/graph/graph_client.h"
#include "core/graph/invite_participants_request.h"

#include <QCoreApplication>

namespace moderato {

namespace {

// Operations polled per one-second tick while invitations ring (where Graph answers the GET).
constexpr int MaxOperationPollsPerTick = 8;

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

IdentityKind kindOf(Invitee::Kind kind)
{
    return kind == Invitee::Kind::Phone ? IdentityKind::Phone : IdentityKind::User;
}

Invitee inviteeOf(const Invitation &invitation)
{
    Invitee invitee;
    invitee.kind = invitation.invitee.kind == IdentityKind::Phone ? Invitee::Kind::Phone : Invitee::Kind::User;
    invitee.id = invitation.invitee.id;
    invitee.displayName = invitation.invitee.displayName;
    invitee.participantId = invitation.participantId;
    return invitee;
}

//! The operation an invite answer carries: its body, else the id from its Location header.
OperationInfo operationOf(const QJsonObject &body, const QByteArray &location)
{
    OperationInfo operation = OperationInfo::fromJson(body);
    if (operation.id.isEmpty()) {
        const QStringList segments = QUrl::fromEncoded(location).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (segments.size() >= 2 && segments.at(segments.size() - 2) == QLatin1String("operations"))
            operation.id = segments.last();
    }
    return operation;
}

} // namespace

QStringList CallSession::invite(const QList<InviteTarget> &targets)
{
    if (d->callId.isEmpty() || targets.isEmpty() || d->state == ConnectionState::Ended)
        return {};
    QList<Invitation> invitations;
    QStringList ids;
    const QDateTime now = d->client->now();
    for (const InviteTarget &target : targets) {
        Invitation invitation;
        invitation.participantId = Invitee::newParticipantId();
        invitation.invitee = {kindOf(target.kind), target.id, target.displayName};
        invitation.sentAt = now;
        invitations.append(invitation);
        ids.append(invitation.participantId);
    }
    d->invitations->add(invitations);
    d->syncInvitedRows();
    d->sendInvitations(d->beginReport(ActionOutcome::Action::Invite, ids), invitations);
    return ids;
}

void CallSession::retryInvitation(const QString &participantId)
{
    const auto previous = d->invitations->invitation(participantId);
    if (!previous || previous->isPending())
        return;
    // A new participant id: if the first invitation did reach the service after all, the two
    // stay distinguishable and either can be cancelled.
    invite({inviteeOf(*previous)});
}

void CallSession::Private::sendInvitations(int reportId, const QList<Invitation> &chunk)
{
    const quint64 gen = generation;
    if (chunk.size() == 1) {
        const QString id = chunk.first().participantId;
        auto *request = new InviteParticipantsRequest(callId, {inviteeOf(chunk.first())});
        QObject::connect(request, &GraphRequest::finished, q, [this, request, reportId, id, gen] {
            if (gen != generation)
                return;
            OperationInfo operation = OperationInfo::fromJson(request->operation());
            if (operation.id.isEmpty())
                operation.id = request->operationId();
            onInviteAnswered(reportId, id, operation, request->clientContext(), request->error(),
                             request->requestId());
        });
        client->send(request, GraphClient::Priority::User);
        return;
    }

    // One invite request per person, sent together: up to 20 in one $batch. Each item answers
    // for one person only. A batch that gets no answer fails every item with OutcomeUnknown,
    // which is settled from the roster, never sent again.
    auto *runner = new BatchRunner(client, q);
    auto contexts = std::make_shared<QHash<QString, QString>>();
    for (const Invitation &invitation : chunk) {
        const InviteParticipantsRequest request(callId, {inviteeOf(invitation)});
        contexts->insert(invitation.participantId, request.clientContext());
        runner->addItem(BatchItem::fromRequest(invitation.participantId, request));
    }
    QObject::connect(runner, &BatchRunner::itemFinished, q,
                     [this, reportId, contexts, gen](const QString &id, const BatchItemResult &result) {
        if (gen != generation)
            return;
        const OperationInfo operation = result.ok()
            ? operationOf(result.body.toObject(), headerValue(result.headers, "Location"))
            : OperationInfo();
        onInviteAnswered(reportId, id, operation, contexts->value(id), result.error, result.requestId);
    });
    QObject::connect(runner, &BatchRunner::finished, runner, &QObject::deleteLater);
    runner->start(GraphClient::Priority::User);
}

void CallSession::Private::onInviteAnswered(int reportId, const QString &participantId, const OperationInfo &operation,
                                            const QString &clientContext, const GraphError &error,
                                            const QString &requestId)
{
    const auto invitation = invitations->invitation(participantId);
    const QString label = invitation ? invitation->invitee.label() : participantId;
    const bool mayHaveRung = mayHaveReachedTheService(error);
    if (!error.isError()) {
        if (invitation && invitation->operationId.isEmpty()) {
            Invitation updated = *invitation;
            updated.operationId = operation.id;
            updated.clientContext = clientContext;
            invitations->add({updated});
        }
        invitations->applyOperation(operation, StatusSource::Request);
    } else if (mayHaveRung) {
        // The service may have rung this person. Never send again blindly: the roster (our
        // participant id) and the ringing time-out settle what happened.
        refreshSoon();
    } else {
        invitations->markFailed({participantId}, error.userMessage());
    }
    noticeGone(error);
    ActionOutcome outcome = outcomeFromError(ActionOutcome::Action::Invite, participantId, label, error, clientId);
    if (mayHaveRung) {
        outcome.result = ActionOutcome::Result::Unknown;
        outcome.message = tr("No answer came for the invitation; Moderato is checking the roster "
                             "before anything is sent again.");
    }
    outcome.requestId = requestId;
    report(reportId, outcome);
    syncInvitedRows();
}

void CallSession::Private::syncInvitedRows()
{
    // Ringing invitations, and accepted ones until the roster shows the person: their row stays
    // ("Joining…") rather than going and coming back.
    QList<InvitedRow> rows = invitations->ringingRows();
    for (const Invitation &joined : invitations->connectedInvitations()) {
        if (participants->state(joined.participantId) == ParticipantModel::RowState::Invited) {
            rows.append(InvitedRow{joined.participantId, joined.invitee.label(), joined.invitee.kind, joined.sentAt,
                                   joined.invitee.id, true});
        }
    }
    participants->setInvitedRows(rows);
}

void CallSession::Private::pollOperations()
{
    if (!operationsGettable)
        return;
    // A few a tick, each at most once at a time, taking turns when many ring.
    QStringList candidates;
    for (const QString &id : invitations->pendingParticipantIds()) {
        const auto inv = invitations->invitation(id);
        if (inv && !inv->operationId.isEmpty() && !operationPolls.contains(inv->operationId)
            && !candidates.contains(inv->operationId))
            candidates.append(inv->operationId);
    }
    QStringList operationIds;
    for (qsizetype i = 0; i < candidates.size() && operationIds.size() < MaxOperationPollsPerTick; ++i)
        operationIds.append(candidates.at((pollTurn + i) % candidates.size()));
    pollTurn += operationIds.size();
    const quint64 gen = generation;
    for (const QString &operationId : std::as_const(operationIds)) {
        operationPolls.insert(operationId);
        auto *request = new GetOperationRequest(callId, operationId);
        QObject::connect(request, &GraphRequest::finished, q, [this, request, operationId, gen] {
            if (gen != generation)
                return;
            operationPolls.remove(operationId);
            if (request->isSucceeded()) {
                invitations->applyOperation(OperationInfo::fromJson(request->operation()),
                                            StatusSource::OperationPoll);
                syncInvitedRows();
            } else if (noticeGone(request->error())) {
                return;
            } else if (request->notAvailable()) {
                // Not answered here: the roster and the ringing time-out tell the status instead.
                operationsGettable = false;
            }
        });
        client->send(request, GraphClient::Priority::Background);
    }
}

} // namespace moderato
