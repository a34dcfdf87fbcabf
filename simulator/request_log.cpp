#include "simulator/request_log.h"

#include <QJsonArray>

namespace graphsim {

qint64 RequestLog::append(const HttpRequest &request)
{
    Entry entry;
    entry.seq = m_nextSeq++;
    entry.request = request;
    m_entries.append(entry);
    if (m_entries.size() > kMaxEntries) // a long demo session must not grow without bound
        m_entries.removeFirst();
    return entry.seq;
}

void RequestLog::complete(qint64 seq, int status, const QString &fault)
{
    for (Entry &entry : m_entries) {
        if (entry.seq == seq) {
            entry.completed = true;
            entry.status = status;
            entry.fault = fault;
            return;
        }
    }
}

void RequestLog::clear()
{
    m_entries.clear();
}

QJsonObject RequestLog::toJson() const
{
    QJsonArray requests;
    for (const Entry &entry : m_entries) {
        QJsonObject headers;
        for (const auto &h : entry.request.headers) {
            const QString name = QString::fromLatin1(h.first);
            const QString value = QString::fromUtf8(h.second);
            headers.insert(name, headers.contains(name) ? headers.value(name).toString() + QStringLiteral(", ") + value
                                                        : value);
        }
        QJsonObject o{{QStringLiteral("seq"), entry.seq},
                      {QStringLiteral("method"), QString::fromLatin1(entry.request.method)},
                      {QStringLiteral("path"), entry.request.path},
                      {QStringLiteral("query"), entry.request.rawQuery},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("body"), QString::fromUtf8(entry.request.body)},
                      {QStringLiteral("status"), entry.completed ? QJsonValue(entry.status) : QJsonValue()}};
        if (!entry.fault.isEmpty())
            o.insert(QStringLiteral("fault"), entry.fault);
        requests.append(o);
    }
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

} // namespace graphsim
