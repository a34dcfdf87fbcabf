#include "core/calls/hold_music.h"

#include "core/calls/action_reports.h"
#include "core/calls/invitation_model.h"
#include "core/calls/moderation_actions.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/hold_music_requests.h"

#include <QTimer>

namespace moderato {

namespace {

using Action = ActionOutcome::Action;
using Result = ActionOutcome::Result;

bool isHold(Action action)
{
    return action == Action::Hold;
}

//! A refusal by Graph itself (not the call gone, not the person gone, not a permission).
bool isRefusal(const GraphError &error)
{
    return error.kind == GraphError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
           && error.httpStatus != 401 && error.httpStatus != 403 && error.httpStatus != 404 && error.httpStatus != 429;
}

} // namespace

ActionOutcome holdOutcomeFromError(Action action, const QString &participantId, const QString &name,
                                   const GraphError &error, const QString &clientId, bool verified)
{
    ActionOutcome outcome = outcomeFromError(action, participantId, name, error, clientId, verified);
    if (!isRefusal(error))
        return outcome;
    // Graph documents no error for these actions; whatever it says, say what it most likely means.
    outcome.message += QLatin1Char(' ');
    outcome.message += isHold(action)
                           ? HoldMusic::tr("Graph allows one participant on hold at a time: someone else may be on "
                                           "hold already, perhaps put there by another program.")
                           : HoldMusic::tr("%1 is perhaps not on hold.").arg(outcome.who());
    return outcome;
}

void HoldMusic::startCall(const QString &callId)
{
    for (const Pending &pending : std::as_const(m_pending))
        delete pending.timer;
    m_pending.clear();
    setCall(callId);
}

void HoldMusic::callEnded()
{
    // Nothing more will come about these requests: each one not yet answered gets its outcome.
    const QStringList contexts = m_pending.keys();
    for (const QString &clientContext : contexts) {
        const Pending pending = m_pending.take(clientContext);
        delete pending.timer;
        if (!pending.reported)
            m_reports->add(pending.reportId,
                           outcome(pending, Result::Unconfirmed,
                                   tr("The call ended before Graph confirmed the request for %1.").arg(pending.name)));
    }
    for (QString id = m_participants->holdParticipant(); !id.isEmpty(); id = m_participants->holdParticipant())
        m_participants->setHoldState(id, HoldState::None);
}

void HoldMusic::run(Action action, const QString &participantId, const RosterFacts &facts,
                    const std::optional<QString> &endedReason, const NameOf &nameOf)
{
    if (m_callId.isEmpty() || participantId.isEmpty())
        return;
    TargetCheck check;
    if (endedReason) {
        ActionOutcome refused;
        refused.action = action;
        refused.result = Result::Refused;
        refused.participantId = participantId;
        refused.message = *endedReason;
        check.refused.append(refused);
    } else {
        check = checkTargets(action, {participantId}, *m_participants, *m_invitations, facts, nameOf);
    }
    const int reportId = m_reports->begin(action, {participantId});
    const QString name = nameOf(participantId);
    for (ActionOutcome refused : std::as_const(check.refused)) {
        if (refused.displayName.isEmpty())
            refused.displayName = name;
        m_reports->add(reportId, refused);
    }
    if (!check.verified.isEmpty())
        send(action, reportId, participantId, name, true);
    else if (!check.unverified.isEmpty())
        send(action, reportId, participantId, name, false);
}

void HoldMusic::send(Action action, int reportId, const QString &participantId, const QString &name, bool verified)
{
    HoldMusicRequest *request =
        isHold(action) ? static_cast<HoldMusicRequest *>(new StartHoldMusicRequest(m_callId, participantId))
                       : new StopHoldMusicRequest(m_callId, participantId);
    // A new request supersedes an old one that was never confirmed: its late answer no longer counts.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->participantId == participantId && it->reported) {
            delete it->timer;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    Pending pending;
    pending.action = action;
    pending.reportId = reportId;
    pending.participantId = participantId;
    pending.name = name;
    pending.before = m_participants->holdState(participantId);
    const QString clientContext = request->clientContext();
    // Known before sending: Graph may notify the operation's end before its 202 arrives.
    m_pending.insert(clientContext, pending);
    m_participants->setHoldState(participantId, isHold(action) ? HoldState::Starting : HoldState::Resuming);
    const quint64 gen = m_generation;
    connect(request, &GraphRequest::finished, this, [this, request, clientContext, verified, gen] {
        if (gen == m_generation)
            onAnswered(clientContext, request, verified);
    });
    m_client->send(request, GraphClient::Priority::User);
}

void HoldMusic::onAnswered(const QString &clientContext, HoldMusicRequest *request, bool verified)
{
    const auto it = m_pending.find(clientContext);
    if (it == m_pending.end())
        return;
    GraphError error = request->error();
    if (error.requestId.isEmpty())
        error.requestId = request->requestId();
    it->requestId = error.requestId;
    it->httpStatus = request->httpStatus();
    // A 2xx is Graph's acceptance even when its body cannot be read.
    const bool accepted =
        !error.isError()
        || (error.kind == GraphError::Kind::InvalidResponse && error.httpStatus >= 200 && error.httpStatus < 300);
    if (!accepted) {
        if (error.isCallGone())
            Q_EMIT callGone(error);
        const ActionOutcome outcome =
            holdOutcomeFromError(it->action, it->participantId, it->name, error, m_clientId, verified);
        HoldState state = it->before;
        if (isHold(it->action))
            state = outcome.result == Result::Unknown ? HoldState::Unconfirmed : HoldState::None;
        else if (isRefusal(error))
            state = HoldState::None; // Graph would not stop hold music for them: they are not on hold
        finish(clientContext, outcome, state);
        Q_EMIT answered();
        return;
    }
    it->accepted = true;
    const OperationInfo operation = it->early ? *it->early : OperationInfo::fromJson(request->operation());
    it->operationId = operation.id;
    if (operation.isTerminal()) {
        conclude(clientContext, operation);
    } else if (!m_notificationsListening) {
        reportUnconfirmed(clientContext,
                          isHold(it->action)
                              ? tr("Graph accepted the request to put %1 on hold but confirms it only through "
                                   "notifications, which are off: Moderato cannot tell whether the music is playing.")
                                    .arg(it->name)
                              : tr("Graph accepted the request to bring %1 back from hold but confirms it only "
                                   "through notifications, which are off: Moderato cannot tell whether they are back.")
                                    .arg(it->name));
    } else {
        it->timer = new QTimer(this);
        it->timer->setSingleShot(true);
        const int seconds = qMax(1, m_timeoutMs / 1000);
        connect(it->timer, &QTimer::timeout, this, [this, clientContext, seconds] {
            const auto found = m_pending.constFind(clientContext);
            if (found == m_pending.constEnd())
                return;
            reportUnconfirmed(clientContext,
                              isHold(found->action)
                                  ? tr("Graph accepted the request to put %1 on hold but has not confirmed it "
                                       "within %n seconds.",
                                       nullptr, seconds)
                                        .arg(found->name)
                                  : tr("Graph accepted the request to bring %1 back from hold but has not confirmed "
                                       "it within %n seconds.",
                                       nullptr, seconds)
                                        .arg(found->name));
        });
        it->timer->start(m_timeoutMs);
    }
    Q_EMIT answered();
}

bool HoldMusic::applyOperation(const OperationInfo &operation)
{
    auto it = m_pending.find(operation.clientContext);
    if (it == m_pending.end() && !operation.id.isEmpty()) {
        for (it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->operationId == operation.id)
                break;
        }
    }
    if (it == m_pending.end())
        return false;
    if (!operation.isTerminal())
        return true; // still running: the end comes later
    if (!it->accepted) {
        it->early = operation; // read when the 202 comes
        return true;
    }
    conclude(it.key(), operation);
    return true;
}

