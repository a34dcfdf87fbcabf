#include "ui/roster_hold.h"

#include "core/calls/participant_model.h"

#include "ui/roster_filter_model.h"

#include <QCursor>
#include <QWidget>

namespace moderato {

RosterHold::RosterHold(RosterFilterModel *proxy, QWidget *area, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_area(area)
{
    m_pointerCheck.setInterval(1000);
    connect(&m_pointerCheck, &QTimer::timeout, this, [this] {
        const bool inside = m_area->isVisible() && m_area->rect().contains(m_area->mapFromGlobal(QCursor::pos()));
        if (!inside)
            setPointerInside(false);
    });
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

void RosterHold::setPointerInside(bool inside)
{
    m_pointerInside = inside;
    if (inside)
        m_pointerCheck.start();
    else
        m_pointerCheck.stop();
    update();
}

void RosterHold::hold()
{
    ++m_reasons;
    update();
}

void RosterHold::release()
{
    m_reasons = std::max(0, m_reasons - 1);
    update();
}

void RosterHold::update()
{
    if (wanted()) {
        m_releaseTimer.stop();
        engage();
    } else if (!m_releaseTimer.isActive()) {
        m_releaseTimer.start();
    }
}

void RosterHold::engage()
{
    ParticipantModel *roster = model();
    if (m_engaged || !wanted() || !roster)
        return;
    // An empty roster (a call just opened) has nothing to keep still: its first roster comes in
    // whole and sorted, and the hold starts then.
    const ParticipantModel::Counts counts = roster->counts();
    if (counts.inCall + counts.inLobby == 0) {
        connect(roster, &ParticipantModel::countsChanged, this, &RosterHold::engage, Qt::UniqueConnection);
        return;
    }
    disconnect(roster, &ParticipantModel::countsChanged, this, &RosterHold::engage);
    m_engaged = true;
    // Rows keep their places: nobody removed, no re-sorting or re-filtering of those shown.
    m_proxy->freezeOrder();
    roster->setHeld(true);
    m_arrivalsTimer.start();
}

void RosterHold::letGo()
{
    if (wanted())
        return;
    if (ParticipantModel *roster = model())
        disconnect(roster, &ParticipantModel::countsChanged, this, &RosterHold::engage);
    if (!std::exchange(m_engaged, false))
        return;
    m_arrivalsTimer.stop();
    if (ParticipantModel *roster = model())
        roster->setHeld(false);
    m_proxy->thawOrder();
}

} // namespace moderato
