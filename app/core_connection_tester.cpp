#include "app/core_connection_tester.h"

#include "core/auth/account_settings.h"
#include "core/auth/credential_store.h"
#include "core/auth/fixed_secret_source.h"
#include "core/auth/keychain_secret_source.h"
#include "core/auth/token_claims.h"
#include "core/auth/token_provider.h"

#include <memory>

namespace moderato {

CoreConnectionTester::CoreConnectionTester(AccountSettings *settings, CredentialStore *credentials)
    : m_settings(settings)
    , m_credentials(credentials)
{}

void CoreConnectionTester::test(const ConnectionTestRequest &request, QObject *context, Callback done)
{
    CloudEndpoints endpoints = CloudEndpoints::forCloud(request.cloud);
    if (m_settings && m_settings->cloud() == request.cloud && !m_settings->customGraphUrl().isEmpty()) {
        if (const auto custom = m_settings->endpoints())
            endpoints = *custom;
    }
    std::shared_ptr<SecretSource> secrets;
    if (!request.secret.isEmpty())
        secrets = std::make_shared<FixedSecretSource>(request.secret);
    else
        secrets = std::make_shared<KeychainSecretSource>(
            m_credentials, CredentialStore::keyFor(request.cloud, request.tenantId, request.clientId));
    auto tokens = std::make_shared<TokenProvider>(&m_nam, endpoints, request.tenantId, request.clientId, secrets.get());
    tokens->requestToken(context, [tokens, secrets, done](const QString &token, const GraphError &error) {
        ConnectionTestResult result;
        result.signedIn = !token.isEmpty();
        if (result.signedIn) {
            result.grantedRoles = tokenRoles(token);
        } else {
            result.message = error.userMessage();
            result.details = error.diagnostics();
        }
        done(result);
        // The provider is still on the stack of its own callback: release it afterwards.
        QMetaObject::invokeMethod(
            tokens.get(), [tokens, secrets] {}, Qt::QueuedConnection);
    });
}

} // namespace moderato
