#include "support/roster_generator.h"

#include <QJsonDocument>
#include <QSet>

namespace testsupport {

namespace {
const char *const firstNames[] = {"Adele",      "Bartholomew", "Chidinma",  "Dmitri",        "Eleonora", "François",
                                  "Gwendolyn",  "Hiroshi",     "Ingrid",    "Jean-Baptiste", "Kateřina", "Lakshmi",
                                  "Maximilian", "Nkechi",      "Oluwaseun", "Persephone",    "Quentin",  "Rosalind"};
const char *const lastNames[] = {
    "Vance",      "Okonkwo-Richardson",    "Lindqvist", "Papadopoulos", "Müller-Lüdenscheidt", "Nakamura",
    "O'Sullivan", "Fitzgerald-Montgomery", "Wójcik",    "Castellanos"};
const char *const departments[] = {"Finance",    "Research & Development",     "Customer Success EMEA", "Legal",
                                   "Facilities", "Global Marketing Operations"};
const QString otherTenant = QStringLiteral("1c9e7ffd-4c5b-4e5e-9a8c-0a9b8c7d6e5f");

QString homeTenant()
{
    return QLatin1String(RosterGenerator::HomeTenant);
}

QJsonObject stream(const char *type, const char *label, int sourceId, bool serverMuted)
{
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.mediaStream")},
                       {QStringLiteral("mediaType"), QLatin1String(type)},
                       {QStringLiteral("label"), QLatin1String(label)},
                       {QStringLiteral("sourceId"), QString::number(sourceId)},
                       {QStringLiteral("direction"), QStringLiteral("sendReceive")},
                       {QStringLiteral("serverMuted"), serverMuted}};
}
} // namespace

RosterGenerator::RosterGenerator(quint32 seed)
    : m_random(seed)
{}

QString RosterGenerator::uuid()
{
    // From the seeded generator, not QUuid::createUuid(): the same seed gives the same roster.
    const quint64 a = m_random.generate64();
    const quint64 b = m_random.generate64();
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((b >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QString RosterGenerator::name()
{
    QString n = QString::fromUtf8(firstNames[m_random.bounded(int(std::size(firstNames)))]) + QLatin1Char(' ')
                + QString::fromUtf8(lastNames[m_random.bounded(int(std::size(lastNames)))]);
    if (m_random.bounded(4) == 0) // "Name (Department)", as many tenants configure display names
        n += QStringLiteral(" (") + QString::fromUtf8(departments[m_random.bounded(int(std::size(departments)))])
             + QLatin1Char(')');
    return n;
}

QJsonArray RosterGenerator::mediaStreams(bool video, bool screen, bool muted)
{
    QJsonArray streams{stream("audio", "main-audio", m_random.bounded(1, 9999), muted)};
    if (video)
        streams.append(stream("video", "main-video", m_random.bounded(1, 9999), false));
    if (screen)
        streams.append(stream("videoBasedScreenSharing", "applicationsharing-video", m_random.bounded(1, 9999), false));
    return streams;
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
                                    {QStringLiteral("tenantId"), roll < 62 ? homeTenant() : otherTenant},
                                    {QStringLiteral("identityProvider"), QStringLiteral("AAD")}});
    } else if (roll < 85) {
        identity.insert(QStringLiteral("guest"),
                        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")},
                                    {QStringLiteral("id"), uuid()},
                                    {QStringLiteral("displayName"), display}});
    } else if (roll < 95) {
        identity.insert(QStringLiteral("phone"),
                        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")},
                                    {QStringLiteral("id"),
                                     QStringLiteral("+1425555%1").arg(m_serial % 10000, 4, 10, QLatin1Char('0'))}});
    } else {
        identity.insert(QStringLiteral("applicationInstance"),
                        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.identity")},
                                    {QStringLiteral("id"), uuid()},
                                    {QStringLiteral("displayName"), QString(display + QStringLiteral(" Bot"))}});
    }
    const bool muted = m_random.bounded(4) == 0;
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participant")},
        {QStringLiteral("id"), uuid()},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.participantInfo")},
                     {QStringLiteral("identity"), identity},
                     {QStringLiteral("endpointType"), QStringLiteral("default")},
                     {QStringLiteral("region"), QStringLiteral("amer")},
                     {QStringLiteral("languageId"), QStringLiteral("en-US")},
                     {QStringLiteral("countryCode"), QStringLiteral("US")}}},
        {QStringLiteral("mediaStreams"), mediaStreams(m_random.bounded(3) == 0, m_random.bounded(30) == 0, muted)},
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
    if (n == 0)
        return churn;
    const int toChange = changedFraction > 0 ? qBound(1, int(n * changedFraction), n) : 0;
    const int toMove = churnFraction > 0 ? qBound(1, int(n * churnFraction), n - toChange) : 0;
    // Distinct rows: the first toChange change, the next toMove leave.
    QSet<int> picked;
    QList<int> rows;
    while (rows.size() < toChange + toMove) {
        const int row = m_random.bounded(n);
        if (!picked.contains(row)) {
            picked.insert(row);
            rows.append(row);
        }
    }
    for (int i = 0; i < toChange; ++i) {
        const int row = rows[i];
        QJsonObject p = roster.at(row).toObject();
        const int what = m_random.bounded(100);
        if (what < 60) { // mute toggled: the participant and their audio stream
            const bool muted = !p.value(QLatin1String("isMuted")).toBool();
            p.insert(QStringLiteral("isMuted"), muted);
            QJsonArray streams = p.value(QLatin1String("mediaStreams")).toArray();
            QJsonObject audio = streams.at(0).toObject();
            audio.insert(QStringLiteral("serverMuted"), muted);
            streams.replace(0, audio);
            p.insert(QStringLiteral("mediaStreams"), streams);
        } else if (what < 85 || !p.value(QLatin1String("isInLobby")).toBool()) { // video on or off
            QJsonArray streams = p.value(QLatin1String("mediaStreams")).toArray();
            if (streams.size() > 1
                && streams.at(1).toObject().value(QLatin1String("mediaType")) == QLatin1String("video"))
                streams.removeAt(1);
            else
                streams.insert(1, stream("video", "main-video", m_random.bounded(1, 9999), false));
            p.insert(QStringLiteral("mediaStreams"), streams);
        } else { // admitted from the lobby
            p.insert(QStringLiteral("isInLobby"), false);
        }
        p.insert(QStringLiteral("rosterSequenceNumber"), qint64(++m_serial));
        roster.replace(row, p);
        ++churn.changed;
    }
    QList<int> leaving = rows.mid(toChange);
    std::sort(leaving.begin(), leaving.end(), std::greater<>());
    for (const int row : leaving) {
        roster.removeAt(row);
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
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("@odata.context"),
                    QStringLiteral(
                        "https://graph.microsoft.com/v1.0/$metadata#communications/calls('bench')/participants")},
                   {QStringLiteral("value"), roster}})
        .toJson(QJsonDocument::Compact);
}

} // namespace testsupport
