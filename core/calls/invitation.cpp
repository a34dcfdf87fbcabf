#include "core/calls/invitation.h"

#include <QCoreApplication>

namespace moderato {

QString statusSourceName(StatusSource source)
{
    switch (source) {
    case StatusSource::Request: return QStringLiteral("request");
    case StatusSource::OperationPoll: return QStringLiteral("operation");
    case StatusSource::Notification: return QStringLiteral("notification");
    case StatusSource::Roster: return QStringLiteral("roster");
    case StatusSource::Timeout: return QStringLiteral("timeout");
    case StatusSource::Cancel: return QStringLiteral("cancel");
    }
    return {};
}

QString InvitationInvitee::label() const
{
    if (!displayName.isEmpty())
        return displayName;
    if (!id.isEmpty())
        return id;
    return QCoreApplication::translate("moderato::Invitation", "Guest");
}

qint64 Invitation::elapsedRinging(const QDateTime &now) const
{
    if (!sentAt.isValid())
        return 0;
    const QDateTime end = (!isPending() && endedAt.isValid()) ? endedAt : now;
    return std::max<qint64>(0, sentAt.secsTo(end));
}

} // namespace moderato
