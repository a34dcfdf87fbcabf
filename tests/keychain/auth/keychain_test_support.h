#pragma once
// Helpers for the keychain tests: waiting for CredentialStore callbacks and scanning files.

#include "core/auth/credential_store.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <memory>
#include <optional>

namespace keychaintest {

struct ReadResult {
    QString secret;
    moderato::CredentialError error;
};

inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

inline std::optional<ReadResult> read(moderato::CredentialStore &store, const QString &key) {
    auto result = std::make_shared<std::optional<ReadResult>>();
    QObject context;
    store.readSecret(key, &context,
                     [result](const QString &secret, const moderato::CredentialError &error) {
                         *result = ReadResult{secret, error};
                     });
    waitFor([result] { return result->has_value(); });
    return *result;
}

inline std::optional<moderato::CredentialError> write(moderato::CredentialStore &store,
                                                      const QString &key, const QString &secret) {
    auto result = std::make_shared<std::optional<moderato::CredentialError>>();
    QObject context;
    store.writeSecret(key, secret, &context,
                      [result](const moderato::CredentialError &error) { *result = error; });
    waitFor([result] { return result->has_value(); });
    return *result;
}

inline std::optional<moderato::CredentialError> remove(moderato::CredentialStore &store,
                                                       const QString &key) {
    auto result = std::make_shared<std::optional<moderato::CredentialError>>();
    QObject context;
    store.deleteSecret(key, &context,
                       [result](const moderato::CredentialError &error) { *result = error; });
    waitFor([result] { return result->has_value(); });
    return *result;
}

//! Files under \a roots (recursively) whose bytes contain \a secret in UTF-8, UTF-16 or base64.
inline QStringList filesContaining(const QStringList &roots, const QString &secret) {
    const QList<QByteArray> needles{
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
        secret.toUtf8().toBase64()};
    QStringList found;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QDir(root).exists())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles) {
                if (bytes.contains(needle)) {
                    found << path;
                    break;
                }
            }
        }
    }
    return found;
}

inline QStringList userDirectories() {
    QStringList roots;
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                             "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        roots << qEnvironmentVariable(name);
    roots.removeAll(QString());
    roots.removeDuplicates();
    return roots;
}

} // namespace keychaintest
