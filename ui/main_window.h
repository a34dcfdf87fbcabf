#pragma once
// MainWindow: one open call — header, banners, the roster and the moderation actions.
// Dialogs and the rules for the selection live in their own classes; this class wires them.

#include <QMainWindow>
#include <QStringList>
#include <QUrl>
#include <functional>

#include "core/calls/identity.h"
#include "core/calls/join_target.h"
#include "ui/group_action_dialog.h"
#include "ui/meeting_presence.h"

namespace moderato {

class AccountSettings;
class AuditLogWindow;
class BannerOverlay;
class CallHeader;
class CallSession;
class ConnectionTester;
class NotificationTester;
class CredentialStore;
class DirectorySearch;
class InvitationsDock;
class MeetingOptionsController;
class MeetingOptionsDialog;
class MessageBanner;
class RosterActions;
class RosterView;
class RosterSelection;
class SessionBanners;
struct SelectedRow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;                   //!< adds " (demo)" to the title
        AccountSettings *settings = nullptr; //!< recent meetings, callback address, account dialog; may be null
        CredentialStore *credentials = nullptr;
        ConnectionTester *connectionTester = nullptr;
        NotificationTester *notificationTester = nullptr; //!< the account dialog's notification Test
        QUrl callbackUrl;                                 //!< used when there are no settings (demo)
        QString auditLogPath; //!< what the audit log window shows; empty: AuditLog::defaultPath()
        //! Where Graph's notifications are heard; when it gives an address, joins use it.
        std::function<QUrl()> notificationCallback;
        //! How long the report of a removal offers "Undo" (tests shorten it).
        int undoWindowMs = 30000;
        //! The joined meeting's options (Call > Meeting Options…); null: the action stays disabled.
        MeetingOptionsController *meetingOptions = nullptr;
    };

    //! What to do with Moderato's bot when quitting in a meeting Moderato joined.
    using QuitChoice = MeetingPresence::BotChoice;
    using QuitHook = MeetingPresence::QuitHook;
    using SwitchHook = MeetingPresence::SwitchHook;

    //! Asks the moderator; returns true to go ahead. Tests answer without a modal loop.
    using ConfirmHook = std::function<bool(const QString &title, const QString &text)>;

    //! Nothing passed in is owned. \a search may be null (manual entry only in the invite dialog).
    MainWindow(CallSession *session, DirectorySearch *search, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConfirmHook(ConfirmHook hook);
    void setQuitHook(QuitHook hook);
    //! Answers the question before another meeting is joined while the bot is in one.
    void setSwitchHook(SwitchHook hook);

    RosterView *rosterView() const { return m_roster; }
    CallHeader *callHeader() const { return m_header; }
    InvitationsDock *invitationsDock() const { return m_invitations; }
    MessageBanner *connectionBanner() const;
    MessageBanner *actionBanner() const;

public Q_SLOTS:
    void showInviteDialog();
    void showJoinDialog();
    //! What keeps Moderato from hearing Graph's notifications, or empty (shown in the banner).
    void setNotificationTrouble(const QString &text);
    //! Joins \a target: a meeting (with the callback address) or a call by its id.
    void join(const JoinTarget &target, const QString &pastedText);
    void leaveMeeting();
    void showAccountDialog();
    void showAbout();
    //! Opens the audit log window, or brings it to the front.
    void showAuditLog();
    //! Opens the meeting options of the open call (reading them), or brings them to the front.
    void showMeetingOptions();

Q_SIGNALS:
    //! The account dialog saved: what it holds (notifications among it) may have changed.
    void accountSaved();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    //! The panel whose selection the actions act on: the one that had the focus last.
    enum class Panel { Roster, Invitations };

    void buildMenus();
    void buildToolBar();
    void updateTitle();
    void updateHeader();
    void updateActions();
    void showContextMenu(const QPoint &globalPos);
    void deleteSelection();
    void removeSelected();
    void cancelSelected();
    void muteSelected();
    void actOnGroup(GroupActionDialog::Action action);
    void copyParticipantId();
    //! Invites back people removed earlier and says in the banner what that does.
    void inviteBack(const QList<ParticipantIdentity> &people);
    //! Tells the audit log window which call a removal can be undone in.
    void updateAuditLogCall();
    void onSessionError(const QString &message, const QString &details);
    //! The selection of the panel that has (or last had) the focus.
    RosterSelection currentSelection() const;
    void followFocus(QWidget *now);
    //! Asks, with the roster held still, then hands the ids to the session, which checks each is
    //! still in the state the question was about (and reports those that are not).
    void confirmAndAct(const QList<SelectedRow> &toRemove, const QList<SelectedRow> &toCancel);

    CallSession *m_session;
    DirectorySearch *m_search;
    Options m_options;
    // QApplication outlives the window: cut this before ~QWidget closes it and moves the focus.
    QMetaObject::Connection m_focusFollower;
    ConfirmHook m_confirm;
    CallHeader *m_header;
    SessionBanners *m_banners;
    RosterView *m_roster;
    InvitationsDock *m_invitations;
    RosterActions *m_actions;
    BannerOverlay *m_bannerOverlay;
    Panel m_activePanel = Panel::Roster;
    MeetingPresence *m_presence;
    AuditLogWindow *m_auditLog = nullptr; //!< made on first use
    QAction *m_meetingOptionsAction = nullptr;
    MeetingOptionsDialog *m_meetingOptions = nullptr; //!< made on first use
};

} // namespace moderato
