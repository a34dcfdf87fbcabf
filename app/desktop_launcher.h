#pragma once
// Starts the desktop app: options, translations, the account (or the demo), the main window,
// and --screenshot.

#include "core/calls/notification_hookup.h"

#include <QObject>
#include <QString>

#include <memory>

class QApplication;

namespace moderato {

class AccountSettings;
class AppServices;
class CoreConnectionTester;
class CoreNotificationTester;
class CredentialStore;
class DemoEnvironment;
class MainWindow;

struct LaunchOptions
{
    bool demo = false;
    QString callId;
    QString screenshotPath;
    QString language;
};

class DesktopLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DesktopLauncher(const LaunchOptions &options);
    ~DesktopLauncher() override;

    MainWindow *window() const { return m_window.get(); }
    //! Builds the window and opens the call. Returns false (with \a error) when it cannot start.
    bool start(QString *error);

private:
    bool ensureAccount();
    void scheduleScreenshot();
    //! Hears Graph's notifications as \a settings say (reading the relay's key first).
    void startNotifications(const NotificationSettings &settings);
    void listenForNotifications(const NotificationHookup::Config &config);
    void saveScreenshot();

    LaunchOptions m_options;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<CoreConnectionTester> m_tester;
    std::unique_ptr<CoreNotificationTester> m_notificationTester;
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    bool m_screenshotTaken = false;
};

} // namespace moderato
