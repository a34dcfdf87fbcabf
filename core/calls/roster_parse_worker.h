#pragma once
// RosterParseWorker: turns roster JSON into a RosterSnapshot on a thread of its own, so that a
// refresh of a call with thousands of participants does not stall the GUI thread.

#include "core/calls/incremental_roster_parser.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>

namespace moderato {

//! One background thread that parses rosters (IncrementalRosterParser for a single page,
//! RosterParser for several). Requests are handled in order; each
//! answer arrives as parsed() on the thread that owns the worker. Destroying the worker waits
//! for the parse in progress and drops any answer not delivered yet.
class RosterParseWorker : public QObject
{
    Q_OBJECT
public:
    explicit RosterParseWorker(QObject *parent = nullptr);
    ~RosterParseWorker() override;

    //! Parses one refresh: a single page from its raw \a pageBodies with an
    //! IncrementalRosterParser (entries unchanged since the previous refresh are re-used; new
    //! ones are read from their bytes, or from \a participants when given for what that reader
    //! leaves to Qt), several
    //! pages from \a participants, all pages' entries. Both are shared, not copied; nobody may
    //! modify them meanwhile. The last references are dropped on the worker thread too, so
    //! freeing the JSON costs the caller nothing. A single undecoded page is held to what
    //! ListParticipantsRequest accepts: a "value" array of objects only.
    void parse(quint64 ticket, QList<QByteArray> pageBodies, QJsonArray participants);

Q_SIGNALS:
    //! \a entries: how many entries the "value" arrays had (skipped and duplicate ones included).
    void parsed(quint64 ticket, const moderato::RosterSnapshot &snapshot, int entries);

private:
    //! Counts the entries of an undecoded body the incremental parser did not split, and fails
    //! \a snapshot if one is not an object.
    static int checkUndecoded(const QByteArray &body, RosterSnapshot &snapshot);

    QThread m_thread;
    QObject *m_context;                    //!< lives in m_thread: what work is queued to
    IncrementalRosterParser m_incremental; //!< used on m_thread only
};

} // namespace moderato
