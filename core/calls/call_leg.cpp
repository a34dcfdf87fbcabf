#include "core/calls/call_leg.h"

#include "core/graph/call_requests.h"
#include "core/graph/participant_requests.h"
#include "core/graph/graph_client.h"

namespace moderato {

CallLeg::CallLeg(GraphClient *client, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clientId(clientId)
{
    m_wallClock.setInterval(WallClockCheckMs);
    connect(&m_wallClock, &QTimer::timeout, this, &CallLeg::keepAliveIfDue);
    m_joinPoll.setInterval(JoinPollMs);
    connect(&m_joinPoll, &QTimer::timeout, this, &CallLeg::pollJoin);
}

void CallLeg::setCheckIntervals(int wallClockMs, int joinPollMs)
{
    m_wallClock.setInterval(std::max(10, wallClockMs));
    m_joinPoll.setInterval(std::max(10, joinPollMs));
}

void CallLeg::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void CallLeg::enterCall()
{
    m_joinPoll.stop();
    if (m_state == State::InCall)
        return;
    setState(State::InCall);
    Q_EMIT inCall(m_callId);
}

bool CallLeg::claim(bool &inFlight)
{
    if (inFlight || m_callId.isEmpty())
        return false;
    inFlight = true;
    return true;
}

void CallLeg::sendForThisCall(GraphRequest *request, GraphClient::Priority priority, bool *inFlight,
                              std::function<void()> answered)
{
    const quint64 generation = m_generation;
    connect(request, &GraphRequest::finished, this, [this, generation, inFlight, answered = std::move(answered)] {
        if (generation != m_generation)
            return;
        if (inFlight)
            *inFlight = false;
        answered();
    });
    m_client->send(request, priority);
}

void CallLeg::reset()
{
    ++m_generation;
    m_wallClock.stop();
    m_joinPoll.stop();
    m_callId.clear();
    m_endReason.clear();
    m_keepAliveProblem.clear();
    m_lastKeepAlive = {};
    m_leftByUs = false;
    m_keepAliveInFlight = false;
    m_leaveInFlight = false;
    m_pollInFlight = false;
    setState(State::None);
}

void CallLeg::join(const MeetingToJoin &meeting)
{
    reset();
    setState(State::Joining);
    auto *request = new JoinMeetingRequest(meeting);
    sendForThisCall(request, GraphClient::Priority::User, nullptr, [this, request] {
        if (!request->isSucceeded()) {
            end(joinFailure(request->error()));
            return;
        }
        m_callId = request->callId();
        m_lastKeepAlive = m_client->now(); // joining keeps the call alive as well
        m_wallClock.start();
        const QJsonObject call = request->call();
        const QString state = call.value(QLatin1String("state")).toString();
        if (state == QLatin1String("established"))
            enterCall();
        else if (state == QLatin1String("terminated"))
            end(joinEnded(ResultInfo::fromJson(call.value(QLatin1String("resultInfo")))));
        else
            m_joinPoll.start();
    });
}

void CallLeg::pollJoin()
{
    if (!claim(m_pollInFlight))
        return;
    auto *request = new GetCallRequest(m_callId);
    sendForThisCall(request, GraphClient::Priority::Background, &m_pollInFlight, [this, request] {
        if (!request->isSucceeded()) {
            if (request->error().isCallGone()) {
                // Graph says why only in its notification; polling sees the call gone.
                end(tr("Graph ended the call before Moderato got in: the meeting ID or passcode may be wrong, the "
                       "meeting may not exist, or nobody let Moderato in. Check the link or the meeting ID and "
                       "passcode, and join again."));
            }
            return; // anything else: the next tick asks again
        }
        const QJsonObject call = request->call();
        const QString state = call.value(QLatin1String("state")).toString();
        if (state == QLatin1String("established")) {
            enterCall(); // unless a notification said so while this poll was on its way
        } else if (state == QLatin1String("terminated")) {
            end(joinEnded(ResultInfo::fromJson(call.value(QLatin1String("resultInfo")))));
        } else if (const QString me = call.value(QLatin1String("myParticipantId")).toString(); !me.isEmpty()) {
            // Establishing: Graph has no lobby state for the call, only for the bot's participant.
            auto *mine = new GetParticipantRequest(m_callId, me);
            sendForThisCall(mine, GraphClient::Priority::Background, nullptr, [this, mine] {
                if (mine->isSucceeded() && m_state != State::Ended && m_state != State::InCall)
                    setState(mine->participant().value(QLatin1String("isInLobby")).toBool() ? State::InLobby
                                                                                            : State::Joining);
            });
        }
    });
}

void CallLeg::attach(const QString &callId)
{
    reset();
    m_callId = callId;
    setState(State::InCall);
    m_wallClock.start();
    sendKeepAlive(); // opening a call counts as joining it: Graph's 45 minutes start again
    Q_EMIT inCall(callId);
}

void CallLeg::keepAliveIfDue()
{
    if (m_callId.isEmpty() || m_state == State::Ended || m_state == State::None)
        return;
    if (!m_lastKeepAlive.isValid() || m_lastKeepAlive.msecsTo(m_client->now()) >= KeepAliveEveryMs)
        sendKeepAlive();
}

void CallLeg::sendKeepAlive()
{
    if (!claim(m_keepAliveInFlight))
        return;
    auto *request = new KeepAliveRequest(m_callId);
    sendForThisCall(request, GraphClient::Priority::User, &m_keepAliveInFlight, [this, request] {
        if (request->isSucceeded()) {
            m_lastKeepAlive = m_client->now();
            m_keepAliveProblem.clear();
        } else if (request->error().isCallGone()) {
            noticeGone(request->error());
            return;
        } else {
            // Tried again at the next wall-clock check, 30 s later.
            m_keepAliveProblem = request->error().userMessage();
        }
        Q_EMIT keepAliveChanged();
    });
}

void CallLeg::leave()
{
    if (m_state == State::Ended || !claim(m_leaveInFlight))
        return;
    auto *request = new HangUpRequest(m_callId);
    sendForThisCall(request, GraphClient::Priority::User, &m_leaveInFlight, [this, request] {
        if (request->isSucceeded() || request->error().isCallGone()) {
            m_leftByUs = true;
            end(request->isSucceeded() ? tr("You left the meeting: Moderato's bot hung up.")
                                       : tr("The meeting had already ended for Moderato."));
        } else {
            Q_EMIT leaveFailed(tr("Moderato's bot is still in the meeting: Graph refused the hang-up. %1")
                                   .arg(request->error().userMessage()));
        }
    });
}

void CallLeg::noticeGone(const GraphError &error)
{
    if (m_state == State::Ended || m_state == State::None)
        return;
    QString reason = tr("The meeting has ended for Moderato: Graph no longer knows this call (or its id is wrong).");
    if (!error.requestId.isEmpty())
        reason += QLatin1Char(' ') + tr("(request id %1)").arg(error.requestId);
    end(reason);
}

void CallLeg::noticeCallState(const QJsonObject &call, bool deleted)
{
    if (m_state == State::Ended || m_state == State::None)
        return;
    const QString state = call.value(QLatin1String("state")).toString();
    if (deleted || state == QLatin1String("terminated")) {
        const ResultInfo result = ResultInfo::fromJson(call.value(QLatin1String("resultInfo")));
        end(m_state == State::InCall ? callEnded(result) : joinEnded(result));
    } else if (state == QLatin1String("established") && !m_callId.isEmpty()) {
        enterCall();
    }
}

QString CallLeg::callEnded(const ResultInfo &result)
{
    QString why;
    if (result.code == 408 || result.subcode == 8537)
        why = tr("Graph ended the call because nothing kept it alive for 45 minutes.");
    else if (result.subcode == 5300)
        why = tr("Someone in the meeting removed Moderato's bot.");
    else if (result.subcode == 5002)
        why = tr("Everyone else left.");
    else if (result.subcode == 5001)
        why = tr("The meeting ended.");
    QString text = tr("The meeting has ended for Moderato.");
    if (!why.isEmpty())
        text += QLatin1Char(' ') + why;
    const QString details = result.message.isEmpty()
                                ? result.codeText()
                                : result.message + QStringLiteral(" (") + result.codeText() + QLatin1Char(')');
    if (!details.isEmpty())
        text += QLatin1Char(' ') + details;
    return text;
}

void CallLeg::end(const QString &reason)
{
    m_wallClock.stop();
    m_joinPoll.stop();
    m_endReason = reason;
    setState(State::Ended);
}

QString CallLeg::joinFailure(const GraphError &error)
{
    if (error.isNotACallingBot() || !error.missingPermission().isEmpty())
        return error.userMessage();
    if (error.kind == GraphError::Kind::InvalidRequest
        || (error.httpStatus == 400 && error.message.contains(QLatin1String("callbackUri")))) {
        return tr("Graph needs a callback address to join: an https URL that reaches Moderato. Set it in the "
                  "account settings.")
               + QLatin1Char(' ') + error.message;
    }
    if (error.httpStatus == 403 && error.callingServiceCode() == QLatin1String("7505"))
        return tr("The meeting belongs to another organisation than the app's tenant: Moderato can only join "
                  "meetings of its own tenant.");
    if (error.kind == GraphError::Kind::OutcomeUnknown)
        return tr("No answer came for the join: Moderato may have joined without knowing the call. Check the "
                  "meeting before joining again.");
    return tr("Joining failed: %1").arg(error.userMessage());
}

QString CallLeg::joinEnded(const ResultInfo &result)
{
    QString why;
    if (result.subcode == 5855)
        why = tr("Nobody let Moderato in from the lobby in time. Ask the organiser to admit it, then join again.");
    else if (result.code == 403)
        why = tr("Graph did not let Moderato in: the passcode may be wrong. Check it and join again.");
    else if (result.code == 404 || result.code == 400)
        why = tr("Graph could not find the meeting: check the link or the meeting id.");
    else
        why = tr("Graph ended the join.");
    const QString details = result.message.isEmpty()
                                ? result.codeText()
                                : result.message + QStringLiteral(" (") + result.codeText() + QLatin1Char(')');
    return details.isEmpty() ? why : why + QLatin1Char(' ') + details;
}

} // namespace moderato
