#include "core/calls/roster_parser.h"

#include "core/calls/json_fields.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace moderato {

namespace {

QHash<QString, qsizetype> indexOf(const RosterSnapshot &snapshot)
{
    QHash<QString, qsizetype> index;
    index.reserve(snapshot.participants.size());
    for (qsizetype i = 0; i < snapshot.participants.size(); ++i)
        index.insert(snapshot.participants[i].id(), i);
    return index;
}

} // namespace

RosterSnapshot RosterParser::parse(const QJsonArray &participants)
{
    RosterSnapshot snapshot;
    snapshot.participants.reserve(participants.size());
    QHash<QString, qsizetype> indexById;
    indexById.reserve(participants.size());
    qsizetype position = 0;
    for (const QJsonValue &value : participants) {
        const qsizetype here = position++;
        if (!value.isObject()) {
            snapshot.problems.append(
                QStringLiteral("entry %1: skipped, it is %2 and not an object").arg(here).arg(json::typeName(value)));
            continue;
        }
        QString problem;
        const Participant participant = Participant::fromJson(value.toObject(), &problem);
        if (!participant.isValid()) {
            snapshot.problems.append(QStringLiteral("entry %1: skipped, %2").arg(here).arg(problem));
            continue;
        }
        addUnique(snapshot, indexById, participant, here);
    }
    return snapshot;
}

RosterSnapshot RosterParser::parse(const QByteArray &listBody)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(listBody, &parseError);
    RosterSnapshot failed;
    failed.ok = false;
    if (parseError.error != QJsonParseError::NoError) {
        failed.error = QStringLiteral("the participant list is not valid JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return failed;
    }
    if (!document.isObject()) {
        failed.error = QStringLiteral("the participant list is not a JSON object");
        return failed;
    }
    const QJsonObject body = document.object();
    const QJsonValue value = body.value(QLatin1String("value"));
    if (!value.isArray()) {
        failed.error =
            QStringLiteral("the participant list has no \"value\" array (it is %1)").arg(json::typeName(value));
        return failed;
    }
    RosterSnapshot snapshot = parse(value.toArray());
    const QString next = json::string(body.value(QLatin1String("@odata.nextLink")));
    if (!next.isEmpty()) {
        snapshot.nextLink = QUrl(next, QUrl::StrictMode);
        if (!snapshot.nextLink.isValid()) {
            snapshot.problems.append(QStringLiteral("@odata.nextLink is not a valid URL: %1").arg(next));
            snapshot.nextLink.clear();
        }
    }
    return snapshot;
}

void RosterParser::appendPage(RosterSnapshot &snapshot, const RosterSnapshot &page)
{
    QHash<QString, qsizetype> index = indexOf(snapshot);
    snapshot.participants.reserve(snapshot.participants.size() + page.participants.size());
    qsizetype position = snapshot.participants.size();
    for (const Participant &participant : page.participants)
        addUnique(snapshot, index, participant, position++);
    snapshot.problems.append(page.problems);
    snapshot.nextLink = page.nextLink;
    if (!page.ok) {
        snapshot.ok = false;
        snapshot.error = page.error;
    }
}

void RosterParser::addUnique(RosterSnapshot &snapshot, QHash<QString, qsizetype> &indexById,
                             const Participant &participant, qsizetype position)
{
    const QString id = participant.id();
    const auto it = indexById.constFind(id);
    if (it == indexById.constEnd()) {
        indexById.insert(id, snapshot.participants.size());
        snapshot.participants.append(participant);
        return;
    }
    snapshot.participants[*it] = participant;
    snapshot.problems.append(
        QStringLiteral("entry %1: duplicate participant id %2; the later entry wins").arg(position).arg(id));
}

} // namespace moderato
