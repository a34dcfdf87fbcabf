#include "ui/roster_hold.h"

#include "core/calls/participant_model.h"

#include <QSortFilterProxyModel>

namespace moderato {

RosterHold::RosterHold(QSortFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
{
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(ReleaseAfterMs);
    connect(&m_releaseTimer, &QTimer::timeout, this, &RosterHold::letGo);
    m_arrivalsTimer.setInterval(ArrivalsEveryMs);
    connect(&m_arrivalsTimer, &QTimer::timeout, this, [this] {
        if (ParticipantModel *roster = model())
            roster->admitArrivals();
    });
}

ParticipantModel *RosterHold::model() const
{
    return qobject_cast<ParticipantModel *>(m_proxy->sourceModel());
}

void RosterHold::hold()
{
    m_releaseTimer.stop();
    if (m_reasons++ > 0)
        return;
    ParticipantModel *roster = model();
    if (!roster || roster->isHeld())
        return;
    // Rows keep their places: no re-sorting, no re-filtering of changed rows, nobody removed.
    m_proxy->setDynamicSortFilter(false);
    roster->setHeld(true);
    m_arrivalsTimer.start();
}

void RosterHold::release()
{
    if (m_reasons == 0 || --m_reasons > 0)
        return;
    m_releaseTimer.start();
}

void RosterHold::letGo()
{
    if (m_reasons > 0)
        return;
    m_arrivalsTimer.stop();
    if (ParticipantModel *roster = model())
        roster->setHeld(false);
    m_proxy->setDynamicSortFilter(true); // re-sorts
    m_proxy->invalidate();              // and re-filters rows that changed meanwhile
}

} // namespace moderato
