#include "core/notifications/notification_receiver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNotifications, "moderato.notifications")

namespace moderato {

namespace {

QString randomPathSegment()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

NotificationReceiver::NotificationReceiver(NotificationListener *listener, Verifier verifier, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
    , m_verify(std::move(verifier))
    , m_path(QStringLiteral("/moderato/") + randomPathSegment())
{
    m_listener->setHandler([this](const IncomingRequest &request, const NotificationListener::Responder &respond) {
        handle(request, respond);
    });
    connect(m_listener, &NotificationListener::stateChanged, this, &NotificationReceiver::stateChanged);
}

void NotificationReceiver::start()
{
    if (m_listener)
        m_listener->start();
}

void NotificationReceiver::stop()
{
    if (m_listener)
        m_listener->stop();
}

bool NotificationReceiver::isListening() const
{
    return m_listener && m_listener->state() == NotificationListener::State::Listening;
}

QUrl NotificationReceiver::callbackUrl() const
{
    if (!m_listener)
        return {};
    QUrl url = m_listener->publicUrl();
    if (url.isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + m_path);
    return url;
}

QString NotificationReceiver::stateText() const
{
    QString text = m_listener ? m_listener->stateText() : QString();
    if (m_refused > 0)
        text += QLatin1Char(' ') + tr("%n notification(s) refused.", nullptr, int(qMin<qint64>(m_refused, INT_MAX)));
    if (m_foreign > 0)
        text += QLatin1Char(' ')
                + tr("Another listener shares this hybrid connection: each moderator's machine needs its own.");
    return text.trimmed();
}

void NotificationReceiver::handle(const IncomingRequest &request, const NotificationListener::Responder &respond)
{
    // The target is the path below the public URL; a query is never part of Moderato's path.
    const QString path = request.target.section(QLatin1Char('?'), 0, 0);
    if (request.method != "POST" || path != m_path) {
        refuse(respond, 401, tr("a request to another address"));
        return;
    }
    if (!m_probeNonce.isEmpty() && request.header("x-moderato-probe") == m_probeNonce) {
        m_probeNonce.clear();
        respond(204, {});
        Q_EMIT probeReceived();
        return;
    }
    const QByteArray body = request.body;
    QPointer<NotificationReceiver> self(this);
    m_verify(request.header("authorization"), [self, respond, body](bool ok, const QString &why) {
        if (!self) {
            respond(503, {});
            return;
        }
        if (!ok) {
            self->refuse(respond, 401, why);
            return;
        }
        QString error;
        auto batch = parseCommsNotifications(body, &error);
        if (!batch) {
            self->refuse(respond, 400, error);
            return;
        }
        respond(202, {});
        // Applied after the answer has gone: Graph waits for nobody.
        QTimer::singleShot(0, self, [self, batch = std::move(*batch)] {
            if (self)
                self->deliver(batch);
        });
    });
}

void NotificationReceiver::refuse(const NotificationListener::Responder &respond, int status, const QString &why)
{
    ++m_refused;
    qCWarning(lcNotifications) << "refused a notification:" << why; // never the token or the body
    respond(status, {});
    Q_EMIT stateChanged();
}

void NotificationReceiver::deliver(const CommsNotificationBatch &batch)
{
    for (const QString &skipped : batch.skipped)
        qCDebug(lcNotifications) << "skipped" << skipped;
    QList<CommsNotification> ours;
    bool foreignSeen = false;
    for (const CommsNotification &n : batch.notifications) {
        if (!m_isOurCall || m_isOurCall(n.callId))
            ours.append(n);
        else
            foreignSeen = true;
    }
    ++m_accepted;
    if (foreignSeen) {
        ++m_foreign;
        Q_EMIT stateChanged();
    }
    if (!ours.isEmpty())
        Q_EMIT notificationsReceived(ours);
}

} // namespace moderato
