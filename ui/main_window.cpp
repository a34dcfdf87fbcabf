#include "ui/main_window.h"

#include "core/auth/account_settings.h"
#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/meeting_options_controller.h"
#include "core/calls/participant_model.h"
#include "ui/about_dialog.h"
#include "ui/account_dialog.h"
#include "ui/audit_log_window.h"
#include "ui/banner_overlay.h"
#include "ui/call_header.h"
#include "ui/invitations_dock.h"
#include "ui/invite_dialog.h"
#include "ui/meeting_options_dialog.h"
#include "ui/message_banner.h"
#include "ui/roster_actions.h"
#include "ui/roster_view.h"
#include "ui/session_banners.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace moderato {

namespace {

using PM = ParticipantModel;

bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

} // namespace

MainWindow::MainWindow(CallSession *session, DirectorySearch *search, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_search(search)
    , m_options(options)
    , m_header(new CallHeader(this))
    , m_banners(nullptr)
    , m_roster(new RosterView(this))
    , m_invitations(new InvitationsDock(session, this))
    , m_actions(new RosterActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/moderato.svg")));
    m_confirm = [this](const QString &title, const QString &text) { return askWithMessageBox(this, title, text); };
    m_presence = new MeetingPresence(
        session, {options.settings, options.callbackUrl, options.notificationCallback, options.demo}, this);
    m_presence->setConfirmHook(m_confirm);

    m_header->setObjectName(QStringLiteral("callHeader"));
    m_roster->setObjectName(QStringLiteral("roster"));
    m_roster->setSourceModel(session->participants());

    auto *central = new QWidget(this);
    m_banners = new SessionBanners(session, m_header, central);
    m_banners->setUndoWindow(options.undoWindowMs);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_header);
    layout->addWidget(m_roster, 1);
    setCentralWidget(central);
    // Banners float over the bottom of the roster: one appearing never pushes the rows down.
    m_bannerOverlay = new BannerOverlay(m_roster->tableView(), central);
    for (MessageBanner *banner : {m_banners->connection(), m_banners->incomplete(), m_banners->action()})
        m_bannerOverlay->addBanner(banner);
    addDockWidget(Qt::BottomDockWidgetArea, m_invitations);

    m_meetingOptionsAction = new QAction(tr("Meeting &Options…"), this);
    m_meetingOptionsAction->setObjectName(QStringLiteral("meetingOptions"));
    m_meetingOptionsAction->setStatusTip(
        tr("Who may unmute, share video and present, the chat and the lobby of the joined meeting; lock it down"));
    connect(m_meetingOptionsAction, &QAction::triggered, this, &MainWindow::showMeetingOptions);
    buildToolBar();
    buildMenus();

    connect(m_actions->deleteSelection, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(m_actions->removeParticipant, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_actions->cancelInvitation, &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(m_actions->muteParticipant, &QAction::triggered, this, &MainWindow::muteSelected);
    connect(m_actions->holdParticipant, &QAction::triggered, this, [this] {
        const RosterSelection selection = currentSelection();
        if (selection.canHold())
            m_session->hold(selection.rows().first().id);
    });
    connect(m_actions->resumeParticipant, &QAction::triggered, this, [this] {
        const RosterSelection selection = currentSelection();
        if (selection.canResume())
            m_session->resume(selection.rows().first().id);
    });
    connect(m_actions->removeGroup, &QAction::triggered, this,
            [this] { actOnGroup(GroupActionDialog::Action::Remove); });
    connect(m_actions->muteGroup, &QAction::triggered, this, [this] { actOnGroup(GroupActionDialog::Action::Mute); });
    connect(m_actions->copyParticipantId, &QAction::triggered, this, &MainWindow::copyParticipantId);
    connect(m_actions->invite, &QAction::triggered, this, &MainWindow::showInviteDialog);
    connect(m_actions->refresh, &QAction::triggered, m_session, &CallSession::refresh);
    connect(m_actions->joinMeeting, &QAction::triggered, this, &MainWindow::showJoinDialog);
    connect(m_actions->leaveMeeting, &QAction::triggered, this, &MainWindow::leaveMeeting);
    connect(m_banners, &SessionBanners::joinAgainRequested, m_presence, &MeetingPresence::joinAgain);
    connect(m_banners, &SessionBanners::undoRemovalRequested, this, &MainWindow::inviteBack);
    connect(m_presence, &MeetingPresence::notice, this,
            [this](const QString &text) { actionBanner()->showMessage(MessageBanner::Kind::Information, text); });
    connect(m_actions->findInRoster, &QAction::triggered, m_roster, &RosterView::focusFilter);
    connect(m_actions->accountSetup, &QAction::triggered, this, &MainWindow::showAccountDialog);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    m_actions->accountSetup->setEnabled(m_options.settings && m_options.credentials);

    connect(m_roster, &RosterView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_invitations, &InvitationsDock::selectionChanged, this, &MainWindow::updateActions);
    m_focusFollower =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { followFocus(now); });
    connect(m_header, &CallHeader::countClicked, this, [this](CallHeader::Count count) {
        using QF = RosterFilterModel::QuickFilter;
        m_roster->setQuickFilter(count == CallHeader::Count::InLobby   ? QF::InLobby
                                 : count == CallHeader::Count::Invited ? QF::Invited
                                                                       : QF::Everyone);
    });
    connect(m_roster, &RosterView::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_session, &CallSession::callInfoChanged, this, [this] {
        m_banners->resetDismissals();
        updateTitle();
        updateHeader();
        updateActions();
    });
    connect(m_session, &CallSession::connectionStateChanged, this, [this] {
        updateHeader();
        m_banners->updateConnection();
        updateActions();
        updateAuditLogCall();
    });
    connect(m_session, &CallSession::refreshed, this, [this] {
        updateHeader();
        m_banners->updateIncomplete();
    });
    connect(m_session->participants(), &ParticipantModel::countsChanged, this, &MainWindow::updateHeader);
    connect(m_session, &CallSession::actionCompleted, m_banners, &SessionBanners::showReport);
    connect(m_session, &CallSession::sessionError, this, &MainWindow::onSessionError);

    resize(1180, 720);
    // The roster is what matters: the invitations panel starts small.
    resizeDocks({m_invitations}, {130}, Qt::Vertical);
    updateTitle();
    updateHeader();
    m_banners->updateConnection();
    updateActions();
}

MainWindow::~MainWindow()
{
    disconnect(m_focusFollower);
}

void MainWindow::setNotificationTrouble(const QString &text)
{
    m_banners->setListenerTrouble(text);
}

MessageBanner *MainWindow::connectionBanner() const
{
    return m_banners->connection();
}

MessageBanner *MainWindow::actionBanner() const
{
    return m_banners->action();
}

void MainWindow::setConfirmHook(ConfirmHook hook)
{
    m_confirm = hook;
    m_presence->setConfirmHook(std::move(hook));
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_actions->joinMeeting);
    bar->addAction(m_actions->refresh);
    bar->addSeparator();
    bar->addAction(m_actions->invite);
    bar->addAction(m_actions->muteParticipant);
    bar->addAction(m_actions->removeParticipant);
    bar->addAction(m_actions->cancelInvitation);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Call"));
    file->addAction(m_actions->joinMeeting);
    file->addAction(m_actions->leaveMeeting);
    file->addAction(m_actions->refresh);
    file->addAction(m_meetingOptionsAction);
    file->addSeparator();
    file->addAction(m_actions->accountSetup);
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *people = menuBar()->addMenu(tr("&Participants"));
    people->addAction(m_actions->invite);
    people->addAction(m_actions->muteParticipant);
    people->addAction(m_actions->holdParticipant);
    people->addAction(m_actions->resumeParticipant);
    people->addAction(m_actions->removeParticipant);
    people->addAction(m_actions->cancelInvitation);
    people->addSeparator();
    people->addAction(m_actions->muteGroup);
    people->addAction(m_actions->removeGroup);
    people->addSeparator();
    people->addAction(m_actions->copyParticipantId);
    people->addAction(m_actions->findInRoster);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggle = m_invitations->toggleViewAction();
    toggle->setText(tr("&Invitations"));
    view->addAction(toggle);
    view->addAction(m_actions->auditLog);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
}

