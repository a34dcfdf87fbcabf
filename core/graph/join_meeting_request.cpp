#include "core/graph/join_meeting_request.h"

#include <QJsonArray>

namespace moderato {

QJsonObject MeetingToJoin::toCallBody() const
{
    const QString identityType = QStringLiteral("#microsoft.graph.identity");
    QJsonObject body{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.call")},
        {QStringLiteral("callbackUri"), callbackUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("requestedModalities"), QJsonArray{QStringLiteral("audio")}},
        {QStringLiteral("mediaConfig"),
         QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.serviceHostedMediaConfig")}}},
    };
    if (!tenantId.isEmpty())
        body.insert(QStringLiteral("tenantId"), tenantId);
    if (!joinMeetingId.isEmpty()) {
        QJsonObject info{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.joinMeetingIdMeetingInfo")},
                         {QStringLiteral("joinMeetingId"), joinMeetingId}};
        if (!passcode.isEmpty())
            info.insert(QStringLiteral("passcode"), passcode);
        body.insert(QStringLiteral("meetingInfo"), info);
        return body;
    }
    body.insert(QStringLiteral("chatInfo"),
                QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.chatInfo")},
                            {QStringLiteral("threadId"), threadId},
                            {QStringLiteral("messageId"), messageId}});
    QJsonObject organizer{{QStringLiteral("@odata.type"), identityType}, {QStringLiteral("id"), organizerId}};
    if (!tenantId.isEmpty())
        organizer.insert(QStringLiteral("tenantId"), tenantId);
    body.insert(QStringLiteral("meetingInfo"),
                QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.organizerMeetingInfo")},
                            {QStringLiteral("organizer"), QJsonObject{{QStringLiteral("@odata.type"),
                                                                       QStringLiteral("#microsoft.graph.identitySet")},
                                                                      {QStringLiteral("user"), organizer}}},
                            {QStringLiteral("allowConversationWithoutHost"), true}});
    return body;
}

JoinMeetingRequest::JoinMeetingRequest(const MeetingToJoin &meeting, QObject *parent)
    : GraphRequest(Method::Post, {QStringLiteral("communications"), QStringLiteral("calls")}, parent)
{
    setIdempotent(false);
    if (!meeting.callbackUri.isValid() || meeting.callbackUri.scheme() != QLatin1String("https"))
        setInvalid(tr("joining needs an https callback URL"));
    if (meeting.joinMeetingId.isEmpty() && (meeting.threadId.isEmpty() || meeting.organizerId.isEmpty()))
        setInvalid(tr("joining needs a meeting thread and organizer, or a meeting id"));
    setJsonBody(meeting.toCallBody());
}

QString JoinMeetingRequest::parseSuccess(const QJsonDocument &body)
{
    m_call = body.object();
    m_callId = m_call.value(QLatin1String("id")).toString();
    if (m_callId.isEmpty()) {
        const QStringList segments = location().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!segments.isEmpty())
            m_callId = segments.last();
    }
    if (m_callId.isEmpty())
        return tr("the answer names no call id (no id and no Location)");
    return {};
}

} // namespace moderato
