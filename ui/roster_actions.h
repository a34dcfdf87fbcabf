#pragma once
// RosterActions: the main window's named QActions, enabled from the roster selection, and the
// context menu rebuilt from what the moderator may do with the rows under the cursor.

#include <QObject>

#include "ui/roster_selection.h"

class QAction;
class QMenu;
class QWidget;

namespace moderato {

class RosterActions : public QObject
{
    Q_OBJECT
public:
    //! Creates the actions as children of \a window and adds them to it, so their shortcuts
    //! work anywhere in the window.
    explicit RosterActions(QWidget *window);

    //! Enables each action for \a selection; \a callOpen gates the call-wide ones, \a inCall (Moderato
    //! is in the call, not joining, not ended) the ones that need the call.
    void update(const RosterSelection &selection, bool callOpen, bool inCall);
    //! A menu with only what \a selection allows, then the call-wide actions.
    QMenu *buildContextMenu(const RosterSelection &selection, QWidget *parent) const;

    QAction *removeParticipant;
    QAction *cancelInvitation;
    QAction *muteParticipant;
    QAction *holdParticipant;   //!< puts one person on hold with music
    QAction *resumeParticipant; //!< brings the person on hold back
    QAction *removeGroup;       //!< everyone the filter shows, or of some kinds, with a preview
    QAction *muteGroup;
    QAction *deleteSelection; //!< Delete: removes active rows and cancels invited ones
    QAction *invite;
    QAction *refresh;
    QAction *joinMeeting;  //!< Ctrl+J (and Ctrl+O): a link, an invitation, a meeting id or a call id
    QAction *leaveMeeting; //!< hangs up Moderato's bot
    QAction *copyParticipantId;
    QAction *findInRoster;
    QAction *accountSetup;
    QAction *auditLog; //!< Ctrl+Shift+L: every moderation action of every call
    QAction *about;
    QAction *quit;
};

} // namespace moderato
