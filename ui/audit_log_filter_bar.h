#pragma once
// AuditLogFilterBar: the audit log window's filters — call, date range, action, outcome and a
// search text.

#include "core/calls/audit_log_reader.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace moderato {

class AuditLogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogFilterBar(QWidget *parent = nullptr);

    //! The call list: every call of \a entries, newest first, after "All calls"; the call chosen stays.
    void setCalls(const QList<AuditEntry> &entries);
    //! What the widgets ask for; the dates are local days, both inclusive.
    AuditLogFilter filter() const;
    QString searchText() const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_call;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_action;
    QComboBox *m_outcome;
    QLineEdit *m_search;
};

} // namespace moderato
