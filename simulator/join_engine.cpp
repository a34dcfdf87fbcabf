#include "simulator/join_engine.h"

#include "simulator/call_lifetime.h"
#include "simulator/churn_engine.h"
#include "simulator/graph_error_body.h"
#include "simulator/invitation_engine.h"
#include "simulator/odata.h"
#include "simulator/participant_factory.h"
#include "simulator/sim_clock.h"
#include "simulator/token_service.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace graphsim {

namespace {

QString typeOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("@odata.type")).toString();
}

bool isType(const QJsonObject &object, QLatin1String type)
{
    // Graph takes the type with or without its leading "#".
    const QString t = typeOf(object);
    return t == type || (t.startsWith(QLatin1Char('#')) && t.mid(1) == type);
}

//! The body of Graph's 403 for an app that is not a calling bot: the calling service's own error,
//! as JSON text inside the message.
HttpResponse notACallingBot(const RequestContext &context)
{
    const QByteArray inner = QJsonDocument(QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("7503")},
                                                       {QStringLiteral("message"),
                                                        QStringLiteral("Application is not registered in our store.")},
                                                       {QStringLiteral("instanceAnnotations"), QJsonArray()}})
                                 .toJson(QJsonDocument::Compact);
    return graphError(403, QStringLiteral("UnknownError"), QString::fromUtf8(inner), context);
}

} // namespace

JoinEngine::JoinEngine(World &world, Scheduler &scheduler, const SimClock &clock, CallLifetime &lifetime,
                       ChurnEngine &churn)
    : m_world(world)
    , m_scheduler(scheduler)
    , m_clock(clock)
    , m_lifetime(lifetime)
    , m_churn(churn)
{}

