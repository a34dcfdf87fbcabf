#pragma once
// The account dialog's notification "Test", done with core's NotificationPathTest.

#include "ui/notification_tester.h"

#include <QNetworkAccessManager>

namespace moderato {

class AccountSettings;
class CredentialStore;

class CoreNotificationTester : public NotificationTester
{
public:
    //! The app's client id comes from \a settings, a stored relay key from \a credentials. Nothing is owned.
    CoreNotificationTester(AccountSettings *settings, CredentialStore *credentials);
    void test(const NotificationSettings &settings, const QString &typedRelayKey, QObject *context,
              Callback done) override;

private:
    AccountSettings *m_settings;
    CredentialStore *m_credentials;
    QNetworkAccessManager m_nam;
};

} // namespace moderato
