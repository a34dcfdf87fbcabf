// NotificationDispatcher: Graph's side of notifications. After every change to the world it
// compares each call with what it last told that call's callbackUri, and tells what changed, as
// commsNotifications: the call's state, its roster (the whole roster while it has at most 100
// people, a #microsoft.graph.deltaParticipants of what changed beyond that), and operation results.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace graphsim {

class World;
struct CallState;

class NotificationDispatcher
{
public:
    //! Whole rosters are sent up to this many people; beyond, only what changed.
    static constexpr int WholeRosterLimit = 100;

    //! Delivers one POST body for \a call to its \a callbackUri.
    using Sender = std::function<void(const CallState &call, const QUrl &callbackUri, const QByteArray &body)>;

    explicit NotificationDispatcher(World &world);
    void setSender(Sender sender) { m_sender = std::move(sender); }
    //! Compares every call that has a callbackUri with what it was last told, and sends the news.
    void flush();
    //! Forgets what was told (a new scenario).
    void reset() { m_told.clear(); }
    //! Notifications sent so far (bodies, not entries).
    qint64 sentCount() const { return m_sent; }

private:
    struct Told
    {
        QString state;
        QHash<QString, QByteArray> participants; //!< id → the participant as last told (compact JSON)
        QHash<QString, QString> operations;      //!< id → status last told
        qint64 sequence = 0;                     //!< the last deltaParticipants sequenceNumber
    };

    QJsonArray callNews(const CallState &call, Told &told) const;
    QJsonArray rosterNews(const CallState &call, Told &told) const;
    QJsonArray operationNews(const CallState &call, Told &told) const;

    World &m_world;
    Sender m_sender;
    QHash<QString, Told> m_told;
    qint64 m_sent = 0;
};

} // namespace graphsim
