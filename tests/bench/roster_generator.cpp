#include "bench/roster_generator.h"

#include <QJsonDocument>
#include <QUuid>

namespace moderato::bench {

namespace {
const char *const firstNames[] = {"Adele", "Bartholomew", "Chidinma", "Dmitri", "Eleonora", "François",
                                  "Gwendolyn", "Hiroshi", "Ingrid", "Jean-Baptiste", "Kateřina", "Lakshmi",
                                  "Maximilian", "Nkechi", "Oluwaseun", "Persephone", "Quentin", "Rosalind"};
const char *const lastNames[] = {"Vance", "Okonkwo-Richardson", "Lindqvist", "Papadopoulos", "Müller-Lüdenscheidt",
                                 "Nakamura", "O'Sullivan", "Fitzgerald-Montgomery", "Wójcik", "Castellanos"};
const QString homeTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString otherTenant = QStringLiteral("1c9e7ffd-4c5b-4e5e-9a8c-0a9b8c7d6e5f");

QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
} // namespace

RosterGenerator::RosterGenerator(quint32 seed) : m_random(seed) {}

QString RosterGenerator::name()
{
    return QString::fromUtf8(firstNames[m_random.bounded(int(std::size(firstNames)))]) + QLatin1Char(' ')
           + QString::fromUtf8(lastNames[m_random.bounded(int(std::size(lastNames)))]);
}

QJsonObject RosterGenerator::mediaStreams(bool audio, bool video, bool screen, bool muted)
{
    QJsonArray streams;
    auto add = [&](const char *type, const char *label, bool serverMuted) {
        streams.append(QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mediaStream")},
                                   {QStringLiteral("mediaType"), QLatin1String(type)},
                                   {QStringLiteral("label"), QLatin1String(label)},
                                   {QStringLiteral("sourceId"), QString::number(m_random.bounded(1, 9999))},
                                   {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                                   {QStringLiteral("serverMuted"), serverMuted}});
    };
    if (audio)
        add("audio", "main-audio", muted);
    if (video)
        add("video", "main-video", false);
    if (screen)
        add("videoBasedScreenSharing", "applicationsharing-video", false);
    return QJsonObject{{QStringLiteral("streams"), streams}};
}

QJsonObject RosterGenerator::makeParticipant()
{
    ++m_serial;
    const int roll = m_random.bounded(100);
    QJsonObject identity{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identitySet")}};
    const QString display = name();
    if (roll < 70 || roll >= 97) {
        identity.insert(QStringLiteral("user"),
                        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")},
                                    {QStringLiteral("id"), uuid()},
                                    {QStringLiteral("displayName"), display},
                                    {QStringLiteral("tenantId"), roll < 62 ? homeTenant : otherTenant},
                                    {QStringLiteral("identityProvider"), QStringLiteral("AAD")}});
    } else if (roll < 85) {
        identity.insert(QStringLiteral("guest"), QJsonObject{{QStringLiteral("id"), uuid()},
                                                             {QStringLiteral("displayName"), display}});
    } else if (roll < 95) {
        identity.insert(QStringLiteral("phone"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("+1425555%1").arg(m_serial % 10000, 4, 10, QLatin1Char('0'))}});
    } else {
        identity.insert(QStringLiteral("applicationInstance"),
                        QJsonObject{{QStringLiteral("id"), uuid()}, {QStringLiteral("displayName"), display + QStringLiteral(" Bot")}});
    }
    const bool muted = m_random.bounded(4) == 0;
    QJsonObject media = mediaStreams(true, m_random.bounded(3) == 0, m_random.bounded(30) == 0, muted);
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
        {QStringLiteral("id"), uuid()},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participantInfo")},
                                             {QStringLiteral("identity"), identity},
                                             {QStringLiteral("endpointType"), QStringLiteral("default")},
                                             {QStringLiteral("region"), QStringLiteral("amer")},
                                             {QStringLiteral("languageId"), QStringLiteral("en-US")},
                                             {QStringLiteral("countryCode"), QStringLiteral("US")}}},
        {QStringLiteral("mediaStreams"), media.value(QStringLiteral("streams"))},
        {QStringLiteral("isMuted"), muted},
        {QStringLiteral("isInLobby"), m_random.bounded(50) == 0},
        {QStringLiteral("metadata"), QStringLiteral("eyJkZXZpY2UiOiJkZXNrdG9wIn0=")},
        {QStringLiteral("rosterSequenceNumber"), qint64(m_serial)},
    };
}

QJsonArray RosterGenerator::makeRoster(int count)
{
    QJsonArray roster;
    for (int i = 0; i < count; ++i)
        roster.append(makeParticipant());
    return roster;
}

RosterGenerator::Churn RosterGenerator::evolve(QJsonArray &roster, double changedFraction, double churnFraction)
{
    Churn churn;
    const int n = int(roster.size());
    const int toChange = qMax(1, int(n * changedFraction));
    const int toMove = qMax(1, int(n * churnFraction));
    for (int i = 0; i < toChange && n > 0; ++i) {
        const int row = m_random.bounded(n);
        QJsonObject p = roster.at(row).toObject();
        const bool muted = !p.value(QStringLiteral("isMuted")).toBool();
        p.insert(QStringLiteral("isMuted"), muted);
        p.insert(QStringLiteral("rosterSequenceNumber"), qint64(++m_serial));
        roster.replace(row, p);
        ++churn.changed;
    }
    for (int i = 0; i < toMove && !roster.isEmpty(); ++i) {
        roster.removeAt(m_random.bounded(int(roster.size())));
        ++churn.left;
    }
    for (int i = 0; i < toMove; ++i) {
        roster.append(makeParticipant());
        ++churn.joined;
    }
    return churn;
}

QByteArray RosterGenerator::listBody(const QJsonArray &roster)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("@odata.context"),
                              QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#communications/calls('bench')/participants")},
                             {QStringLiteral("value"), roster}})
        .toJson(QJsonDocument::Compact);
}

} // namespace moderato::bench
