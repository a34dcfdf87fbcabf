#include "core/calls/notification_hookup.h"

#include "core/auth/credential_store.h"
#include "core/calls/call_session.h"
#include "core/notifications/local_listener.h"
#include "core/notifications/notification_receiver.h"
#include "core/notifications/notification_token_verifier.h"
#include "core/notifications/openid_key_cache.h"
#include "core/notifications/relay_listener.h"

namespace moderato {

namespace {

NotificationListener *makeListener(const NotificationHookup::Config &config, QObject *parent)
{
    const NotificationSettings &s = config.settings;
    switch (s.mode) {
    case NotificationSettings::Mode::Relay: {
        RelayListenerConfig relay;
        relay.relayNamespace = s.relayNamespace.toLower();
        relay.hybridConnection = s.relayPath;
        relay.keyName = s.relayKeyName;
        relay.key = config.relayKey;
        relay.relayAddress = s.relayUrl;
        return new RelayListener(relay, parent);
    }
    case NotificationSettings::Mode::OwnAddress: {
        LocalListenerConfig local;
        local.address = s.listenHost;
        local.port = s.listenPort;
        local.publicUrl = s.publicUrl;
        return new LocalListener(local, parent);
    }
    case NotificationSettings::Mode::None: break;
    }
    return nullptr;
}

} // namespace

NotificationHookup::NotificationHookup(CallSession *session, QNetworkAccessManager *nam, const Config &config,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_problem(config.settings.problem())
{
    if (config.settings.mode == NotificationSettings::Mode::None || !m_problem.isEmpty())
        return;
    if (config.settings.mode == NotificationSettings::Mode::Relay && config.relayKey.isEmpty()) {
        m_problem = tr("The relay's key is not in the keychain: enter it in Account….");
        return;
    }
    m_listener = makeListener(config, this);
    const QUrl openId =
        config.settings.openIdUrl.isEmpty() ? OpenIdKeyCache::defaultConfigurationUrl() : config.settings.openIdUrl;
    m_keys = new OpenIdKeyCache(nam, openId, this);
    m_verifier = new NotificationTokenVerifier(m_keys, config.clientId, this);
    QPointer<NotificationTokenVerifier> verifier = m_verifier;
    m_receiver = new NotificationReceiver(
        m_listener,
        [verifier](const QByteArray &authorization, std::function<void(bool, const QString &)> done) {
            if (!verifier) {
                done(false, tr("Moderato is closing."));
                return;
            }
            verifier->verify(authorization, [done](const NotificationTokenVerifier::Result &result) {
                done(result.ok(), result.reason);
            });
        },
        this);
    if (!config.receiverPath.isEmpty())
        m_receiver->setPath(config.receiverPath);
    else if (!config.settings.receiverPath.isEmpty())
        m_receiver->setPath(config.settings.receiverPath);
    m_receiver->setCallFilter([this](const QString &callId) {
        return m_session && (m_session->isFollowing(callId) || m_session->isAwaitingCallId());
    });
    connect(m_receiver, &NotificationReceiver::notificationsReceived, this,
            [this](const QList<CommsNotification> &notifications) {
                if (m_session)
                    m_session->applyNotifications(notifications);
            });
    connect(m_receiver, &NotificationReceiver::stateChanged, this, [this] {
        if (m_session)
            m_session->setNotificationsListening(isListening());
        Q_EMIT stateChanged();
    });
}

void NotificationHookup::withRelayKey(CredentialStore *credentials, Config config, QObject *context,
                                      std::function<void(const Config &, const CredentialError &)> done)
{
    if (config.settings.mode != NotificationSettings::Mode::Relay || !config.relayKey.isEmpty()) {
        done(config, CredentialError());
        return;
    }
    credentials->readSecret(config.settings.relayKeyCredential(), context,
                            [config, done](const QString &key, const CredentialError &error) mutable {
                                config.relayKey = key.toUtf8();
                                done(config, error);
                            });
}

NotificationHookup::~NotificationHookup()
{
    stop();
}

void NotificationHookup::start()
{
    if (m_receiver)
        m_receiver->start();
}

void NotificationHookup::stop()
{
    if (m_receiver)
        m_receiver->stop();
    if (m_session)
        m_session->setNotificationsListening(false);
}

QUrl NotificationHookup::callbackUrl() const
{
    return m_receiver ? m_receiver->callbackUrl() : QUrl();
}

QString NotificationHookup::receiverPath() const
{
    return m_receiver ? m_receiver->path() : QString();
}

bool NotificationHookup::isListening() const
{
    return m_receiver && m_receiver->isListening();
}

NotificationListener::State NotificationHookup::listenerState() const
{
    return m_listener ? m_listener->state() : NotificationListener::State::Stopped;
}

QString NotificationHookup::stateText() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    return m_receiver ? m_receiver->stateText() : QString();
}

} // namespace moderato
