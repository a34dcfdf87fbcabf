#include "core/calls/invitation_tracker.h"

#include "core/calls/action_reports.h"
#include "core/calls/call_session.h"
#include "core/calls/moderation_actions.h"
#include "core/calls/operation_info.h"
#include "core/calls/participant_model.h"
#include "core/graph/batch_runner.h"
#include "core/graph/get_operation_request.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/invite_participants_request.h"

#include <QUrl>

#include <memory>

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
    invitee.tenantId = invitation.invitee.tenantId;
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

void InvitationTracker::setCall(const QString &callId)
{
    CallPart::setCall(callId);
    m_operationsGettable = true;
    m_operationPolls.clear();
    m_pollTurn = 0;
}

void InvitationTracker::tick()
{
    m_invitations->tick();
    syncInvitedRows();
    pollOperations();
}

void InvitationTracker::applyOperation(const OperationInfo &operation, StatusSource source)
{
    m_invitations->applyOperation(operation, source);
    syncInvitedRows();
}

QStringList InvitationTracker::invite(const QList<Invitee> &targets)
{
    if (m_callId.isEmpty() || targets.isEmpty())
        return {};
    QList<Invitation> invitations;
    QStringList ids;
    const QDateTime now = m_client->now();
    for (const Invitee &target : targets) {
        Invitation invitation;
        invitation.participantId = Invitee::newParticipantId();
        invitation.invitee = {kindOf(target.kind), target.id, target.displayName, target.tenantId};
        invitation.sentAt = now;
        invitations.append(invitation);
        ids.append(invitation.participantId);
    }
    m_invitations->add(invitations);
    syncInvitedRows();
    send(m_reports->begin(ActionOutcome::Action::Invite, ids), invitations);
    return ids;
}

void InvitationTracker::retry(const QString &participantId)
{
    const auto previous = m_invitations->invitation(participantId);
    if (!previous || previous->isPending())
        return;
    // A new participant id: if the first invitation did reach the service after all, the two
    // stay distinguishable and either can be cancelled.
    invite({inviteeOf(*previous)});
}

void InvitationTracker::send(int reportId, const QList<Invitation> &chunk)
{
    const quint64 gen = m_generation;
    if (chunk.size() == 1) {
        const QString id = chunk.first().participantId;
        auto *request = new InviteParticipantsRequest(m_callId, {inviteeOf(chunk.first())});
        connect(request, &GraphRequest::finished, this, [this, request, reportId, id, gen] {
            if (gen != m_generation)
                return;
            OperationInfo operation = OperationInfo::fromJson(request->operation());
            if (operation.id.isEmpty())
                operation.id = request->operationId();
            onAnswered(reportId, id, operation, request->clientContext(), request->error(), request->requestId());
        });
        m_client->send(request, GraphClient::Priority::User);
        return;
    }

    // One invite request per person, sent together: up to 20 in one $batch. Each item answers
    // for one person only. A batch that gets no answer fails every item with OutcomeUnknown,
    // which is settled from the roster, never sent again.
    auto *runner = new BatchRunner(m_client, this);
    auto contexts = std::make_shared<QHash<QString, QString>>();
    for (const Invitation &invitation : chunk) {
        const InviteParticipantsRequest request(m_callId, {inviteeOf(invitation)});
        contexts->insert(invitation.participantId, request.clientContext());
        runner->addItem(BatchItem::fromRequest(invitation.participantId, request));
    }
    connect(runner, &BatchRunner::itemFinished, this,
            [this, reportId, contexts, gen](const QString &id, const BatchItemResult &result) {
                if (gen != m_generation)
                    return;
                const OperationInfo operation =
                    result.ok() ? operationOf(result.body.toObject(), headerValue(result.headers, "Location"))
                                : OperationInfo();
                onAnswered(reportId, id, operation, contexts->value(id), result.error, result.requestId);
            });
    connect(runner, &BatchRunner::finished, runner, &QObject::deleteLater);
    runner->start(GraphClient::Priority::User);
}

