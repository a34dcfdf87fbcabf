#pragma once
// The keys that sign Graph's notification tokens: fetched from an OpenID configuration document
// and the key set (JWKS) it points to, kept by key id, and fetched again when a token names a
// key Moderato does not know yet — but not more than once a minute, so that made-up key ids
// cannot turn Moderato into a flood of requests to Microsoft.

#include "core/notifications/rsa_public_key.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace moderato {

//! What looking up one key id found.
struct KeyLookup
{
    enum class Outcome {
        Found,       //!< key is set
        UnknownKey,  //!< the key set was read and does not have it
        Unavailable, //!< no key set could be fetched; error says why
    };
    Outcome outcome = Outcome::UnknownKey;
    std::optional<RsaPublicKey> key;
    QString error;
};

//! Fetches and keeps the signing keys of one OpenID configuration (by default the one Graph's
//! calling notifications are signed with). A successful fetch replaces every key: keys the
//! service has withdrawn are forgotten.
class OpenIdKeyCache : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    //! Called with the result of findKey(), now or when the keys have been fetched.
    using LookupCallback = std::function<void(const KeyLookup &lookup)>;

    static constexpr std::chrono::milliseconds defaultRefetchInterval{60 * 1000};
    //! Keys are fetched again when a token arrives this long after the last fetch (the Bot
    //! Framework recommends polling the key set once a day).
    static constexpr std::chrono::milliseconds defaultMaximumAge{24 * 3600 * 1000};
    //! A configuration or key set is a few KiB; longer answers are refused.
    static constexpr qint64 maximumDocumentSize = 256 * 1024;

    //! https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration
    static QUrl defaultConfigurationUrl();

    //! \a nam is not owned. \a configurationUrl must be https, or http on a loopback host (as
    //! must the jwks_uri it names); otherwise every lookup answers Unavailable.
    explicit OpenIdKeyCache(QNetworkAccessManager *nam, const QUrl &configurationUrl = defaultConfigurationUrl(),
                            QObject *parent = nullptr);
    ~OpenIdKeyCache() override;

    QUrl configurationUrl() const { return m_configurationUrl; }

    void setClock(Clock clock);
    QDateTime now() const;
    //! The shortest time between two fetches (default one minute); tests shorten it.
    void setRefetchInterval(std::chrono::milliseconds interval) { m_refetchInterval = interval; }
    void setMaximumAge(std::chrono::milliseconds age) { m_maximumAge = age; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    //! Looks up the key named \a kid. Calls \a callback before returning when the answer is
    //! known (the key is cached, or a fetch is not allowed yet); otherwise fetches first and
    //! calls it when done. Callbacks still waiting when the cache is destroyed are not called.
    void findKey(const QString &kid, LookupCallback callback);

    int keyCount() const { return int(m_keys.size()); }
    //! How many times the configuration has been fetched (successfully or not).
    int fetchCount() const { return m_fetchCount; }
    bool isFetching() const { return !m_reply.isNull(); }

Q_SIGNALS:
    //! A fetch ended; \a error is empty when the keys were replaced.
    void fetchFinished(const QString &error);

private:
    struct Waiting
    {
        QString kid;
        LookupCallback callback;
    };
    bool mayFetchNow() const;
    KeyLookup lookUp(const QString &kid) const;
    void startFetch();
    QNetworkReply *get(const QUrl &url);
    //! The body of a finished reply, or nothing with *error set.
    std::optional<QByteArray> bodyOf(QNetworkReply *reply, const char *what, QString *error) const;
    void onConfigurationFetched(QNetworkReply *reply);
    void onKeySetFetched(QNetworkReply *reply);
    void finishFetch(const QString &error);

    QNetworkAccessManager *m_nam;
    QUrl m_configurationUrl;
    Clock m_clock;
    std::chrono::milliseconds m_refetchInterval = defaultRefetchInterval;
    std::chrono::milliseconds m_maximumAge = defaultMaximumAge;
    std::chrono::milliseconds m_transferTimeout{30000};
    QHash<QString, RsaPublicKey> m_keys;
    QDateTime m_keysFetchedAt;  //!< last successful fetch
    QDateTime m_lastFetchStart; //!< last attempt, successful or not
    QString m_lastError;        //!< why the last attempt failed; empty after a success
    QPointer<QNetworkReply> m_reply;
    QList<Waiting> m_waiting;
    int m_fetchCount = 0;
};

} // namespace moderato
