#pragma once
#include "core/auth/secret_source.h"

namespace moderato {

//! A secret given once (read from standard input by --secret-stdin, or the demo's simulator
//! secret). Overwritten in memory when destroyed.
class FixedSecretSource : public SecretSource
{
public:
    explicit FixedSecretSource(const QString &secret);
    ~FixedSecretSource() override;
    FixedSecretSource(const FixedSecretSource &) = delete;
    FixedSecretSource &operator=(const FixedSecretSource &) = delete;

    void fetchSecret(QObject *context, SecretCallback callback) override;

private:
    QString m_secret;
};

//! Overwrites the characters of \a text (if it is not shared) and empties it.
void scrub(QString &text);
//! Overwrites the bytes of \a bytes (if it is not shared) and empties it.
void scrub(QByteArray &bytes);

} // namespace moderato
