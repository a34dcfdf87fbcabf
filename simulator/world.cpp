#include "simulator/world.h"

namespace graphsim {

namespace {

int highestSourceId(const QList<QJsonObject> &participants)
{
    int highest = 0;
    for (const QJsonObject &p : participants) {
        const QJsonArray streams = p.value(QStringLiteral("mediaStreams")).toArray();
        for (const QJsonValue &s : streams)
            highest = qMax(highest, s.toObject().value(QStringLiteral("sourceId")).toString().toInt());
    }
    return highest;
}

} // namespace

void World::load(const Scenario &scenario)
{
    m_scenario = scenario;
    m_calls.clear();
    m_onlineMeetings.clear();
    for (const ScenarioMeeting &m : scenario.meetings)
        m_onlineMeetings.push_back({OnlineMeetings::idFor(m), m, m.meetingOptions});
    m_random.seed(scenario.options.seed);
    for (const ScenarioCall &c : scenario.calls) {
        CallState call;
        call.id = c.id;
        call.tenantId = c.tenantId;
        call.state = c.state;
        call.ownerClientId = c.ownerClientId;
        call.properties = c.properties;
        call.roster = c.participants;
        call.churn = c.churn;
        call.nextSourceId = highestSourceId(c.participants) + 1;
        addCall(call);
    }
}

const ScenarioUser *World::user(const QString &id) const
{
    for (const ScenarioUser &u : m_scenario.users) {
        if (u.id.compare(id, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

QList<const ScenarioUser *> World::directory(const QString &tenantId) const
{
    QList<const ScenarioUser *> out;
    for (const ScenarioUser &u : m_scenario.users) {
        if (u.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            out.append(&u);
    }
    return out;
}

CallState *World::call(const QString &id)
{
    for (const auto &c : m_calls) {
        if (c->id.compare(id, Qt::CaseInsensitive) == 0)
            return c.get();
    }
    return nullptr;
}

CallState &World::addCall(CallState call)
{
    m_calls.push_back(std::make_unique<CallState>(std::move(call)));
    return *m_calls.back();
}

QList<OnlineMeetingState *> World::onlineMeetings()
{
    QList<OnlineMeetingState *> out;
    for (OnlineMeetingState &m : m_onlineMeetings)
        out.append(&m);
    return out;
}

OnlineMeetingState *World::onlineMeetingOnThread(const QString &threadId)
{
    for (OnlineMeetingState &m : m_onlineMeetings) {
        if (!threadId.isEmpty() && m.meeting.threadId == threadId)
            return &m;
    }
    return nullptr;
}

QList<CallState *> World::calls()
{
    QList<CallState *> out;
    for (const auto &c : m_calls)
        out.append(c.get());
    return out;
}

} // namespace graphsim
