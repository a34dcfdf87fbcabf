#include "support/signed_in_core.h"

#include "core/auth/fixed_secret_source.h"
#include "core/auth/token_provider.h"
#include "core/graph/graph_client.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace testsupport {

QJsonObject HookAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HookAnswer simHook(QNetworkAccessManager &network, const QUrl &base, const QByteArray &verb,
                   const QString &pathAndQuery, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(QUrl(base.toString() + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        body.isEmpty() ? network.sendCustomRequest(request, verb) : network.sendCustomRequest(request, verb, body);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HookAnswer answer;
    answer.finished = reply->isFinished();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.finished)
        answer.body = reply->readAll();
    else
        reply->abort();
    reply->deleteLater();
    return answer;
}

QJsonObject firstMeetingOptions(QNetworkAccessManager &network, const QUrl &base)
{
    return simHook(network, base, "GET", QStringLiteral("/_sim/onlineMeetings"))
        .json()
        .value(QLatin1String("onlineMeetings"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("options"))
        .toObject();
}

SignedInCore::SignedInCore(QNetworkAccessManager *network, const QUrl &base, const TestAccount &account)
{
    const auto endpoints = moderato::CloudEndpoints::custom(base, base, &m_error);
    if (!endpoints)
        return;
    m_endpoints = *endpoints;
    m_secret = std::make_unique<moderato::FixedSecretSource>(account.secret);
    m_tokens = std::make_unique<moderato::TokenProvider>(network, m_endpoints, account.tenantId, account.clientId,
                                                         m_secret.get());
    m_client = std::make_unique<moderato::GraphClient>(network, m_tokens.get(), m_endpoints.graphRoot);
}

SignedInCore::~SignedInCore()
{
    m_client.reset(); // it asks the token provider
    m_tokens.reset();
}

void SignedInCore::useQuickRetries()
{
    moderato::RetryPolicy policy;
    policy.backoffBase = std::chrono::milliseconds(20);
    policy.backoffCap = std::chrono::milliseconds(200);
    m_tokens->setRetryPolicy(policy);
    m_client->setRetryPolicy(policy);
    m_client->setTransferTimeout(std::chrono::milliseconds(5000));
}

} // namespace testsupport
