#pragma once
// A large, realistic participants list body for budget tests: users of a home tenant and a few
// external ones, guests, phones and bots, each with one to three media streams.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace moderato::test {

inline QString fakeGuid(QRandomGenerator &random)
{
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(random.generate(), 8, 16, QLatin1Char('0'))
        .arg(random.bounded(0x10000), 4, 16, QLatin1Char('0'))
        .arg(random.bounded(0x10000), 4, 16, QLatin1Char('0'))
        .arg(random.bounded(0x10000), 4, 16, QLatin1Char('0'))
        .arg(random.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

inline QJsonObject generatedParticipant(QRandomGenerator &random, int i)
{
    static const QString home = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    static const QString other = QStringLiteral("0d2db716-b331-4d7b-aa37-7f1c8e4d1a2b");
    QJsonObject identity;
    identity.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet"));
    const int kind = random.bounded(100);
    const QJsonObject identityType{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")}};
    if (kind < 80) {
        QJsonObject user = identityType;
        user.insert(QStringLiteral("id"), fakeGuid(random));
        user.insert(QStringLiteral("displayName"), QStringLiteral("Participant number %1").arg(i));
        user.insert(QStringLiteral("identityProvider"), QStringLiteral("AAD"));
        user.insert(QStringLiteral("tenantId"), kind < 70 ? home : other);
        identity.insert(QStringLiteral("user"), user);
    } else if (kind < 88) {
        QJsonObject guest = identityType;
        guest.insert(QStringLiteral("id"), fakeGuid(random));
        guest.insert(QStringLiteral("displayName"), QStringLiteral("Visitor %1").arg(i));
        identity.insert(QStringLiteral("guest"), guest);
    } else if (kind < 97) {
        QJsonObject phone = identityType;
        phone.insert(QStringLiteral("id"), QStringLiteral("+1425555%1").arg(i, 4, 10, QLatin1Char('0')));
        identity.insert(QStringLiteral("phone"), phone);
    } else {
        QJsonObject app = identityType;
        app.insert(QStringLiteral("id"), fakeGuid(random));
        app.insert(QStringLiteral("displayName"), QStringLiteral("Recorder bot"));
        identity.insert(QStringLiteral("application"), app);
    }
    identity.insert(QStringLiteral("device"), QJsonValue::Null);

    QJsonArray media;
    const char *types[] = {"audio", "video", "videoBasedScreenSharing"};
    const char *labels[] = {"main-audio", "main-video", "applicationsharing-video"};
    const int streams = 1 + random.bounded(3);
    for (int s = 0; s < streams; ++s) {
        media.append(QJsonObject{
            {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mediaStream")},
            {QStringLiteral("mediaType"), QLatin1String(types[s])},
            {QStringLiteral("sourceId"), QString::number(i * 3 + s)},
            {QStringLiteral("direction"), s == 0 ? QStringLiteral("sendReceive") : QStringLiteral("sendOnly")},
            {QStringLiteral("serverMuted"), false},
            {QStringLiteral("label"), QLatin1String(labels[s])},
        });
    }
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
        {QStringLiteral("id"), fakeGuid(random)},
        {QStringLiteral("info"),
         QJsonObject{
             {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participantInfo")},
             {QStringLiteral("identity"), identity},
             {QStringLiteral("endpointType"), QStringLiteral("default")},
             {QStringLiteral("languageId"), QStringLiteral("en-US")},
             {QStringLiteral("region"), QStringLiteral("amer")},
         }},
        {QStringLiteral("mediaStreams"), media},
        {QStringLiteral("isMuted"), random.bounded(4) == 0},
        {QStringLiteral("isInLobby"), random.bounded(50) == 0},
        {QStringLiteral("metadata"), QJsonValue::Null},
        {QStringLiteral("rosterSequenceNumber"), 1000 + i},
    };
}

inline QJsonArray generatedRoster(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(generatedParticipant(random, i));
    return array;
}

inline QByteArray listBody(const QJsonArray &participants)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("value"), participants}}).toJson(QJsonDocument::Compact);
}

} // namespace moderato::test
