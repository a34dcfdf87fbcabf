#pragma once
// AuditLogWindow: every moderation action of every call from the audit log, filtered, with the
// details of the chosen entry; it follows the file live and exports what it shows.

#include <QDialog>

class QLabel;
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

    QTableView *table() const { return m_table; }
    AuditLogDetails *details() const { return m_details; }
    //! The status line's text: how many entries are shown, damaged lines, export results.
    QString statusText() const;

private:
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
    QString m_exportResult; //!< the last export's outcome, until the filters change
};

} // namespace moderato
