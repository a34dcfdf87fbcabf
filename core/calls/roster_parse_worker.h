#pragma once
// RosterParseWorker: turns roster JSON into a RosterSnapshot on a thread of its own, so that a
// refresh of a call with thousands of participants does not stall the GUI thread.

#include "core/calls/incremental_roster_parser.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>

namespace moderato {

//! One background thread that runs RosterParser::parse(). Requests are handled in order; each
//! answer arrives as parsed() on the thread that owns the worker. Destroying the worker waits
//! for the parse in progress and drops any answer not delivered yet.
class RosterParseWorker : public QObject
{
    Q_OBJECT
public:
    explicit RosterParseWorker(QObject *parent = nullptr);
    ~RosterParseWorker() override;

    //! Parses one refresh: a single page from its raw \a pageBodies with an
    //! IncrementalRosterParser (entries unchanged since the previous refresh are re-used),
    //! several pages from \a participants, all pages' entries. Both are shared, not copied;
    //! nobody may modify them meanwhile. The last references are dropped on the worker thread
    //! too, so freeing the JSON costs the caller nothing.
    void parse(quint64 ticket, QList<QByteArray> pageBodies, QJsonArray participants);

Q_SIGNALS:
    void parsed(quint64 ticket, const moderato::RosterSnapshot &snapshot);

private:
    QThread m_thread;
    QObject *m_context; //!< lives in m_thread: what work is queued to
    IncrementalRosterParser m_incremental; //!< used on m_thread only
};

} // namespace moderato
