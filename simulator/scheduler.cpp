#include "simulator/scheduler.h"

namespace graphsim {

Scheduler::EventId Scheduler::schedule(qint64 dueMs, std::function<void()> action)
{
    const EventId id = m_nextId++;
    m_events.emplace(id, Event{dueMs, std::move(action)});
    return id;
}

void Scheduler::cancel(EventId id)
{
    m_events.erase(id);
}

bool Scheduler::isPending(EventId id) const
{
    return m_events.count(id) != 0;
}

int Scheduler::runDue(qint64 nowMs)
{
    int ran = 0;
    for (;;) {
        auto next = m_events.end();
        for (auto it = m_events.begin(); it != m_events.end(); ++it) {
            if (it->second.dueMs <= nowMs && (next == m_events.end() || it->second.dueMs < next->second.dueMs))
                next = it;
        }
        if (next == m_events.end())
            return ran;
        std::function<void()> action = std::move(next->second.action);
        m_events.erase(next);
        action();
        ++ran;
    }
}

void Scheduler::clear()
{
    m_events.clear();
}

} // namespace graphsim
