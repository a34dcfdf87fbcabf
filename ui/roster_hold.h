#pragma once
// RosterHold: keeps the roster still while the moderator is aiming at it — the pointer over the
// table, a context menu or a confirmation open. While held, people who leave stay as greyed
// "Left" rows, newcomers wait (let in every ArrivalsEveryMs at the bottom), and nothing is
// re-sorted; a moment after the last reason ends, the roster catches up.

#include <QObject>
#include <QTimer>

class QWidget;

namespace moderato {

class ParticipantModel;
class RosterFilterModel;

class RosterHold : public QObject
{
    Q_OBJECT
public:
    static constexpr int ArrivalsEveryMs = 10000;
    //! After the pointer leaves, a short grace so that reaching for the toolbar moves nothing.
    static constexpr int ReleaseAfterMs = 800;

    //! \a area is where the pointer holds the rows (the table's viewport).
    RosterHold(RosterFilterModel *proxy, QWidget *area, QObject *parent = nullptr);

    //! The pointer is over the roster (or no longer).
    void setPointerInside(bool inside);
    //! One more reason to hold — a menu, a question (counted: each hold() needs its release()).
    void hold();
    void release();
    bool isHeld() const { return m_engaged; }

private:
    ParticipantModel *model() const;
    bool wanted() const { return m_pointerInside || m_reasons > 0; }
    void update();
    //! Holds the model and the view — once there is a roster to keep still.
    void engage();
    void letGo();

    RosterFilterModel *m_proxy;
    QWidget *m_area;
    int m_reasons = 0;
    bool m_pointerInside = false;
    bool m_engaged = false;
    QTimer m_releaseTimer;
    QTimer m_arrivalsTimer;
    //! Checks once a second that the pointer is still there: an Enter without its Leave (a
    //! dialog opening under the pointer) must not hold the roster for ever.
    QTimer m_pointerCheck;
};

} // namespace moderato
