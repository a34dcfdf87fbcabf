#pragma once
// NotificationReceiver: what stands between a listener and the session. Each request must come
// to Moderato's unguessable path and carry a token that verifies; only then is it answered 202
// and its notifications handed on (after the answer has gone). Everything else gets 401, changes
// nothing and is counted. Notifications for calls this process does not have are acknowledged,
// dropped and counted too: on a shared hybrid connection, they mean another listener is there.

#include "core/notifications/comms_notification.h"
#include "core/notifications/notification_listener.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace moderato {

class NotificationReceiver : public QObject
{
    Q_OBJECT
public:
    //! Checks an Authorization header value and answers once: ok, or why not (never the token).
    using Verifier =
        std::function<void(const QByteArray &authorization, std::function<void(bool ok, const QString &why)> done)>;
    //! Whether a call id is one this process has open (or is joining).
    using CallFilter = std::function<bool(const QString &callId)>;

    //! Neither \a listener nor its lifetime is owned.
    NotificationReceiver(NotificationListener *listener, Verifier verifier, QObject *parent = nullptr);

    void setCallFilter(CallFilter filter) { m_isOurCall = std::move(filter); }
    void start();
    void stop();

    //! The callbackUri to give Graph when joining: the listener's public URL and Moderato's
    //! unguessable path below it. Empty while the listener has no public URL.
    QUrl callbackUrl() const;
    //! Moderato's path below the listener's address ("/moderato/<128 random bits>"). A receiver
    //! that replaces another (new settings mid-call) takes over its path, so that the callbackUri
    //! the current call was joined with keeps working.
    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    NotificationListener *listener() const { return m_listener; }
    bool isListening() const;

    qint64 accepted() const { return m_accepted; }
    qint64 refused() const { return m_refused; }
    //! Verified notifications about calls this process does not have.
    qint64 foreign() const { return m_foreign; }
    //! The listener's sentence, and what was refused or looks shared.
    QString stateText() const;
    //! The next POST to Moderato's path with header "X-Moderato-Probe: \a nonce" is answered 204
    //! and reported by probeReceived(), changing nothing: it proves that the public address
    //! reaches this process (the account dialog's Test). Only one nonce, used once.
    void expectProbe(const QByteArray &nonce) { m_probeNonce = nonce; }

Q_SIGNALS:
    //! Verified notifications about calls this process has (answered 202 already).
    void notificationsReceived(const QList<moderato::CommsNotification> &notifications);
    void stateChanged();
    void probeReceived();

private:
    void handle(const IncomingRequest &request, const NotificationListener::Responder &respond);
    void refuse(const NotificationListener::Responder &respond, int status, const QString &why);
    void deliver(const CommsNotificationBatch &batch);

    QPointer<NotificationListener> m_listener;
    Verifier m_verify;
    CallFilter m_isOurCall;
    QString m_path; //!< "/moderato/<128 random bits>"
    QByteArray m_probeNonce;
    qint64 m_accepted = 0;
    qint64 m_refused = 0;
    qint64 m_foreign = 0;
};

} // namespace moderato
