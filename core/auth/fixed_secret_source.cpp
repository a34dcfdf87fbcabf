#include "core/auth/fixed_secret_source.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace moderato {

void scrub(QString &text)
{
    // fill() detaches a shared string: then only our copy is overwritten, which is the best a
    // QString allows; unshared (the usual case here) it overwrites the one buffer.
    text.fill(QChar(0));
    text.clear();
}

void scrub(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

FixedSecretSource::FixedSecretSource(const QString &secret)
    : m_secret(secret)
{}

FixedSecretSource::~FixedSecretSource()
{
    scrub(m_secret);
}

void FixedSecretSource::fetchSecret(QObject *context, SecretCallback callback)
{
    QTimer::singleShot(0, context, [secret = m_secret, callback = std::move(callback)]() mutable {
        if (secret.isEmpty())
            callback(QString(), QCoreApplication::translate("FixedSecretSource", "No client secret was given."));
        else
            callback(secret, QString());
        scrub(secret);
    });
}

} // namespace moderato
