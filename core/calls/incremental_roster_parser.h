#pragma once
// IncrementalRosterParser: parses successive refreshes of one roster, re-using the participants
// whose JSON did not change since the previous refresh.

#include "core/calls/roster_parser.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>

namespace moderato {

//! Gives exactly what RosterParser::parse(listBody) gives, faster when most entries are the same
//! bytes as in the previous call: the body is split into its "value" entries without building a
//! JSON document, and an entry whose bytes are identical to one of the previous body returns the
//! same (shared) Participant — identical bytes parse to identical participants. Only new or
//! changed entries are parsed, straight from their bytes (Participant::fromJsonBytes(): no JSON
//! document per entry). Shared participants also make ParticipantModel's diff a pointer
//! comparison. Anything out of the ordinary (not an object, a body it cannot split, a key with
//! escapes, an entry that is not valid JSON) falls back to RosterParser::parse(listBody).
//! Not thread-safe: one instance per thread; it keeps only participants and 128-bit hashes.
class IncrementalRosterParser
{
public:
    RosterSnapshot parse(const QByteArray &listBody);
    //! The same, when this body's "value" array has been decoded already (\a decodedValue: its
    //! entries, in order, e.g. ListParticipantsRequest::participants() of a one-page answer): a new
    //! or changed entry that fromJsonBytes() leaves to Qt is read from it instead of decoding its
    //! bytes again. Ignored unless it has as many entries as the body.
    RosterSnapshot parse(const QByteArray &listBody, const QJsonArray &decodedValue);

    //! Entries re-used and parsed by the last parse() (0, 0 after a fallback).
    int reusedCount() const { return m_reused; }
    int parsedCount() const { return m_parsed; }
    //! Entries of the "value" array in the last parse(); -1 after a fallback.
    int entryCount() const { return m_entries; }
    //! Forgets every remembered entry.
    void clear();

    struct Key
    {
        quint64 a = 0;
        quint64 b = 0;
        qsizetype length = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };

private:
    QHash<Key, Participant> m_previous;
    int m_reused = 0;
    int m_parsed = 0;
    int m_entries = -1;
};

size_t qHash(const IncrementalRosterParser::Key &key, size_t seed = 0) noexcept;

} // namespace moderato
