#include "core/calls/participant.h"

#include "core/calls/json_fields.h"
#include "core/calls/participant_p.h"

#include <QJsonArray>
#include <QVarLengthArray>

#include <array>
#include <memory>

namespace moderato {

namespace {

constexpr std::array<const char *, 5> mediaTypeNames{"unknown", "audio", "video", "videoBasedScreenSharing", "data"};
constexpr std::array<const char *, 5> directionNames{"unknown", "inactive", "sendOnly", "receiveOnly", "sendReceive"};

template <typename Streams> MediaKinds kindsOf(const Streams &streams)
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

// --- ParticipantData -------------------------------------------------------------------------

ParticipantData *ParticipantData::create(quint32 identities, quint32 streams)
{
    const size_t size = sizeof(ParticipantData) + identities * sizeof(PackedIdentity) + streams * sizeof(PackedStream);
    auto *d = new (::operator new(size)) ParticipantData;
    d->ref.storeRelaxed(1);
    d->identityCount = identities;
    d->streamCount = streams;
    std::uninitialized_value_construct_n(d->identities(), identities);
    std::uninitialized_value_construct_n(d->streams(), streams);
    return d;
}

ParticipantData *ParticipantData::clone(const ParticipantData &other)
{
    const size_t size = sizeof(ParticipantData) + other.identityCount * sizeof(PackedIdentity)
                        + other.streamCount * sizeof(PackedStream);
    auto *d = new (::operator new(size)) ParticipantData(other);
    d->ref.storeRelaxed(1);
    std::uninitialized_copy_n(other.identities(), other.identityCount, d->identities());
    std::uninitialized_copy_n(other.streams(), other.streamCount, d->streams());
    return d;
}

void ParticipantData::release(ParticipantData *d)
{
    if (d->ref.deref())
        return;
    std::destroy_n(d->identities(), d->identityCount);
    std::destroy_n(d->streams(), d->streamCount);
    d->~ParticipantData();
    ::operator delete(d);
}

ParticipantData *ParticipantData::empty()
{
    static ParticipantData *const empty = create(0, 0); // its own reference keeps it
    return empty;
}

// --- ParticipantBuilder ----------------------------------------------------------------------

ParticipantBuilder &ParticipantBuilder::forThisThread()
{
    thread_local ParticipantBuilder builder;
    return builder;
}

void ParticipantBuilder::clear()
{
    // Kept from one participant to the next, unless an unusual one made it large.
    if (m_text.capacity() > 64 * 1024)
        std::u16string().swap(m_text);
    m_text.clear();
    id = displayName = identityId = removedReason = metadata = Text();
    tenantId = endpointType = countryCode = QString();
    identities.clear();
    streams.clear();
    rosterSequenceNumber = 0;
    kind = IdentityKind::Unknown;
    hasRosterSequenceNumber = muted = inLobby = false;
}

ParticipantBuilder::Text ParticipantBuilder::add(QStringView s)
{
    const qsizetype at = position();
    m_text.append(s.utf16(), size_t(s.size()));
    return since(at);
}

ParticipantBuilder::Text ParticipantBuilder::addLatin1(QByteArrayView s)
{
    const qsizetype at = position();
    for (const char c : s)
        m_text.push_back(char16_t(uchar(c)));
    return since(at);
}

void ParticipantBuilder::load(const ParticipantData &d)
{
    clear();
    id = add(d.view(d.id));
    displayName = add(d.view(d.displayName));
    identityId = add(d.view(d.identityId));
    removedReason = add(d.view(d.removedReason));
    metadata = add(d.view(d.metadata));
    tenantId = d.tenantId;
    endpointType = d.endpointType;
    countryCode = d.countryCode;
    for (quint32 i = 0; i < d.identityCount; ++i) {
        const PackedIdentity &identity = d.identities()[i];
        identities.push_back(
            {identity.kind, add(d.view(identity.id)), add(d.view(identity.displayName)), identity.tenantId});
    }
    for (quint32 i = 0; i < d.streamCount; ++i) {
        const PackedStream &stream = d.streams()[i];
        streams.push_back(
            {stream.type, stream.direction, stream.serverMuted, stream.label, add(d.view(stream.sourceId))});
    }
    rosterSequenceNumber = d.rosterSequenceNumber;
    kind = d.kind;
    hasRosterSequenceNumber = d.hasRosterSequenceNumber;
    muted = d.muted;
    inLobby = d.inLobby;
}

void ParticipantBuilder::deriveFromIdentities(Text assertedName)
{
    // pickPrimaryIdentity(), on the builder's identities.
    const Identity *primary = nullptr;
    for (const IdentityKind pick : identityPickOrder()) {
        for (const Identity &identity : identities) {
            if (identity.kind == pick && (identity.id.size > 0 || identity.displayName.size > 0)) {
                primary = &identity;
                break;
            }
        }
        if (primary)
            break;
    }
    if (!primary) {
        kind = IdentityKind::Unknown;
        identityId = Text();
        tenantId = QString();
        displayName = assertedName.size > 0 ? assertedName : id;
        return;
    }
    kind = primary->kind;
    identityId = primary->id;
    tenantId = primary->tenantId;
    if (primary->displayName.size > 0)
        displayName = primary->displayName;
    else if (assertedName.size > 0)
        displayName = assertedName;
    else if (primary->kind == IdentityKind::Guest)
        displayName = add(displayNameFor(ParticipantIdentity{IdentityKind::Guest, {}, {}, {}}));
    else
        displayName = primary->id; // a phone identity's id is the number
}

Participant ParticipantBuilder::build() const
{
    // Where each string goes in the participant's text; a string equal to one placed already
    // (the naming identity's id and name, a phone number that is also the name) is not repeated.
    QVarLengthArray<Text, 16> placed;
    QVarLengthArray<quint32, 16> placedAt;
    qsizetype total = 0;
    const auto place = [&](Text t) -> TextRef {
        if (t.size == 0)
            return {};
        const QStringView s = view(t);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            if (placed[i].size == t.size && view(placed[i]) == s)
                return {placedAt[i], quint32(t.size)};
        }
        placed.append(t);
        placedAt.append(quint32(total));
        const TextRef ref{quint32(total), quint32(t.size)};
        total += t.size + 1; // and its '\0'
        return ref;
    };

