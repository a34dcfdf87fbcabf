#include "app/core_notification_tester.h"

#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "core/calls/notification_path_test.h"

#include <QPointer>

namespace moderato {

namespace {

void runPathTest(QNetworkAccessManager *nam, const NotificationHookup::Config &config, QObject *context,
                 const NotificationTester::Callback &done)
{
    // Owned by the context: closing the dialog ends the test and its listener.
    auto *test = new NotificationPathTest(nam, config, context);
    QPointer<NotificationPathTest> guard(test);
    test->run([guard, done](const NotificationPathTest::Result &result) {
        done(result.ok, result.text);
        if (guard)
            guard->deleteLater();
    });
}

} // namespace

CoreNotificationTester::CoreNotificationTester(AccountSettings *settings, CredentialStore *credentials)
    : m_settings(settings)
    , m_credentials(credentials)
{}

void CoreNotificationTester::test(const NotificationSettings &settings, const QString &typedRelayKey, QObject *context,
                                  Callback done)
{
    NotificationHookup::Config config;
    config.settings = settings;
    config.clientId = m_settings->clientId();
    config.relayKey = typedRelayKey.toUtf8();
    NotificationHookup::withRelayKey(
        m_credentials, config, context,
        [this, context, done](const NotificationHookup::Config &withKey, const CredentialError &) {
            runPathTest(&m_nam, withKey, context, done);
        });
}

} // namespace moderato
