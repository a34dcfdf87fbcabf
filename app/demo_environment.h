#pragma once
// Demo mode: the embedded simulator serving the lively demo meeting, and an account for it
// that never touches the keychain.

#include "app/app_services.h"
#include "core/calls/call_session.h"

#include <memory>

namespace graphsim {
class GraphSimulator;
}

namespace moderato {

class DemoEnvironment
{
public:
    DemoEnvironment();
    ~DemoEnvironment();

    //! Starts the simulator on loopback. Returns false and sets \a error when it cannot.
    bool start(QString *error);
    Account account() const { return m_account; }
    //! The demo meeting's link: the demo joins it the way a moderator would.
    QString meetingLink() const { return m_meetingLink; }
    //! The demo's callback address (https; the embedded simulator never calls it).
    QUrl callbackUrl() const { return m_callbackUrl; }
    //! The demo's notifications: the scenario's hybrid connection on the embedded simulator's
    //! relay, with Graph's signing keys from the simulator too.
    NotificationHookup::Config notifications() const { return m_notifications; }
    //! Directory users the demo invites at start, so the invitations panel has something
    //! ringing: one who answers late (or never) and one who accepts.
    QList<InviteTarget> openingInvitations() const { return m_openingInvitations; }

private:
    std::unique_ptr<graphsim::GraphSimulator> m_simulator;
    Account m_account;
    QString m_meetingLink;
    QUrl m_callbackUrl;
    NotificationHookup::Config m_notifications;
    QList<InviteTarget> m_openingInvitations;
};

} // namespace moderato