    ParticipantData *d = ParticipantData::create(quint32(identities.size()), quint32(streams.size()));
    d->id = place(id);
    d->identityId = place(identityId);
    d->displayName = place(displayName);
    for (size_t i = 0; i < identities.size(); ++i) {
        PackedIdentity &packed = d->identities()[i];
        packed.kind = identities[i].kind;
        packed.id = place(identities[i].id);
        packed.displayName = place(identities[i].displayName);
        packed.tenantId = identities[i].tenantId;
    }
    for (size_t i = 0; i < streams.size(); ++i) {
        PackedStream &packed = d->streams()[i];
        packed.type = streams[i].type;
        packed.direction = streams[i].direction;
        packed.serverMuted = streams[i].serverMuted;
        packed.label = streams[i].label;
        packed.sourceId = place(streams[i].sourceId);
    }
    d->removedReason = place(removedReason);
    d->metadata = place(metadata);
    if (total > 0) {
        // The last '\0' is the QString's own.
        d->text = QString(total - 1, Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(d->text.data());
        for (qsizetype i = 0; i < placed.size(); ++i) {
            const QStringView s = view(placed[i]);
            std::copy(s.utf16(), s.utf16() + s.size(), out + placedAt[i]);
            out[placedAt[i] + s.size()] = u'\0';
        }
    }
    d->tenantId = tenantId;
    d->endpointType = endpointType;
    d->countryCode = countryCode;
    d->kind = kind;
    d->mediaKinds = quint8(kindsOf(streams).toInt());
    d->muted = muted;
    d->inLobby = inLobby;
    d->hasRosterSequenceNumber = hasRosterSequenceNumber;
    d->rosterSequenceNumber = rosterSequenceNumber;
    return Participant(d);
}

// --- Participant -----------------------------------------------------------------------------

Participant::Participant()
    : d(ParticipantData::empty())
{
    d->ref.ref();
}

Participant::Participant(ParticipantData *data)
    : d(data)
{}

Participant::Participant(const Participant &other)
    : d(other.d)
{
    d->ref.ref();
}

Participant &Participant::operator=(const Participant &other)
{
    if (d != other.d) {
        other.d->ref.ref();
        ParticipantData::release(d);
        d = other.d;
    }
    return *this;
}

Participant::~Participant()
{
    ParticipantData::release(d);
}

void Participant::detach()
{
    if (d->ref.loadRelaxed() == 1)
        return;
    ParticipantData *copy = ParticipantData::clone(*d);
    ParticipantData::release(d);
    d = copy;
}

Participant Participant::fromJson(const QJsonObject &object, QString *problem)
{
    const QString id = json::string(object.value(QLatin1String("id")));
    if (id.isEmpty()) {
        if (problem) {
            *problem = QStringLiteral("participant has no id (id is %1)")
                           .arg(json::typeName(object.value(QLatin1String("id"))));
        }
        return Participant();
    }
    ParticipantBuilder &b = ParticipantBuilder::forThisThread();
    b.clear();
    b.id = b.add(id);

    ParticipantBuilder::Text assertedName;
    const QJsonValue info = object.value(QLatin1String("info"));
    if (info.isObject()) {
        const QJsonObject infoObject = info.toObject();
        const QJsonValue identity = infoObject.value(QLatin1String("identity"));
        QJsonObject identitySet;
        if (identity.isObject()) {
            identitySet = identity.toObject();
            for (const ParticipantIdentity &parsed : parseIdentitySet(identitySet))
                b.identities.push_back({parsed.kind, b.add(parsed.id), b.add(parsed.displayName), parsed.tenantId});
            assertedName = b.add(assertedDisplayName(identitySet));
        }
        QString endpoint = json::string(infoObject.value(QLatin1String("endpointType")));
        if (endpoint.isEmpty()) // communicationsIdentitySet carries it too
            endpoint = json::string(identitySet.value(QLatin1String("endpointType")));
        b.endpointType = internString(endpoint);
        b.countryCode = internString(json::string(infoObject.value(QLatin1String("countryCode"))));
    }
    b.deriveFromIdentities(assertedName);

    const QJsonValue media = object.value(QLatin1String("mediaStreams"));
    if (media.isArray()) {
        for (const QJsonValue &entry : media.toArray()) {
            if (!entry.isObject())
                continue;
            const QJsonObject stream = entry.toObject();
            b.streams.push_back({mediaTypeFromName(json::string(stream.value(QLatin1String("mediaType")))),
                                 mediaDirectionFromName(json::string(stream.value(QLatin1String("direction")))),
                                 json::boolean(stream.value(QLatin1String("serverMuted"))).value_or(false),
                                 internString(json::string(stream.value(QLatin1String("label")))),
                                 b.add(json::string(stream.value(QLatin1String("sourceId"))))});
        }
    }
    b.muted = json::boolean(object.value(QLatin1String("isMuted"))).value_or(false);
    b.inLobby = json::boolean(object.value(QLatin1String("isInLobby"))).value_or(false);
    b.metadata = b.add(json::string(object.value(QLatin1String("metadata"))));

    const QJsonValue removed = object.value(QLatin1String("removedState"));
    if (removed.isObject())
        b.removedReason = b.add(json::string(removed.toObject().value(QLatin1String("reason"))));

    if (const auto n = json::integer(object.value(QLatin1String("rosterSequenceNumber")))) {
        b.rosterSequenceNumber = *n;
        b.hasRosterSequenceNumber = true;
    }
    return b.build();
}

QJsonObject Participant::toSummaryJson() const
{
    QJsonArray media;
    for (quint32 i = 0; i < d->streamCount; ++i) {
        const QString name = mediaTypeName(d->streams()[i].type);
        if (!media.contains(name))
            media.append(name);
    }
    return QJsonObject{
        {QStringLiteral("id"), id()},
        {QStringLiteral("displayName"), displayName()},
        {QStringLiteral("kind"), identityKindName(d->kind)},
        {QStringLiteral("identityId"), identityId()},
        {QStringLiteral("tenantId"), d->tenantId},
        {QStringLiteral("isMuted"), d->muted},
        {QStringLiteral("isInLobby"), d->inLobby},
        {QStringLiteral("media"), media},
    };
}

bool Participant::isValid() const
{
    return d->id.size > 0;
}
QString Participant::id() const
{
    return d->string(d->id);
}
QString Participant::displayName() const
{
    return d->string(d->displayName);
}
IdentityKind Participant::kind() const
{
    return d->kind;
}
QString Participant::identityId() const
{
    return d->string(d->identityId);
}
QString Participant::tenantId() const
{
    return d->tenantId;
}
QString Participant::endpointType() const
{
    return d->endpointType;
}
QString Participant::countryCode() const
{
    return d->countryCode;
}
MediaKinds Participant::mediaKinds() const
{
    return MediaKinds::fromInt(d->mediaKinds);
}
bool Participant::isMuted() const
{
    return d->muted;
}
bool Participant::isInLobby() const
{
    return d->inLobby;
}
QString Participant::removedReason() const
{
    return d->string(d->removedReason);
}
QString Participant::metadata() const
{
    return d->string(d->metadata);
}

QList<ParticipantIdentity> Participant::identities() const
{
    QList<ParticipantIdentity> list;
    list.reserve(d->identityCount);
    for (quint32 i = 0; i < d->identityCount; ++i) {
        const PackedIdentity &identity = d->identities()[i];
        list.append({identity.kind, d->string(identity.id), d->string(identity.displayName), identity.tenantId});
    }
    return list;
}

std::optional<ParticipantIdentity> Participant::identity(IdentityKind kind) const
{
    for (quint32 i = 0; i < d->identityCount; ++i) {
        const PackedIdentity &identity = d->identities()[i];
        if (identity.kind == kind)
            return ParticipantIdentity{identity.kind, d->string(identity.id), d->string(identity.displayName),
                                       identity.tenantId};
    }
    return std::nullopt;
}

QList<MediaStream> Participant::mediaStreams() const
{
    QList<MediaStream> list;
    list.reserve(d->streamCount);
    for (quint32 i = 0; i < d->streamCount; ++i) {
        const PackedStream &stream = d->streams()[i];
        list.append({stream.type, stream.direction, stream.serverMuted, stream.label, d->string(stream.sourceId)});
    }
    return list;
}

std::optional<qint64> Participant::rosterSequenceNumber() const
{
    if (!d->hasRosterSequenceNumber)
        return std::nullopt;
    return d->rosterSequenceNumber;
}

// Setters of strings rebuild the participant's text; the others change a copy of its record.
// Both are rare (hand-made participants: invitations, tests), never per roster entry.

namespace {

template <typename Change> Participant rebuilt(const ParticipantData &data, Change &&change)
{
    ParticipantBuilder b;
    b.load(data);
    change(b);
    return b.build();
}

} // namespace

void Participant::setId(const QString &id)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) { b.id = b.add(id); });
}

