// The "meetings" of a scenario: Teams meetings an app can join by link or by meeting id.
#include "simulator/online_meetings.h"
#include "simulator/scenario_json.h"

#include <QRegularExpression>

namespace graphsim {

ScenarioMeeting scenariojson::parseMeeting(const QJsonValue &value, const QString &path, const Scenario &scenario)
{
    const QJsonObject object = objectAt(value, path);
    allowOnly(object, path,
              {QStringLiteral("joinWebUrl"), QStringLiteral("joinMeetingId"), QStringLiteral("passcode"),
               QStringLiteral("threadId"), QStringLiteral("tenantId"), QStringLiteral("organizer"),
               QStringLiteral("subject"), QStringLiteral("lobbyForApps"), QStringLiteral("participants"),
               QStringLiteral("churn"), QStringLiteral("meetingOptions")});
    ScenarioMeeting meeting;
    meeting.joinWebUrl = stringAt(object, QStringLiteral("joinWebUrl"), path, false);
    meeting.joinMeetingId = stringAt(object, QStringLiteral("joinMeetingId"), path, false);
    meeting.joinMeetingId.remove(QLatin1Char(' '));
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{9,15}")));
    if (!meeting.joinMeetingId.isEmpty() && !digits.match(meeting.joinMeetingId).hasMatch())
        fail(path + QStringLiteral(".joinMeetingId"), QStringLiteral("must be 9 to 15 digits"));
    meeting.passcode = stringAt(object, QStringLiteral("passcode"), path, false);
    meeting.threadId = stringAt(object, QStringLiteral("threadId"), path, true);
    if (!meeting.threadId.contains(QLatin1String("@thread")))
        fail(path + QStringLiteral(".threadId"),
             QStringLiteral("must be a meeting thread id (19:meeting_…@thread.v2)"));
    meeting.tenantId = tenantIdAt(object, path, scenario);
    const QString organizerPath = path + QStringLiteral(".organizer");
    const QJsonObject organizer = objectAt(object.value(QStringLiteral("organizer")), organizerPath);
    allowOnly(organizer, organizerPath, {QStringLiteral("id"), QStringLiteral("displayName")});
    meeting.organizerId = stringAt(organizer, QStringLiteral("id"), organizerPath, true);
    meeting.organizerName = stringAt(organizer, QStringLiteral("displayName"), organizerPath, false);
    meeting.subject = stringAt(object, QStringLiteral("subject"), path, false);
    meeting.lobbyForApps = boolAt(object, QStringLiteral("lobbyForApps"), path, false);
    QString optionsProblem;
    meeting.meetingOptions =
        OnlineMeetings::withDefaults(object.value(QStringLiteral("meetingOptions")).toObject(), &optionsProblem);
    if (object.contains(QStringLiteral("meetingOptions")) && !object.value(QStringLiteral("meetingOptions")).isObject())
        optionsProblem = QStringLiteral("must be an object");
    if (!optionsProblem.isEmpty())
        fail(path + QStringLiteral(".meetingOptions"), optionsProblem);
    meeting.participants = participantsAt(object, path);
    meeting.churn = churnAt(object, path);
    return meeting;
}

} // namespace graphsim
