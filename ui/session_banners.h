#pragma once
// SessionBanners: the main window's three banners and what puts text in them — the connection
// (stale roster, rate-limit countdown), a possibly incomplete roster, and the report of each
// moderation action: everyone it reached by name, and each problem with its reason (with the
// admin command and a Copy button on a 403).

#include <QObject>

#include "core/calls/action_outcome.h"
#include "core/calls/identity.h"
#include "ui/message_banner.h"

#include <QList>
#include <QStringList>

namespace moderato {

class CallHeader;
class CallSession;
class MessageBanner;
struct ActionReport;
struct InviteBackPlan;

class SessionBanners : public QObject
{
    Q_OBJECT
public:
    static constexpr int PositiveMessageMs = 8000;
    //! How long the report of a removal offers "Undo".
    static constexpr int UndoWindowMs = 30000;

    //! The banners are created as children of \a parent; the caller lays them out.
    SessionBanners(CallSession *session, CallHeader *header, QWidget *parent);

    MessageBanner *connection() const { return m_connection; }
    MessageBanner *incomplete() const { return m_incomplete; }
    MessageBanner *action() const { return m_action; }

    void updateConnection();
    void updateIncomplete();
    //! A new call: the moderator's "don't tell me again" no longer applies.
    void resetDismissals() { m_incompleteDismissed = false; }
    //! What keeps Moderato from hearing Graph's notifications (the listener reconnecting or
    //! failed), shown while nothing more urgent is; empty when all is well or they are off.
    void setListenerTrouble(const QString &text);
    //! Names shown before "and N more" until the moderator expands the banner.
    static constexpr int CollapsedNames = 3;
    //! The report of one action. A removal that took people out offers "Undo" for the undo
    //! window (unless the banner has an admin command to copy instead).
    void showReport(const ActionReport &report);
    //! While an action on several people runs: "Removing people: 40 of 180 done." with Stop.
    void showProgress(ActionOutcome::Action action, int done, int total);
    void setUndoWindow(int milliseconds) { m_undoWindowMs = milliseconds; }
    //! What inviting removed people back did: who is being invited, and who must rejoin alone.
    void showInviteBack(const InviteBackPlan &plan);

Q_SIGNALS:
    //! The moderator asked to join the meeting again after it ended for Moderato.
    void joinAgainRequested();
    //! The moderator pressed Undo: invite these people back (as the removal recorded them).
    void undoRemovalRequested(const QList<moderato::ParticipantIdentity> &people);

private:
    void showConnection(MessageBanner::Kind kind, const QString &text, const QString &action);

    CallSession *m_session;
    CallHeader *m_header;
    MessageBanner *m_connection;
    MessageBanner *m_incomplete;
    MessageBanner *m_action;
    QString m_adminHint;
    QList<ParticipantIdentity> m_undoable; //!< whom Undo brings back while it is offered
    int m_undoOffer = 0;                   //!< counts reports, so an old timer leaves a newer one alone
    int m_undoWindowMs = UndoWindowMs;
    bool m_progressShown = false; //!< the banner shows an action under way (its button: Stop)
    bool m_incompleteDismissed = false;
    QString m_listenerTrouble;
};

} // namespace moderato