void MainWindow::updateTitle()
{
    const CallInfo info = m_session->callInfo();
    QString title = tr("Moderato");
    const QString name = info.subject.isEmpty() ? info.id : info.subject;
    if (!name.isEmpty())
        title = tr("Moderato — %1").arg(name);
    if (m_options.demo)
        title += tr(" (demo)");
    setWindowTitle(title);
}

void MainWindow::updateHeader()
{
    const CallInfo info = m_session->callInfo();
    const ParticipantModel::Counts counts = m_session->participants()->counts();
    CallHeaderState state;
    state.title = info.subject;
    state.callId = info.id.isEmpty() ? m_session->callId() : info.id;
    state.callState = info.state;
    state.inCall = counts.inCall;
    state.inLobby = counts.inLobby;
    state.invited = counts.invited;
    state.connection = m_session->connectionState();
    state.lastRefresh = m_session->lastRefresh();
    state.staleSince = m_session->staleSince();
    state.rateLimitedUntil = m_session->rateLimitedUntil();
    state.rosterMayBeIncomplete = m_session->rosterMayBeIncomplete();
    state.notificationsInUse = m_session->notificationsInUse();
    m_header->setState(state);
}

void MainWindow::followFocus(QWidget *now)
{
    if (!now || !isAncestorOf(now))
        return;
    const Panel panel = m_invitations->isAncestorOf(now) ? Panel::Invitations
                        : m_roster->isAncestorOf(now)    ? Panel::Roster
                                                         : m_activePanel;
    if (panel == m_activePanel)
        return;
    m_activePanel = panel;
    updateActions();
}

