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

void RosterParseWorker::parse(quint64 ticket, QJsonArray participants)
{
    QMetaObject::invokeMethod(m_context, [this, ticket, participants = std::move(participants)]() mutable {
        RosterSnapshot snapshot = RosterParser::parse(participants);
        participants = QJsonArray();
        QMetaObject::invokeMethod(this, [this, ticket, snapshot = std::move(snapshot)] {
            Q_EMIT parsed(ticket, snapshot);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace moderato
