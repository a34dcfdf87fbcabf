#pragma once
#include "core/auth/cloud.h"
#include "core/auth/token_error.h"
#include "core/graph/access_token_source.h"
#include "core/graph/http_exchange.h"
#include "core/graph/retry_policy.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace moderato {

class SecretSource;

//! Access tokens by the OAuth2 client-credentials grant at <loginRoot>/<tenant>/oauth2/v2.0/token.
//! The token lives in memory only and is renewed ahead of expiry (min(5 min, 10 % of its
//! lifetime) early); concurrent requestToken() calls share one token request. The secret is
//! fetched from the SecretSource for every token request and overwritten right after use.
//! Token requests are retried (bounded) after 5xx, 429 and network failures; AADSTS errors become
//! sentences (see aadstsSentence()). Neither the secret nor the token is ever logged.
class TokenProvider : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    //! Nothing passed in is owned.
    TokenProvider(QNetworkAccessManager *nam, const CloudEndpoints &endpoints, const QString &tenantId,
                  const QString &clientId, SecretSource *secrets, QObject *parent = nullptr);
    ~TokenProvider() override;

    void requestToken(QObject *context, TokenCallback callback) override;
    void invalidateToken(const QString &token) override;

    //! Forgets the cached token (sign-out).
    void clear();
    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    //! Token requests sent so far (each retry counts).
    int tokenRequestCount() const { return m_requestsSent; }
    SignInContext signInContext() const;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    //! How long before expiry a token is renewed: min(5 minutes, 10 % of \a lifetime).
    static std::chrono::seconds renewalMargin(std::chrono::seconds lifetime);

Q_SIGNALS:
    void tokenFailed(const moderato::GraphError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };
    QDateTime now() const;
    void startFetch();
    void postTokenRequest(QString secret);
    void onAnswered(const HttpAnswer &answer);
    bool retryLater(const GraphError &error);
    void completeAll(const QString &token, const GraphError &error);

    QNetworkAccessManager *m_nam;
    CloudEndpoints m_endpoints;
    QString m_tenantId;
    QString m_clientId;
    SecretSource *m_secrets;
    Clock m_clock;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_timeout{30000};

    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_renewAt;
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    int m_retries = 0;
    int m_requestsSent = 0;
    int m_fetchSerial = 0;
    HttpExchange m_exchange;
    QTimer m_retryTimer;
};

} // namespace moderato
