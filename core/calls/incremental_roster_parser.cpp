#include "core/calls/incremental_roster_parser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace moderato {

namespace {

// Deeper entries go the slow way: the whole body nests two levels deeper than an entry alone,
// and only the whole body's parse decides what is too deep.
constexpr int MaxEntryDepth = 200;

struct Entry
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Finds the entries of the top-level "value" array by structure alone (strings and brackets).
// Entries are validated later by parsing them, the rest of the body by parsing it with the array
// emptied; this only has to find where things are, and gives up on anything unusual.
class Splitter
{
public:
    explicit Splitter(const QByteArray &body)
        : m_p(body.constData())
        , m_n(body.size())
    {}

    bool split(qsizetype *arrayBegin, qsizetype *arrayEnd, QList<Entry> *entries)
    {
        ws();
        if (!take('{'))
            return false;
        int valueArrays = 0;
        ws();
        if (peek('}'))
            return false; // no "value" at all: the slow path says so
        for (;;) {
            ws();
            bool escaped = false;
            const qsizetype keyBegin = m_i + 1;
            if (!peek('"') || !string(&escaped) || escaped)
                return false;
            const QByteArrayView key(m_p + keyBegin, m_i - 1 - keyBegin);
            ws();
            if (!take(':'))
                return false;
            ws();
            if (key == "value") {
                if (++valueArrays > 1 || !peek('['))
                    return false;
                *arrayBegin = m_i;
                if (!array(entries))
                    return false;
                *arrayEnd = m_i;
            } else if (!value()) {
                return false;
            }
            ws();
            if (take(','))
                continue;
            if (take('}'))
                break;
            return false;
        }
        return valueArrays == 1;
    }

private:
    static bool isWs(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void ws()
    {
        while (m_i < m_n && isWs(m_p[m_i]))
            ++m_i;
    }
    bool peek(char c) const { return m_i < m_n && m_p[m_i] == c; }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_i;
        return true;
    }

    // At '"': skips the string, its escapes included.
    bool string(bool *escaped)
    {
        ++m_i;
        while (m_i < m_n) {
            const char c = m_p[m_i];
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c == '\\') {
                *escaped = true;
                m_i += 2;
                continue;
            }
            ++m_i;
        }
        return false;
    }

    bool value()
    {
        if (m_i >= m_n)
            return false;
        const char c = m_p[m_i];
        if (c == '"') {
            bool escaped = false;
            return string(&escaped);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_i < m_n) {
                const char d = m_p[m_i];
                if (d == '"') {
                    bool escaped = false;
                    if (!string(&escaped))
                        return false;
                    continue;
                }
                if (d == '{' || d == '[') {
                    if (++depth > MaxEntryDepth)
                        return false;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_i;
                        return true;
                    }
                }
                ++m_i;
            }
            return false;
        }
        const qsizetype start = m_i;
        while (m_i < m_n && !isWs(m_p[m_i]) && m_p[m_i] != ',' && m_p[m_i] != '}' && m_p[m_i] != ']')
            ++m_i;
        return m_i > start;
    }

    bool array(QList<Entry> *entries)
    {
        ++m_i; // '['
        ws();
        if (take(']'))
            return true;
        for (;;) {
            ws();
            if (!peek('{')) // anything but an object: the slow path reports it
                return false;
            const qsizetype begin = m_i;
            if (!value())
                return false;
            entries->append({begin, m_i});
            ws();
            if (take(','))
                continue;
            if (take(']'))
                return true;
            return false;
        }
    }

    const char *m_p;
    qsizetype m_n;
    qsizetype m_i = 0;
};

IncrementalRosterParser::Key keyOf(QByteArrayView bytes)
{
    // Two independently seeded hashes: 128 bits, so a changed entry is never taken for an old one.
    return {quint64(qHash(bytes, size_t(0x9e3779b97f4a7c15ULL))), quint64(qHash(bytes, size_t(0xc2b2ae3d27d4eb4fULL))),
            bytes.size()};
}

} // namespace

size_t qHash(const IncrementalRosterParser::Key &key, size_t seed) noexcept
{
    return size_t(key.a) ^ seed;
}

void IncrementalRosterParser::clear()
{
    m_previous.clear();
}

RosterSnapshot IncrementalRosterParser::parse(const QByteArray &listBody)
{
    return parse(listBody, QJsonArray());
}

RosterSnapshot IncrementalRosterParser::parse(const QByteArray &listBody, const QJsonArray &decodedValue)
{
    m_reused = 0;
    m_parsed = 0;
    qsizetype arrayBegin = 0;
    qsizetype arrayEnd = 0;
    QList<Entry> entries;
    m_entries = -1;
    const auto slowPath = [&] {
        m_reused = 0;
        m_parsed = 0;
        m_entries = -1;
        m_previous.clear();
        return RosterParser::parse(listBody);
    };
    if (!Splitter(listBody).split(&arrayBegin, &arrayEnd, &entries))
        return slowPath();

    // Everything but the entries, parsed the usual way: validity, "value", @odata.nextLink.
    QByteArray envelope;
    envelope.reserve(listBody.size() - (arrayEnd - arrayBegin) + 2);
    envelope.append(listBody.constData(), arrayBegin)
        .append("[]")
        .append(listBody.constData() + arrayEnd, listBody.size() - arrayEnd);
    RosterSnapshot snapshot = RosterParser::parse(envelope);
    if (!snapshot.ok)
        return slowPath();
    const QStringList envelopeProblems = snapshot.problems;
    snapshot.problems.clear();

    const bool useDecoded = decodedValue.size() == entries.size() && !entries.isEmpty();
    QHash<Key, Participant> current;
    current.reserve(entries.size());
    snapshot.participants.reserve(entries.size());
    QHash<QString, qsizetype> indexById;
    indexById.reserve(entries.size());
    for (qsizetype position = 0; position < entries.size(); ++position) {
        const QByteArrayView bytes(listBody.constData() + entries[position].begin,
                                   entries[position].end - entries[position].begin);
        const Key key = keyOf(bytes);
        Participant participant;
        if (const auto it = m_previous.constFind(key); it != m_previous.constEnd()) {
            participant = *it;
            ++m_reused;
        } else {
            // Straight from the bytes; what that reader leaves to Qt is read from the decoded
            // entry, or decoded now.
            QString problem;
            if (auto read = Participant::fromJsonBytes(bytes, &problem)) {
                participant = *read;
            } else if (useDecoded && decodedValue.at(position).isObject()) {
                participant = Participant::fromJson(decodedValue.at(position).toObject(), &problem);
            } else {
                QJsonParseError error;
                const QJsonDocument document =
                    QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
                if (error.error != QJsonParseError::NoError || !document.isObject())
                    return slowPath();
                participant = Participant::fromJson(document.object(), &problem);
            }
            ++m_parsed;
            if (!participant.isValid()) {
                snapshot.problems.append(QStringLiteral("entry %1: skipped, %2").arg(position).arg(problem));
                continue;
            }
        }
        current.insert(key, participant);
        RosterParser::addUnique(snapshot, indexById, participant, position);
    }
    snapshot.problems.append(envelopeProblems);
    m_previous = std::move(current);
    m_entries = int(entries.size());
    return snapshot;
}

} // namespace moderato
