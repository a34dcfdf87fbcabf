#include "simulator/participant_action.h"

#include "simulator/graph_error_body.h"
#include "simulator/http_message.h"
#include "simulator/odata.h"

namespace graphsim {

namespace {

constexpr int kMaxClientContext = 256;

} // namespace

QString clientContextProblem(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        return QStringLiteral("clientContext must be a string.");
    if (value.toString().size() > kMaxClientContext)
        return QStringLiteral("clientContext must be at most %1 characters.").arg(kMaxClientContext);
    return {};
}

HttpResponse participantNotFound(const QString &participantId, const RequestContext &context)
{
    return graphError(404, QStringLiteral("itemNotFound"),
                      QStringLiteral("Participant '%1' was not found in the call.").arg(participantId), context);
}

ParticipantAction acceptParticipantAction(const OnCall &on)
{
    ParticipantAction action;
    const auto body = jsonObjectBody(on.request.body, true);
    if (!body) {
        action.refusal = invalidJsonPayload(on.context);
        return action;
    }
    const QJsonValue clientContext = body->value(QStringLiteral("clientContext"));
    if (const QString problem = clientContextProblem(clientContext); !problem.isEmpty()) {
        action.refusal = badRequest(problem, on.context);
        return action;
    }
    action.participantId = on.params.at(1);
    action.index = on.call.indexOfParticipant(action.participantId);
    if (action.index < 0) {
        action.refusal = participantNotFound(action.participantId, on.context);
        return action;
    }
    action.clientContext = clientContext.toString();
    action.call = &on.call;
    return action;
}

CommsOperation &recordOperation(const ParticipantAction &action, const QString &odataType, const QString &status)
{
    CommsOperation operation;
    operation.id = newUuid();
    operation.odataType = odataType;
    operation.status = status;
    operation.clientContext = action.clientContext;
    return *action.call->operations.insert(operation.id, operation);
}

HttpResponse operationAnswer(int status, const CallState &call, const QJsonObject &operation,
                             const QString &operationId, const RequestContext &context)
{
    HttpResponse response = HttpResponse::json(status, operation);
    response.setHeader(
        "Location",
        (context.root + QStringLiteral("/v1.0/communications/calls/%1/operations/%2").arg(call.id, operationId))
            .toUtf8());
    return response;
}

} // namespace graphsim
