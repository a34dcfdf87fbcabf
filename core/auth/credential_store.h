#pragma once
#include "core/auth/cloud.h"

#include <QObject>
#include <QString>

#include <functional>

namespace moderato {

//! Why the keychain could not do what was asked.
struct CredentialError
{
    enum class Kind {
        None,
        NotFound,          //!< no secret stored under that key
        NoKeychain,        //!< no Secret Service (gnome-keyring, KWallet) on the session bus
        Locked,            //!< the keyring is locked, or the unlock prompt was dismissed
        MissingCollection, //!< the default keyring/collection does not exist
        AccessDenied,
        Other,
    };
    Kind kind = Kind::None;
    QString detail; //!< the keychain's own words, for Details

    bool isError() const { return kind != Kind::None; }
    //! Who reads message(): the command line can take the secret on stdin instead, the
    //! desktop app cannot.
    enum class Audience { CommandLine, Desktop };

    //! A sentence saying what is wrong and how to fix it.
    QString message(Audience audience = Audience::CommandLine) const;
    //! Sorts a QtKeychain error (QKeychain::Error as int) and its text into a Kind.
    static CredentialError classify(int keychainError, const QString &errorString);
};

//! The client secret in the desktop keychain (Secret Service / KWallet via QtKeychain), under
//! service "Moderato" and key "<cloud>/<tenantId>/<clientId>". Only the secret is stored.
//! Every operation is an asynchronous job; the insecure file fallback is always off.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &secret, const CredentialError &error)>;
    using DoneCallback = std::function<void(const CredentialError &error)>;

    explicit CredentialStore(QObject *parent = nullptr, const QString &service = QStringLiteral("Moderato"));

    static QString keyFor(Cloud cloud, const QString &tenantId, const QString &clientId);
    QString service() const { return m_service; }

    //! Each callback runs once, on \a context's thread, unless \a context is destroyed first.
    void readSecret(const QString &key, QObject *context, ReadCallback callback);
    void writeSecret(const QString &key, const QString &secret, QObject *context, DoneCallback callback);
    void deleteSecret(const QString &key, QObject *context, DoneCallback callback);

private:
    QString m_service;
};

} // namespace moderato

Q_DECLARE_METATYPE(moderato::CredentialError)
