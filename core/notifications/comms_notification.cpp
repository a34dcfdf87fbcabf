#include "core/notifications/comms_notification.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace moderato {

namespace {

//! A deltaParticipants' sequenceNumber (a number or a string of digits); -1 for anything that is
//! not a whole number from 0 to 2^53, which is read as "no sequence number".
qint64 sequenceNumber(const QJsonValue &value)
{
    constexpr qint64 largest = qint64(1) << 53;
    qint64 n = -1;
    if (value.isString()) {
        bool ok = false;
        n = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return -1;
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d >= 0 && d <= double(largest)) || d != std::trunc(d))
            return -1;
        n = qint64(d);
    }
    return n >= 0 && n <= largest ? n : -1;
}

//! "/communications/calls/{id}/…" (also without the leading slash, and the legacy "/app/calls/…")
//! → the segments after "calls".
std::optional<QStringList> callPath(const QString &resourceUrl)
{
    QStringList segments = resourceUrl.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    if (segments.size() < 3 || segments.contains(QString())
        || (segments.first() != QLatin1String("communications") && segments.first() != QLatin1String("app"))
        || segments.at(1) != QLatin1String("calls"))
        return std::nullopt;
    segments.remove(0, 2);
    return segments;
}

std::optional<CommsNotification::Change> changeOf(const QString &text)
{
    if (text == QLatin1String("created"))
        return CommsNotification::Change::Created;
    if (text == QLatin1String("updated"))
        return CommsNotification::Change::Updated;
    if (text == QLatin1String("deleted"))
        return CommsNotification::Change::Deleted;
    return std::nullopt;
}

//! One entry, or the reason it was skipped.
std::optional<CommsNotification> readEntry(const QJsonObject &entry, QString *why)
{
    const auto change = changeOf(entry.value(QLatin1String("changeType")).toString());
    if (!change) {
        *why = CommsNotification::tr("a notification without a known changeType");
        return std::nullopt;
    }
    QString url = entry.value(QLatin1String("resourceUrl")).toString();
    if (url.isEmpty())
        url = entry.value(QLatin1String("resource")).toString();
    const auto path = callPath(url);
    if (!path) {
        *why = CommsNotification::tr("a notification about something other than a call");
        return std::nullopt;
    }
    CommsNotification n;
    n.change = *change;
    n.callId = path->first();
    const QJsonValue data = entry.value(QLatin1String("resourceData"));
    if (path->size() == 1) {
        if (!data.isObject()) {
            *why = CommsNotification::tr("a call notification without the call");
            return std::nullopt;
        }
        n.kind = CommsNotification::Kind::Call;
        n.entity = data.toObject();
        return n;
    }
    const QString what = path->at(1);
    if (what == QLatin1String("participants") && path->size() == 2) {
        n.kind = CommsNotification::Kind::Participants;
        n.isDelta = n.change != CommsNotification::Change::Updated;
        if (data.isArray()) {
            n.participants = data.toArray();
        } else if (data.isObject()
                   && data.toObject().value(QLatin1String("@odata.type")).toString()
                          == QLatin1String("#microsoft.graph.deltaParticipants")) {
            const QJsonObject delta = data.toObject();
            n.isDelta = true;
            n.participants = delta.value(QLatin1String("participants")).toArray();
            n.sequenceNumber = sequenceNumber(delta.value(QLatin1String("sequenceNumber")));
        } else if (data.isObject()) {
            n.participants = QJsonArray{data};
            n.isDelta = true; // one participant: a change, never the whole roster
        } else {
            *why = CommsNotification::tr("a roster notification without participants");
            return std::nullopt;
        }
        return n;
    }
    if (what == QLatin1String("operations") && path->size() == 3 && data.isObject()) {
        n.kind = CommsNotification::Kind::Operation;
        n.operationId = path->at(2);
        n.entity = data.toObject();
        return n;
    }
    *why = CommsNotification::tr("a notification about %1, which Moderato does not follow").arg(what);
    return std::nullopt;
}

} // namespace

std::optional<CommsNotificationBatch> parseCommsNotifications(const QByteArray &body, QString *error)
{
    if (body.size() > MaxNotificationBodyBytes) {
        *error = CommsNotification::tr("The notification is larger than Moderato reads.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("value")).isArray()) {
        *error = CommsNotification::tr("The notification is not a commsNotifications body.");
        return std::nullopt;
    }
    error->clear();
    CommsNotificationBatch batch;
    for (const QJsonValue &value : doc.object().value(QLatin1String("value")).toArray()) {
        QString why;
        if (!value.isObject())
            why = CommsNotification::tr("an entry that is not an object");
        else if (auto n = readEntry(value.toObject(), &why))
            batch.notifications.append(std::move(*n));
        if (!why.isEmpty())
            batch.skipped.append(why);
    }
    return batch;
}

} // namespace moderato
