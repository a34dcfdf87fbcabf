#include "core/calls/lock_down_settings.h"

#include <QJsonDocument>
#include <QSettings>

namespace moderato {

namespace {

const QString kKey = QStringLiteral("meetingOptions/lockDown");

} // namespace

LockDownSettings::LockDownSettings(QSettings *settings)
    : m_settings(settings)
{}

MeetingOptions LockDownSettings::load() const
{
    const QJsonDocument stored = QJsonDocument::fromJson(m_settings->value(kKey).toString().toUtf8());
    const MeetingOptions set = MeetingOptions::fromJson(stored.object());
    // Only values Graph takes count: what toJson() would not write back is not part of the set.
    const MeetingOptions usable = MeetingOptions::fromJson(set.toJson());
    return usable.isEmpty() ? MeetingOptions::defaultLockDown() : usable;
}

void LockDownSettings::save(const MeetingOptions &set)
{
    if (set == MeetingOptions::defaultLockDown() || set.isEmpty())
        m_settings->remove(kKey);
    else
        m_settings->setValue(kKey, QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace moderato
