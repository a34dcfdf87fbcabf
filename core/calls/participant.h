#pragma once
// Participant: one entry of a call's roster, parsed from Graph's participant resource.

#include "core/calls/identity.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace moderato {

//! mediaStream.mediaType. "screenSharing" (the modality name) reads as ScreenSharing too.
enum class MediaType : quint8 { Unknown, Audio, Video, ScreenSharing, Data };
//! mediaStream.direction.
enum class MediaDirection : quint8 { Unknown, Inactive, SendOnly, ReceiveOnly, SendReceive };

//! Graph's name of \a type ("audio", "video", "videoBasedScreenSharing", "data", "unknown").
QString mediaTypeName(MediaType type);
MediaType mediaTypeFromName(QStringView name);
QString mediaDirectionName(MediaDirection direction);
MediaDirection mediaDirectionFromName(QStringView name);

//! One mediaStream of a participant.
struct MediaStream
{
    MediaType type = MediaType::Unknown;
    MediaDirection direction = MediaDirection::Unknown;
    bool serverMuted = false;
    QString label;
    QString sourceId;

    friend bool operator==(const MediaStream &, const MediaStream &) = default;
};

//! The kinds of media a participant has in a live (not inactive) stream, for display.
enum class MediaKind : quint8 { Audio = 1, Video = 2, ScreenSharing = 4, Data = 8 };
Q_DECLARE_FLAGS(MediaKinds, MediaKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(MediaKinds)

class ParticipantData;
class ParticipantBuilder;

//! A roster entry. Implicitly shared: copies are one pointer and a reference count, so rosters
//! of thousands can be copied into snapshots, models and QVariants freely.
//!
//! Compact, because a call may have 10,000 of them: a participant is two allocations, whatever
//! it holds. One holds the fields, the identities and the media streams; the other holds the
//! characters of every string of this participant (ids, names, metadata, …), and the strings the
//! accessors return share it (see ParticipantData). Strings many participants have in common —
//! tenant ids, endpoint types, country codes, stream labels — are interned (internString()), so
//! 10,000 participants of one tenant hold one tenant id.
class Participant
{
public:
    //! An invalid participant; all default-constructed ones share one empty record.
    Participant();
    // Copy only: a moved-from Participant must stay usable, and a copy is one atomic increment.
    Participant(const Participant &);
    Participant &operator=(const Participant &);
    ~Participant();

    //! Parses a Graph participant. Returns an invalid Participant (and sets \a problem) when
    //! \a object has no usable id; anything else that is missing, null, of the wrong type or
    //! unknown reads as "absent" and never fails the parse.
    static Participant fromJson(const QJsonObject &object, QString *problem = nullptr);
    //! The same as fromJson(QJsonDocument::fromJson(json).object(), problem) for the bytes of one
    //! JSON object, read without building a document. Returns nullopt (and leaves \a problem
    //! alone) for anything it leaves to the document's parser: bytes that are not one valid
    //! object, and what is valid but unusual here — escapes JSON does not define, surrogate
    //! escapes, noncharacters, byte order marks or control characters in strings, numbers that are
    //! not short integers where a field is read, a field's key twice in one object, nesting deeper
    //! than 64.
    //! The caller then parses the document; both give the same participant.
    static std::optional<Participant> fromJsonBytes(QByteArrayView json, QString *problem = nullptr);

    //! The fields the CLI prints with `participants --json` (without "state").
    QJsonObject toSummaryJson() const;

    bool isValid() const; //!< has an id

    QString id() const;
    //! The name to show, with fallbacks: the naming identity's display name, the asserted
    //! identity's, the phone number, "Guest", the identity id, the participant id.
    QString displayName() const;
    //! The kind of the identity that names the person (see pickPrimaryIdentity()).
    IdentityKind kind() const;
    QString identityId() const;
    QString tenantId() const;
    //! Every identity of info.identity, naming identity first.
    QList<ParticipantIdentity> identities() const;
    std::optional<ParticipantIdentity> identity(IdentityKind kind) const;
    QString endpointType() const;
    QString countryCode() const;
    QList<MediaStream> mediaStreams() const;
    MediaKinds mediaKinds() const;
    bool isMuted() const;
    bool isInLobby() const;
    QString removedReason() const;
    std::optional<qint64> rosterSequenceNumber() const;
    QString metadata() const;

    void setId(const QString &id);
    void setDisplayName(const QString &name);
    //! Sets the identities and derives kind, identity id, tenant id and display name from them.
    void setIdentities(const QList<ParticipantIdentity> &identities);
    void setKind(IdentityKind kind);
    void setIdentityId(const QString &id);
    void setTenantId(const QString &tenantId);
    void setEndpointType(const QString &endpointType);
    void setCountryCode(const QString &countryCode);
    void setMediaStreams(const QList<MediaStream> &streams);
    void setMuted(bool muted);
    void setInLobby(bool inLobby);
    void setRemovedReason(const QString &reason);
    void setRosterSequenceNumber(std::optional<qint64> number);
    void setMetadata(const QString &metadata);

    //! True when both share the same data (a cheap "certainly equal" test).
    bool isSharedWith(const Participant &other) const { return d == other.d; }

    friend bool operator==(const Participant &a, const Participant &b);
    friend bool operator!=(const Participant &a, const Participant &b) { return !(a == b); }

private:
    friend class ParticipantBuilder;
    explicit Participant(ParticipantData *data); //!< adopts \a data's reference
    void detach();

    ParticipantData *d;
};

} // namespace moderato

Q_DECLARE_TYPEINFO(moderato::Participant, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(moderato::Participant)
