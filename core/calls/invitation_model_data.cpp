// InvitationModel: what each row says.
#include "core/calls/invitation_model.h"

namespace moderato {

namespace {

QString sourceText(StatusSource source)
{
    switch (source) {
    case StatusSource::Request: return InvitationModel::tr("from the invite request");
    case StatusSource::OperationPoll: return InvitationModel::tr("from the operation");
    case StatusSource::Notification: return InvitationModel::tr("from Graph's notification");
    case StatusSource::Roster: return InvitationModel::tr("from the roster");
    case StatusSource::Timeout: return InvitationModel::tr("timed out");
    case StatusSource::Cancel: return InvitationModel::tr("cancelled here");
    }
    return {};
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QString InvitationModel::statusText(const Row &row) const
{
    const Invitation &inv = row.invitation;
    if (inv.isPending()) {
        if (row.cancelling)
            return tr("Cancelling…");
        return tr("Ringing — %1 s").arg(inv.elapsedRinging(m_clock()));
    }
    if (inv.outcome == InvitationOutcome::Cancelled && inv.source == StatusSource::Cancel)
        return tr("Cancelled by you");
    if (inv.outcome == InvitationOutcome::Failed) // the codes are in the tooltip
        return inv.result.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(inv.result.message);
    return describe(inv.outcome, inv.result);
}

QString InvitationModel::statusDetails(const Row &row) const
{
    // Where the status comes from and Graph's own words: for the curious, not for a column.
    const Invitation &inv = row.invitation;
    QStringList lines;
    if (!inv.isPending() && inv.outcome != InvitationOutcome::Cancelled)
        lines << describe(inv.outcome, inv.result);
    lines << tr("Source: %1").arg(sourceText(inv.source));
    if (inv.source == StatusSource::Timeout)
        lines << tr("Nobody joined within %n seconds; Graph sent no answer Moderato could read.", nullptr,
                    m_ringingTimeout);
    if (!inv.result.isEmpty()) {
        QString result = inv.result.codeText();
        if (!inv.result.message.isEmpty())
            result += (result.isEmpty() ? QString() : QStringLiteral(" — ")) + inv.result.message;
        lines << tr("Result: %1").arg(result);
    }
    if (!inv.operationId.isEmpty())
        lines << tr("Operation: %1").arg(inv.operationId);
    lines << tr("Participant id: %1").arg(inv.participantId);
    return lines.join(QLatin1Char('\n'));
}

QVariant InvitationModel::displayText(const Row &row, int column) const
{
    const Invitation &inv = row.invitation;
    switch (column) {
    case WhoColumn: return inv.invitee.label();
    case SentColumn:
        return inv.sentAt.isValid() ? inv.sentAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
    case StatusColumn: return statusText(row);
    case SourceColumn: return sourceText(inv.source);
    default: return {};
    }
}

QVariant InvitationModel::sortValue(const Row &row, int column) const
{
    const Invitation &inv = row.invitation;
    switch (column) {
    case WhoColumn: return inv.invitee.label().toCaseFolded();
    case SentColumn: return inv.sentAt;
    case StatusColumn: return int(inv.outcome);
    case SourceColumn: return int(inv.source);
    default: return {};
    }
}

QVariant InvitationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Invitation &inv = row.invitation;
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole: return index.column() == StatusColumn ? QVariant(statusDetails(row)) : QVariant();
    case ParticipantIdRole: return inv.participantId;
    case InviteeNameRole: return inv.invitee.label();
    case InviteeKindRole: return int(inv.invitee.kind);
    case InviteeIdRole: return inv.invitee.id;
    case ClientContextRole: return inv.clientContext;
    case OperationIdRole: return inv.operationId;
    case OperationStatusRole: return int(inv.status);
    case OutcomeRole: return int(inv.outcome);
    case SourceRole: return int(inv.source);
    case SentAtRole: return inv.sentAt;
    case EndedAtRole: return inv.endedAt;
    case ElapsedSecondsRole: return inv.elapsedRinging(m_clock());
    case ResultCodeRole: return optionalInt(inv.result.code);
    case ResultSubcodeRole: return optionalInt(inv.result.subcode);
    case ResultMessageRole: return inv.result.message;
    case IsPendingRole: return inv.isPending();
    case IsCancellingRole: return row.cancelling;
    case CanCancelRole: return inv.isPending() && !row.cancelling;
    case CanRetryRole: return !inv.isPending() && inv.outcome != InvitationOutcome::Connected;
    case InvitationRole: return QVariant::fromValue(inv);
    case SortRole: return sortValue(row, index.column());
    default: return {};
    }
}

QVariant InvitationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Who"), QT_TR_NOOP("Sent"), QT_TR_NOOP("Status"),
                                                    QT_TR_NOOP("Source")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QHash<int, QByteArray> InvitationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ParticipantIdRole, "participantId");
    names.insert(InviteeNameRole, "inviteeName");
    names.insert(InviteeKindRole, "inviteeKind");
    names.insert(InviteeIdRole, "inviteeId");
    names.insert(ClientContextRole, "clientContext");
    names.insert(OperationIdRole, "operationId");
    names.insert(OperationStatusRole, "operationStatus");
    names.insert(OutcomeRole, "outcome");
    names.insert(SourceRole, "source");
    names.insert(SentAtRole, "sentAt");
    names.insert(EndedAtRole, "endedAt");
    names.insert(ElapsedSecondsRole, "elapsedSeconds");
    names.insert(ResultCodeRole, "resultCode");
    names.insert(ResultSubcodeRole, "resultSubcode");
    names.insert(ResultMessageRole, "resultMessage");
    names.insert(IsPendingRole, "isPending");
    names.insert(IsCancellingRole, "isCancelling");
    names.insert(CanCancelRole, "canCancel");
    names.insert(CanRetryRole, "canRetry");
    names.insert(InvitationRole, "invitation");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace moderato