RosterSelection MainWindow::currentSelection() const
{
    return RosterSelection(m_activePanel == Panel::Invitations ? m_invitations->selectedRows()
                                                               : m_roster->selectedRows());
}

void MainWindow::updateActions()
{
    using State = CallSession::ConnectionState;
    const State state = m_session->connectionState();
    const bool inCall =
        state != State::Joining && state != State::InLobby && state != State::Ended && state != State::Idle;
    m_actions->update(currentSelection(), !m_session->callId().isEmpty(), inCall);
    m_meetingOptionsAction->setEnabled(m_options.meetingOptions && inCall);
}

void MainWindow::showMeetingOptions()
{
    if (!m_options.meetingOptions)
        return;
    if (!m_meetingOptions)
        m_meetingOptions = new MeetingOptionsDialog(m_options.meetingOptions, this);
    if (!m_options.meetingOptions->isLoaded() || m_meetingOptions->isHidden())
        m_meetingOptions->reload();
    m_meetingOptions->show();
    m_meetingOptions->raise();
    m_meetingOptions->activateWindow();
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    QMenu *menu = m_actions->buildContextMenu(currentSelection(), this);
    // Nothing moves while the moderator picks from the menu.
    m_roster->holdStill();
    connect(menu, &QMenu::aboutToHide, m_roster, &RosterView::letGo);
    menu->popup(globalPos);
}

void MainWindow::confirmAndAct(const QList<SelectedRow> &toRemove, const QList<SelectedRow> &toCancel)
{
    if (toRemove.isEmpty() && toCancel.isEmpty())
        return;
    // Ids, taken before the question: the rows may change while the moderator reads it.
    const QStringList removeIds = RosterSelection::ids(toRemove);
    const QStringList cancelIds = RosterSelection::ids(toCancel);
    const Confirmation question = RosterSelection::deleteConfirmation(toRemove, toCancel);
    m_roster->holdStill();
    const bool confirmed = m_confirm && m_confirm(question.title, question.text);
    m_roster->letGo();
    if (!confirmed)
        return;
    // The session checks that each is still in the state asked about — an invitation that was
    // answered meanwhile is never removed by a cancel — and its report names those it skipped.
    if (!removeIds.isEmpty())
        m_session->remove(removeIds);
    if (!cancelIds.isEmpty())
        m_session->cancelInvitations(cancelIds);
}