void HoldMusic::conclude(const QString &clientContext, const OperationInfo &operation)
{
    const auto it = m_pending.constFind(clientContext);
    if (it == m_pending.constEnd())
        return;
    const bool hold = isHold(it->action);
    if (operation.status == OperationStatus::Completed) {
        finish(clientContext, outcome(*it, Result::Done), hold ? HoldState::OnHold : HoldState::None);
        return;
    }
    QString why = operation.resultInfo.message;
    if (why.isEmpty())
        why = tr("Graph reported that the operation failed.");
    if (const QString code = operation.resultInfo.codeText(); !code.isEmpty())
        why += QLatin1Char(' ') + tr("(code %1)").arg(code);
    // A failed start leaves them in the call; a failed stop leaves them where they were.
    finish(clientContext, outcome(*it, Result::Failed, why), hold ? HoldState::None : it->before);
}

void HoldMusic::reportUnconfirmed(const QString &clientContext, const QString &message)
{
    const auto it = m_pending.find(clientContext);
    if (it == m_pending.end() || it->reported)
        return;
    it->reported = true;
    m_participants->setHoldState(it->participantId, HoldState::Unconfirmed);
    m_reports->add(it->reportId, outcome(*it, Result::Unconfirmed, message));
}

void HoldMusic::finish(const QString &clientContext, const ActionOutcome &outcome, HoldState state)
{
    const Pending pending = m_pending.take(clientContext);
    delete pending.timer;
    m_participants->setHoldState(pending.participantId, state);
    // After an unconfirmed report the report is closed: a late confirmation still reaches the
    // audit log and actionFinished().
    m_reports->add(pending.reportId, outcome);
}

ActionOutcome HoldMusic::outcome(const Pending &pending, Result result, const QString &message) const
{
    ActionOutcome outcome;
    outcome.action = pending.action;
    outcome.result = result;
    outcome.participantId = pending.participantId;
    outcome.displayName = pending.name;
    outcome.message = message;
    outcome.requestId = pending.requestId;
    outcome.httpStatus = pending.httpStatus;
    return outcome;
}

} // namespace moderato
