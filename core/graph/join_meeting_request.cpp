#include "core/graph/join_meeting_request.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace moderato {

std::optional<MeetingToJoin> MeetingToJoin::fromJoinUrl(const QUrl &url, QString *error) {
    const auto fail = [error](const QString &why) -> std::optional<MeetingToJoin> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!url.isValid() || url.scheme() != QLatin1String("https"))
        return fail(JoinMeetingRequest::tr("a Teams join link starts with https://"));
    const QStringList segments =
        url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(QLatin1String("meetup-join"));
    if (at < 0 || at + 1 >= segments.size())
        return fail(JoinMeetingRequest::tr(
            "the link is not a Teams meeting join link (no /meetup-join/ part)"));

    MeetingToJoin meeting;
    meeting.threadId = segments.at(at + 1);
    if (at + 2 < segments.size())
        meeting.messageId = segments.at(at + 2);
    const QString context =
        QUrlQuery(url).queryItemValue(QStringLiteral("context"), QUrl::FullyDecoded);
    const QJsonObject contextObject = QJsonDocument::fromJson(context.toUtf8()).object();
    meeting.tenantId = contextObject.value(QLatin1String("Tid")).toString();
    meeting.organizerId = contextObject.value(QLatin1String("Oid")).toString();
    if (!meeting.threadId.contains(QLatin1String("@thread")))
        return fail(JoinMeetingRequest::tr("the link does not name a meeting thread"));
    if (meeting.tenantId.isEmpty() || meeting.organizerId.isEmpty())
        return fail(
            JoinMeetingRequest::tr("the link lacks the organizer and tenant (its context part)"));
    return meeting;
}

QJsonObject MeetingToJoin::toCallBody() const {
    const QString identityType = QStringLiteral("#microsoft.graph.identity");
    QJsonObject body{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.call")},
        {QStringLiteral("callbackUri"), callbackUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("requestedModalities"), QJsonArray{QStringLiteral("audio")}},
        {QStringLiteral("mediaConfig"),
         QJsonObject{{QStringLiteral("@odata.type"),
                      QStringLiteral("#microsoft.graph.serviceHostedMediaConfig")}}},
    };
    if (!tenantId.isEmpty())
        body.insert(QStringLiteral("tenantId"), tenantId);
    if (!joinMeetingId.isEmpty()) {
        QJsonObject info{{QStringLiteral("@odata.type"),
                          QStringLiteral("#microsoft.graph.joinMeetingIdMeetingInfo")},
                         {QStringLiteral("joinMeetingId"), joinMeetingId}};
        if (!passcode.isEmpty())
            info.insert(QStringLiteral("passcode"), passcode);
        body.insert(QStringLiteral("meetingInfo"), info);
        return body;
    }
    body.insert(
        QStringLiteral("chatInfo"),
        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.chatInfo")},
                    {QStringLiteral("threadId"), threadId},
                    {QStringLiteral("messageId"), messageId}});
    QJsonObject organizer{{QStringLiteral("@odata.type"), identityType},
                          {QStringLiteral("id"), organizerId}};
    if (!tenantId.isEmpty())
        organizer.insert(QStringLiteral("tenantId"), tenantId);
    body.insert(QStringLiteral("meetingInfo"),
                QJsonObject{{QStringLiteral("@odata.type"),
                             QStringLiteral("#microsoft.graph.organizerMeetingInfo")},
                            {QStringLiteral("organizer"),
                             QJsonObject{{QStringLiteral("@odata.type"),
                                          QStringLiteral("#microsoft.graph.identitySet")},
                                         {QStringLiteral("user"), organizer}}},
                            {QStringLiteral("allowConversationWithoutHost"), true}});
    return body;
}

JoinMeetingRequest::JoinMeetingRequest(const MeetingToJoin &meeting, QObject *parent)
    : GraphRequest(Method::Post, {QStringLiteral("communications"), QStringLiteral("calls")},
                   parent) {
    setIdempotent(false);
    if (!meeting.callbackUri.isValid() || meeting.callbackUri.scheme() != QLatin1String("https"))
        setInvalid(tr("joining needs an https callback URL"));
    if (meeting.joinMeetingId.isEmpty() &&
        (meeting.threadId.isEmpty() || meeting.organizerId.isEmpty()))
        setInvalid(tr("joining needs a meeting thread and organizer, or a meeting id"));
    setJsonBody(meeting.toCallBody());
}

QString JoinMeetingRequest::parseSuccess(const QJsonDocument &body) {
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
