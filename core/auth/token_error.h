#pragma once
#include "core/graph/graph_error.h"

namespace moderato {

//! What a sign-in sentence may mention.
struct SignInContext
{
    QString tenantId;
    QString clientId;
    QString scope;
    QString loginHost;
};

//! Turns a token endpoint's error answer ({"error","error_description","error_codes":[…],
//! "trace_id","correlation_id","timestamp"}) into a GraphError of Kind::Auth whose message is a
//! sentence for the moderator. code = "AADSTS<n>" (or the OAuth error), requestId = trace_id,
//! clientRequestId = correlation_id. Works for any body (HTML, empty).
GraphError tokenErrorFromReply(int status, const QByteArray &body, const SignInContext &context);

//! The sentence for one AADSTS code: 7000215 wrong secret, 7000222 expired secret, 700016 unknown
//! application, 90002 unknown tenant, 70011 bad scope, …; anything else a sentence with the code.
QString aadstsSentence(int code, const SignInContext &context);

} // namespace moderato
