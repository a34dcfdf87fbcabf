#include "core/calls/action_reports.h"

#include "core/calls/audit_log.h"

#include <algorithm>

namespace moderato {

namespace {

AuditEntry::Action auditAction(ActionOutcome::Action action)
{
    switch (action) {
    case ActionOutcome::Action::Remove: return AuditEntry::Action::Remove;
    case ActionOutcome::Action::CancelInvitation: return AuditEntry::Action::Cancel;
    case ActionOutcome::Action::Invite: return AuditEntry::Action::Invite;
    case ActionOutcome::Action::Mute: return AuditEntry::Action::Mute;
    case ActionOutcome::Action::Hold: return AuditEntry::Action::Hold;
    case ActionOutcome::Action::Resume: return AuditEntry::Action::Resume;
    }
    return AuditEntry::Action::Remove;
}

AuditEntry::Outcome auditOutcome(ActionOutcome::Result result)
{
    switch (result) {
    case ActionOutcome::Result::Done: return AuditEntry::Outcome::Done;
    case ActionOutcome::Result::AlreadyGone: return AuditEntry::Outcome::AlreadyGone;
    case ActionOutcome::Result::Failed: return AuditEntry::Outcome::Failed;
    case ActionOutcome::Result::Unknown:
    // Accepted, not confirmed: the log says "unknown" with the sentence that says why.
    case ActionOutcome::Result::Unconfirmed: return AuditEntry::Outcome::Unknown;
    case ActionOutcome::Result::NotInCall: return AuditEntry::Outcome::NotInCall;
    case ActionOutcome::Result::Refused: return AuditEntry::Outcome::Refused;
    case ActionOutcome::Result::Stopped: return AuditEntry::Outcome::Stopped;
    }
    return AuditEntry::Outcome::Unknown;
}

} // namespace

int ActionReports::begin(ActionOutcome::Action action, const QStringList &ids)
{
    const int id = ++m_next;
    Open &open = m_open[id];
    open.report.action = action;
    for (const QString &participantId : ids)
        if (!open.order.contains(participantId))
            open.order.append(participantId);
    open.remaining = open.order.size();
    Q_EMIT progressed(action, 0, int(open.order.size()));
    return id;
}

void ActionReports::add(int reportId, const ActionOutcome &outcome)
{
    audit(outcome);
    Q_EMIT finished(outcome);
    const auto it = m_open.find(reportId);
    if (it == m_open.end())
        return;
    it->report.outcomes.append(outcome);
    Q_EMIT progressed(it->report.action, int(it->report.outcomes.size()), int(it->order.size()));
    if (--it->remaining > 0)
        return;
    Open done = m_open.take(reportId);
    // In the order the moderator asked for them, whatever order the answers came in.
    std::stable_sort(done.report.outcomes.begin(), done.report.outcomes.end(),
                     [&done](const ActionOutcome &a, const ActionOutcome &b) {
                         return done.order.indexOf(a.participantId) < done.order.indexOf(b.participantId);
                     });
    Q_EMIT completed(done.report);
}

void ActionReports::audit(const ActionOutcome &outcome)
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.callId = m_callId;
    entry.callSubject = m_callSubject;
    entry.action = auditAction(outcome.action);
    entry.targetId = outcome.participantId;
    entry.targetName = outcome.displayName;
    entry.outcome = auditOutcome(outcome.result);
    entry.requestId = outcome.requestId;
    entry.message = outcome.message;
    if (outcome.action == ActionOutcome::Action::Remove && !outcome.sentNothing())
        entry.targetIdentity = outcome.identity;
    m_audit->append(entry);
}

} // namespace moderato
