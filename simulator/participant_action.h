// What the POST …/participants/{id}/{action} routes share (mute, startHoldMusic, stopHoldMusic):
// the same checks in the same order, a new operation on the call, and its answer with a Location.
#pragma once

#include "simulator/call_routes.h"
#include "simulator/call_state.h"

namespace graphsim {

//! What is wrong with an optional clientContext value (a string of at most 256 characters).
QString clientContextProblem(const QJsonValue &value);

HttpResponse participantNotFound(const QString &participantId, const RequestContext &context);

//! An action on one participant of the caller's own call, accepted or refused.
struct ParticipantAction
{
    CallState *call = nullptr;
    QString participantId;
    qsizetype index = -1; //!< in call->roster
    QString clientContext;
    HttpResponse refusal;
    bool ok() const { return call != nullptr; }
};

//! Checks, in Graph's order, after the token and the call (onCall()): a JSON object body, an
//! optional clientContext string of at most 256 characters, then the participant (the path's
//! second "{}") in the roster.
ParticipantAction acceptParticipantAction(const OnCall &on);

//! Adds an operation of \a odataType with \a status to the action's call and returns it.
CommsOperation &recordOperation(const ParticipantAction &action, const QString &odataType, const QString &status);

//! The answer \a status carrying \a operation, with the Location of the operation.
HttpResponse operationAnswer(int status, const CallState &call, const QJsonObject &operation,
                             const QString &operationId, const RequestContext &context);

} // namespace graphsim
