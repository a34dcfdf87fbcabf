#include "core/calls/notified_roster.h"

#include <QJsonObject>
#include <QSet>

namespace moderato {

void NotifiedRoster::reset()
{
    *this = NotifiedRoster();
}

void NotifiedRoster::replaceAll(const QJsonArray &participants)
{
    m_order.clear();
    m_index.clear();
    m_holes = 0;
    for (const QJsonValue &value : participants) {
        const Participant p = Participant::fromJson(value.toObject());
        if (p.isValid())
            upsert(p);
    }
    m_notified = true;
    m_notifiedWhole = true;
    m_gap = false;
}

bool NotifiedRoster::applyDelta(const QJsonArray &participants, bool removed, qint64 sequence)
{
    bool inOrder = true;
    if (sequence >= 0) {
        // Only a first delta numbered 1 is known to carry everyone in the call from its start.
        if (m_lastSequence < 0 && sequence == 1 && !m_notified)
            m_notifiedWhole = true;
        else if (m_lastSequence >= 0 && sequence - 1 > m_lastSequence)
            inOrder = false; // a delta was missed (a repeat or an older one is harmless)
        m_lastSequence = qMax(m_lastSequence, sequence);
    }
    if (!inOrder)
        m_gap = true;
    m_notified = true;
    for (const QJsonValue &value : participants) {
        const QJsonObject object = value.toObject();
        const bool leaves = removed || object.value(QLatin1String("removedState")).isObject();
        if (leaves) {
            remove(object.value(QLatin1String("id")).toString());
            continue;
        }
        const Participant p = Participant::fromJson(object);
        if (p.isValid())
            upsert(p);
    }
    compact();
    return inOrder;
}

bool NotifiedRoster::applyPoll(const QList<Participant> &participants, bool capped)
{
    if (capped) {
        for (const Participant &p : participants)
            upsert(p);
        return true;
    }
    bool same = true;
    if (m_notified) {
        QSet<QString> polled;
        for (const Participant &p : participants)
            polled.insert(p.id());
        same = polled.size() == size();
        for (auto it = m_index.cbegin(); same && it != m_index.cend(); ++it)
            same = polled.contains(it.key());
    }
    m_order.clear();
    m_index.clear();
    m_holes = 0;
    for (const Participant &p : participants)
        upsert(p);
    if (!same)
        m_gap = true;
    return same;
}

QList<Participant> NotifiedRoster::participants() const
{
    QList<Participant> out;
    out.reserve(size());
    for (const Participant &p : m_order)
        if (p.isValid())
            out.append(p);
    return out;
}

void NotifiedRoster::upsert(const Participant &participant)
{
    const auto it = m_index.constFind(participant.id());
    if (it != m_index.cend()) {
        m_order[*it] = participant;
        return;
    }
    m_index.insert(participant.id(), m_order.size());
    m_order.append(participant);
}

void NotifiedRoster::remove(const QString &id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return;
    m_order[*it] = Participant();
    m_index.erase(it);
    ++m_holes;
}

void NotifiedRoster::compact()
{
    // Holes are squeezed out once they are a good share of the list: removals stay O(1).
    if (m_holes < 64 || m_holes * 4 < m_order.size())
        return;
    QList<Participant> kept = participants();
    m_order.clear();
    m_index.clear();
    m_holes = 0;
    for (const Participant &p : kept)
        upsert(p);
}

} // namespace moderato
