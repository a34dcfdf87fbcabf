#pragma once
// AuditLogFilterModel: the AuditLogModel rows that an AuditLogFilter and a search text keep,
// newest first unless the view sorts otherwise.

#include "core/calls/audit_log_reader.h"

#include <QSortFilterProxyModel>

namespace moderato {

class AuditLogModel;

class AuditLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditLogFilterModel(AuditLogModel *source, QObject *parent = nullptr);

    void setFilter(const AuditLogFilter &filter);
    const AuditLogFilter &filter() const { return m_filter; }
    //! Keeps the entries with \a text (case-insensitive) in any of their fields, message included.
    void setSearchText(const QString &text);

    //! The entry behind \a index of this model.
    const AuditEntry &entryAt(const QModelIndex &index) const;
    //! Every entry this model shows, oldest first (the log's own order).
    QList<AuditEntry> shownEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AuditLogModel *m_source;
    AuditLogFilter m_filter;
    QString m_searchText;
};

} // namespace moderato
