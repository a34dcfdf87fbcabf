#pragma once
// NotificationHookup: Graph's notifications for one CallSession, the way the settings say — the
// listener they name (an Azure Relay hybrid connection or a local port behind the user's own
// https address), Graph's signing keys, the token check and the receiver. The session gets what
// was verified and knows whether Moderato can hear; joins take callbackUrl() as their callbackUri.

#include "core/auth/notification_settings.h"
#include "core/notifications/notification_listener.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace moderato {

class CallSession;
class CredentialStore;
struct CredentialError;
class NotificationReceiver;
class NotificationTokenVerifier;
class OpenIdKeyCache;

class NotificationHookup : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        NotificationSettings settings;
        QByteArray relayKey;  //!< the hybrid connection's Listen key, from the keychain
        QString clientId;     //!< the app: the audience of every notification token
        QString receiverPath; //!< empty: a new unguessable path; else the one a previous hookup used
    };

    //! Nothing starts before start(); \a session and \a nam must outlive this object.
    NotificationHookup(CallSession *session, QNetworkAccessManager *nam, const Config &config,
                       QObject *parent = nullptr);
    ~NotificationHookup() override;

    //! Calls \a done with \a config, its relay key read from \a credentials first when the settings
    //! name a relay and no key was given (an empty key and the keychain's error when it could not be
    //! read). Unless \a context is destroyed first.
    static void withRelayKey(CredentialStore *credentials, Config config, QObject *context,
                             std::function<void(const Config &config, const CredentialError &error)> done);

    //! Why the settings cannot work (one sentence), or empty.
    QString problem() const { return m_problem; }
    void start();
    void stop();

    //! The callbackUri for joins: the listener's public address and Moderato's unguessable path.
    //! Empty when notifications are off or misconfigured.
    QUrl callbackUrl() const;
    bool isListening() const;
    NotificationListener::State listenerState() const;
    //! Where Moderato listens, or why it cannot, and what was refused.
    QString stateText() const;

    NotificationListener *listener() const { return m_listener; }
    NotificationReceiver *receiver() const { return m_receiver; }
    NotificationTokenVerifier *verifier() const { return m_verifier; }
    //! The receiver's unguessable path (empty when there is no receiver).
    QString receiverPath() const;

Q_SIGNALS:
    void stateChanged();

private:
    QPointer<CallSession> m_session;
    QString m_problem;
    NotificationListener *m_listener = nullptr;
    OpenIdKeyCache *m_keys = nullptr;
    NotificationTokenVerifier *m_verifier = nullptr;
    NotificationReceiver *m_receiver = nullptr;
};

} // namespace moderato
