#include "core/graph/list_participants_request.h"

namespace moderato {

ListParticipantsRequest::ListParticipantsRequest(const QString &callId, QObject *parent)
    : GraphRequest(Method::Get, callPath(callId, {QStringLiteral("participants")}), parent)
    , m_callId(callId)
{}

QString ListParticipantsRequest::participantListProblem(const QJsonValue &value)
{
    if (!value.isArray())
        return tr("the answer has no participant list (\"value\" is not an array)");
    const QJsonArray page = value.toArray();
    for (const QJsonValue participant : page) {
        if (!participant.isObject())
            return tr("the participant list contains something that is not a participant");
    }
    return {};
}

QString ListParticipantsRequest::parseSuccess(const QJsonDocument &body)
{
    const QJsonValue value = body.object().value(QLatin1String("value"));
    if (const QString problem = participantListProblem(value); !problem.isEmpty())
        return problem;
    const QJsonArray page = value.toArray();
    for (const QJsonValue participant : page)
        m_participants.append(participant);
    m_pageBodies.append(responseBody());

    const QJsonValue next = body.object().value(QLatin1String("@odata.nextLink"));
    if (next.isString() && !next.toString().isEmpty())
        followNextLink(QUrl(next.toString()));
    return {};
}

} // namespace moderato
