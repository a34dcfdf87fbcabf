#include "core/calls/participant.h"

#include "core/calls/json_fields.h"

#include <QJsonArray>
#include <QSharedData>

#include <array>

namespace moderato {

class ParticipantData : public QSharedData
{
public:
    QString id;
    QString displayName;
    QString identityId;
    QString tenantId;
    QString endpointType;
    QString countryCode;
    QString removedReason;
    QString metadata;
    QList<ParticipantIdentity> identities;
    QList<MediaStream> media;
    qint64 rosterSequenceNumber = 0;
    IdentityKind kind = IdentityKind::Unknown;
    MediaKinds mediaKinds;
    bool hasRosterSequenceNumber = false;
    bool muted = false;
    bool inLobby = false;

    bool operator==(const ParticipantData &o) const
    {
        return id == o.id && displayName == o.displayName && identityId == o.identityId
            && tenantId == o.tenantId && endpointType == o.endpointType
            && countryCode == o.countryCode && removedReason == o.removedReason
            && metadata == o.metadata && identities == o.identities && media == o.media
            && rosterSequenceNumber == o.rosterSequenceNumber && kind == o.kind
            && hasRosterSequenceNumber == o.hasRosterSequenceNumber && muted == o.muted
            && inLobby == o.inLobby;
    }
};

namespace {

constexpr std::array<const char *, 5> mediaTypeNames{"unknown", "audio", "video",
                                                     "videoBasedScreenSharing", "data"};
constexpr std::array<const char *, 5> directionNames{"unknown", "inactive", "sendOnly",
                                                     "receiveOnly", "sendReceive"};

MediaKinds kindsOf(const QList<MediaStream> &streams)
{
    MediaKinds kinds;
    for (const auto &stream : streams) {
        if (stream.direction == MediaDirection::Inactive)
            continue;
        switch (stream.type) {
        case MediaType::Audio: kinds |= MediaKind::Audio; break;
        case MediaType::Video: kinds |= MediaKind::Video; break;
        case MediaType::ScreenSharing: kinds |= MediaKind::ScreenSharing; break;
        case MediaType::Data: kinds |= MediaKind::Data; break;
        case MediaType::Unknown: break;
        }
    }
    return kinds;
}

QList<MediaStream> parseMediaStreams(const QJsonValue &value)
{
    QList<MediaStream> streams;
    if (!value.isArray())
        return streams;
    const QJsonArray array = value.toArray();
    streams.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        MediaStream stream;
        stream.type = mediaTypeFromName(json::string(object.value(QLatin1String("mediaType"))));
        stream.direction =
            mediaDirectionFromName(json::string(object.value(QLatin1String("direction"))));
        stream.serverMuted = json::boolean(object.value(QLatin1String("serverMuted"))).value_or(false);
        stream.label = internString(json::string(object.value(QLatin1String("label"))));
        stream.sourceId = json::string(object.value(QLatin1String("sourceId")));
        streams.append(std::move(stream));
    }
    return streams;
}

// Fills kind, identity id, tenant id and display name from the identities.
void deriveFromIdentities(ParticipantData &d, const QString &assertedName)
{
    const ParticipantIdentity primary = pickPrimaryIdentity(d.identities);
    d.kind = primary.kind;
    d.identityId = primary.id;
    d.tenantId = primary.tenantId;
    if (!primary.displayName.isEmpty())
        d.displayName = primary.displayName;
    else if (!assertedName.isEmpty())
        d.displayName = assertedName;
    else if (!primary.isEmpty())
        d.displayName = displayNameFor(primary);
    else
        d.displayName = d.id;
}

} // namespace

QString mediaTypeName(MediaType type)
{
    return QLatin1String(mediaTypeNames[static_cast<size_t>(type)]);
}

