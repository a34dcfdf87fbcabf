#include "core/auth/keychain_secret_source.h"

#include "core/auth/credential_store.h"

namespace moderato {

KeychainSecretSource::KeychainSecretSource(CredentialStore *store, const QString &key)
    : m_store(store)
    , m_key(key)
{}

void KeychainSecretSource::fetchSecret(QObject *context, SecretCallback callback)
{
    m_store->readSecret(m_key, context,
                        [callback = std::move(callback)](const QString &secret, const CredentialError &error) {
                            callback(secret, error.isError() ? error.message() : QString());
                        });
}

} // namespace moderato
