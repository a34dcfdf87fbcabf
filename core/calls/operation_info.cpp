#include "core/calls/operation_info.h"

#include "core/calls/json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

namespace moderato {

namespace {

constexpr std::array<const char *, 4> statusNames{"notStarted", "running", "completed", "failed"};

OperationParticipant operationParticipant(const QJsonObject &object)
{
    OperationParticipant participant;
    participant.participantId = json::string(object.value(QLatin1String("participantId")));
    if (participant.participantId.isEmpty()) // some examples echo it as "id"
        participant.participantId = json::string(object.value(QLatin1String("id")));
    participant.replacesCallId = json::string(object.value(QLatin1String("replacesCallId")));
    const QJsonValue identity = object.value(QLatin1String("identity"));
    if (identity.isObject())
        participant.identity = pickPrimaryIdentity(parseIdentitySet(identity.toObject()));
    return participant;
}

} // namespace

std::optional<OperationStatus> operationStatusFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (size_t i = 0; i < statusNames.size(); ++i) {
        if (trimmed.compare(QLatin1String(statusNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<OperationStatus>(i);
    }
    return std::nullopt;
}

QString operationStatusName(OperationStatus status)
{
    return QLatin1String(statusNames[static_cast<size_t>(status)]);
}

OperationInfo OperationInfo::fromJson(const QJsonObject &object, QString *problem)
{
    OperationInfo op;
    op.id = json::string(object.value(QLatin1String("id")));
    const QString type = json::string(object.value(QLatin1String("@odata.type")));
    op.type = type.startsWith(QLatin1String("#microsoft.graph.")) ? type.mid(17) : type;
    op.statusText = json::string(object.value(QLatin1String("status")));
    op.status = operationStatusFromString(op.statusText);
    op.clientContext = json::string(object.value(QLatin1String("clientContext")));
    op.resultInfo = ResultInfo::fromJson(object.value(QLatin1String("resultInfo")));
    const QJsonValue participants = object.value(QLatin1String("participants"));
    if (participants.isArray()) {
        for (const QJsonValue &entry : participants.toArray()) {
            if (entry.isObject())
                op.participants.append(operationParticipant(entry.toObject()));
        }
    }
    if (problem) {
        problem->clear();
        if (op.id.isEmpty() && op.clientContext.isEmpty())
            *problem = QStringLiteral("the operation has neither an id nor a clientContext");
        else if (!op.status && !op.statusText.isEmpty())
            *problem = QStringLiteral("unknown operation status \"%1\"").arg(op.statusText);
    }
    return op;
}

OperationInfo OperationInfo::fromJson(const QByteArray &body, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (problem) {
            *problem = error.error != QJsonParseError::NoError
                           ? QStringLiteral("the operation is not valid JSON (%1)").arg(error.errorString())
                           : QStringLiteral("the operation is not a JSON object");
        }
        return {};
    }
    return fromJson(document.object(), problem);
}

QList<OperationInfo> OperationInfo::fromNotifications(const QJsonObject &commsNotifications)
{
    QList<OperationInfo> operations;
    const QJsonValue value = commsNotifications.value(QLatin1String("value"));
    if (!value.isArray())
        return operations;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject notification = entry.toObject();
        const QString url = json::string(notification.value(QLatin1String("resourceUrl")));
        const QJsonValue data = notification.value(QLatin1String("resourceData"));
        if (!url.contains(QLatin1String("/operations/")) || !data.isObject())
            continue;
        operations.append(fromJson(data.toObject()));
    }
    return operations;
}

bool OperationInfo::isTerminal() const
{
    return status == OperationStatus::Completed || status == OperationStatus::Failed;
}

} // namespace moderato
