#pragma once
// MeetingPresence: Moderato's bot in the meetings the moderator joins from the window — the join
// dialog and its recent meetings, the question before another meeting or quitting takes the
// moderator away from one the bot joined, Leave Meeting, and Join Again.

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

#include "core/auth/recent_meetings.h"
#include "core/calls/join_target.h"

class QWidget;

namespace moderato {

class AccountSettings;
class CallSession;

class MeetingPresence : public QObject
{
    Q_OBJECT
public:
    //! What to do with Moderato's bot in the meeting it joined, when the moderator quits or
    //! joins another one.
    enum class BotChoice { Leave, Stay, Cancel };
    //! Asks on quitting; \a remember is set when the moderator ticked "don't ask again".
    using QuitHook = std::function<BotChoice(bool *remember)>;
    //! Asks before joining another meeting; \a text is the question.
    using SwitchHook = std::function<BotChoice(const QString &text)>;
    //! Asks the moderator; returns true to go ahead.
    using ConfirmHook = std::function<bool(const QString &title, const QString &text)>;

    struct Options
    {
        AccountSettings *settings = nullptr; //!< recent meetings and the callback address; may be null
        QUrl callbackUrl;                    //!< used when there are no settings (demo)
        //! Where Graph's notifications are heard; when it gives an address, joins use it.
        std::function<QUrl()> notificationCallback;
        bool demo = false; //!< quitting the demo asks nothing
    };

    //! Dialogs and questions are shown over \a window.
    MeetingPresence(CallSession *session, const Options &options, QWidget *window);

    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    void setQuitHook(QuitHook hook) { m_quitHook = std::move(hook); }
    void setSwitchHook(SwitchHook hook) { m_switchHook = std::move(hook); }

    void showJoinDialog();
    //! Joins \a target: a meeting (with the callback address) or a call by its id. While the bot
    //! is in a meeting it joined, asks first whether to leave that one; the same meeting again
    //! is not joined twice.
    void join(const JoinTarget &target, const QString &pastedText);
    //! The last meeting again (after it ended), or the join dialog.
    void joinAgain();
    //! Asks, then hangs up Moderato's bot.
    void leave();
    //! Asks what to do with the bot when the window closes in a meeting it joined; false when
    //! the moderator cancelled.
    bool mayQuit();
    //! Moderato's bot joined a meeting here and has not left it (joining, in the lobby or in).
    bool inJoinedMeeting() const;

Q_SIGNALS:
    //! Something worth a line in the window, not a dialog ("already in this meeting").
    void notice(const QString &text);

private:
    void start(const JoinTarget &target, const QString &pastedText);
    bool isCurrentMeeting(const JoinTarget &target) const;
    QUrl callbackUrl() const;
    QList<RecentMeeting> recentMeetings() const;
    void rememberMeeting();

    struct PendingJoin
    {
        JoinTarget target;
        QString text;
    };

    CallSession *m_session;
    Options m_options;
    QWidget *m_window;
    ConfirmHook m_confirm;
    QuitHook m_quitHook;
    SwitchHook m_switchHook;
    std::optional<JoinTarget> m_lastTarget;    //!< for "Join Again"
    QString m_lastText;                        //!< as pasted, for the recent meetings
    bool m_joinedHere = false;                 //!< the current call is one Moderato's bot joined here
    std::optional<PendingJoin> m_afterLeaving; //!< joined once the bot has left the current meeting
    QList<RecentMeeting> m_recentInMemory;     //!< without settings (demo)
};

} // namespace moderato