void InvitationTracker::onAnswered(int reportId, const QString &participantId, const OperationInfo &operation,
                                   const QString &clientContext, const GraphError &error, const QString &requestId)
{
    const auto invitation = m_invitations->invitation(participantId);
    const QString label = invitation ? invitation->invitee.label() : participantId;
    const bool mayHaveRung = mayHaveReachedTheService(error);
    if (!error.isError()) {
        if (invitation && invitation->operationId.isEmpty()) {
            Invitation updated = *invitation;
            updated.operationId = operation.id;
            updated.clientContext = clientContext;
            m_invitations->add({updated});
        }
        m_invitations->applyOperation(operation, StatusSource::Request);
    } else if (mayHaveRung) {
        // The service may have rung this person. Never send again blindly: the roster (our
        // participant id) and the ringing time-out settle what happened.
        Q_EMIT rosterNeeded();
    } else {
        m_invitations->markFailed({participantId}, error.userMessage());
    }
    if (error.isCallGone())
        Q_EMIT callGone(error);
    ActionOutcome outcome = outcomeFromError(ActionOutcome::Action::Invite, participantId, label, error, m_clientId);
    if (mayHaveRung) {
        outcome.result = ActionOutcome::Result::Unknown;
        outcome.message = CallSession::tr("No answer came for the invitation; Moderato is checking the roster "
                                          "before anything is sent again.");
    }
    outcome.requestId = requestId;
    m_reports->add(reportId, outcome);
    syncInvitedRows();
}

void InvitationTracker::syncInvitedRows()
{
    // Ringing invitations, and accepted ones until the roster shows the person: their row stays
    // ("Joining…") rather than going and coming back.
    QList<InvitedRow> rows = m_invitations->ringingRows();
    for (const Invitation &joined : m_invitations->connectedInvitations()) {
        if (m_participants->state(joined.participantId) == ParticipantModel::RowState::Invited) {
            rows.append(InvitedRow{joined.participantId, joined.invitee.label(), joined.invitee.kind, joined.sentAt,
                                   joined.invitee.id, true});
        }
    }
    m_participants->setInvitedRows(rows);
}

void InvitationTracker::pollOperations()
{
    if (!m_operationsGettable)
        return;
    // A few a tick, each at most once at a time, taking turns when many ring.
    QStringList candidates;
    for (const QString &id : m_invitations->pendingParticipantIds()) {
        const auto inv = m_invitations->invitation(id);
        if (inv && !inv->operationId.isEmpty() && !m_operationPolls.contains(inv->operationId)
            && !candidates.contains(inv->operationId))
            candidates.append(inv->operationId);
    }
    QStringList operationIds;
    for (qsizetype i = 0; i < candidates.size() && operationIds.size() < MaxOperationPollsPerTick; ++i)
        operationIds.append(candidates.at((m_pollTurn + i) % candidates.size()));
    m_pollTurn += operationIds.size();
    const quint64 gen = m_generation;
    for (const QString &operationId : std::as_const(operationIds)) {
        m_operationPolls.insert(operationId);
        auto *request = new GetOperationRequest(m_callId, operationId);
        connect(request, &GraphRequest::finished, this, [this, request, operationId, gen] {
            if (gen != m_generation)
                return;
            m_operationPolls.remove(operationId);
            if (request->isSucceeded()) {
                applyOperation(OperationInfo::fromJson(request->operation()), StatusSource::OperationPoll);
            } else if (request->error().isCallGone()) {
                Q_EMIT callGone(request->error());
            } else if (request->notAvailable()) {
                // Not answered here: the roster and the ringing time-out tell the status instead.
                m_operationsGettable = false;
            }
        });
        m_client->send(request, GraphClient::Priority::Background);
    }
}

} // namespace moderato
