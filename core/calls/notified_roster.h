#pragma once
// NotifiedRoster: the call's roster as notifications and polls together tell it. Graph's list of
// participants stops at 100 entries; notifications carry everyone — the whole roster while it is
// small, what changed once it is not. This keeps one list from both, so that the model ends equal
// to the call's roster however large it is, and knows when it may have missed something.

#include "core/calls/participant.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace moderato {

class NotifiedRoster
{
public:
    //! Forgets everything (another call).
    void reset();

    //! A notification with the whole roster.
    void replaceAll(const QJsonArray &participants);
    //! A notification with changes: entries with a removedState (or all of them, when
    //! \a removed) leave, the others are added or replaced. \a sequence is a deltaParticipants'
    //! sequenceNumber (-1 without one); returns false when it shows that a delta was missed.
    bool applyDelta(const QJsonArray &participants, bool removed, qint64 sequence);
    //! A poll's answer. A complete list is the truth and replaces everything; returns false when
    //! it differs from what notifications had said. A list cut at Graph's cap only updates the
    //! people it names.
    bool applyPoll(const QList<Participant> &participants, bool capped);
    //! Graph answered Moderato's own request that \a id is out of the call (removed, or already
    //! gone). Its notification may come after the next poll; until then the poll is not a gap.
    void leftTheCall(const QString &id) { remove(id); }

    //! Everyone, in the order first seen.
    QList<Participant> participants() const;
    qsizetype size() const { return m_order.size() - m_holes; }
    //! Notifications have given the whole roster (a full roster, or deltaParticipants from
    //! sequence number 1 on) and no gap or unexplained difference was seen since.
    bool isCompleteFromNotifications() const { return m_notifiedWhole && !m_gap; }
    bool hasNotifications() const { return m_notified; }

private:
    void upsert(const Participant &participant);
    void remove(const QString &id);
    void compact();

    QList<Participant> m_order; //!< invalid entries are holes left by departures
    QHash<QString, qsizetype> m_index;
    qsizetype m_holes = 0;
    qint64 m_lastSequence = -1;
    bool m_notified = false;
    bool m_notifiedWhole = false;
    bool m_gap = false;
};

} // namespace moderato
