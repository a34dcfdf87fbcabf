#pragma once
// AuditLogFollower: reads an audit log into an AuditLogModel and again whenever the file or its
// folder changes (a new line, a rotation, the file deleted or created).

#include "core/calls/audit_log_reader.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace moderato {

class AuditLogModel;

class AuditLogFollower : public QObject
{
    Q_OBJECT
public:
    //! Reads \a path into \a model at once; nothing is owned.
    AuditLogFollower(const QString &path, AuditLogModel *model, QObject *parent = nullptr);

    QString path() const { return m_reader.path(); }
    //! What the last reading found, entries aside (they are in the model).
    const AuditLogContents &lastRead() const { return m_contents; }

public Q_SLOTS:
    //! Reads the log now.
    void reread();

Q_SIGNALS:
    //! The model holds a new reading.
    void refreshed();

private:
    //! Watches the file and its folder, whichever exist: a rotated file is a new file to watch.
    void watch();

    AuditLogReader m_reader;
    AuditLogModel *m_model;
    AuditLogContents m_contents;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; //!< one reading for a burst of changes
    QTimer m_rearm;  //!< the folder may not exist yet
};

} // namespace moderato
