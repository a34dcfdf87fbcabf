// The simulated clock: real elapsed time plus manual advances, or manual advances only.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace graphsim {

class SimClock
{
public:
    enum class Mode { Real, Manual };

    void start(Mode mode, const QDateTime &origin);
    Mode mode() const { return m_mode; }
    qint64 elapsedMs() const;
    QDateTime now() const;
    QDateTime at(qint64 elapsedMs) const;
    void advance(qint64 ms);

private:
    Mode m_mode = Mode::Real;
    QDateTime m_origin = QDateTime::currentDateTimeUtc();
    QElapsedTimer m_real;
    qint64 m_offsetMs = 0;
};

} // namespace graphsim
