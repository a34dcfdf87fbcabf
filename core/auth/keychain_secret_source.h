#pragma once
#include "core/auth/secret_source.h"

namespace moderato {

class CredentialStore;

//! Reads the client secret from the keychain each time a token is needed.
class KeychainSecretSource : public SecretSource
{
public:
    //! \a store is not owned. \a key as CredentialStore::keyFor() makes it.
    KeychainSecretSource(CredentialStore *store, const QString &key);

    void fetchSecret(QObject *context, SecretCallback callback) override;

private:
    CredentialStore *m_store;
    QString m_key;
};

} // namespace moderato
