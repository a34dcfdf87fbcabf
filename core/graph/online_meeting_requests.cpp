#include "core/graph/online_meeting_requests.h"

#include <QJsonArray>

namespace moderato {

namespace {

// lobbyBypassSettings.scope is an evolvable enum: without this header Graph reads "invited" and
// "organizationExcludingGuests" as "unknownFutureValue" (lobbybypasssettings.md).
constexpr char kPreferUnknownMembers[] = "include-unknown-enum-members";

QStringList meetingsOf(const QString &organizerId)
{
    return {QStringLiteral("users"), organizerId, QStringLiteral("onlineMeetings")};
}

} // namespace

GetOnlineMeetingByJoinUrlRequest::GetOnlineMeetingByJoinUrlRequest(const QString &organizerId,
                                                                   const QString &joinWebUrl, QObject *parent)
    : GraphRequest(Method::Get, meetingsOf(organizerId), parent)
{
    setIdempotent(true);
    if (joinWebUrl.isEmpty())
        setInvalid(tr("the meeting's link is not known"));
    QString quoted = joinWebUrl;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''")); // OData string literal
    addQueryItem(QStringLiteral("$filter"), QStringLiteral("JoinWebUrl eq '%1'").arg(quoted));
    setRequestHeader("Prefer", kPreferUnknownMembers);
}

QString GetOnlineMeetingByJoinUrlRequest::parseSuccess(const QJsonDocument &body)
{
    const QJsonValue value = body.object().value(QLatin1String("value"));
    if (!value.isArray())
        return tr("the answer is not a list of online meetings");
    const QJsonArray meetings = value.toArray();
    m_meeting = meetings.isEmpty() ? QJsonObject() : meetings.first().toObject();
    if (!meetings.isEmpty() && !m_meeting.value(QLatin1String("id")).isString())
        return tr("the answer is not an online meeting (it has no id)");
    return {};
}

UpdateOnlineMeetingRequest::UpdateOnlineMeetingRequest(const QString &organizerId, const QString &meetingId,
                                                       const QJsonObject &changes, QObject *parent)
    : ResourceRequest(Method::Patch, meetingsOf(organizerId) + QStringList{meetingId}, parent)
{
    setIdempotent(true);
    if (changes.isEmpty())
        setInvalid(tr("nothing to change"));
    setJsonBody(changes);
    setRequestHeader("Prefer", kPreferUnknownMembers);
    requireProperty(QLatin1String("id"), tr("the answer is not an online meeting (it has no id)"));
}

} // namespace moderato
