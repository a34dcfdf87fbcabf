#pragma once
// The application's memory policy for large calls: after each roster of a thousand people or
// more, the heap the answer's JSON and network buffers freed is handed back to the system half a
// second later — otherwise megabytes stay resident between refreshes.

#include <QObject>
#include <QTimer>

namespace moderato {

class CallSession;

class LargeRosterHeapRelease : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinRows = 1000;
    static constexpr int DelayMs = 500; //!< once the answer's objects are deleted too

    //! Follows \a session's refreshes for as long as both live.
    explicit LargeRosterHeapRelease(CallSession *session);

private:
    QTimer m_timer;
};

} // namespace moderato
