#pragma once
// A secret source that answers on the next turn of the event loop, as the keychain does, and
// counts how often it was asked.

#include "core/auth/secret_source.h"

#include <QTimer>

namespace testsupport {

class CountingSecretSource : public moderato::SecretSource
{
public:
    explicit CountingSecretSource(const QString &secret)
        : m_secret(secret)
    {}

    int fetches = 0;
    QString error; //!< when set, each fetch fails with it

    void fetchSecret(QObject *context, SecretCallback callback) override
    {
        ++fetches;
        QTimer::singleShot(0, context, [this, callback] { callback(error.isEmpty() ? m_secret : QString(), error); });
    }

private:
    QString m_secret;
};

} // namespace testsupport
