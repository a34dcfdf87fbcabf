#pragma once
// AuditLogWindow: every moderation action of every call from the audit log, filtered, with the
// details of the chosen entry; it follows the file live and exports what it shows.

#include "core/calls/identity.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace moderato {

class AuditLogDetails;
class AuditLogFilterBar;
class AuditLogFilterModel;
class AuditLogFollower;
class AuditLogModel;

class AuditLogWindow : public QDialog
{
    Q_OBJECT
public:
    enum class ExportFormat { Csv, JsonLines };

    //! Shows the log at \a path (its rotated files included).
    explicit AuditLogWindow(const QString &path, QWidget *parent = nullptr);

    //! Writes the entries the filters show, oldest first; false (see the status line) on failure.
    bool exportTo(const QString &path, ExportFormat format);

    //! The call Moderato is in now (empty: none): a removal from it can be undone from here.
    void setCurrentCall(const QString &callId);

    QTableView *table() const { return m_table; }
    QPushButton *inviteBackButton() const { return m_inviteBack; }
    AuditLogDetails *details() const { return m_details; }
    //! The status line's text: how many entries are shown, damaged lines, export results.
    QString statusText() const;

Q_SIGNALS:
    //! "Invite Back" on a removal of the current call: invite this person back.
    void inviteBackRequested(const QList<moderato::ParticipantIdentity> &people);

private:
    void inviteBackCurrentEntry();
    void updateInviteBack();
    void chooseExportFile(ExportFormat format);
    void applyFilter();
    void onRefreshed();
    void showCurrentEntry();
    void updateStatus();

    AuditLogModel *m_model;
    AuditLogFilterModel *m_filtered;
    AuditLogFollower *m_follower;
    AuditLogFilterBar *m_filters;
    QTableView *m_table;
    AuditLogDetails *m_details;
    QLabel *m_status;
    QPushButton *m_inviteBack;
    QString m_currentCallId;
    QString m_exportResult; //!< the last export's (or invitation's) outcome, until the filters change
};

} // namespace moderato