void Participant::setDisplayName(const QString &name)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) { b.displayName = b.add(name); });
}

void Participant::setIdentityId(const QString &id)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) { b.identityId = b.add(id); });
}

void Participant::setRemovedReason(const QString &reason)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) { b.removedReason = b.add(reason); });
}

void Participant::setMetadata(const QString &metadata)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) { b.metadata = b.add(metadata); });
}

void Participant::setIdentities(const QList<ParticipantIdentity> &identities)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) {
        b.identities.clear();
        for (const ParticipantIdentity &identity : identities)
            b.identities.push_back({identity.kind, b.add(identity.id), b.add(identity.displayName), identity.tenantId});
        b.deriveFromIdentities({});
    });
}

void Participant::setMediaStreams(const QList<MediaStream> &streams)
{
    *this = rebuilt(*d, [&](ParticipantBuilder &b) {
        b.streams.clear();
        for (const MediaStream &stream : streams)
            b.streams.push_back(
                {stream.type, stream.direction, stream.serverMuted, stream.label, b.add(stream.sourceId)});
    });
}

void Participant::setKind(IdentityKind kind)
{
    detach();
    d->kind = kind;
}

void Participant::setTenantId(const QString &tenantId)
{
    detach();
    d->tenantId = internString(tenantId);
}

