#include "simulator/participant_factory.h"

#include "simulator/http_message.h"

#include <QJsonArray>

namespace graphsim {

namespace {

const char *const kFirstNames[] = {"Aisha",   "Bjorn", "Camila", "Dmitri", "Elif",  "Farah",     "Giulia",    "Hiroshi",
                                   "Ingrid",  "Jamal", "Keiko",  "Lars",   "Mateo", "Nadia",     "Oluwaseun", "Priya",
                                   "Quentin", "Rosa",  "Sanjay", "Tomasz", "Ulla",  "Vikram",    "Wen",       "Ximena",
                                   "Yusuf",   "Zofia", "Amara",  "Bruno",  "Chloe", "Diego",     "Emeka",     "Freya",
                                   "Gustavo", "Hana",  "Ivan",   "Jana",   "Kofi",  "Leila",     "Malik",     "Noor",
                                   "Oskar",   "Pilar", "Ravi",   "Sofia",  "Thabo", "Valentina", "William",   "Yara"};
const char *const kLastNames[] = {
    "Abadi",     "Bergstrom", "Castillo",  "Dubois", "Eriksen",   "Fernandes", "Gallagher", "Haddad",     "Ishikawa",
    "Jovanovic", "Kowalski",  "Lindqvist", "Moreau", "Nakamura",  "Okafor",    "Petrov",    "Quinn",      "Rahman",
    "Schneider", "Tanaka",    "Umarov",    "Varga",  "Whitfield", "Xu",        "Yilmaz",    "Zimmermann", "Andersen",
    "Banerjee",  "Costa",     "Delgado",   "Osei",   "Novak",     "Mensah",    "Lopez",     "Kaur",       "Horvath"};

template <typename T, size_t N> QString pick(QRandomGenerator &random, const T (&array)[N])
{
    return QLatin1String(array[random.bounded(int(N))]);
}

QJsonObject identity(const QString &kind, const QJsonObject &inner)
{
    QJsonObject typed = inner;
    typed.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity"));
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet")}, {kind, typed}};
}

QJsonObject participant(const QString &id, const QJsonObject &identitySet, const QJsonArray &streams, bool muted)
{
    const QJsonObject info{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participantInfo")},
                           {QStringLiteral("identity"), identitySet},
                           {QStringLiteral("endpointType"), QStringLiteral("default")},
                           {QStringLiteral("languageId"), QStringLiteral("en-US")},
                           {QStringLiteral("region"), QStringLiteral("amer")},
                           {QStringLiteral("participantId"), id}};
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("info"), info},
                       {QStringLiteral("mediaStreams"), streams},
                       {QStringLiteral("isMuted"), muted},
                       {QStringLiteral("isInLobby"), false},
                       {QStringLiteral("metadata"), QJsonValue()},
                       {QStringLiteral("recordingInfo"), QJsonValue()},
                       {QStringLiteral("removedState"), QJsonValue()},
                       {QStringLiteral("restrictedExperience"), QJsonValue()},
                       {QStringLiteral("rosterSequenceNumber"), 0}};
}

} // namespace

QJsonObject ParticipantFactory::audioStream(int sourceId, bool serverMuted)
{
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mediaStream")},
                       {QStringLiteral("mediaType"), QStringLiteral("audio")},
                       {QStringLiteral("label"), QStringLiteral("main-audio")},
                       {QStringLiteral("sourceId"), QString::number(sourceId)},
                       {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                       {QStringLiteral("serverMuted"), serverMuted}};
}

QJsonObject ParticipantFactory::videoStream(int sourceId)
{
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mediaStream")},
                       {QStringLiteral("mediaType"), QStringLiteral("video")},
                       {QStringLiteral("label"), QStringLiteral("main-video")},
                       {QStringLiteral("sourceId"), QString::number(sourceId + 1000)},
                       {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                       {QStringLiteral("serverMuted"), false}};
}

QJsonObject ParticipantFactory::fromInvitation(const QJsonObject &invitation, const QString &participantId,
                                               const ScenarioUser *directoryUser, const QString &callTenantId,
                                               int sourceId)
{
    QJsonObject identitySet = invitation.value(QStringLiteral("identity")).toObject();
    identitySet.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet"));
    if (identitySet.value(QStringLiteral("user")).isObject()) {
        QJsonObject user = identitySet.value(QStringLiteral("user")).toObject();
        user.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity"));
        if (directoryUser) {
            user.insert(QStringLiteral("displayName"), directoryUser->properties.value(QStringLiteral("displayName")));
            user.insert(QStringLiteral("tenantId"), directoryUser->tenantId);
        } else if (!user.contains(QStringLiteral("tenantId"))) {
            user.insert(QStringLiteral("tenantId"), callTenantId);
        }
        user.insert(QStringLiteral("identityProvider"), QStringLiteral("AAD"));
        identitySet.insert(QStringLiteral("user"), user);
    }
    return participant(participantId, identitySet, QJsonArray{audioStream(sourceId)}, false);
}

QJsonObject ParticipantFactory::random(QRandomGenerator &random, const QString &tenantId, int sourceId)
{
    const QString name = pick(random, kFirstNames) + QLatin1Char(' ') + pick(random, kLastNames);
    const int kind = random.bounded(20);
    QJsonObject identitySet;
    if (kind < 2) {
        const QString number = QStringLiteral("+1425555%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        identitySet = identity(QStringLiteral("phone"), QJsonObject{{QStringLiteral("id"), number},
                                                                    {QStringLiteral("displayName"), QJsonValue()}});
    } else if (kind < 4) {
        identitySet =
            identity(QStringLiteral("guest"),
                     QJsonObject{{QStringLiteral("id"), newUuid()},
                                 {QStringLiteral("displayName"), QString(name + QStringLiteral(" (Guest)"))}});
    } else {
        identitySet =
            identity(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), newUuid()},
                                                         {QStringLiteral("displayName"), name},
                                                         {QStringLiteral("tenantId"), tenantId},
                                                         {QStringLiteral("identityProvider"), QStringLiteral("AAD")}});
    }
    QJsonArray streams{audioStream(sourceId)};
    if (kind >= 4 && random.bounded(3) == 0)
        streams.append(videoStream(sourceId));
    return participant(newUuid(), identitySet, streams, random.bounded(4) == 0);
}

QJsonObject ParticipantFactory::bot(const QString &clientId, const QString &displayName, int sourceId)
{
    const QJsonObject identitySet = identity(
        QStringLiteral("application"),
        QJsonObject{{QStringLiteral("id"), clientId},
                    {QStringLiteral("displayName"), displayName.isEmpty() ? QJsonValue() : QJsonValue(displayName)}});
    return participant(newUuid(), identitySet, QJsonArray{audioStream(sourceId)}, false);
}

} // namespace graphsim
