#pragma once
// RosterRefresher: reads the call's roster again and again — a large one decoded and parsed off
// the GUI thread, a roster that comes in pages followed page by page — and slows down after
// failures (2×, 4×, … the interval, at most a minute).

#include "core/calls/roster_parser.h"

#include <QObject>
#include <QTimer>

namespace moderato {

class GraphClient;
class RosterParseWorker;
struct GraphError;

class RosterRefresher : public QObject
{
    Q_OBJECT
public:
    explicit RosterRefresher(GraphClient *client, QObject *parent = nullptr);

    //! Reads the roster of \a callId from now on, the first time at once; answers about an
    //! earlier call are dropped.
    void start(const QString &callId);
    //! No more reads until start().
    void stop();
    //! Reads now — or, while a read is in flight, once more right after it.
    void refreshNow();
    //! Time between reads after a good one. A shorter interval than the wait now running takes
    //! effect at once; a longer one from the next read on.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    bool isInFlight() const { return m_inFlight; }

Q_SIGNALS:
    void started();
    //! \a mayBeIncomplete: the answer had exactly Graph's cap of entries and no next page.
    void loaded(const moderato::RosterSnapshot &snapshot, bool mayBeIncomplete);
    void failed(const moderato::GraphError &error);

private:
    void send();
    void onParsed(const RosterSnapshot &snapshot, int entries);
    //! The read is over: the next one is scheduled (or started at once if asked for meanwhile).
    void finish();

    //! What the request being parsed said, for when the parse worker answers.
    struct Pending
    {
        bool undecoded = false; //!< an undecoded RosterPageRequest: the worker checked the body
        bool mayBeIncomplete = false;
        int httpStatus = 0;
        QString requestId;
        QString clientRequestId;
    };

    GraphClient *m_client;
    RosterParseWorker *m_parser; //!< parses rosters off the GUI thread
    QTimer m_timer;
    QString m_callId;
    quint64 m_generation = 0;
    Pending m_pending;
    int m_interval = 5000;
    int m_consecutiveFailures = 0;
    bool m_active = false;
    bool m_inFlight = false; //!< from the request until its roster is handed on
    bool m_again = false;    //!< a read was asked for while one was in flight
    bool m_paged = false;    //!< the roster came in pages: ListParticipantsRequest reads it
};

} // namespace moderato
