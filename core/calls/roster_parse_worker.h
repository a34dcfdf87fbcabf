#pragma once
// RosterParseWorker: turns roster JSON into a RosterSnapshot on a thread of its own, so that a
// refresh of a call with thousands of participants does not stall the GUI thread.

#include "core/calls/roster_parser.h"

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

    //! Parses \a participants (shared, not copied; nobody may modify them meanwhile). The last
    //! reference to the JSON is dropped on the worker thread too, so freeing it costs the
    //! caller nothing.
    void parse(quint64 ticket, QJsonArray participants);

Q_SIGNALS:
    void parsed(quint64 ticket, const moderato::RosterSnapshot &snapshot);

private:
    QThread m_thread;
    QObject *m_context; //!< lives in m_thread: what work is queued to
};

} // namespace moderato
