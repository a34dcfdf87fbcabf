#include "core/calls/audit_log_filter_model.h"

#include "core/calls/audit_log_model.h"

#include <algorithm>

namespace moderato {

AuditLogFilterModel::AuditLogFilterModel(AuditLogModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(AuditLogModel::SortRole);
    setDynamicSortFilter(true);
    sort(AuditLogModel::TimeColumn, Qt::DescendingOrder);
}

void AuditLogFilterModel::setFilter(const AuditLogFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

void AuditLogFilterModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    invalidateRowsFilter();
}

const AuditEntry &AuditLogFilterModel::entryAt(const QModelIndex &index) const
{
    return m_source->entry(mapToSource(index).row());
}

QList<AuditEntry> AuditLogFilterModel::shownEntries() const
{
    QList<AuditEntry> shown;
    for (int row = 0; row < m_source->rowCount(); ++row)
        if (filterAcceptsRow(row, {}))
            shown.append(m_source->entry(row));
    return shown;
}

bool AuditLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const AuditEntry &entry = m_source->entry(sourceRow);
    if (!m_filter.matches(entry))
        return false;
    if (m_searchText.isEmpty())
        return true;
    const QStringList fields{entry.callId,
                             entry.callSubject,
                             entry.targetId,
                             entry.targetName,
                             entry.requestId,
                             entry.message,
                             AuditLogModel::actionLabel(entry.action),
                             AuditLogModel::outcomeLabel(entry.outcome)};
    return std::any_of(fields.cbegin(), fields.cend(),
                       [this](const QString &field) { return field.contains(m_searchText, Qt::CaseInsensitive); });
}

} // namespace moderato
