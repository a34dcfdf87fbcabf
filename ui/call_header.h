#pragma once
// CallHeader: what the moderator reads first — which call, how many people where, and whether
// the roster on screen is live, refreshing, stale or waiting out a rate limit.

#include <QDateTime>
#include <QWidget>
#include <functional>

#include "core/calls/call_session.h"

class QLabel;
class QTimer;
class QToolButton;

namespace moderato {

//! Everything the header shows; MainWindow fills it from the CallSession.
struct CallHeaderState
{
    QString title; //!< subject, or the call id when there is none
    QString callId;
    QString callState; //!< Graph's callState word
    int inCall = 0;
    int inLobby = 0;
    int invited = 0;
    CallSession::ConnectionState connection = CallSession::ConnectionState::Idle;
    QDateTime lastRefresh;
    QDateTime staleSince;
    QDateTime rateLimitedUntil;
    //! Graph's list stopped at its cap and nothing told the rest: "at least N in the call".
    bool rosterMayBeIncomplete = false;
    //! Notifications from Graph are heard for this call.
    bool notificationsInUse = false;
};

class ElidingLabel;

class CallHeader : public QWidget
{
    Q_OBJECT
public:
    //! The three counts, each a button that shows those people in the roster.
    enum class Count { InCall, InLobby, Invited };
    Q_ENUM(Count)

    explicit CallHeader(QWidget *parent = nullptr);

    void setState(const CallHeaderState &state);
    const CallHeaderState &state() const { return m_state; }

    //! Seconds left until the rate-limited session retries (0 when not rate limited).
    int secondsUntilRetry() const;
    //! The connection line as shown, e.g. "Rate limited — retrying in 12 s".
    QString connectionText() const;

    //! "Rate limited — retrying in 12 s", for the header and the banner.
    static QString rateLimitText(int secondsLeft);

    //! Tests move time themselves; defaults to the system clock (UTC).
    void setClock(std::function<QDateTime()> now);

Q_SIGNALS:
    //! Every second while rate limited, with the seconds left.
    void countdownTicked(int secondsLeft);
    //! The moderator clicked a count.
    void countClicked(moderato::CallHeader::Count count);

private:
    void updateConnection();
    void scheduleTick();
    QString localTime(const QDateTime &utc) const;

    CallHeaderState m_state;
    std::function<QDateTime()> m_now;
    ElidingLabel *m_title;
    ElidingLabel *m_subtitle;
    QToolButton *m_inCall;
    QToolButton *m_inLobby;
    QToolButton *m_invited;
    QLabel *m_connectionDot;
    QLabel *m_connection;
    QLabel *m_lastRefresh;
    QTimer *m_countdown;
};

} // namespace moderato
