#include "app/large_roster_heap_release.h"

#include "core/calls/call_session.h"
#include "core/calls/free_heap.h"
#include "core/calls/participant_model.h"

#include <QThreadPool>

namespace moderato {

LargeRosterHeapRelease::LargeRosterHeapRelease(CallSession *session)
    : QObject(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    // The release takes a millisecond or more: a pool thread does it, not the GUI thread.
    connect(&m_timer, &QTimer::timeout, this, [] { QThreadPool::globalInstance()->start([] { releaseFreeHeap(); }); });
    connect(session, &CallSession::refreshed, this, [this, session] {
        if (session->participants()->rowCount() >= MinRows)
            m_timer.start();
    });
}

} // namespace moderato
