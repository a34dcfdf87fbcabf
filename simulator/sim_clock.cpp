#include "simulator/sim_clock.h"

namespace graphsim {

void SimClock::start(Mode mode, const QDateTime &origin)
{
    m_mode = mode;
    m_origin = origin.toUTC();
    m_offsetMs = 0;
    m_real.start();
}

qint64 SimClock::elapsedMs() const
{
    const qint64 real = (m_mode == Mode::Real && m_real.isValid()) ? m_real.elapsed() : 0;
    return real + m_offsetMs;
}

QDateTime SimClock::now() const
{
    return at(elapsedMs());
}

QDateTime SimClock::at(qint64 elapsedMs) const
{
    return m_origin.addMSecs(elapsedMs);
}

void SimClock::advance(qint64 ms)
{
    if (ms > 0)
        m_offsetMs += ms;
}

} // namespace graphsim
