#pragma once
// Helpers for the keychain tests: waiting for CredentialStore callbacks and scanning files.

#include "support/secret_scan.h"

#include "core/auth/credential_store.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <memory>
#include <optional>

namespace keychaintest {

struct ReadResult
{
    QString secret;
    moderato::CredentialError error;
};

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

inline std::optional<ReadResult> read(moderato::CredentialStore &store, const QString &key)
{
    auto result = std::make_shared<std::optional<ReadResult>>();
    QObject context;
    store.readSecret(key, &context, [result](const QString &secret, const moderato::CredentialError &error) {
        *result = ReadResult{secret, error};
    });
    waitFor([result] { return result->has_value(); });
    return *result;
}

inline std::optional<moderato::CredentialError> write(moderato::CredentialStore &store, const QString &key,
                                                      const QString &secret)
{
    auto result = std::make_shared<std::optional<moderato::CredentialError>>();
    QObject context;
    store.writeSecret(key, secret, &context, [result](const moderato::CredentialError &error) { *result = error; });
    waitFor([result] { return result->has_value(); });
    return *result;
}

inline std::optional<moderato::CredentialError> remove(moderato::CredentialStore &store, const QString &key)
{
    auto result = std::make_shared<std::optional<moderato::CredentialError>>();
    QObject context;
    store.deleteSecret(key, &context, [result](const moderato::CredentialError &error) { *result = error; });
    waitFor([result] { return result->has_value(); });
    return *result;
}

using testsupport::filesContaining;

inline QStringList userDirectories()
{
    QStringList roots;
    for (const char *name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        roots << qEnvironmentVariable(name);
    roots.removeAll(QString());
    roots.removeDuplicates();
    return roots;
}

} // namespace keychaintest
