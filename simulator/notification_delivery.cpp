#include "simulator/notification_delivery.h"

#include "simulator/call_state.h"
#include "simulator/notification_tokens.h"
#include "simulator/odata.h"
#include "simulator/relay_emulator.h"
#include "simulator/router.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace graphsim {

namespace {

struct TokenKindName
{
    NotificationDelivery::TokenKind kind;
    const char *name;
};

constexpr TokenKindName kTokenKinds[] = {
    {NotificationDelivery::TokenKind::Valid, "valid"},
    {NotificationDelivery::TokenKind::Expired, "expired"},
    {NotificationDelivery::TokenKind::NotYetValid, "notYetValid"},
    {NotificationDelivery::TokenKind::WrongAudience, "wrongAudience"},
    {NotificationDelivery::TokenKind::WrongIssuer, "wrongIssuer"},
    {NotificationDelivery::TokenKind::Forged, "forged"},
    {NotificationDelivery::TokenKind::Unsigned, "unsigned"},
    {NotificationDelivery::TokenKind::None, "none"},
};

QString nameOf(NotificationDelivery::TokenKind kind)
{
    for (const TokenKindName &k : kTokenKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

//! An https prefix without query or fragment, ending without a slash.
QString prefixOf(const QUrl &url)
{
    QString text =
        url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash).toString(QUrl::FullyEncoded);
    return text;
}

} // namespace

NotificationDelivery::NotificationDelivery(World &world, NotificationTokens &tokens, RelayEmulator &relays,
                                           QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_relays(relays)
    , m_dispatcher(world)
    , m_network(new QNetworkAccessManager(this))
{
    m_dispatcher.setSender([this](const CallState &call, const QUrl &callbackUri, const QByteArray &body) {
        send(call, callbackUri, body);
    });
}

NotificationDelivery::~NotificationDelivery() = default;

void NotificationDelivery::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_flushQueued = false;
        if (!m_paused)
            m_dispatcher.flush();
    });
}

void NotificationDelivery::reset()
{
    m_dispatcher.reset();
    m_callbacks.clear();
    m_tokenKind = TokenKind::Valid;
    m_paused = false;
    m_posted = 0;
    m_unreachable = 0;
    m_statuses.clear();
}

QByteArray NotificationDelivery::tokenFor(const QString &clientId) const
{
    switch (m_tokenKind) {
    case TokenKind::Valid: return m_tokens.notificationToken(clientId);
    case TokenKind::Expired: return m_tokens.expiredToken(clientId);
    case TokenKind::NotYetValid: return m_tokens.notYetValidToken(clientId);
    case TokenKind::WrongAudience: return m_tokens.wrongAudienceToken(clientId);
    case TokenKind::WrongIssuer: return m_tokens.wrongIssuerToken(clientId);
    case TokenKind::Forged: return m_tokens.signer().signWithAnotherKey(m_tokens.claims(clientId));
    case TokenKind::Unsigned: return m_tokens.signer().unsignedToken(m_tokens.claims(clientId));
    case TokenKind::None: break;
    }
    return {};
}

QUrl NotificationDelivery::localAddressOf(const QUrl &callbackUri) const
{
    const QString target = prefixOf(callbackUri);
    for (auto it = m_callbacks.cbegin(); it != m_callbacks.cend(); ++it) {
        if (target == it.key() || target.startsWith(it.key() + QLatin1Char('/'))) {
            QUrl local(it.value().toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash)
                       + target.mid(it.key().size()));
            local.setQuery(callbackUri.query());
            return local;
        }
    }
    return {};
}

void NotificationDelivery::count(int status)
{
    ++m_statuses[status];
}

void NotificationDelivery::send(const CallState &call, const QUrl &callbackUri, const QByteArray &body)
{
    ++m_posted;
    const QByteArray token = tokenFor(call.ownerClientId);
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json; charset=utf-8"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    if (m_relays.isRelayAddress(callbackUri)) {
        m_relays.deliver(callbackUri, body, headers, [this](int status) { count(status); });
        return;
    }
    const QUrl local = localAddressOf(callbackUri);
    if (local.isEmpty()) {
        ++m_unreachable;
        return;
    }
    QNetworkRequest request(local);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        count(status); // 0: no answer at all
    });
}

QJsonObject NotificationDelivery::snapshot() const
{
    QJsonObject statuses;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonObject callbacks;
    for (auto it = m_callbacks.cbegin(); it != m_callbacks.cend(); ++it)
        callbacks.insert(it.key(), it.value().toString());
    return {{QStringLiteral("token"), nameOf(m_tokenKind)}, {QStringLiteral("paused"), m_paused},
            {QStringLiteral("posted"), m_posted},           {QStringLiteral("unreachable"), m_unreachable},
            {QStringLiteral("statuses"), statuses},         {QStringLiteral("callbacks"), callbacks}};
}

void NotificationDelivery::registerHooks(Router &router)
{
    router.add("GET", QStringLiteral("/_sim/notifications"), [this] { return HttpResponse::json(200, snapshot()); });
    router.add("POST", QStringLiteral("/_sim/notifications"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &context) {
                   const auto body = jsonObjectBody(r.body, false);
                   if (!body)
                       return invalidJsonPayload(context);
                   if (body->contains(QStringLiteral("token"))) {
                       const QString name = body->value(QStringLiteral("token")).toString();
                       bool known = false;
                       for (const TokenKindName &k : kTokenKinds) {
                           if (name == QLatin1String(k.name)) {
                               m_tokenKind = k.kind;
                               known = true;
                           }
                       }
                       if (!known)
                           return badRequest(QStringLiteral("Unknown token kind '%1'.").arg(name), context);
                   }
                   if (body->contains(QStringLiteral("paused"))) {
                       m_paused = body->value(QStringLiteral("paused")).toBool();
                       if (!m_paused)
                           scheduleFlush();
                   }
                   return HttpResponse::json(200, snapshot());
               });
    router.add("POST", QStringLiteral("/_sim/callbacks"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &context) {
                   const auto body = jsonObjectBody(r.body, false);
                   if (!body)
                       return invalidJsonPayload(context);
                   const QUrl publicUrl(body->value(QStringLiteral("publicUrl")).toString());
                   const QUrl localUrl(body->value(QStringLiteral("localUrl")).toString());
                   if (publicUrl.scheme() != QLatin1String("https") || publicUrl.host().isEmpty())
                       return badRequest(QStringLiteral("publicUrl must be an absolute https URL."), context);
                   if (localUrl.scheme() != QLatin1String("http") || localUrl.host().isEmpty())
                       return badRequest(QStringLiteral("localUrl must be an absolute http URL."), context);
                   m_callbacks.insert(prefixOf(publicUrl), localUrl);
                   return HttpResponse::json(200, snapshot());
               });
}

} // namespace graphsim
