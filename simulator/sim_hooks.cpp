#include "simulator/sim_hooks.h"

#include "simulator/fault_plan.h"
#include "simulator/odata.h"
#include "simulator/request_log.h"
#include "simulator/sim_clock.h"
#include "simulator/token_service.h"
#include "simulator/world.h"

namespace graphsim {

SimHooks::SimHooks(RequestLog &log, FaultPlan &faults, SimClock &clock, TokenService &tokens, World &world,
                   std::function<void()> runDue, std::function<bool(const QString &)> admit)
    : m_log(log)
    , m_faults(faults)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_world(world)
    , m_runDue(std::move(runDue))
    , m_admit(std::move(admit))
{}

void SimHooks::registerOn(Router &router)
{
    router.add("GET", QStringLiteral("/_sim/log"), [this] { return HttpResponse::json(200, m_log.toJson()); });
    router.add("DELETE", QStringLiteral("/_sim/log"), [this] {
        m_log.clear();
        return HttpResponse::noContent();
    });
    router.add("GET", QStringLiteral("/_sim/faults"), [this] { return HttpResponse::json(200, m_faults.toJson()); });
    router.add("POST", QStringLiteral("/_sim/faults"),
               [this](const HttpRequest &r, const QStringList &, const RequestContext &c) { return addFaults(r, c); });
    router.add("DELETE", QStringLiteral("/_sim/faults"), [this] {
        m_faults.clear();
        return HttpResponse::noContent();
    });
    router.add("GET", QStringLiteral("/_sim/clock"), [this] { return clockJson(); });
    router.add(
        "POST", QStringLiteral("/_sim/clock"),
        [this](const HttpRequest &r, const QStringList &, const RequestContext &c) { return advanceClock(r, c); });
    router.add("POST", QStringLiteral("/_sim/tokens/expire"), [this] {
        m_tokens.expireAll();
        return HttpResponse::noContent();
    });
    router.add("GET", QStringLiteral("/_sim/state"), [this] { return state(); });
    router.add("GET", QStringLiteral("/_sim/onlineMeetings"), [this] {
        QJsonArray meetings;
        for (const OnlineMeetingState *m : m_world.onlineMeetings()) {
            meetings.append(QJsonObject{{QStringLiteral("id"), m->id},
                                        {QStringLiteral("organizerId"), m->meeting.organizerId},
                                        {QStringLiteral("joinWebUrl"), m->meeting.joinWebUrl},
                                        {QStringLiteral("threadId"), m->meeting.threadId},
                                        {QStringLiteral("options"), m->options}});
        }
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("onlineMeetings"), meetings}});
    });
    router.add("POST", QStringLiteral("/_sim/calls/{}/admit"),
               [this](const HttpRequest &, const QStringList &p, const RequestContext &c) {
                   // The organiser lets the bot in from the lobby.
                   if (!m_admit(p.at(0)))
                       return badRequest(QStringLiteral("No bot waits in the lobby of call '%1'.").arg(p.at(0)), c);
                   return HttpResponse::noContent();
               });
}

HttpResponse SimHooks::clockJson() const
{
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("elapsedMs"), m_clock.elapsedMs()},
                         {QStringLiteral("mode"), m_clock.mode() == SimClock::Mode::Manual ? QStringLiteral("manual")
                                                                                           : QStringLiteral("real")}});
}

HttpResponse SimHooks::advanceClock(const HttpRequest &request, const RequestContext &context)
{
    const auto body = jsonObjectBody(request.body, false);
    if (!body)
        return invalidJsonPayload(context);
    const QJsonValue seconds = body->value(QStringLiteral("advanceSeconds"));
    // At most a year: the clock counts milliseconds in a qint64.
    if (!seconds.isDouble() || !(seconds.toDouble() >= 0 && seconds.toDouble() <= 365.0 * 24 * 3600))
        return badRequest(QStringLiteral("advanceSeconds must be a number of seconds from 0 to 31536000."), context);
    m_clock.advance(qint64(seconds.toDouble() * 1000));
    m_runDue();
    return clockJson();
}

HttpResponse SimHooks::addFaults(const HttpRequest &request, const RequestContext &context)
{
    const auto body = jsonObjectBody(request.body, false);
    if (!body)
        return invalidJsonPayload(context);
    if (!body->value(QStringLiteral("faults")).isArray())
        return badRequest(QStringLiteral("Expected {\"faults\": [rule, ...]}."), context);
    QString error;
    if (!m_faults.add(body->value(QStringLiteral("faults")).toArray(), &error))
        return badRequest(error, context);
    return HttpResponse::json(200, m_faults.toJson());
}

HttpResponse SimHooks::state() const
{
    QJsonArray calls;
    for (CallState *call : m_world.calls()) {
        QJsonArray roster;
        for (const QJsonObject &p : call->roster)
            roster.append(p);
        QJsonArray pending;
        for (const PendingInvitee &invitee : call->pending) {
            pending.append(QJsonObject{{QStringLiteral("participantId"), invitee.participantId},
                                       {QStringLiteral("operationId"), invitee.operationId},
                                       {QStringLiteral("outcome"), outcomeName(invitee.outcome)},
                                       {QStringLiteral("dueAt"), m_clock.at(invitee.dueMs).toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("invitation"), invitee.invitation}});
        }
        QJsonArray operations;
        for (const CommsOperation &operation : call->operations)
            operations.append(operation.toJson());
        calls.append(QJsonObject{
            {QStringLiteral("id"), call->id},
            {QStringLiteral("tenantId"), call->tenantId},
            {QStringLiteral("state"), call->state},
            {QStringLiteral("ownerClientId"), call->ownerClientId},
            {QStringLiteral("threadId"),
             call->properties.value(QStringLiteral("chatInfo")).toObject().value(QStringLiteral("threadId"))},
            {QStringLiteral("resultInfo"), call->properties.value(QStringLiteral("resultInfo"))},
            {QStringLiteral("lastKeepAlive"), m_clock.at(call->lastKeepAliveMs).toString(Qt::ISODateWithMs)},
            {QStringLiteral("participants"), roster},
            {QStringLiteral("pendingInvitees"), pending},
            {QStringLiteral("operations"), operations}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("calls"), calls}});
}

} // namespace graphsim
