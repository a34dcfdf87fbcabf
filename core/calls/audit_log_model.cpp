#include "core/calls/audit_log_model.h"

namespace moderato {

bool sameAuditEntry(const AuditEntry &a, const AuditEntry &b)
{
    return a.time == b.time && a.callId == b.callId && a.action == b.action && a.targetId == b.targetId
           && a.outcome == b.outcome && a.requestId == b.requestId && a.message == b.message
           && a.targetName == b.targetName && a.callSubject == b.callSubject;
}

namespace {

//! Whether \a shown from \a dropped on is where \a entries begins.
bool continuesWith(const QList<AuditEntry> &shown, qsizetype dropped, const QList<AuditEntry> &entries)
{
    const qsizetype kept = shown.size() - dropped;
    if (kept > entries.size())
        return false;
    for (qsizetype i = 0; i < kept; ++i)
        if (!sameAuditEntry(shown.at(dropped + i), entries.at(i)))
            return false;
    return true;
}

} // namespace

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    // Rotation deletes the oldest file: the rows shown lose a block at the front.
    qsizetype dropped = 0;
    if (!entries.isEmpty()) {
        while (dropped < m_entries.size() && !sameAuditEntry(m_entries.at(dropped), entries.first()))
            ++dropped;
    } else {
        dropped = m_entries.size();
    }
    if (!continuesWith(m_entries, dropped, entries)) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    if (dropped > 0) {
        beginRemoveRows({}, 0, int(dropped) - 1);
        m_entries.remove(0, dropped);
        endRemoveRows();
    }
    if (entries.size() > m_entries.size()) {
        beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
        m_entries.append(entries.mid(m_entries.size()));
        endInsertRows();
    }
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == SortRole && index.column() == TimeColumn)
        return e.time;
    if (role == Qt::ToolTipRole && index.column() == CallColumn)
        return e.callId;
    if (role == Qt::ToolTipRole && index.column() == WhoColumn)
        return e.targetId;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return timeLabel(e.time);
    case CallColumn: return callLabel(e);
    case ActionColumn: return actionLabel(e.action);
    case WhoColumn: return whoLabel(e);
    case OutcomeColumn: return outcomeLabel(e.outcome);
    case RequestIdColumn: return e.requestId;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Time"),    QT_TR_NOOP("Call"),
                                                    QT_TR_NOOP("Action"),  QT_TR_NOOP("Who"),
                                                    QT_TR_NOOP("Outcome"), QT_TR_NOOP("Request id")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QString AuditLogModel::actionLabel(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::Remove: return tr("Remove");
    case AuditEntry::Action::Cancel: return tr("Cancel invitation");
    case AuditEntry::Action::Invite: return tr("Invite");
    case AuditEntry::Action::Mute: return tr("Mute");
    case AuditEntry::Action::Hold: return tr("Put on hold");
    case AuditEntry::Action::Resume: return tr("Resume from hold");
    }
    return {};
}

QString AuditLogModel::outcomeLabel(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Done: return tr("Done");
    case AuditEntry::Outcome::Failed: return tr("Failed");
    case AuditEntry::Outcome::AlreadyGone: return tr("Already gone");
    case AuditEntry::Outcome::NotInCall: return tr("Not in the call");
    case AuditEntry::Outcome::Refused: return tr("Refused");
    case AuditEntry::Outcome::Stopped: return tr("Stopped");
    case AuditEntry::Outcome::Unknown: break;
    }
    return tr("Unknown");
}

QString AuditLogModel::timeLabel(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditLogModel::callLabel(const AuditEntry &entry)
{
    return entry.callSubject.isEmpty() ? entry.callId : entry.callSubject;
}

QString AuditLogModel::whoLabel(const AuditEntry &entry)
{
    return entry.targetName.isEmpty() ? entry.targetId : entry.targetName;
}

} // namespace moderato
