#pragma once
// RosterHold: keeps the roster still while the moderator is aiming at it — the pointer over the
// table, a context menu or a confirmation open. While held, people who leave stay as greyed
// "Left" rows, newcomers wait (let in every ArrivalsEveryMs at the bottom), and nothing is
// re-sorted; a moment after the last reason ends, the roster catches up.

#include <QObject>
#include <QTimer>

class QSortFilterProxyModel;

namespace moderato {

class ParticipantModel;

class RosterHold : public QObject
{
    Q_OBJECT
public:
    static constexpr int ArrivalsEveryMs = 10000;
    //! After the pointer leaves, a short grace so that reaching for the toolbar moves nothing.
    static constexpr int ReleaseAfterMs = 800;

    RosterHold(QSortFilterProxyModel *proxy, QObject *parent = nullptr);

    //! One more reason to hold (counted; each hold() needs its release()).
    void hold();
    void release();
    bool isHeld() const { return m_reasons > 0 || m_releaseTimer.isActive(); }

private:
    ParticipantModel *model() const;
    void letGo();

    QSortFilterProxyModel *m_proxy;
    int m_reasons = 0;
    QTimer m_releaseTimer;
    QTimer m_arrivalsTimer;
};

} // namespace moderato