MediaType mediaTypeFromName(QStringView name)
{
    for (size_t i = 1; i < mediaTypeNames.size(); ++i) {
        if (name.compare(QLatin1String(mediaTypeNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<MediaType>(i);
    }
    if (name.compare(QLatin1String("screenSharing"), Qt::CaseInsensitive) == 0)
        return MediaType::ScreenSharing;
    return MediaType::Unknown;
}

QString mediaDirectionName(MediaDirection direction)
{
    return QLatin1String(directionNames[static_cast<size_t>(direction)]);
}

MediaDirection mediaDirectionFromName(QStringView name)
{
    for (size_t i = 1; i < directionNames.size(); ++i) {
        if (name.compare(QLatin1String(directionNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<MediaDirection>(i);
    }
    return MediaDirection::Unknown;
}

namespace {
const QSharedDataPointer<ParticipantData> &emptyParticipantData()
{
    static const QSharedDataPointer<ParticipantData> empty(new ParticipantData);
    return empty;
}
} // namespace

Participant::Participant() : d(emptyParticipantData()) { }
Participant::Participant(const Participant &) = default;
Participant &Participant::operator=(const Participant &) = default;
Participant::~Participant() = default;

Participant Participant::fromJson(const QJsonObject &object, QString *problem)
{
    Participant p;
    ParticipantData &d = *p.d;
    d.id = json::string(object.value(QLatin1String("id")));
    if (d.id.isEmpty()) {
        if (problem) {
            *problem = QStringLiteral("participant has no id (id is %1)")
                           .arg(json::typeName(object.value(QLatin1String("id"))));
        }
        return p;
    }

    QString assertedName;
    const QJsonValue info = object.value(QLatin1String("info"));
    if (info.isObject()) {
        const QJsonObject infoObject = info.toObject();
        const QJsonValue identity = infoObject.value(QLatin1String("identity"));
        QJsonObject identitySet;
        if (identity.isObject()) {
            identitySet = identity.toObject();
            d.identities = parseIdentitySet(identitySet);
            assertedName = assertedDisplayName(identitySet);
        }
        QString endpoint = json::string(infoObject.value(QLatin1String("endpointType")));
        if (endpoint.isEmpty()) // communicationsIdentitySet carries it too
            endpoint = json::string(identitySet.value(QLatin1String("endpointType")));
        d.endpointType = internString(endpoint);
        d.countryCode = internString(json::string(infoObject.value(QLatin1String("countryCode"))));
    }
    deriveFromIdentities(d, assertedName);

    d.media = parseMediaStreams(object.value(QLatin1String("mediaStreams")));
    d.mediaKinds = kindsOf(d.media);
    d.muted = json::boolean(object.value(QLatin1String("isMuted"))).value_or(false);
    d.inLobby = json::boolean(object.value(QLatin1String("isInLobby"))).value_or(false);
    d.metadata = json::string(object.value(QLatin1String("metadata")));

    const QJsonValue removed = object.value(QLatin1String("removedState"));
    if (removed.isObject())
        d.removedReason = json::string(removed.toObject().value(QLatin1String("reason")));

    if (const auto n = json::integer(object.value(QLatin1String("rosterSequenceNumber")))) {
        d.rosterSequenceNumber = *n;
        d.hasRosterSequenceNumber = true;
    }
    return p;
}

QJsonObject Participant::toSummaryJson() const
{
    QJsonArray media;
    for (const auto &stream : d->media) {
        const QString name = mediaTypeName(stream.type);
        if (!media.contains(name))
            media.append(name);
    }
    return QJsonObject{
        {QStringLiteral("id"), d->id},
        {QStringLiteral("displayName"), d->displayName},
        {QStringLiteral("kind"), identityKindName(d->kind)},
        {QStringLiteral("identityId"), d->identityId},
        {QStringLiteral("tenantId"), d->tenantId},
        {QStringLiteral("isMuted"), d->muted},
        {QStringLiteral("isInLobby"), d->inLobby},
        {QStringLiteral("media"), media},
    };
}

bool Participant::isValid() const { return !d->id.isEmpty(); }
QString Participant::id() const { return d->id; }
QString Participant::displayName() const { return d->displayName; }
IdentityKind Participant::kind() const { return d->kind; }
QString Participant::identityId() const { return d->identityId; }
QString Participant::tenantId() const { return d->tenantId; }
QList<ParticipantIdentity> Participant::identities() const { return d->identities; }
QString Participant::endpointType() const { return d->endpointType; }
QString Participant::countryCode() const { return d->countryCode; }
QList<MediaStream> Participant::mediaStreams() const { return d->media; }
MediaKinds Participant::mediaKinds() const { return d->mediaKinds; }
bool Participant::isMuted() const { return d->muted; }
bool Participant::isInLobby() const { return d->inLobby; }
QString Participant::removedReason() const { return d->removedReason; }
QString Participant::metadata() const { return d->metadata; }

std::optional<ParticipantIdentity> Participant::identity(IdentityKind kind) const
{
    for (const auto &identity : d->identities) {
        if (identity.kind == kind)
            return identity;
    }
    return std::nullopt;
}

std::optional<qint64> Participant::rosterSequenceNumber() const
{
    if (!d->hasRosterSequenceNumber)
        return std::nullopt;
    return d->rosterSequenceNumber;
}

void Participant::setId(const QString &id) { d->id = id; }
void Participant::setDisplayName(const QString &name) { d->displayName = name; }
void Participant::setKind(IdentityKind kind) { d->kind = kind; }
void Participant::setIdentityId(const QString &id) { d->identityId = id; }
void Participant::setTenantId(const QString &tenantId) { d->tenantId = internString(tenantId); }
void Participant::setEndpointType(const QString &type) { d->endpointType = internString(type); }
void Participant::setCountryCode(const QString &code) { d->countryCode = internString(code); }
void Participant::setMuted(bool muted) { d->muted = muted; }
void Participant::setInLobby(bool inLobby) { d->inLobby = inLobby; }
void Participant::setRemovedReason(const QString &reason) { d->removedReason = reason; }
void Participant::setMetadata(const QString &metadata) { d->metadata = metadata; }

void Participant::setIdentities(const QList<ParticipantIdentity> &identities)
{
    d->identities = identities;
    deriveFromIdentities(*d, QString());
}

void Participant::setMediaStreams(const QList<MediaStream> &streams)
{
    d->media = streams;
    d->mediaKinds = kindsOf(streams);
}

void Participant::setRosterSequenceNumber(std::optional<qint64> number)
{
    d->hasRosterSequenceNumber = number.has_value();
    d->rosterSequenceNumber = number.value_or(0);
}

bool operator==(const Participant &a, const Participant &b)
{
    return a.d == b.d || *a.d == *b.d;
}

} // namespace moderato
