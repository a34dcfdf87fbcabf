#include "core/calls/invitation_model.h"

namespace moderato {

namespace {

QDateTime defaultClock()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

InvitationModel::InvitationModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(defaultClock)
{}

InvitationModel::~InvitationModel() = default;

int InvitationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvitationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InvitationModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : std::function<QDateTime()>(defaultClock);
}

void InvitationModel::setRingingTimeout(int seconds)
{
    m_ringingTimeout = std::max(1, seconds);
}

int InvitationModel::ringingTimeout() const
{
    return m_ringingTimeout;
}

void InvitationModel::add(const QList<Invitation> &invitations)
{
    QList<Row> added;
    for (const Invitation &invitation : invitations) {
        if (invitation.participantId.isEmpty())
            continue;
        const int row = rowOf(invitation.participantId);
        if (row >= 0) {
            const Row before = m_rows[row];
            m_rows[row].invitation = invitation;
            changed(row, before);
            continue;
        }
        const auto duplicate = std::find_if(added.begin(), added.end(), [&](const Row &r) {
            return r.invitation.participantId == invitation.participantId;
        });
        if (duplicate != added.end())
            duplicate->invitation = invitation;
        else
            added.append(Row{invitation, false});
    }
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Row &row : added) {
        m_rowById.insert(row.invitation.participantId, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void InvitationModel::applyOperation(const OperationInfo &operation, StatusSource source)
{
    for (int row = 0; row < rowCount(); ++row) {
        Invitation &inv = m_rows[row].invitation;
        const bool sameId = !operation.id.isEmpty() && inv.operationId == operation.id;
        const bool sameContext = !operation.clientContext.isEmpty() && inv.clientContext == operation.clientContext
                                 && (inv.operationId.isEmpty() || operation.id.isEmpty());
        if (!sameId && !sameContext)
            continue;
        const Row before = m_rows[row];
        if (inv.operationId.isEmpty())
            inv.operationId = operation.id;
        inv.status = operation.statusOr(inv.status);
        if (!operation.resultInfo.isEmpty())
            inv.result = operation.resultInfo;

        InvitationOutcome outcome = InvitationOutcome::Ringing;
        if (operation.status == OperationStatus::Completed) {
            outcome = outcomeFromResultInfo(operation.resultInfo);
            if (outcome == InvitationOutcome::Unknown)
                outcome = InvitationOutcome::Connected;
        } else if (operation.status == OperationStatus::Failed) {
            outcome = outcomeFromResultInfo(operation.resultInfo);
            if (outcome == InvitationOutcome::Unknown || outcome == InvitationOutcome::Connected)
                outcome = InvitationOutcome::Failed;
        }
        const bool lateConnect = inv.source == StatusSource::Timeout && outcome == InvitationOutcome::Connected;
        if (outcome != InvitationOutcome::Ringing && (inv.isPending() || lateConnect)) {
            finish(row, outcome, source, operation.resultInfo);
        } else if (inv.isPending()) {
            inv.source = source;
        }
        changed(row, before);
    }
}

void InvitationModel::markJoined(const QString &participantId)
{
    const int row = rowOf(participantId);
    if (row < 0 || m_rows[row].invitation.outcome == InvitationOutcome::Connected)
        return;
    const Row before = m_rows[row];
    m_rows[row].invitation.status = OperationStatus::Completed;
    finish(row, InvitationOutcome::Connected, StatusSource::Roster, {});
    changed(row, before);
}

void InvitationModel::markCancelled(const QString &participantId)
{
    const int row = rowOf(participantId);
    if (row < 0 || !m_rows[row].invitation.isPending())
        return;
    const Row before = m_rows[row];
    finish(row, InvitationOutcome::Cancelled, StatusSource::Cancel, {});
    changed(row, before);
}

void InvitationModel::markTimedOut(const QDateTime &now)
{
    for (int row = 0; row < rowCount(); ++row) {
        const Invitation &inv = m_rows[row].invitation;
        if (!inv.isPending() || !inv.sentAt.isValid() || inv.sentAt.secsTo(now) < m_ringingTimeout)
            continue;
        const Row before = m_rows[row];
        finish(row, InvitationOutcome::NoAnswer, StatusSource::Timeout, {});
        m_rows[row].invitation.endedAt = now;
        changed(row, before);
    }
}

void InvitationModel::markFailed(const QStringList &participantIds, const QString &message, const ResultInfo &result)
{
    for (const QString &id : participantIds) {
        const int row = rowOf(id);
        if (row < 0 || !m_rows[row].invitation.isPending())
            continue;
        const Row before = m_rows[row];
        ResultInfo info = result;
        if (info.message.isEmpty())
            info.message = message;
        m_rows[row].invitation.status = OperationStatus::Failed;
        finish(row, InvitationOutcome::Failed, StatusSource::Request, info);
        changed(row, before);
    }
}

void InvitationModel::setCancelling(const QStringList &participantIds, bool cancelling)
{
    for (const QString &id : participantIds) {
        const int row = rowOf(id);
        if (row < 0 || m_rows[row].cancelling == cancelling)
            continue;
        const Row before = m_rows[row];
        m_rows[row].cancelling = cancelling;
        changed(row, before);
    }
}

void InvitationModel::tick()
{
    markTimedOut(m_clock());
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[row].invitation.isPending())
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                               {Qt::DisplayRole, ElapsedSecondsRole});
    }
}

void InvitationModel::clear()
{
    // Used when another call is opened: one removal of every row, not a reset.
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowById.clear();
    endRemoveRows();
}

QStringList InvitationModel::pendingParticipantIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.invitation.isPending())
            ids.append(row.invitation.participantId);
    }
    return ids;
}

std::optional<Invitation> InvitationModel::invitation(const QString &participantId) const
{
    const int row = rowOf(participantId);
    if (row < 0)
        return std::nullopt;
    return m_rows[row].invitation;
}

int InvitationModel::rowOf(const QString &participantId) const
{
    return m_rowById.value(participantId, -1);
}

QList<Invitation> InvitationModel::connectedInvitations() const
{
    QList<Invitation> result;
    for (const Row &row : m_rows) {
        if (row.invitation.outcome == InvitationOutcome::Connected)
            result.append(row.invitation);
    }
    return result;
}

QList<InvitedRow> InvitationModel::ringingRows() const
{
    QList<InvitedRow> rows;
    for (const Row &row : m_rows) {
        const Invitation &inv = row.invitation;
        if (inv.isPending()) {
            rows.append(
                InvitedRow{inv.participantId, inv.invitee.label(), inv.invitee.kind, inv.sentAt, inv.invitee.id});
        }
    }
    return rows;
}

// Ends a ringing invitation; the caller emits changed().
void InvitationModel::finish(int row, InvitationOutcome outcome, StatusSource source, const ResultInfo &result)
{
    Invitation &inv = m_rows[row].invitation;
    inv.outcome = outcome;
    inv.source = source;
    inv.endedAt = m_clock();
    if (!result.isEmpty())
        inv.result = result;
    m_rows[row].cancelling = false;
}

void InvitationModel::changed(int row, const Row &before)
{
    const Row &after = m_rows[row];
    if (before.invitation == after.invitation && before.cancelling == after.cancelling)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (before.invitation.isPending() && !after.invitation.isPending())
        Q_EMIT invitationFinished(after.invitation);
}

} // namespace moderato
