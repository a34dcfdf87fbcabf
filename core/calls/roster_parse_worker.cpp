#include "core/calls/roster_parse_worker.h"

#include "core/graph/list_participants_request.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace moderato {

RosterParseWorker::RosterParseWorker(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
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
    QMetaObject::invokeMethod(
        m_context,
        [this, ticket, pageBodies = std::move(pageBodies), participants = std::move(participants)]() mutable {
            RosterSnapshot snapshot;
            int entries = int(participants.size());
            if (pageBodies.size() == 1) {
                const bool decoded = !participants.isEmpty();
                snapshot = m_incremental.parse(pageBodies.first(), participants);
                if (m_incremental.entryCount() >= 0)
                    entries = m_incremental.entryCount();
                else if (!decoded && snapshot.ok)
                    entries = checkUndecoded(pageBodies.first(), snapshot);
                // The request read this body already; if it was fine there, it is fine here.
                if (!snapshot.ok && decoded)
                    snapshot = RosterParser::parse(participants);
            } else {
                m_incremental.clear();
                snapshot = RosterParser::parse(participants);
            }
            pageBodies.clear();
            participants = QJsonArray();
            QMetaObject::invokeMethod(
                this,
                [this, ticket, snapshot = std::move(snapshot), entries] { Q_EMIT parsed(ticket, snapshot, entries); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

int RosterParseWorker::checkUndecoded(const QByteArray &body, RosterSnapshot &snapshot)
{
    // The incremental parser fell back to the whole body: unusual, so the check may be slow.
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(QLatin1String("value"));
    if (!value.isArray())
        return 0;
    if (const QString problem = ListParticipantsRequest::participantListProblem(value); !problem.isEmpty()) {
        snapshot = RosterSnapshot();
        snapshot.ok = false;
        snapshot.error = problem;
    }
    return int(value.toArray().size());
}

} // namespace moderato
