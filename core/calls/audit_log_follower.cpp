#include "core/calls/audit_log_follower.h"

#include "core/calls/audit_log_model.h"

#include <QFileInfo>

namespace moderato {

AuditLogFollower::AuditLogFollower(const QString &path, AuditLogModel *model, QObject *parent)
    : QObject(parent)
    , m_reader(path)
    , m_model(model)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &AuditLogFollower::reread);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    // Watches disappear with what they watch; a folder created later is noticed by this.
    m_rearm.setInterval(2000);
    connect(&m_rearm, &QTimer::timeout, this, [this] {
        const QStringList before = m_watcher.files() + m_watcher.directories();
        watch();
        if (m_watcher.files() + m_watcher.directories() != before)
            m_settle.start();
    });
    m_rearm.start();
    reread();
}

void AuditLogFollower::watch()
{
    const QFileInfo file(m_reader.path());
    const QString folder = file.absolutePath();
    if (QFileInfo::exists(folder) && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (file.exists() && !m_watcher.files().contains(file.absoluteFilePath()))
        m_watcher.addPath(file.absoluteFilePath());
}

void AuditLogFollower::reread()
{
    watch();
    m_contents = m_reader.read();
    m_model->setEntries(m_contents.entries);
    m_contents.entries.clear(); // the model has them
    Q_EMIT refreshed();
}

} // namespace moderato
