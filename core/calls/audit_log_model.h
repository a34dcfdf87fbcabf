#pragma once
// AuditLogModel: the audit log's entries as a table, oldest first, updated in place as the file
// grows so that views keep their selection.

#include "core/calls/audit_log.h"

#include <QAbstractTableModel>
#include <QList>

namespace moderato {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CallColumn, ActionColumn, WhoColumn, OutcomeColumn, RequestIdColumn, ColumnCount };
    //! The value a column sorts by: the time itself for TimeColumn, the shown text otherwise.
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    //! Shows \a entries (oldest first). Entries already shown stay where they are: new ones are
    //! appended and those that rotation deleted from the front are removed; anything else resets.
    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The words the window shows for an action and an outcome.
    static QString actionLabel(AuditEntry::Action action);
    static QString outcomeLabel(AuditEntry::Outcome outcome);
    //! The local time as the table shows it: "2024-05-01 12:00:05".
    static QString timeLabel(const QDateTime &time);
    //! The call's subject when the entry has one, else its id.
    static QString callLabel(const AuditEntry &entry);
    //! The person's name when the entry has one, else their id.
    static QString whoLabel(const AuditEntry &entry);

private:
    QList<AuditEntry> m_entries;
};

//! Whether \a a and \a b are the same line of the log.
bool sameAuditEntry(const AuditEntry &a, const AuditEntry &b);

} // namespace moderato
