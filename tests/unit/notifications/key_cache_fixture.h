#pragma once
// The signing-key cache against a scripted network: an OpenID configuration and a key set with
// one test key ("k1"), answers a test may replace, and a clock the test moves.

#include "core/notifications/openid_key_cache.h"
#include "unit/graph/fake_network.h"
#include "unit/notifications/test_rsa_key.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <optional>

namespace testing {

inline const QUrl ConfigurationUrl(QStringLiteral("https://keys.test/v1/.well-known/OpenIdConfiguration"));
inline const QString KeysUrl = QStringLiteral("https://keys.test/v1/keys");
inline const QDateTime Start(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

//! Made once: key generation takes a while.
inline const TestRsaKey &signingKey()
{
    static const TestRsaKey key(2048);
    return key;
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! One findKey(), with whether it answered before returning.
struct Answer
{
    bool immediate = false;
    std::optional<moderato::KeyLookup> lookup;
};

class KeyCacheFixture
{
public:
    //! A fresh network, configuration and key set (call from init()).
    void reset()
    {
        now = Start;
        configuration =
            QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://api.botframework.com")},
                        {QStringLiteral("jwks_uri"), KeysUrl},
                        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}}};
        keys = QJsonArray{signingKey().jwk(QStringLiteral("k1"))};
        replaceAnswer = nullptr;
        cache.reset();
        network = std::make_unique<FakeNetwork>();
        network->handler = [this](const RecordedRequest &request) {
            if (replaceAnswer) {
                if (std::optional<FakeResponse> response = replaceAnswer(request))
                    return *response;
            }
            if (request.url == ConfigurationUrl)
                return FakeResponse::json(200, json(configuration));
            if (request.url.toString() == configuration.value(QLatin1String("jwks_uri")).toString())
                return FakeResponse::json(200, json(QJsonObject{{QStringLiteral("keys"), keys}}));
            return FakeResponse::json(404, "{}");
        };
    }
    //! Call from cleanup().
    void clear()
    {
        cache.reset();
        network.reset();
    }

    moderato::OpenIdKeyCache &makeCache(const QUrl &url = ConfigurationUrl)
    {
        cache = std::make_unique<moderato::OpenIdKeyCache>(network.get(), url);
        cache->setClock([this] { return now; });
        return *cache;
    }

    Answer find(const QString &kid)
    {
        auto answer = std::make_shared<Answer>();
        auto returned = std::make_shared<bool>(false);
        cache->findKey(kid, [answer, returned](const moderato::KeyLookup &lookup) {
            answer->immediate = !*returned;
            answer->lookup = lookup;
        });
        *returned = true;
        return *answer;
    }

    moderato::KeyLookup findAndWait(const QString &kid)
    {
        std::optional<moderato::KeyLookup> result;
        cache->findKey(kid, [&result](const moderato::KeyLookup &lookup) { result = lookup; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
            qFatal("findKey() never answered");
        return *result;
    }

    int requestsTo(const QString &url) const
    {
        int count = 0;
        for (const RecordedRequest &request : network->requests)
            count += request.url.toString() == url ? 1 : 0;
        return count;
    }

    std::unique_ptr<FakeNetwork> network;
    std::unique_ptr<moderato::OpenIdKeyCache> cache;
    QDateTime now;
    QJsonObject configuration;
    QJsonArray keys;
    //! Answers a request instead of the configuration and key set when it returns something.
    std::function<std::optional<FakeResponse>(const RecordedRequest &)> replaceAnswer;
};

//! The base of a key cache test: a fresh network, configuration and key set for each test function.
class KeyCacheTest : public QObject, protected KeyCacheFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { reset(); }
    void cleanup() { clear(); }
};

} // namespace testing
