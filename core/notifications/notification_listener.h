#pragma once
// NotificationListener: where Graph's callbacks come in — through Azure Relay (Moderato connects
// out and the relay forwards each request) or on a local port behind the user's own https
// address. A listener only moves HTTP requests and answers; checking and reading them is the
// NotificationReceiver's job, so everything above does not know which way is in use.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace moderato {

//! One HTTP request as the listener received it.
struct IncomingRequest
{
    QByteArray method; //!< "POST"
    QString target;    //!< path and query below the listener's public URL, e.g. "/cb/3fa9…"
    QList<QPair<QByteArray, QByteArray>> headers; //!< names in lower case, in the order received
    QByteArray body;

    //! The first header named \a name (lower case), or an empty array.
    QByteArray header(const QByteArray &name) const;
};

class NotificationListener : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,      //!< not started, or stopped
        Connecting,   //!< opening the port or the relay's control channel
        Listening,    //!< requests can arrive
        Reconnecting, //!< lost; trying again after a pause (see stateText())
        Failed,       //!< given up: wrong key, port taken, … (see stateText())
    };
    Q_ENUM(State)

    //! Answers one request: an HTTP status and an optional body (sent as application/json).
    using Responder = std::function<void(int status, const QByteArray &body)>;
    //! Called for every request; must call the responder exactly once, now or later.
    using Handler = std::function<void(const IncomingRequest &request, const Responder &respond)>;

    using QObject::QObject;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    virtual void start() = 0;
    virtual void stop() = 0;
    //! The https address Graph posts to (the callbackUri without Moderato's own path below it).
    virtual QUrl publicUrl() const = 0;

    State state() const { return m_state; }
    //! One sentence for the moderator: where it listens, or why not and what happens next.
    QString stateText() const { return m_stateText; }

Q_SIGNALS:
    void stateChanged();

protected:
    void setState(State state, const QString &text);
    //! Hands \a request to the handler (answers 503 when there is none).
    void dispatch(const IncomingRequest &request, const Responder &respond) const;

private:
    Handler m_handler;
    State m_state = State::Stopped;
    QString m_stateText;
};

} // namespace moderato
