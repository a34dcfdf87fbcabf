#include "core/auth/credential_store.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace moderato {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

template <typename Job> Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file: no keychain means no stored secret
    job->setKey(key);
    return job;
}

} // namespace

QString CredentialError::message(Audience audience) const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::NotFound:
        // A locked keyring whose unlock prompt cannot be shown also reads as "not found".
        return QCoreApplication::translate(
            "moderato::CredentialError",
            "No client secret is stored for this account (or the keyring is locked). Sign in "
            "with the "
            "secret once to store it, or unlock the login keyring.");
    case Kind::NoKeychain:
        if (audience == Audience::Desktop)
            return QCoreApplication::translate(
                "moderato::CredentialError",
                "No keychain is available: no Secret Service answers on the session D-Bus. "
                "Install and start gnome-keyring (or KWallet) in your desktop session, then open "
                "this dialog again.");
        return QCoreApplication::translate(
            "moderato::CredentialError", "No keychain is available: no Secret Service answers on the session D-Bus. "
                                         "Install and start "
                                         "gnome-keyring (or KWallet) in your desktop session, or give the secret with "
                                         "--secret-stdin.");
    case Kind::Locked:
        return QCoreApplication::translate(
            "moderato::CredentialError",
            "The keychain is locked. Unlock the login keyring (or accept the unlock prompt) "
            "and try again.");
    case Kind::MissingCollection:
        return QCoreApplication::translate(
            "moderato::CredentialError",
            "The keychain has no default keyring. Create one (for example the \"login\" keyring in "
            "Passwords and Keys / Seahorse) and try again.");
    case Kind::AccessDenied:
        return QCoreApplication::translate("moderato::CredentialError",
                                           "The keychain refused access to Moderato's secret. Allow access in the "
                                           "keychain's prompt "
                                           "or settings and try again.");
    case Kind::Other:
        return QCoreApplication::translate("moderato::CredentialError", "The keychain reported an error: %1")
            .arg(detail);
    }
    return {};
}

CredentialError CredentialError::classify(int keychainError, const QString &errorString)
{
    CredentialError error;
    error.detail = errorString;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError: error.detail.clear(); return error;
    case QKeychain::EntryNotFound: error.kind = Kind::NotFound; return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: error.kind = Kind::NoKeychain; return error;
    case QKeychain::AccessDeniedByUser: error.kind = Kind::Locked; return error;
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }

    if (containsAny(errorString, {"org.freedesktop.secrets was not provided", "not provided by any .service files",
                                  "No such interface", "ServiceUnknown", "Could not connect", "autolaunch",
                                  "Failed to connect to socket", "Not connected to D-Bus", "Cannot open D-Bus",
                                  "Could not connect to D-Bus"})
        && errorString.length() < 1024 && !containsAny(errorString, {"locked", "dismissed"})) {
        error.kind = Kind::NoKeychain;
    } else if (containsAny(errorString, {"locked", "dismissed", "prompt"})) {
        error.kind = Kind::Locked;
    } else if (containsAny(errorString, {"collection"})
               && containsAny(errorString, {"not exist", "No such", "not found", "missing"})) {
        error.kind = Kind::MissingCollection;
    } else if (keychainError == QKeychain::AccessDenied) {
        error.kind = Kind::AccessDenied;
    } else {
        error.kind = Kind::Other;
    }
    return error;
}

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{}

QString CredentialStore::keyFor(Cloud cloud, const QString &tenantId, const QString &clientId)
{
    return cloudName(cloud) + QLatin1Char('/') + tenantId.trimmed().toLower() + QLatin1Char('/')
           + clientId.trimmed().toLower();
}

void CredentialStore::readSecret(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const CredentialError error = CredentialError::classify(read->error(), read->errorString());
        QString secret = error.isError() ? QString() : read->textData();
        if (!error.isError() && secret.isEmpty()) {
            callback(QString(), CredentialError{CredentialError::Kind::NotFound, QString()});
            return;
        }
        callback(secret, error);
    });
    job->start();
}

void CredentialStore::writeSecret(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        callback(CredentialError::classify(finished->error(), finished->errorString()));
    });
    job->start();
}

void CredentialStore::deleteSecret(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        callback(CredentialError::classify(finished->error(), finished->errorString()));
    });
    job->start();
}

} // namespace moderato
