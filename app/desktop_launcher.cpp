#include "app/desktop_launcher.h"

#include "app/app_services.h"
#include "app/core_connection_tester.h"
#include "app/core_notification_tester.h"
#include "app/demo_environment.h"
#include "app/window_memory.h"
#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "core/auth/keychain_secret_source.h"
#include "core/auth/notification_settings.h"
#include "core/calls/audit_log.h"
#include "core/calls/call_session.h"
#include "core/calls/join_target.h"
#include "core/calls/lock_down_settings.h"
#include "core/calls/meeting_options_controller.h"
#include "ui/account_dialog.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace moderato {

namespace {
// --screenshot gives up when no roster arrives within this time.
constexpr int ScreenshotTimeoutMs = 20000;
} // namespace

DesktopLauncher::DesktopLauncher(const LaunchOptions &options)
    : m_options(options)
    , m_settings(std::make_unique<AccountSettings>())
    , m_credentials(std::make_unique<CredentialStore>())
    , m_tester(std::make_unique<CoreConnectionTester>(m_settings.get(), m_credentials.get()))
    , m_notificationTester(std::make_unique<CoreNotificationTester>(m_settings.get(), m_credentials.get()))
{}

DesktopLauncher::~DesktopLauncher()
{
    if (m_window && m_options.screenshotPath.isEmpty() && !m_options.demo) {
        QSettings settings;
        saveWindowLayout(m_window.get(), settings);
    }
    m_window.reset(); // before the session it shows
    m_services.reset();
}

bool DesktopLauncher::ensureAccount()
{
    if (m_settings->isComplete())
        return true;
    // First start: the account set-up comes before anything else.
    AccountDialog dialog(m_settings.get(), m_credentials.get(), m_tester.get());
    dialog.setNotificationTester(m_notificationTester.get());
    return dialog.exec() == QDialog::Accepted && m_settings->isComplete();
}

void DesktopLauncher::startNotifications(const NotificationSettings &settings)
{
    NotificationHookup::Config config;
    config.settings = settings;
    config.clientId = m_services->account().clientId;
    // A locked or empty keychain is said in the banner.
    NotificationHookup::withRelayKey(m_credentials.get(), config, this,
                                     [this](const NotificationHookup::Config &withKey, const CredentialError &error) {
                                         listenForNotifications(withKey);
                                         if (error.isError() && m_window && withKey.relayKey.isEmpty())
                                             m_window->setNotificationTrouble(
                                                 error.message(CredentialError::Audience::Desktop));
                                     });
}

void DesktopLauncher::listenForNotifications(const NotificationHookup::Config &config)
{
    NotificationHookup *hookup = m_services->listenForNotifications(config);
    if (!hookup)
        return;
    const auto show = [this, hookup] {
        if (!m_window)
            return;
        const auto state = hookup->listenerState();
        const bool trouble = !hookup->problem().isEmpty() || state == NotificationListener::State::Reconnecting
                             || state == NotificationListener::State::Failed;
        m_window->setNotificationTrouble(trouble ? hookup->stateText() : QString());
    };
    connect(hookup, &NotificationHookup::stateChanged, this, show);
    show();
}