void Participant::setEndpointType(const QString &type)
{
    detach();
    d->endpointType = internString(type);
}

void Participant::setCountryCode(const QString &code)
{
    detach();
    d->countryCode = internString(code);
}

void Participant::setMuted(bool muted)
{
    detach();
    d->muted = muted;
}

void Participant::setInLobby(bool inLobby)
{
    detach();
    d->inLobby = inLobby;
}

void Participant::setRosterSequenceNumber(std::optional<qint64> number)
{
    detach();
    d->hasRosterSequenceNumber = number.has_value();
    d->rosterSequenceNumber = number.value_or(0);
}

bool operator==(const Participant &a, const Participant &b)
{
    if (a.d == b.d)
        return true;
    const ParticipantData &x = *a.d;
    const ParticipantData &y = *b.d;
    if (x.kind != y.kind || x.muted != y.muted || x.inLobby != y.inLobby
        || x.hasRosterSequenceNumber != y.hasRosterSequenceNumber || x.rosterSequenceNumber != y.rosterSequenceNumber
        || x.identityCount != y.identityCount || x.streamCount != y.streamCount) {
        return false;
    }
    if (x.view(x.id) != y.view(y.id) || x.view(x.displayName) != y.view(y.displayName)
        || x.view(x.identityId) != y.view(y.identityId) || x.view(x.removedReason) != y.view(y.removedReason)
        || x.view(x.metadata) != y.view(y.metadata) || x.tenantId != y.tenantId || x.endpointType != y.endpointType
        || x.countryCode != y.countryCode) {
        return false;
    }
    for (quint32 i = 0; i < x.identityCount; ++i) {
        const PackedIdentity &p = x.identities()[i];
        const PackedIdentity &q = y.identities()[i];
        if (p.kind != q.kind || x.view(p.id) != y.view(q.id) || x.view(p.displayName) != y.view(q.displayName)
            || p.tenantId != q.tenantId) {
            return false;
        }
    }
    for (quint32 i = 0; i < x.streamCount; ++i) {
        const PackedStream &p = x.streams()[i];
        const PackedStream &q = y.streams()[i];
        if (p.type != q.type || p.direction != q.direction || p.serverMuted != q.serverMuted || p.label != q.label
            || x.view(p.sourceId) != y.view(q.sourceId)) {
            return false;
        }
    }
    return true;
}

} // namespace moderato
