#pragma once
// The core objects one signed-in account needs, wired together for the desktop app.

#include "core/auth/cloud.h"
#include "core/calls/notification_hookup.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace moderato {

class AuditLog;
class CallSession;
class DirectorySearch;
class GraphClient;
class MeetingOptionsController;
class SecretSource;
class TokenProvider;

//! Who signs in, where, and where the secret comes from.
struct Account
{
    CloudEndpoints endpoints;
    QString tenantId;
    QString clientId;
    std::shared_ptr<SecretSource> secrets;
};

class AppServices : public QObject
{
    Q_OBJECT
public:
    //! \a auditPath empty: the user's audit log (AuditLog::defaultPath()).
    AppServices(const Account &account, const QString &auditPath, QObject *parent = nullptr);
    ~AppServices() override;

    QNetworkAccessManager *network() { return &m_nam; }
    GraphClient *graph() const { return m_graph.get(); }
    CallSession *session() const { return m_session; }
    DirectorySearch *directory() const { return m_directory; }
    //! The joined meeting's options; what a lock-down replaced is kept here while the app runs.
    MeetingOptionsController *meetingOptions() const { return m_meetingOptions; }
    const Account &account() const { return m_account; }
    //! Starts hearing Graph's notifications for the session the way \a config says (replacing
    //! what listened before); null when the settings say none.
    NotificationHookup *listenForNotifications(NotificationHookup::Config config);
    NotificationHookup *notifications() const { return m_notifications; }

private:
    Account m_account;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<AuditLog> m_audit;
    CallSession *m_session = nullptr;
    DirectorySearch *m_directory = nullptr;
    MeetingOptionsController *m_meetingOptions = nullptr;
    NotificationHookup *m_notifications = nullptr;
};

} // namespace moderato
