#include "core/calls/result_info.h"

#include "core/calls/json_fields.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <limits>

namespace moderato {

namespace {

std::optional<int> readCode(const QJsonValue &value)
{
    const auto n = json::integer(value);
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*n);
}

} // namespace

ResultInfo ResultInfo::fromJson(const QJsonValue &value)
{
    ResultInfo info;
    if (!value.isObject())
        return info;
    const QJsonObject object = value.toObject();
    info.code = readCode(object.value(QLatin1String("code")));
    info.subcode = readCode(object.value(QLatin1String("subcode")));
    info.message = json::string(object.value(QLatin1String("message")));
    return info;
}

QString ResultInfo::codeText() const
{
    if (!code)
        return subcode ? QStringLiteral("?/%1").arg(*subcode) : QString();
    if (!subcode)
        return QString::number(*code);
    return QStringLiteral("%1/%2").arg(*code).arg(*subcode);
}

InvitationOutcome outcomeFromResultInfo(const ResultInfo &info)
{
    if (!info.code)
        return InvitationOutcome::Unknown;
    const int c = *info.code;
    if (c >= 200 && c < 300)
        return InvitationOutcome::Connected;
    switch (c) {
    case 603: return InvitationOutcome::Declined;
    case 486: return InvitationOutcome::Busy;
    case 408: // request timeout: nobody picked up
        return InvitationOutcome::NoAnswer;
    case 480: // temporarily unavailable: no device or client to ring
        return InvitationOutcome::Unreachable;
    case 487: return InvitationOutcome::Cancelled;
    default: return InvitationOutcome::Failed;
    }
}

QString describe(InvitationOutcome outcome, const ResultInfo &info)
{
    switch (outcome) {
    case InvitationOutcome::Ringing: return QCoreApplication::translate("moderato::Invitation", "Ringing");
    case InvitationOutcome::Connected: return QCoreApplication::translate("moderato::Invitation", "Joined");
    case InvitationOutcome::Declined: return QCoreApplication::translate("moderato::Invitation", "Declined");
    case InvitationOutcome::Busy: return QCoreApplication::translate("moderato::Invitation", "Busy");
    case InvitationOutcome::NoAnswer: return QCoreApplication::translate("moderato::Invitation", "Didn't answer");
    case InvitationOutcome::Unreachable:
        return QCoreApplication::translate("moderato::Invitation", "Couldn't be reached");
    case InvitationOutcome::Cancelled: return QCoreApplication::translate("moderato::Invitation", "Cancelled");
    case InvitationOutcome::Failed: {
        const QString message = info.message.isEmpty()
                                    ? QCoreApplication::translate("moderato::Invitation", "no reason given")
                                    : info.message;
        const QString codes = info.codeText();
        if (codes.isEmpty())
            return QCoreApplication::translate("moderato::Invitation", "Failed: %1").arg(message);
        return QCoreApplication::translate("moderato::Invitation", "Failed: %1 (code %2)").arg(message, codes);
    }
    case InvitationOutcome::Unknown: break;
    }
    return QCoreApplication::translate("moderato::Invitation", "Unknown");
}

QString outcomeName(InvitationOutcome outcome)
{
    switch (outcome) {
    case InvitationOutcome::Ringing: return QStringLiteral("ringing");
    case InvitationOutcome::Connected: return QStringLiteral("connected");
    case InvitationOutcome::Declined: return QStringLiteral("declined");
    case InvitationOutcome::Busy: return QStringLiteral("busy");
    case InvitationOutcome::NoAnswer: return QStringLiteral("noAnswer");
    case InvitationOutcome::Unreachable: return QStringLiteral("unreachable");
    case InvitationOutcome::Cancelled: return QStringLiteral("cancelled");
    case InvitationOutcome::Failed: return QStringLiteral("failed");
    case InvitationOutcome::Unknown: break;
    }
    return QStringLiteral("unknown");
}

} // namespace moderato
