// Everything the simulated service knows: the scenario's tenants, apps and directory, and the live calls.
#pragma once

#include "simulator/call_state.h"
#include "simulator/online_meetings.h"
#include "simulator/scenario.h"

#include <QRandomGenerator>

#include <memory>
#include <vector>

namespace graphsim {

class World
{
public:
    void load(const Scenario &scenario);

    const Scenario &scenario() const { return m_scenario; }
    const ScenarioOptions &options() const { return m_scenario.options; }
    const ScenarioUser *user(const QString &id) const;
    QList<const ScenarioUser *> directory(const QString &tenantId) const;

    CallState *call(const QString &id);
    CallState &addCall(CallState call);
    QList<CallState *> calls();

    //! The scenario's meetings as online meetings, with their options as PATCHed so far.
    QList<OnlineMeetingState *> onlineMeetings();
    OnlineMeetingState *onlineMeetingOnThread(const QString &threadId);

    QRandomGenerator &random() { return m_random; }

private:
    Scenario m_scenario;
    std::vector<std::unique_ptr<CallState>> m_calls;
    std::vector<OnlineMeetingState> m_onlineMeetings;
    QRandomGenerator m_random;
};

} // namespace graphsim
