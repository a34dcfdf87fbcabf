#include "ui/roster_actions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

namespace moderato {

namespace {

QAction *makeAction(QWidget *window, const char *objectName, const QString &text, const QString &tip,
                    const QKeySequence &shortcut = {}, const char *icon = nullptr)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    // The tooltip names the key so that every action is discoverable from the keyboard.
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                                                + QLatin1Char(')'));
    action->setStatusTip(tip);
    if (icon)
        action->setIcon(QIcon(QStringLiteral(":/icons/") + QLatin1String(icon) + QStringLiteral(".svg")));
    window->addAction(action);
    return action;
}

} // namespace

RosterActions::RosterActions(QWidget *window)
    : QObject(window)
{
    // Delete belongs to actionDeleteSelection, which does the right thing per row; these two
    // only mention it.
    const QString deleteKey =
        QStringLiteral(" (") + QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText) + QLatin1Char(')');
    removeParticipant = makeAction(window, "actionRemoveParticipant", tr("&Remove from Call"),
                                   tr("Remove the selected participants from the call"), {}, "remove");
    removeParticipant->setToolTip(removeParticipant->toolTip() + deleteKey);
    cancelInvitation = makeAction(window, "actionCancelInvitation", tr("&Cancel Invitation"),
                                  tr("Stop ringing the selected invitees"), {}, "cancel");
    cancelInvitation->setToolTip(cancelInvitation->toolTip() + deleteKey);
    muteParticipant = makeAction(window, "actionMuteParticipant", tr("&Mute"), tr("Mute the selected participants"),
                                 QKeySequence(Qt::CTRL | Qt::Key_M), "mute");
    holdParticipant = makeAction(window, "actionHoldParticipant", tr("Put on &Hold"),
                                 tr("Take the selected participant out of the conversation with hold music, "
                                    "without removing them (one at a time)"),
                                 QKeySequence(Qt::CTRL | Qt::Key_H));
    resumeParticipant = makeAction(window, "actionResumeParticipant", tr("R&esume"),
                                   tr("Bring the selected participant back from hold into the conversation"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    removeGroup = makeAction(window, "actionRemoveGroup", tr("Remove a &Group…"),
                             tr("Remove everyone the filter shows, or everyone of some kinds, after a preview"));
    muteGroup = makeAction(window, "actionMuteGroup", tr("Mute a Gro&up…"),
                           tr("Mute everyone the filter shows, or everyone of some kinds, after a preview"));
    deleteSelection = makeAction(window, "actionDeleteSelection", tr("Remove or Cancel"),
                                 tr("Remove the selected participants and cancel the selected invitations"),
                                 QKeySequence(QKeySequence::Delete));
    invite = makeAction(window, "actionInvite", tr("&Invite…"), tr("Invite people to the call"),
                        QKeySequence(Qt::CTRL | Qt::Key_I), "invite");
    refresh = makeAction(window, "actionRefresh", tr("Re&fresh"), tr("Load the roster now"), QKeySequence(Qt::Key_F5),
                         "refresh");
    joinMeeting = makeAction(window, "actionJoinMeeting", tr("&Join Meeting…"),
                             tr("Join a meeting from its link, its invitation or a call id"),
                             QKeySequence(Qt::CTRL | Qt::Key_J), "open-call");
    joinMeeting->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_O)});
    leaveMeeting = makeAction(window, "actionLeaveMeeting", tr("&Leave Meeting…"),
                              tr("Hang up Moderato's bot; the meeting goes on for everyone else"));
    copyParticipantId = makeAction(window, "actionCopyParticipantId", tr("Copy Participant &Id"),
                                   tr("Copy the selected participant's id to the clipboard"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), "copy");
    findInRoster = makeAction(window, "actionFindInRoster", tr("&Filter Roster"), tr("Type to filter the roster"),
                              QKeySequence(QKeySequence::Find));
    accountSetup =
        makeAction(window, "actionAccountSetup", tr("&Account…"), tr("Set up the account Moderato signs in with"));
    auditLog = makeAction(window, "actionAuditLog", tr("Audit &Log…"),
                          tr("Every moderation action of every call, with filters and export"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    about = makeAction(window, "actionAbout", tr("&About Moderato"), tr("Version and licence"));
    quit = makeAction(window, "actionQuit", tr("&Quit"), tr("Quit Moderato"), QKeySequence(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
}

void RosterActions::update(const RosterSelection &selection, bool callOpen, bool inCall)
{
    leaveMeeting->setEnabled(inCall);
    callOpen = callOpen && inCall; // an ended meeting has nobody to act on
    removeParticipant->setEnabled(callOpen && selection.canRemove());
    cancelInvitation->setEnabled(callOpen && selection.canCancel());
    muteParticipant->setEnabled(callOpen && selection.canMute());
    holdParticipant->setEnabled(callOpen && selection.canHold());
    resumeParticipant->setEnabled(callOpen && selection.canResume());
    const DeleteMeaning meaning = selection.deleteMeaning();
    deleteSelection->setEnabled(callOpen && meaning != DeleteMeaning::Nothing);
    // Delete says what it will do to this selection.
    switch (meaning) {
    case DeleteMeaning::Remove: deleteSelection->setText(removeParticipant->text()); break;
    case DeleteMeaning::Cancel: deleteSelection->setText(cancelInvitation->text()); break;
    case DeleteMeaning::RemoveAndCancel:
    case DeleteMeaning::Nothing: deleteSelection->setText(tr("Remove or Cancel")); break;
    }
    copyParticipantId->setEnabled(selection.canCopyId());
    invite->setEnabled(callOpen && inCall);
    removeGroup->setEnabled(callOpen);
    muteGroup->setEnabled(callOpen);
    refresh->setEnabled(callOpen && inCall);
}

QMenu *RosterActions::buildContextMenu(const RosterSelection &selection, QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("rosterContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (selection.canMute() && muteParticipant->isEnabled())
        menu->addAction(muteParticipant);
    if (selection.canHold() && holdParticipant->isEnabled())
        menu->addAction(holdParticipant);
    if (selection.canResume() && resumeParticipant->isEnabled())
        menu->addAction(resumeParticipant);
    if (selection.canRemove() && removeParticipant->isEnabled())
        menu->addAction(removeParticipant);
    if (selection.canCancel() && cancelInvitation->isEnabled())
        menu->addAction(cancelInvitation);
    if (selection.canCopyId())
        menu->addAction(copyParticipantId);
    if (!menu->isEmpty())
        menu->addSeparator();
    if (invite->isEnabled())
        menu->addAction(invite);
    menu->addAction(refresh);
    return menu;
}

} // namespace moderato