void MainWindow::deleteSelection()
{
    const RosterSelection selection = currentSelection();
    confirmAndAct(selection.removable(), selection.cancellable());
}

void MainWindow::removeSelected()
{
    confirmAndAct(currentSelection().removable(), {});
}

void MainWindow::cancelSelected()
{
    confirmAndAct({}, currentSelection().cancellable());
}

void MainWindow::updateAuditLogCall()
{
    if (m_auditLog)
        m_auditLog->setCurrentCall(
            m_session->connectionState() == CallSession::ConnectionState::Ended ? QString() : m_session->callId());
}

void MainWindow::inviteBack(const QList<ParticipantIdentity> &people)
{
    m_banners->showInviteBack(m_session->inviteBack(people));
}

void MainWindow::muteSelected()
{
    const QStringList ids = RosterSelection::ids(currentSelection().muteTargets());
    if (!ids.isEmpty())
        m_session->mute(ids);
}

void MainWindow::actOnGroup(GroupActionDialog::Action action)
{
    // Nothing moves while the moderator reads the list; the ids are taken when they confirm.
    m_roster->holdStill();
    auto *dialog = new GroupActionDialog(
        action, m_session->participants(), m_roster->filterModel(),
        RuleExemptions{m_session->participants()->ownApplicationId(), m_session->callInfo().organizerId}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_roster, &RosterView::letGo);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action] {
        const QStringList ids = dialog->chosenIds();
        if (ids.isEmpty())
            return;
        if (action == GroupActionDialog::Action::Remove)
            m_session->remove(ids);
        else
            m_session->mute(ids);
    });
    dialog->open();
}

void MainWindow::copyParticipantId()
{
    const QList<SelectedRow> rows = m_roster->selectedRows();
    const QString id = rows.size() == 1 ? rows.first().id : m_roster->currentParticipantId();
    if (!id.isEmpty())
        QGuiApplication::clipboard()->setText(id);
}

void MainWindow::onSessionError(const QString &message, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Moderato"), message, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("sessionErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

void MainWindow::showInviteDialog()
{
    if (m_session->callId().isEmpty())
        return;
    auto *dialog = new InviteDialog(m_session, m_search, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showJoinDialog()
{
    m_presence->showJoinDialog();
}

void MainWindow::join(const JoinTarget &target, const QString &pastedText)
{
    m_presence->join(target, pastedText);
}

void MainWindow::leaveMeeting()
{
    m_presence->leave();
}

void MainWindow::setQuitHook(QuitHook hook)
{
    m_presence->setQuitHook(std::move(hook));
}

void MainWindow::setSwitchHook(SwitchHook hook)
{
    m_presence->setSwitchHook(std::move(hook));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_presence->mayQuit()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showAccountDialog()
{
    if (!m_options.settings || !m_options.credentials)
        return;
    auto *dialog = new AccountDialog(m_options.settings, m_options.credentials, m_options.connectionTester, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotificationTester(m_options.notificationTester);
    connect(dialog, &QDialog::accepted, this, &MainWindow::accountSaved);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAuditLog()
{
    if (!m_auditLog) {
        const QString path = m_options.auditLogPath.isEmpty() ? AuditLog::defaultPath() : m_options.auditLogPath;
        m_auditLog = new AuditLogWindow(path, this);
        connect(m_auditLog, &AuditLogWindow::inviteBackRequested, this, &MainWindow::inviteBack);
        updateAuditLogCall();
    }
    m_auditLog->show();
    m_auditLog->raise();
    m_auditLog->activateWindow();
}

} // namespace moderato
