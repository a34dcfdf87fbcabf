#include "core/calls/meeting_options_controller.h"

#include "core/calls/call_session.h"
#include "core/graph/graph_client.h"
#include "core/graph/graph_error.h"
#include "core/graph/online_meeting_requests.h"

namespace moderato {

namespace {

//! Graph's answer for an app without an application access policy for the user: documented as
//! 403 "Unauthorized", "App … is not authorized to … meeting on behalf of user …"
//! (cloud-communication-online-meeting-application-access-policy.md); also seen as 403 "General",
//! "No application access policy found for this app." (msgraph-sdk-dotnet issue 2350).
bool isMissingAccessPolicy(const GraphError &error)
{
    if (error.httpStatus != 403)
        return false;
    return (error.code.compare(QLatin1String("Unauthorized"), Qt::CaseInsensitive) == 0
            && error.message.contains(QLatin1String("is not authorized"), Qt::CaseInsensitive))
           || error.message.contains(QLatin1String("application access policy"), Qt::CaseInsensitive);
}

} // namespace

MeetingOptionsController::MeetingOptionsController(GraphClient *client, const QString &clientId, CallSession *session,
                                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clientId(clientId)
    , m_session(session)
{
    connect(session, &CallSession::callInfoChanged, this, &MeetingOptionsController::followCall);
    connect(session, &CallSession::connectionStateChanged, this, &MeetingOptionsController::followCall);
    followCall();
}

QString MeetingOptionsController::accessPolicyLines(const QString &clientId, const QString &organizerId)
{
    return QStringLiteral("New-CsApplicationAccessPolicy -Identity \"Moderato-Meetings\" -AppIds \"%1\"\n"
                          "Grant-CsApplicationAccessPolicy -PolicyName \"Moderato-Meetings\" -Identity \"%2\"")
        .arg(clientId, organizerId);
}

void MeetingOptionsController::setLockDownSet(const MeetingOptions &set)
{
    const MeetingOptions wanted = set.isEmpty() ? MeetingOptions::defaultLockDown() : set;
    if (wanted == m_lockDownSet)
        return;
    m_lockDownSet = wanted;
    Q_EMIT lockDownSetChanged();
}

void MeetingOptionsController::followCall()
{
    const QString callId = m_session->callId();
    const bool open = !callId.isEmpty() && m_session->connectionState() != CallSession::ConnectionState::Ended
                      && m_session->connectionState() != CallSession::ConnectionState::Idle;
    if (!open) {
        if (m_state != State::NoCall) {
            clearCall();
            setState(State::NoCall);
        }
        return;
    }
    if (callId == m_callId && m_state != State::NoCall)
        return;
    // Another call (perhaps of the same meeting: what its lock-down replaced is kept by meeting).
    clearCall();
    m_callId = callId;
    setState(State::NotLoaded);
}

void MeetingOptionsController::clearCall()
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
    m_callId.clear();
    m_organizerId.clear();
    m_meetingId.clear();
    m_current = {};
    m_unavailable.clear();
    m_error.clear();
    m_adminHint.clear();
}

void MeetingOptionsController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void MeetingOptionsController::sendWhile(State state, GraphRequest *request, std::function<void()> succeeded)
{
    const quint64 generation = m_generation;
    connect(request, &GraphRequest::succeeded, this, [this, generation, succeeded = std::move(succeeded)] {
        if (generation == m_generation)
            succeeded();
    });
    connect(request, &GraphRequest::failed, this, [this, generation](const GraphError &error) {
        if (generation == m_generation)
            fail(error);
    });
    m_inFlight = request;
    setState(state);
    m_client->send(request);
}

void MeetingOptionsController::load()
{
    if (m_state == State::NoCall || isBusy())
        return;
    const CallInfo info = m_session->callInfo();
    if (info.organizerId.isEmpty() || info.joinWebUrl.isEmpty()) {
        m_unavailable = tr("Graph did not say who organised this meeting or which link it has (as when it is "
                           "joined by its meeting ID), so Moderato cannot find its options. Join it from its "
                           "link to change them.");
        setState(State::Unavailable);
        return;
    }
    m_organizerId = info.organizerId;
    auto *request = new GetOnlineMeetingByJoinUrlRequest(info.organizerId, info.joinWebUrl, this);
    sendWhile(State::Loading, request, [this, request] {
        const QJsonObject meeting = request->meeting();
        if (meeting.isEmpty()) {
            m_unavailable = tr("Graph finds no online meeting with this link among those of its organiser, so "
                               "Moderato cannot show its options.");
            setState(State::Unavailable);
            return;
        }
        m_meetingId = meeting.value(QLatin1String("id")).toString();
        m_current = MeetingOptions::fromJson(meeting);
        m_error.clear();
        m_adminHint.clear();
        setState(State::Ready);
        Q_EMIT loaded();
    });
}

bool MeetingOptionsController::apply(const MeetingOptions &wanted)
{
    return send(wanted, Purpose::Apply);
}

bool MeetingOptionsController::lockDown()
{
    if (!isLoaded() || isBusy())
        return false;
    return send(m_lockDownSet, Purpose::LockDown);
}

bool MeetingOptionsController::restore()
{
    if (!canRestore())
        return false;
    return send(beforeLockDown(), Purpose::Restore);
}

bool MeetingOptionsController::letEveryoneIn()
{
    return send(MeetingOptions::everyoneBypassesLobby(), Purpose::LetEveryoneIn);
}

bool MeetingOptionsController::send(const MeetingOptions &wanted, Purpose purpose)
{
    if (!isLoaded() || isBusy() || m_state == State::NoCall)
        return false;
    const QJsonObject changes = wanted.toPatchJson(m_current);
    // The values a lock-down replaces, unless an earlier lock-down already holds the older ones.
    const MeetingOptions replaced = wanted.valuesIn(m_current);
    if (changes.isEmpty()) {
        if (purpose == Purpose::Restore)
            m_before.remove(m_meetingId);
        Q_EMIT applied(tr("Nothing to change: the meeting already has these options."));
        Q_EMIT stateChanged();
        return true;
    }
    auto *request = new UpdateOnlineMeetingRequest(m_organizerId, m_meetingId, changes, this);
    sendWhile(State::Applying, request, [this, request, purpose, replaced] {
        m_current = MeetingOptions::fromJson(request->meeting());
        m_error.clear();
        m_adminHint.clear();
        QString sentence;
        switch (purpose) {
        case Purpose::Apply: sentence = tr("The meeting options were changed."); break;
        case Purpose::LockDown:
            if (!canRestore())
                m_before.insert(m_meetingId, replaced);
            sentence = tr("The meeting is locked down: attendees cannot unmute or share video, only organisers "
                          "present, and everyone new waits in the lobby. Restore puts back what was there before.");
            if (m_lockDownSet != MeetingOptions::defaultLockDown())
                sentence = tr("The meeting is locked down. Restore puts back what was there before.");
            break;
        case Purpose::Restore:
            m_before.remove(m_meetingId);
            sentence = tr("The meeting options from before the lock-down are back.");
            break;
        case Purpose::LetEveryoneIn:
            sentence = tr("Everyone bypasses the lobby now: the people waiting are let in, and so is anyone who "
                          "joins later. Graph cannot admit one person alone.");
            break;
        }
        setState(State::Ready);
        Q_EMIT applied(sentence);
    });
    return true;
}

void MeetingOptionsController::fail(const GraphError &error)
{
    m_adminHint.clear();
    if (isMissingAccessPolicy(error)) {
        m_error = tr("The tenant has not allowed Moderato to read or change the online meetings of this meeting's "
                     "organiser. A Teams administrator can allow it with these two PowerShell lines (changes can "
                     "take up to 30 minutes to reach Graph):");
        m_adminHint = accessPolicyLines(m_clientId, m_organizerId);
    } else if (error.httpStatus == 403 && !error.missingPermission().isEmpty()) {
        m_error = tr("Moderato's app registration lacks the application permission %1: an administrator must add "
                     "OnlineMeetings.ReadWrite.All and grant admin consent.")
                      .arg(error.missingPermission());
    } else if (error.httpStatus == 404) {
        m_error = tr("Graph no longer finds this online meeting: it may have been deleted.");
    } else if (error.httpStatus == 400) {
        m_error = tr("Graph refused these meeting options: %1").arg(error.message);
    } else {
        m_error = error.userMessage();
    }
    // The options read before stay valid after a failed change; without them there is nothing to show.
    setState(isLoaded() ? State::Ready : State::Failed);
    if (isLoaded())
        Q_EMIT stateChanged();
    Q_EMIT failed(m_error, m_adminHint);
}

} // namespace moderato
