#include "core/calls/notification_path_test.h"

#include "core/notifications/notification_receiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace moderato {

NotificationPathTest::NotificationPathTest(QNetworkAccessManager *nam, const NotificationHookup::Config &config,
                                           QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
{}

NotificationPathTest::~NotificationPathTest() = default;

void NotificationPathTest::run(Callback done, int timeoutMs)
{
    m_done = std::move(done);
    if (m_config.settings.mode == NotificationSettings::Mode::None) {
        finish(false, tr("Notifications are off: choose the relay or your own address first."));
        return;
    }
    // A path of its own, so that a probe can never be taken for a running listener's traffic.
    m_config.receiverPath = NotificationSettings::newReceiverPath();
    m_hookup = std::make_unique<NotificationHookup>(nullptr, m_nam, m_config);
    if (!m_hookup->problem().isEmpty()) {
        finish(false, m_hookup->problem());
        return;
    }
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());
    m_nonce = nonce.toHex();
    m_hookup->receiver()->expectProbe(m_nonce);
    connect(m_hookup->receiver(), &NotificationReceiver::probeReceived, this, [this] { m_heard = true; });
    connect(m_hookup.get(), &NotificationHookup::stateChanged, this, [this] {
        if (m_sent || !m_done)
            return;
        if (m_hookup->isListening())
            sendProbe();
        else if (m_hookup->listenerState() == NotificationListener::State::Failed)
            finish(false, m_hookup->stateText());
        else if (m_hookup->listenerState() == NotificationListener::State::Reconnecting)
            // The test stops here: what the listener would retry is not part of its answer.
            finish(
                false,
                tr("The listener could not open: %1.").arg(m_hookup->stateText().section(QStringLiteral("; "), 0, 0)));
    });
    QTimer::singleShot(timeoutMs, this, [this] {
        finish(false, m_sent ? tr("The test request did not come back within the time allowed.")
                             : tr("The listener did not open in time: %1").arg(m_hookup->stateText()));
    });
    m_hookup->start();
}

void NotificationPathTest::sendProbe()
{
    m_sent = true;
    QUrl target = m_hookup->callbackUrl();
    const QUrl relayAddress = m_config.settings.relayUrl;
    if (m_config.settings.mode == NotificationSettings::Mode::Relay && !relayAddress.isEmpty()) {
        // The relay's network address stands in for the namespace's (the simulator's relay).
        target.setScheme(relayAddress.scheme() == QLatin1String("ws") ? QStringLiteral("http")
                                                                      : QStringLiteral("https"));
        target.setHost(relayAddress.host());
        target.setPort(relayAddress.port());
    }
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Moderato-Probe", m_nonce);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->post(request, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString address = m_hookup->callbackUrl().adjusted(QUrl::RemovePath).toString();
        if (status == 204 && m_heard) {
            finish(true, tr("Graph can reach Moderato: a test request to %1 came back to this computer.").arg(address));
        } else if (status == 401) {
            finish(false, tr("Another listener answered the test request to %1: each moderator's computer needs its "
                             "own hybrid connection (or tunnel).")
                              .arg(address));
        } else if (status == 0) {
            finish(false, tr("The test request to %1 failed: %2.").arg(address, reply->errorString()));
        } else {
            finish(false, tr("The test request to %1 was answered with HTTP %2 instead of reaching Moderato.")
                              .arg(address)
                              .arg(status));
        }
    });
}

void NotificationPathTest::finish(bool ok, const QString &text)
{
    if (!m_done)
        return;
    const Callback done = std::exchange(m_done, {});
    if (m_hookup)
        m_hookup->stop();
    done({ok, text});
}

} // namespace moderato
