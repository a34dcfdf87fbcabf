#include "core/calls/roster_parse_worker.h"

namespace moderato {

RosterParseWorker::RosterParseWorker(QObject *parent) : QObject(parent), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("roster-parser"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

RosterParseWorker::~RosterParseWorker()
{
    // After wait() nothing runs on the thread; answers it already posted to this object are
    // removed with it by ~QObject.
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void RosterParseWorker::parse(quint64 ticket, QList<QByteArray> pageBodies, QJsonArray participants)
{
    QMetaObject::invokeMethod(m_context, [this, ticket, pageBodies = std::move(pageBodies),
                                          participants = std::move(participants)]() mutable {
        RosterSnapshot snapshot;
        if (pageBodies.size() == 1) {
            snapshot = m_incremental.parse(pageBodies.first(), participants);
        } else {
            m_incremental.clear();
            snapshot = RosterParser::parse(participants);
        }
        // The request read this body already; if it was fine there, it is fine here.
        if (!snapshot.ok)
            snapshot = RosterParser::parse(participants);
        pageBodies.clear();
        participants = QJsonArray();
        QMetaObject::invokeMethod(this, [this, ticket, snapshot = std::move(snapshot)] {
            Q_EMIT parsed(ticket, snapshot);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace moderato
