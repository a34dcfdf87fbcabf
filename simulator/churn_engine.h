// Keeps a call lively: generated attendees join and random people leave on the simulated clock.
#pragma once

#include "simulator/scheduler.h"

#include <QString>

namespace graphsim {

class World;

class ChurnEngine
{
public:
    ChurnEngine(World &world, Scheduler &scheduler);

    //! Schedules churn for every call of the loaded world that asks for it, counting from startMs.
    void start(qint64 startMs);
    //! Schedules churn for one call (a meeting just joined), counting from startMs.
    void startCall(const struct CallState &call, qint64 startMs);

private:
    void scheduleJoin(const QString &callId, qint64 dueMs);
    void scheduleLeave(const QString &callId, qint64 dueMs);
    void join(const QString &callId, qint64 atMs);
    void leave(const QString &callId, qint64 atMs);

    World &m_world;
    Scheduler &m_scheduler;
};

} // namespace graphsim
