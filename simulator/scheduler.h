// Work due at a point of simulated time (answers to invitations, churn, call set-up).
#pragma once

#include <QtGlobal>

#include <functional>
#include <map>

namespace graphsim {

class Scheduler
{
public:
    using EventId = quint64;

    EventId schedule(qint64 dueMs, std::function<void()> action);
    void cancel(EventId id);
    //! Runs everything due at or before nowMs in time order, including work scheduled while running;
    //! returns how many ran.
    int runDue(qint64 nowMs);
    void clear();
    bool isPending(EventId id) const;

private:
    struct Event
    {
        qint64 dueMs;
        std::function<void()> action;
    };
    std::map<EventId, Event> m_events; // ids grow, so ties run in scheduling order
    EventId m_nextId = 1;
};

} // namespace graphsim
