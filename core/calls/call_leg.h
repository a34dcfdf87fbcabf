#pragma once
// CallLeg: Moderato's own leg in a call — getting in (joining a meeting), staying in (keepAlive
// every 15 minutes, and at once after the computer slept), noticing that the call ended, and
// hanging up. The roster and the moderation actions belong to CallSession, which wires this in.

#include "core/calls/result_info.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/join_meeting_request.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace moderato {

class CallLeg : public QObject
{
    Q_OBJECT
public:
    enum class State {
        None,    //!< no call
        Joining, //!< the join request is out, or the call is establishing
        InLobby, //!< establishing, waiting in the meeting's lobby to be admitted
        InCall,  //!< established (or opened by id)
        Ended,   //!< the call ended for Moderato, or the join failed: see endReason()
    };
    Q_ENUM(State)

    //! Graph ends a call without keepAlive for 45 minutes and recommends one every 15.
    static constexpr qint64 KeepAliveEveryMs = 15 * 60 * 1000;
    //! How often the wall clock is compared with the last keepAlive: a computer that slept for
    //! an hour sends one within this long after waking, whatever its timers missed.
    static constexpr int WallClockCheckMs = 30 * 1000;
    static constexpr int JoinPollMs = 1000;

    CallLeg(GraphClient *client, const QString &clientId, QObject *parent = nullptr);

    //! How often the wall clock is compared with the last keepAlive (WallClockCheckMs; tests
    //! look more often) and the join followed (JoinPollMs).
    void setCheckIntervals(int wallClockMs, int joinPollMs);
    //! Joins \a meeting (callbackUri filled in) and follows the new call until it is
    //! established, waits in the lobby or ends.
    void join(const MeetingToJoin &meeting);
    //! A call Moderato is in already, by its id: kept alive from now on.
    void attach(const QString &callId);
    //! Hangs up (DELETE of the call). The leg ends when Graph accepts it or the call is gone
    //! already; otherwise it stays in the call and leaveFailed() says why.
    void leave();
    //! Forgets the call without a word to Graph (another call is opened).
    void reset();
    //! A request on the call found it gone (GraphError::isCallGone()), or Graph said the call is
    //! terminated: the leg has ended.
    void noticeGone(const GraphError &error = {});
    //! Graph's notification of the call's state (\a deleted: the call is gone): established ends
    //! a join at once, terminated ends the leg with Graph's reason.
    void noticeCallState(const QJsonObject &call, bool deleted);

    State state() const { return m_state; }
    QString callId() const { return m_callId; }
    //! Why the leg ended, in a sentence for the moderator (with what to do, when there is
    //! something); empty while it has not.
    QString endReason() const { return m_endReason; }
    //! True when the leg ended because the moderator left.
    bool leftByUs() const { return m_leftByUs; }
    QDateTime lastKeepAlive() const { return m_lastKeepAlive; }
    //! Why the last keepAlive failed (other than the call being gone); empty after a good one.
    QString keepAliveProblem() const { return m_keepAliveProblem; }

Q_SIGNALS:
    void stateChanged();
    //! The call is established (after join()) or opened (attach()): the roster can be read.
    void inCall(const QString &callId);
    void keepAliveChanged();
    //! Graph refused the hang-up: Moderato's bot is still in the call.
    void leaveFailed(const QString &message);

private:
    void setState(State state);
    void end(const QString &reason);
    void pollJoin();
    void keepAliveIfDue();
    void sendKeepAlive();
    //! Joined: the call is established (once, however many answers say so).
    void enterCall();
    //! Whether a request of the kind \a inFlight tracks may go now (there is a call and none is on
    //! its way); if so, marks it in flight.
    bool claim(bool &inFlight);
    //! Sends \a request; when it finishes, clears \a inFlight (if given) and runs \a answered, unless
    //! the leg was reset meanwhile: an old call's answer never touches the call joined since.
    void sendForThisCall(GraphRequest *request, GraphClient::Priority priority, bool *inFlight,
                         std::function<void()> answered);
    static QString joinFailure(const GraphError &error);
    static QString joinEnded(const ResultInfo &result);
    static QString callEnded(const ResultInfo &result);

    GraphClient *m_client;
    QString m_clientId;
    State m_state = State::None;
    QString m_callId;
    QString m_endReason;
    QString m_keepAliveProblem;
    bool m_leftByUs = false;
    bool m_keepAliveInFlight = false;
    bool m_leaveInFlight = false;
    bool m_pollInFlight = false;
    quint64 m_generation = 0;
    QDateTime m_lastKeepAlive;
    QTimer m_wallClock;
    QTimer m_joinPoll;
};

} // namespace moderato
