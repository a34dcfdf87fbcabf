#pragma once
// Moderato's sign-in and Graph client wired as the application wires them, pointed at a simulator
// (or any Graph root) on loopback, and the one way tests send a /_sim/ hook. Used by the session,
// Graph and UI harnesses and by the benchmarks.

#include "core/auth/cloud.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace moderato {
class FixedSecretSource;
class GraphClient;
class TokenProvider;
} // namespace moderato

namespace testsupport {

//! What a /_sim/ hook (or any request sent with simHook()) answered.
struct HookAnswer
{
    bool finished = false; //!< false: no answer within the time allowed
    int status = 0;
    QByteArray body;

    bool ok() const { return finished && status >= 200 && status < 300; }
    QJsonObject json() const;
};

//! Sends \a verb \a pathAndQuery (appended to \a base) with a JSON \a body through \a network and
//! runs the event loop until it is answered or \a timeoutMs passed.
HookAnswer simHook(QNetworkAccessManager &network, const QUrl &base, const QByteArray &verb,
                   const QString &pathAndQuery, const QByteArray &body = {}, int timeoutMs = 5000);

//! The options of the first online meeting the simulator holds (GET /_sim/onlineMeetings).
QJsonObject firstMeetingOptions(QNetworkAccessManager &network, const QUrl &base);

//! Who signs in.
struct TestAccount
{
    QString tenantId;
    QString clientId;
    QString secret;
};

//! A token provider and a Graph client for \a account against \a base (its own cloud: token and
//! Graph roots both at \a base), on \a network. Check ok() (and error()) first.
class SignedInCore
{
public:
    SignedInCore(QNetworkAccessManager *network, const QUrl &base, const TestAccount &account);
    ~SignedInCore();

    bool ok() const { return m_client != nullptr; }
    QString error() const { return m_error; }
    const moderato::CloudEndpoints &endpoints() const { return m_endpoints; }
    moderato::TokenProvider *tokens() const { return m_tokens.get(); }
    moderato::GraphClient *client() const { return m_client.get(); }

    //! Retries after 20 to 200 ms and a 5 s transfer timeout, so that fault tests run quickly.
    void useQuickRetries();

private:
    moderato::CloudEndpoints m_endpoints;
    std::unique_ptr<moderato::FixedSecretSource> m_secret;
    std::unique_ptr<moderato::TokenProvider> m_tokens;
    std::unique_ptr<moderato::GraphClient> m_client;
    QString m_error;
};

} // namespace testsupport
