#pragma once
#include <QString>

#include <functional>

class QObject;

namespace moderato {

//! Where TokenProvider gets the client secret each time it needs a token. The secret is not
//! kept by the token provider afterwards.
class SecretSource
{
public:
    using SecretCallback = std::function<void(const QString &secret, const QString &error)>;

    virtual ~SecretSource() = default;

    //! Calls \a callback later (never synchronously) on \a context's thread with the secret, or
    //! with an empty secret and a sentence for the moderator; not at all if \a context dies first.
    virtual void fetchSecret(QObject *context, SecretCallback callback) = 0;
};

} // namespace moderato