JoinEngine::Match JoinEngine::match(const QJsonObject &body, const QString &tenantId) const
{
    Match result;
    const QJsonObject meetingInfo = body.value(QStringLiteral("meetingInfo")).toObject();
    const QString threadId =
        body.value(QStringLiteral("chatInfo")).toObject().value(QStringLiteral("threadId")).toString();
    if (isType(meetingInfo, QLatin1String("microsoft.graph.joinMeetingIdMeetingInfo"))) {
        QString id = meetingInfo.value(QStringLiteral("joinMeetingId")).toString();
        id.remove(QLatin1Char(' '));
        for (const ScenarioMeeting &m : m_world.scenario().meetings) {
            if (!m.joinMeetingId.isEmpty() && m.joinMeetingId == id) {
                if (!m.passcode.isEmpty() && meetingInfo.value(QStringLiteral("passcode")).toString() != m.passcode) {
                    // Not documented: Graph is known to end a failed join with a resultInfo, not
                    // to refuse the POST. The subcode here is the simulator's own.
                    result.failCode = 403;
                    result.failSubcode = 10001;
                    result.failMessage = QStringLiteral("The passcode does not match the meeting.");
                    return result;
                }
                result.meeting = &m;
                return result;
            }
        }
        result.failCode = 404;
        result.failSubcode = 10002;
        result.failMessage = QStringLiteral("No meeting has this meeting id.");
        return result;
    }
    if (isType(meetingInfo, QLatin1String("microsoft.graph.organizerMeetingInfo")) && !threadId.isEmpty()) {
        const QString organizer = meetingInfo.value(QStringLiteral("organizer"))
                                      .toObject()
                                      .value(QStringLiteral("user"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        for (const ScenarioMeeting &m : m_world.scenario().meetings) {
            if (m.threadId == threadId && m.organizerId.compare(organizer, Qt::CaseInsensitive) == 0) {
                result.meeting = &m;
                return result;
            }
        }
    }
    // A call of the scenario on the same thread: the meeting is already going on.
    for (CallState *existing : m_world.calls()) {
        const QString existingThread = existing->properties.value(QStringLiteral("chatInfo"))
                                           .toObject()
                                           .value(QStringLiteral("threadId"))
                                           .toString();
        if (!threadId.isEmpty() && existingThread == threadId
            && existing->tenantId.compare(tenantId, Qt::CaseInsensitive) == 0) {
            result.existingCall = existing;
            return result;
        }
    }
    if (!threadId.isEmpty() || !meetingInfo.isEmpty()) {
        // Seen on Graph: 201, then terminated with "bad request" (DiagCode 400#2203).
        result.failCode = 400;
        result.failSubcode = 2203;
        result.failMessage = QStringLiteral("The meeting could not be found.");
    }
    return result;
}

HttpResponse JoinEngine::join(const IssuedToken &token, const QByteArray &rawBody, const RequestContext &context)
{
    const ScenarioApp *app = m_world.scenario().app(token.tenantId, token.clientId);
    if (app && !app->callingEnabled)
        return notACallingBot(context);
    const auto body = jsonObjectBody(rawBody, false);
    if (!body)
        return invalidJsonPayload(context);
    const QJsonValue callback = body->value(QStringLiteral("callbackUri"));
    if (!callback.isString() || callback.toString().isEmpty())
        return badRequest(QStringLiteral("Call must have a callbackUri."), context);
    const QUrl callbackUrl(callback.toString());
    if (!callbackUrl.isValid() || callbackUrl.scheme() != QLatin1String("https") || callbackUrl.host().isEmpty())
        return badRequest(QStringLiteral("callbackUri must be an absolute https URL."), context);
    if (!body->value(QStringLiteral("mediaConfig")).isObject())
        return badRequest(QStringLiteral("Call must have a mediaConfig."), context);
    if (!body->value(QStringLiteral("requestedModalities")).isArray()
        || body->value(QStringLiteral("requestedModalities")).toArray().isEmpty())
        return badRequest(QStringLiteral("Call must have requestedModalities."), context);
    const Match found = match(*body, token.tenantId);
    CallState call;
    call.id = newUuid();
    call.tenantId = token.tenantId;
    call.ownerClientId = token.clientId;
    call.state = QStringLiteral("establishing");
    call.properties = *body;
    call.properties.remove(QStringLiteral("@odata.type"));
    call.properties.insert(QStringLiteral("direction"), QStringLiteral("outgoing"));
    call.properties.insert(QStringLiteral("callChainId"), newUuid());
    call.properties.insert(QStringLiteral("callRoutes"), QJsonArray());
    call.properties.insert(QStringLiteral("activeModalities"), QJsonArray());
    call.properties.insert(QStringLiteral("routingPolicies"), QJsonArray());
    call.properties.insert(QStringLiteral("resultInfo"), QJsonValue());
    bool lobby = false;
    if (found.meeting) {
        const ScenarioMeeting &m = *found.meeting;
        call.roster = m.participants;
        call.churn = m.churn;
        lobby = m.lobbyForApps;
        if (!m.subject.isEmpty())
            call.properties.insert(QStringLiteral("subject"), m.subject);
        if (!m.joinWebUrl.isEmpty())
            call.properties.insert(QStringLiteral("joinWebUrl"), m.joinWebUrl);
        call.properties.insert(QStringLiteral("chatInfo"),
                               QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.chatInfo")},
                                           {QStringLiteral("threadId"), m.threadId},
                                           {QStringLiteral("messageId"), QStringLiteral("0")}});
    } else if (found.existingCall) {
        for (const QJsonObject &p : found.existingCall->roster) {
            if (!isApplicationParticipant(p))
                call.roster.append(p);
        }
        call.churn = found.existingCall->churn;
        call.nextSourceId = found.existingCall->nextSourceId;
    }
    const QString botName = app && !app->displayName.isEmpty() ? app->displayName : QString();
    QJsonObject bot = ParticipantFactory::bot(token.clientId, botName, call.takeSourceId());
    bot.insert(QStringLiteral("isInLobby"), lobby);
    call.appendParticipant(bot);
    CallState &stored = m_world.addCall(call);
    m_lifetime.keepAlive(stored);

    const QString callId = stored.id;
    if (found.failCode) {
        const QJsonObject resultInfo =
            InvitationEngine::resultInfo(found.failCode, found.failSubcode, found.failMessage);
        m_scheduler.schedule(m_clock.elapsedMs() + 500, [this, callId, resultInfo] {
            if (CallState *c = m_world.call(callId); c && c->state != QLatin1String("terminated"))
                CallLifetime::end(*c, resultInfo);
        });
    } else {
        establishLater(callId, lobby);
    }

    QJsonObject json = stored.toGraphJson();
    json.insert(QStringLiteral("@odata.context"),
                metadataContext(context, QStringLiteral("communications/calls/$entity")));
    HttpResponse response = HttpResponse::json(201, json);
    response.setHeader("Location", (context.root + QStringLiteral("/v1.0/communications/calls/") + callId).toUtf8());
    return response;
}

void JoinEngine::establishLater(const QString &callId, bool lobby)
{
    const qint64 due = m_clock.elapsedMs() + qint64(m_world.options().joinDelaySeconds * 1000);
    m_scheduler.schedule(due, [this, callId, lobby] {
        CallState *c = m_world.call(callId);
        // Waiting in the lobby, the bot's leg stays establishing until someone lets it in.
        if (c && c->state == QLatin1String("establishing") && !lobby) {
            c->state = QStringLiteral("established");
            m_churn.startCall(*c, m_clock.elapsedMs());
        }
    });
}

bool JoinEngine::admit(const QString &callId)
{
    CallState *call = m_world.call(callId);
    if (!call || call->state != QLatin1String("establishing"))
        return false;
    const qsizetype bot = call->indexOfParticipant(call->myParticipantId());
    if (bot < 0 || !call->roster.at(bot).value(QStringLiteral("isInLobby")).toBool())
        return false;
    call->roster[bot].insert(QStringLiteral("isInLobby"), false);
    call->state = QStringLiteral("established");
    m_churn.startCall(*call, m_clock.elapsedMs());
    return true;
}

} // namespace graphsim
