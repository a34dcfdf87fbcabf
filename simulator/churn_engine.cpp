#include "simulator/churn_engine.h"

#include "simulator/online_meetings.h"
#include "simulator/participant_factory.h"
#include "simulator/world.h"

namespace graphsim {

ChurnEngine::ChurnEngine(World &world, Scheduler &scheduler)
    : m_world(world)
    , m_scheduler(scheduler)
{}

void ChurnEngine::start(qint64 startMs)
{
    for (CallState *call : m_world.calls())
        startCall(*call, startMs);
}

void ChurnEngine::startCall(const CallState &call, qint64 startMs)
{
    if (call.churn.joinEverySeconds > 0)
        scheduleJoin(call.id, startMs + qint64(call.churn.joinEverySeconds * 1000));
    if (call.churn.leaveEverySeconds > 0)
        scheduleLeave(call.id, startMs + qint64(call.churn.leaveEverySeconds * 1000));
}

void ChurnEngine::scheduleJoin(const QString &callId, qint64 dueMs)
{
    m_scheduler.schedule(dueMs, [this, callId, dueMs] { join(callId, dueMs); });
}

void ChurnEngine::scheduleLeave(const QString &callId, qint64 dueMs)
{
    m_scheduler.schedule(dueMs, [this, callId, dueMs] { leave(callId, dueMs); });
}

void ChurnEngine::join(const QString &callId, qint64 atMs)
{
    CallState *call = m_world.call(callId);
    if (!call || call->state == QLatin1String("terminated"))
        return;
    QJsonObject joiner = ParticipantFactory::random(m_world.random(), call->tenantId, call->takeSourceId());
    // Attendees who may not turn on their microphone come in muted and stay so.
    if (!OnlineMeetings::attendeesMayUnmute(m_world, *call))
        joiner.insert(QStringLiteral("isMuted"), true);
    call->appendParticipant(joiner);
    scheduleJoin(callId, atMs + qint64(call->churn.joinEverySeconds * 1000));
}

void ChurnEngine::leave(const QString &callId, qint64 atMs)
{
    CallState *call = m_world.call(callId);
    if (!call || call->state == QLatin1String("terminated"))
        return;
    QList<qsizetype> people;
    for (qsizetype i = 0; i < call->roster.size(); ++i) {
        if (!isApplicationParticipant(call->roster.at(i)))
            people.append(i);
    }
    if (!people.isEmpty()) {
        call->roster.removeAt(people.at(m_world.random().bounded(int(people.size()))));
        ++call->rosterSequence;
    }
    scheduleLeave(callId, atMs + qint64(call->churn.leaveEverySeconds * 1000));
}

} // namespace graphsim
