#pragma once
// MeetingOptionsController: the options of the online meeting behind the open call — found by the
// call's organiser and link, read, changed, locked down and restored. It follows the CallSession
// from outside (callInfo(), callInfoChanged) and keeps, for as long as it lives (the app's
// session), the values a lock-down replaced, per meeting: Restore works after the panel was
// closed, and after Moderato left the meeting and joined it again. Nothing is kept across a
// restart of Moderato.

#include "core/calls/meeting_options.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace moderato {

class CallSession;
class GraphClient;
class GraphRequest;
struct GraphError;

class MeetingOptionsController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoCall,      //!< no call is open
        Unavailable, //!< this call's meeting options cannot be reached: see unavailableReason()
        NotLoaded,   //!< a call is open, its options not read yet
        Loading,     //!< the meeting is being looked up
        Ready,       //!< current() holds the meeting's options
        Applying,    //!< a change is on its way
        Failed,      //!< the last request failed: see lastError()
    };
    Q_ENUM(State)

    //! \a clientId goes into the administrator's PowerShell lines on a missing access policy.
    MeetingOptionsController(GraphClient *client, const QString &clientId, CallSession *session,
                             QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Loading || m_state == State::Applying; }
    //! Why this call's options cannot be shown, in a sentence (state Unavailable).
    QString unavailableReason() const { return m_unavailable; }
    QString lastError() const { return m_error; }
    QString lastAdminHint() const { return m_adminHint; }
    //! The options as Graph last said them (valid once loaded).
    MeetingOptions current() const { return m_current; }
    bool isLoaded() const { return !m_meetingId.isEmpty(); }

    //! What Lock Down applies (default: MeetingOptions::defaultLockDown(); the app keeps the
    //! moderator's own in the settings, LockDownSettings).
    MeetingOptions lockDownSet() const { return m_lockDownSet; }
    //! An empty set means the default one.
    void setLockDownSet(const MeetingOptions &set);
    //! The values the lock-down replaced; empty when there is nothing to restore.
    MeetingOptions beforeLockDown() const
    {
        return m_meetingId.isEmpty() ? MeetingOptions() : m_before.value(m_meetingId);
    }
    bool canRestore() const { return !beforeLockDown().isEmpty(); }

    //! Finds the call's meeting and reads its options (again). Unavailable when the call was joined
    //! by meeting id (Graph gives no organiser or link then) or the organiser has no such meeting.
    void load();
    //! Sends only the settings of \a wanted that differ from current(); nothing when none do.
    bool apply(const MeetingOptions &wanted);
    //! Applies lockDownSet(), first remembering the values it replaces (a second lock-down keeps
    //! the values from before the first).
    bool lockDown();
    //! Puts back the values from before the lock-down; forgets them once Graph took them.
    bool restore();
    //! A lobby bypass for everyone: Graph has no call to admit one person from the lobby, and
    //! this lets in everyone waiting now — and everyone who comes later.
    bool letEveryoneIn();

    //! The two PowerShell lines that let \a clientId use \a organizerId's online meetings.
    static QString accessPolicyLines(const QString &clientId, const QString &organizerId);

Q_SIGNALS:
    void stateChanged();
    void lockDownSetChanged();
    void loaded();
    //! Graph took a change; \a sentence says what it was.
    void applied(const QString &sentence);
    //! \a adminHint: PowerShell lines for an administrator, when that is what would help.
    void failed(const QString &sentence, const QString &adminHint);

private:
    enum class Purpose { Apply, LockDown, Restore, LetEveryoneIn };
    void followCall();
    void setState(State state);
    bool send(const MeetingOptions &wanted, Purpose purpose);
    //! Sends \a request in \a state; its answer is handled (\a succeeded, or fail()) only while
    //! the call it was sent for is still the one followed.
    void sendWhile(State state, GraphRequest *request, std::function<void()> succeeded);
    void fail(const GraphError &error);
    void clearCall();

    GraphClient *m_client;
    QString m_clientId;
    CallSession *m_session;
    QString m_callId;
    QString m_organizerId;
    QString m_meetingId;
    State m_state = State::NoCall;
    QString m_unavailable;
    QString m_error;
    QString m_adminHint;
    MeetingOptions m_current;
    MeetingOptions m_lockDownSet = MeetingOptions::defaultLockDown();
    //! What each meeting's lock-down replaced, by online meeting id.
    QHash<QString, MeetingOptions> m_before;
    QPointer<GraphRequest> m_inFlight;
    quint64 m_generation = 0;
};

} // namespace moderato
