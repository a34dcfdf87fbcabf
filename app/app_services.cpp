#include "app/app_services.h"

#include "app/large_roster_heap_release.h"

#include "core/auth/secret_source.h"
#include "core/auth/token_provider.h"
#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/directory_search.h"
#include "core/calls/meeting_options_controller.h"
#include "core/graph/graph_client.h"

namespace moderato {

AppServices::AppServices(const Account &account, const QString &auditPath, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_tokens(std::make_unique<TokenProvider>(&m_nam, account.endpoints, account.tenantId, account.clientId,
                                               account.secrets.get()))
    , m_graph(std::make_unique<GraphClient>(&m_nam, m_tokens.get(), account.endpoints.graphRoot))
    , m_audit(std::make_unique<AuditLog>(auditPath.isEmpty() ? AuditLog::defaultPath() : auditPath))
{
    m_session = new CallSession(m_graph.get(), account.clientId, this);
    m_session->setAuditLog(m_audit.get());
    new LargeRosterHeapRelease(m_session);
    m_session->setHomeTenantId(account.tenantId);
    m_directory = new DirectorySearch(m_graph.get(), this);
    m_meetingOptions = new MeetingOptionsController(m_graph.get(), account.clientId, m_session, this);
}

AppServices::~AppServices()
{
    // The session and search send through the client: they go first, after what feeds the session.
    delete m_notifications;
    delete m_directory;
    delete m_meetingOptions;
    delete m_session;
}

NotificationHookup *AppServices::listenForNotifications(NotificationHookup::Config config)
{
    // The call joined before keeps its callbackUri's path.
    if (m_notifications && config.receiverPath.isEmpty())
        config.receiverPath = m_notifications->receiverPath();
    delete m_notifications;
    m_notifications = nullptr;
    if (config.settings.mode == NotificationSettings::Mode::None)
        return nullptr;
    m_notifications = new NotificationHookup(m_session, &m_nam, config, this);
    m_notifications->start();
    return m_notifications;
}

} // namespace moderato
