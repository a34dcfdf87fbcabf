#pragma once
// HttpExchange: one HTTP request and its answer, sent the way Moderato sends every request — to
// Graph and to the sign-in service alike: redirects never followed (a bearer token or a client
// secret must not travel to another host), Moderato's user agent, JSON accepted, and a transfer
// timeout (QNetworkRequest::setTransferTimeout: aborted when no byte moves for that long).

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QNetworkRequest;
class QUrl;

namespace moderato {

//! What one exchange ended with.
struct HttpAnswer
{
    int status = 0;       //!< HTTP status; 0 when no answer came
    int networkError = 0; //!< QNetworkReply::NetworkError
    QString networkErrorText;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    bool timedOut = false;    //!< no byte moved within the transfer timeout
    bool cancelled = false;   //!< abort() ended it
    bool requestSent = false; //!< the whole request left (the server may have acted on it)
};

class HttpExchange : public QObject
{
    Q_OBJECT
public:
    explicit HttpExchange(QObject *parent = nullptr);
    //! A running exchange is dropped: no answered().
    ~HttpExchange() override;

    //! A request to \a url with the policy and headers above and \a transferTimeout (none when zero).
    static QNetworkRequest request(const QUrl &url, std::chrono::milliseconds transferTimeout);

    //! Follows \a reply (sent with a request()); answered() when it ends. The exchange owns it.
    void follow(QNetworkReply *reply);
    bool isRunning() const { return !m_reply.isNull(); }
    //! Ends the running exchange: answered() follows with cancelled set.
    void abort();
    //! Ends the running exchange without an answer.
    void drop();

Q_SIGNALS:
    void answered(const moderato::HttpAnswer &answer);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    bool m_requestSent = false;
    bool m_cancelled = false;
};

} // namespace moderato
