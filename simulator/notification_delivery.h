// NotificationDelivery: posts what NotificationDispatcher has to tell to each call's callbackUri,
// signed with a notification token for the app that joined the call. A callbackUri on one of the
// scenario's hybrid connections goes through the relay emulation; an https address registered
// with POST /_sim/callbacks is posted to the local address it stands for (a user's own tunnel);
// any other address is counted as unreachable, as Graph cannot reach it either.
#pragma once

#include "simulator/notification_dispatcher.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace graphsim {

class NotificationTokens;
class RelayEmulator;
class Router;
class World;
struct CallState;

class NotificationDelivery : public QObject
{
    Q_OBJECT
public:
    //! What bearer token the next notifications carry (POST /_sim/notifications {"token": …}).
    enum class TokenKind { Valid, Expired, NotYetValid, WrongAudience, WrongIssuer, Forged, Unsigned, None };

    NotificationDelivery(World &world, NotificationTokens &tokens, RelayEmulator &relays, QObject *parent = nullptr);
    ~NotificationDelivery() override;

    //! Something in the world may have changed: compare and send soon (coalesced, from the event loop).
    void scheduleFlush();
    //! A new scenario: forget what was told, the callbacks registered and the counters.
    void reset();

    //! GET /_sim/notifications, POST /_sim/notifications, POST /_sim/callbacks (sim-hooks.md).
    void registerHooks(Router &router);
    QJsonObject snapshot() const;

private:
    void send(const CallState &call, const QUrl &callbackUri, const QByteArray &body);
    QByteArray tokenFor(const QString &clientId) const;
    QUrl localAddressOf(const QUrl &callbackUri) const;
    void count(int status);

    NotificationTokens &m_tokens;
    RelayEmulator &m_relays;
    NotificationDispatcher m_dispatcher;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, QUrl> m_callbacks; //!< public https prefix → local http prefix
    TokenKind m_tokenKind = TokenKind::Valid;
    bool m_paused = false;
    bool m_flushQueued = false;
    qint64 m_posted = 0;
    qint64 m_unreachable = 0;
    QHash<int, qint64> m_statuses;
};

} // namespace graphsim
