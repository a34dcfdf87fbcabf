// Every non-hook request as received, with the status it got (GET /_sim/log).
#pragma once

#include "simulator/http_message.h"

#include <QJsonObject>
#include <QList>

namespace graphsim {

class RequestLog
{
public:
    static constexpr qsizetype kMaxEntries = 10000; // oldest entries are dropped beyond this

    //! Records a request on arrival; returns its sequence number (never reused, not reset by clear()).
    qint64 append(const HttpRequest &request);
    //! status 0 = no response was sent (connection reset); fault names the injected fault, if any.
    void complete(qint64 seq, int status, const QString &fault);
    void clear();
    QJsonObject toJson() const;

private:
    struct Entry
    {
        qint64 seq = 0;
        HttpRequest request;
        bool completed = false;
        int status = 0;
        QString fault;
    };
    QList<Entry> m_entries;
    qint64 m_nextSeq = 1;
};

} // namespace graphsim
