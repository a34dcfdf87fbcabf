#pragma once
// LockDownSettings: the set of meeting options Lock Down applies, kept in the settings
// ("meetingOptions/lockDown", as JSON text); the default set when nothing (or nothing readable)
// is stored.

#include "core/calls/meeting_options.h"

class QSettings;

namespace moderato {

class LockDownSettings
{
public:
    explicit LockDownSettings(QSettings *settings);

    MeetingOptions load() const;
    //! Stores \a set; the default set is stored as nothing.
    void save(const MeetingOptions &set);

private:
    QSettings *m_settings;
};

} // namespace moderato
