#include "core/graph/hold_music_requests.h"

#include <QUuid>

namespace moderato {

HoldMusicRequest::HoldMusicRequest(const QString &callId, const QString &participantId, const QString &verb,
                                   QObject *parent)
    : GraphRequest(Method::Post, callPath(callId, {QStringLiteral("participants"), participantId, verb}), parent)
    , m_participantId(participantId)
    , m_clientContext(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setIdempotent(false); // see the header: never repeated blindly
    setJsonBody({{QStringLiteral("clientContext"), m_clientContext}});
}

QString HoldMusicRequest::parseSuccess(const QJsonDocument &body)
{
    m_operation = body.object();
    return {};
}

StartHoldMusicRequest::StartHoldMusicRequest(const QString &callId, const QString &participantId, QObject *parent)
    : HoldMusicRequest(callId, participantId, QStringLiteral("startHoldMusic"), parent)
{}

StopHoldMusicRequest::StopHoldMusicRequest(const QString &callId, const QString &participantId, QObject *parent)
    : HoldMusicRequest(callId, participantId, QStringLiteral("stopHoldMusic"), parent)
{}

} // namespace moderato
