#include "core/graph/resource_request.h"

#include <QUuid>

namespace moderato {

void ResourceRequest::requireProperty(QLatin1String property, const QString &refusal)
{
    m_requiredProperty = property;
    m_refusal = refusal;
}

QString ResourceRequest::parseSuccess(const QJsonDocument &body)
{
    m_resource = body.object();
    if (!m_requiredProperty.isEmpty() && !m_resource.value(m_requiredProperty).isString())
        return m_refusal;
    return {};
}

ParticipantActionRequest::ParticipantActionRequest(const QString &callId, const QString &participantId,
                                                   const QString &action, QObject *parent)
    : ResourceRequest(Method::Post, callPath(callId, {QStringLiteral("participants"), participantId, action}), parent)
    , m_participantId(participantId)
    , m_clientContext(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setJsonBody({{QStringLiteral("clientContext"), m_clientContext}});
}

} // namespace moderato
