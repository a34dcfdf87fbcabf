#pragma once
// InvitationsDock: every invitation of this call with its status, and Cancel / Retry.

#include <QDockWidget>

#include "ui/roster_selection.h"

class QPushButton;
class QTableView;

namespace moderato {

class CallSession;

class InvitationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit InvitationsDock(CallSession *session, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    //! The selected invitations, for the window's actions: ringing ones can be cancelled.
    QList<SelectedRow> selectedRows() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void selectionChanged();

private:
    QStringList selectedIds(int capabilityRole) const;
    void updateButtons();

    CallSession *m_session;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_retry;
};

} // namespace moderato