bool DesktopLauncher::start(QString *error)
{
    Account account;
    QString callId = m_options.callId;
    MainWindow::Options windowOptions;
    if (m_options.demo) {
        m_demo = std::make_unique<DemoEnvironment>();
        if (!m_demo->start(error))
            return false;
        account = m_demo->account();
        windowOptions.demo = true;
        windowOptions.callbackUrl = m_demo->callbackUrl();
    } else {
        if (!ensureAccount()) {
            *error = QApplication::translate("DesktopLauncher", "Moderato needs an account to sign in with.");
            return false;
        }
        const auto endpoints = m_settings->endpoints(error);
        if (!endpoints)
            return false;
        account.endpoints = *endpoints;
        account.tenantId = m_settings->tenantId();
        account.clientId = m_settings->clientId();
        account.secrets = std::make_shared<KeychainSecretSource>(m_credentials.get(), m_settings->credentialKey());
        windowOptions.settings = m_settings.get();
        windowOptions.credentials = m_credentials.get();
        windowOptions.connectionTester = m_tester.get();
        windowOptions.notificationTester = m_notificationTester.get();
    }
    // The demo keeps its audit lines out of the user's real audit log, in the same directory.
    const QString auditPath = m_options.demo ? AuditLog::demoPath() : QString();
    m_services = std::make_unique<AppServices>(account, auditPath);
    windowOptions.auditLogPath = auditPath;
    AppServices *services = m_services.get();
    windowOptions.notificationCallback = [services] {
        return services->notifications() ? services->notifications()->callbackUrl() : QUrl();
    };
    windowOptions.meetingOptions = m_services->meetingOptions();
    if (!m_options.demo) {
        // The moderator's own Lock Down set, kept across restarts (the demo keeps the default).
        MeetingOptionsController *meetingOptions = m_services->meetingOptions();
        meetingOptions->setLockDownSet(LockDownSettings(m_settings->settings()).load());
        connect(meetingOptions, &MeetingOptionsController::lockDownSetChanged, this, [this, meetingOptions] {
            LockDownSettings(m_settings->settings()).save(meetingOptions->lockDownSet());
        });
    }
    m_window = std::make_unique<MainWindow>(m_services->session(), m_services->directory(), windowOptions);
    if (m_demo) {
        listenForNotifications(m_demo->notifications());
    } else {
        QSettings settings;
        startNotifications(NotificationSettings::loadEnsuringPath(settings));
        connect(m_window.get(), &MainWindow::accountSaved, this, [this] {
            QSettings saved;
            m_window->setNotificationTrouble({});
            startNotifications(NotificationSettings::loadEnsuringPath(saved));
        });
    }
    if (!m_options.screenshotPath.isEmpty()) {
        scheduleScreenshot(); // at the default size, not the remembered one
    } else if (!m_options.demo) {
        QSettings settings;
        restoreWindowLayout(m_window.get(), settings);
    }
    m_window->show();
    if (m_demo && callId.isEmpty()) {
        // The demo joins its meeting from the link, as a moderator would, and invites two people
        // once it is in.
        QString problem;
        const auto target = parseJoinTarget(m_demo->meetingLink(), &problem);
        if (!target) {
            *error = problem;
            return false;
        }
        m_window->join(*target, m_demo->meetingLink());
        CallSession *session = m_services->session();
        auto invited = std::make_shared<bool>(false);
        connect(session, &CallSession::refreshed, this, [session, invited, this] {
            if (!std::exchange(*invited, true))
                session->invite(m_demo->openingInvitations());
        });
    } else if (!callId.isEmpty()) {
        m_services->session()->open(callId);
    } else if (m_options.screenshotPath.isEmpty()) {
        // The first thing an empty window offers.
        QTimer::singleShot(0, m_window.get(), &MainWindow::showJoinDialog);
    }
    return true;
}

void DesktopLauncher::scheduleScreenshot()
{
    CallSession *session = m_services->session();
    connect(session, &CallSession::refreshed, this, [this] {
        // Let the view lay out the new rows (and the call's subject arrive) before the picture.
        QTimer::singleShot(400, this, &DesktopLauncher::saveScreenshot);
    });
    connect(session, &CallSession::sessionError, this,
            [this] { QTimer::singleShot(100, this, &DesktopLauncher::saveScreenshot); });
    QTimer::singleShot(ScreenshotTimeoutMs, this, [this] {
        if (!m_screenshotTaken) {
            QTextStream(stderr) << "moderato: no roster arrived within " << ScreenshotTimeoutMs / 1000
                                << " s; no screenshot taken\n";
            QCoreApplication::exit(1);
        }
    });
}

void DesktopLauncher::saveScreenshot()
{
    if (std::exchange(m_screenshotTaken, true))
        return;
    const bool saved = m_window->grab().save(m_options.screenshotPath, "PNG");
    if (!saved)
        QTextStream(stderr) << "moderato: cannot write " << m_options.screenshotPath << '\n';
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace moderato
