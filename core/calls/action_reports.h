#pragma once
// ActionReports: the outcomes of each request of the moderator, gathered until every person's is
// in — each one written to the audit log and announced as it comes, then the whole report.

#include "core/calls/action_outcome.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace moderato {

class AuditLog;

class ActionReports : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setAuditLog(AuditLog *log) { m_audit = log; }
    //! The call the audit entries name.
    void setCallId(const QString &callId)
    {
        m_callId = callId;
        m_callSubject.clear();
    }
    //! The meeting's subject the audit entries name, once Graph has told it.
    void setCallSubject(const QString &subject) { m_callSubject = subject; }
    //! Forgets the reports still open (another call).
    void clear() { m_open.clear(); }

    //! Opens the report of one action on \a ids (duplicates count once); returns its number.
    int begin(ActionOutcome::Action action, const QStringList &ids);
    //! One person's outcome: the audit log, finished(), and completed() after the last.
    void add(int reportId, const ActionOutcome &outcome);

Q_SIGNALS:
    void finished(const moderato::ActionOutcome &outcome);
    //! A report began (\a done 0) or one more of its outcomes is in: \a done of its \a total people.
    void progressed(moderato::ActionOutcome::Action action, int done, int total);
    //! Every outcome of one report, in the order the ids were asked for.
    void completed(const moderato::ActionReport &report);

private:
    struct Open
    {
        ActionReport report;
        QStringList order;
        qsizetype remaining = 0;
    };
    void audit(const ActionOutcome &outcome);

    AuditLog *m_audit = nullptr;
    QString m_callId;
    QString m_callSubject;
    QHash<int, Open> m_open;
    int m_next = 0;
};

} // namespace moderato
