#pragma once
// How a Participant is stored (ParticipantData) and built (ParticipantBuilder). Internal to
// core/calls: participant.cpp and participant_reader.cpp.

#include "core/calls/participant.h"

#include <QAtomicInt>

#include <new>
#include <string>
#include <vector>

namespace moderato {

//! A string of a participant: where its characters are in ParticipantData::text.
struct TextRef
{
    quint32 offset = 0;
    quint32 size = 0;
};

struct PackedIdentity
{
    QString tenantId; //!< interned
    TextRef id;
    TextRef displayName;
    IdentityKind kind = IdentityKind::Unknown;
};

struct PackedStream
{
    QString label; //!< interned
    TextRef sourceId;
    MediaType type = MediaType::Unknown;
    MediaDirection direction = MediaDirection::Unknown;
    bool serverMuted = false;
};

//! One participant in one allocation: the fields, then identityCount PackedIdentity, then
//! streamCount PackedStream. Reference counted by Participant.
//!
//! Every string of the participant that is not interned is in \a text, one after the other,
//! each followed by a '\0'. A string the accessors return is a QString that shares text's
//! allocation (a reference more) and points at its own characters: no allocation per string,
//! none per call. Qt's implicit sharing keeps that sound: text is never modified (it is shared
//! while the participant lives, so any change to a returned string copies it first), and once
//! the participant is gone the allocation lives on for as long as a returned string needs it.
class ParticipantData
{
public:
    static ParticipantData *create(quint32 identities, quint32 streams);
    static ParticipantData *clone(const ParticipantData &other);
    //! Drops one reference; the last one frees.
    static void release(ParticipantData *d);
    //! The record of default-constructed participants; never freed.
    static ParticipantData *empty();

    PackedIdentity *identities()
    {
        return std::launder(reinterpret_cast<PackedIdentity *>(reinterpret_cast<char *>(this) + sizeof(*this)));
    }
    const PackedIdentity *identities() const { return const_cast<ParticipantData *>(this)->identities(); }
    PackedStream *streams()
    {
        return std::launder(reinterpret_cast<PackedStream *>(reinterpret_cast<char *>(this) + sizeof(*this)
                                                             + identityCount * sizeof(PackedIdentity)));
    }
    const PackedStream *streams() const { return const_cast<ParticipantData *>(this)->streams(); }

    //! The string \a ref names, sharing text (a null QString for an empty one).
    QString string(TextRef ref) const
    {
        if (ref.size == 0)
            return {};
        QString::DataPointer shared = text.data_ptr(); // one more reference to text's allocation
        shared.ptr += ref.offset;
        shared.size = ref.size;
        return QString(std::move(shared));
    }
    QStringView view(TextRef ref) const { return QStringView(text.constData() + ref.offset, ref.size); }

    QAtomicInt ref;
    quint32 identityCount = 0;
    quint32 streamCount = 0;
    IdentityKind kind = IdentityKind::Unknown;
    quint8 mediaKinds = 0; //!< MediaKinds
    bool muted = false;
    bool inLobby = false;
    bool hasRosterSequenceNumber = false;
    qint64 rosterSequenceNumber = 0;
    QString text;
    TextRef id;
    TextRef displayName;
    TextRef identityId;
    TextRef removedReason;
    TextRef metadata;
    QString tenantId;     //!< interned
    QString endpointType; //!< interned
    QString countryCode;  //!< interned

private:
    ParticipantData() = default;
    ~ParticipantData() = default;
};

static_assert(sizeof(ParticipantData) % alignof(PackedIdentity) == 0);
static_assert(sizeof(PackedIdentity) % alignof(PackedStream) == 0);

//! A participant being read: strings are spans of one buffer that is kept from one participant to
//! the next (forThisThread()), so that reading a participant allocates nothing but what build()
//! makes of it.
class ParticipantBuilder
{
public:
    //! A string in the builder's buffer.
    struct Text
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    struct Identity
    {
        IdentityKind kind = IdentityKind::Unknown;
        Text id;
        Text displayName;
        QString tenantId;
    };
    struct Stream
    {
        MediaType type = MediaType::Unknown;
        MediaDirection direction = MediaDirection::Unknown;
        bool serverMuted = false;
        QString label;
        Text sourceId;
    };

    //! The parsers' builder on this thread.
    static ParticipantBuilder &forThisThread();

    void clear();
    Text add(QStringView s);
    Text addLatin1(QByteArrayView s);
    void append(char16_t c) { m_text.push_back(c); }
    qsizetype position() const { return qsizetype(m_text.size()); }
    Text since(qsizetype position) const { return {position, qsizetype(m_text.size()) - position}; }
    QStringView view(Text t) const { return QStringView(m_text.data() + t.offset, t.size); }

    //! Makes this participant's fields a copy of \a d's.
    void load(const ParticipantData &d);
    //! Sets kind, identity id, tenant id and display name from the identities: the naming identity
    //! (pickPrimaryIdentity()) gives the first three; the name is its display name, else
    //! \a assertedName, else displayNameFor() it, else the participant id.
    void deriveFromIdentities(Text assertedName);
    //! The participant, in two allocations (one if it has no strings); identical strings once.
    Participant build() const;

    Text id;
    Text displayName;
    Text identityId;
    Text removedReason;
    Text metadata;
    QString tenantId;
    QString endpointType;
    QString countryCode;
    std::vector<Identity> identities;
    std::vector<Stream> streams;
    qint64 rosterSequenceNumber = 0;
    IdentityKind kind = IdentityKind::Unknown;
    bool hasRosterSequenceNumber = false;
    bool muted = false;
    bool inLobby = false;

private:
    std::u16string m_text;
};

} // namespace moderato
