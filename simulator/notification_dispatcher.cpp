#include "simulator/notification_dispatcher.h"

#include "simulator/world.h"

#include <QJsonDocument>

namespace graphsim {

namespace {

QJsonObject entry(const QString &changeType, const QString &resourceUrl, const QJsonValue &data)
{
    // As Graph's examples show them: the legacy "resource" next to "resourceUrl".
    QString legacy = resourceUrl;
    legacy.replace(QStringLiteral("/communications/calls/"), QStringLiteral("/app/calls/"));
    return {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.commsNotification")},
            {QStringLiteral("changeType"), changeType},
            {QStringLiteral("resource"), legacy},
            {QStringLiteral("resourceUrl"), resourceUrl},
            {QStringLiteral("resourceData"), data}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

NotificationDispatcher::NotificationDispatcher(World &world)
    : m_world(world)
{}

void NotificationDispatcher::flush()
{
    if (!m_sender)
        return;
    for (CallState *call : m_world.calls()) {
        const QUrl callback(call->properties.value(QStringLiteral("callbackUri")).toString());
        if (!callback.isValid() || callback.isEmpty())
            continue;
        Told &told = m_told[call->id];
        if (told.state == QLatin1String("terminated"))
            continue; // nothing follows the end of a call
        QJsonArray value = callNews(*call, told);
        if (call->state == QLatin1String("established")) {
            for (const QJsonValue &v : rosterNews(*call, told))
                value.append(v);
        }
        for (const QJsonValue &v : operationNews(*call, told))
            value.append(v);
        if (value.isEmpty())
            continue;
        const QJsonObject body{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.commsNotifications")},
                               {QStringLiteral("value"), value}};
        ++m_sent;
        m_sender(*call, callback, compact(body));
    }
}

QJsonArray NotificationDispatcher::callNews(const CallState &call, Told &told) const
{
    if (call.state == told.state)
        return {};
    told.state = call.state;
    QJsonObject data = call.toGraphJson();
    data.insert(QStringLiteral("@odata.id"), QString(QStringLiteral("/communications/calls/") + call.id));
    // A terminated call is a deletion, as Graph's examples show it.
    const bool ended = call.state == QLatin1String("terminated");
    return {entry(ended ? QStringLiteral("deleted") : QStringLiteral("updated"),
                  QString(QStringLiteral("/communications/calls/") + call.id), data)};
}

QJsonArray NotificationDispatcher::rosterNews(const CallState &call, Told &told) const
{
    QHash<QString, QByteArray> now;
    now.reserve(call.roster.size());
    QJsonArray changed;
    for (const QJsonObject &p : call.roster) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const QByteArray text = compact(p);
        const auto before = told.participants.constFind(id);
        if (before == told.participants.cend() || *before != text)
            changed.append(p);
        now.insert(id, text);
    }
    QJsonArray removed;
    for (auto it = told.participants.cbegin(); it != told.participants.cend(); ++it) {
        if (!now.contains(it.key())) {
            QJsonObject gone = QJsonDocument::fromJson(it.value()).object();
            gone.insert(QStringLiteral("removedState"),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("left")}});
            removed.append(gone);
        }
    }
    if (changed.isEmpty() && removed.isEmpty())
        return {};
    const QString url = QStringLiteral("/communications/calls/%1/participants").arg(call.id);
    const bool wasWhole = told.sequence == 0;
    told.participants = now;
    if (call.roster.size() <= WholeRosterLimit && wasWhole) {
        // Small meetings: the whole roster each time; whoever is missing has left.
        QJsonArray everyone;
        for (const QJsonObject &p : call.roster)
            everyone.append(p);
        return {entry(QStringLiteral("updated"), url, everyone)};
    }
    // Past the limit (and from then on): what changed, numbered so that a gap shows.
    for (const QJsonValue &gone : removed)
        changed.append(gone);
    const QJsonObject delta{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.deltaParticipants")},
                            {QStringLiteral("sequenceNumber"), ++told.sequence},
                            {QStringLiteral("participants"), changed}};
    return {entry(QStringLiteral("updated"), url, delta)};
}

QJsonArray NotificationDispatcher::operationNews(const CallState &call, Told &told) const
{
    QJsonArray news;
    for (auto it = call.operations.cbegin(); it != call.operations.cend(); ++it) {
        const CommsOperation &op = it.value();
        const bool finished = op.status == QLatin1String("completed") || op.status == QLatin1String("failed");
        const auto before = told.operations.constFind(op.id);
        const bool firstSeen = before == told.operations.cend();
        if (!firstSeen && *before == op.status)
            continue;
        told.operations.insert(op.id, op.status);
        // An operation that was finished in the answer to its request has no notification.
        if (!finished || firstSeen)
            continue;
        QJsonObject data = op.toJson();
        data.insert(QStringLiteral("@odata.id"),
                    QStringLiteral("/communications/calls/%1/operations/%2").arg(call.id, op.id));
        // A finished operation is deleted, as Graph's examples show it.
        news.append(entry(QStringLiteral("deleted"),
                          QStringLiteral("/communications/calls/%1/operations/%2").arg(call.id, op.id), data));
    }
    return news;
}

} // namespace graphsim
