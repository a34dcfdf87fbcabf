#pragma once
// The account dialog's "Test connection", done with core's token provider.

#include "ui/connection_tester.h"

#include <QNetworkAccessManager>

namespace moderato {

class AccountSettings;
class CredentialStore;

class CoreConnectionTester : public ConnectionTester
{
public:
    //! Custom Graph/login URLs come from \a settings; the secret from the request or else the
    //! keychain. Nothing is owned.
    CoreConnectionTester(AccountSettings *settings, CredentialStore *credentials);
    void test(const ConnectionTestRequest &request, QObject *context, Callback done) override;

private:
    AccountSettings *m_settings;
    CredentialStore *m_credentials;
    QNetworkAccessManager m_nam;
};

} // namespace moderato
