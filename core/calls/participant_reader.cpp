// Participant::fromJsonBytes: a participant straight from the bytes of its JSON object.
//
// It gives exactly what Participant::fromJson() gives for the document QJsonDocument::fromJson()
// makes of the same bytes, or nothing. The rule that keeps the two the same: what this reader
// accepts is a subset of what Qt's parser accepts, and it decodes every string and number it
// uses the way Qt does; for anything else it gives up, and the caller asks Qt. Qt is lenient in
// places (unknown escapes, control characters in strings, "1.", duplicate keys, where the last
// one wins); this reader is not, and leaves all of that to Qt. The fields are read with the
// semantics of json::string(), json::boolean() and json::integer(), and what Participant::
// fromJson() derives from them is derived by the same code (ParticipantBuilder).
#include "core/calls/participant_p.h"

#include "core/calls/json_fields.h"

#include <QJsonValue>

#include <array>

namespace moderato {

namespace {

// Deeper objects are left to Qt (whose limit is 1024).
constexpr int MaxDepth = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Noncharacters and the byte order mark: valid, but left to Qt's own handling of them.
bool isUnusualCharacter(char32_t c)
{
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe || c == 0xfeff;
}

// A value's JSON type, where a field is read; Missing when the key is not there.
enum class Type : quint8 { Missing, Null, Bool, Number, String, Array, Object };

// The type of the value that starts with \a c (Missing: none).
Type typeAt(char c)
{
    switch (c) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 'n': return Type::Null;
    case 't':
    case 'f': return Type::Bool;
    default: return c == '-' || isDigit(c) ? Type::Number : Type::Missing;
    }
}

QJsonValue::Type jsonType(Type type)
{
    switch (type) {
    case Type::Missing: return QJsonValue::Undefined;
    case Type::Null: return QJsonValue::Null;
    case Type::Bool: return QJsonValue::Bool;
    case Type::Number: return QJsonValue::Double;
    case Type::String: return QJsonValue::String;
    case Type::Array: return QJsonValue::Array;
    case Type::Object: return QJsonValue::Object;
    }
    return QJsonValue::Undefined;
}

class EntryReader
{
public:
    using Text = ParticipantBuilder::Text;

    EntryReader(QByteArrayView json, ParticipantBuilder &builder)
        : m_p(json.data())
        , m_end(json.data() + json.size())
        , m_b(builder)
    {}

    //! Reads the whole participant into the builder; false: leave it to Qt.
    bool read();
    Type idType() const { return m_idType; }

private:
    // An identitySet's identities, by their place in identityPickOrder().
    struct IdentitySet
    {
        std::array<ParticipantBuilder::Identity, 9> identities;
        std::array<bool, 9> present{};
        Text endpointType; //!< the participant's identitySet only
        Text displayName;  //!< assertedIdentity only
    };

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    // The next significant character (0 at the end).
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    bool literal(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    bool utf8(char32_t *c);
    bool string(Text *out);
    bool key(QByteArrayView *out);
    bool number(std::optional<qint64> *integer);
    bool skip();
    template <typename Member> bool object(Member &&member);
    template <typename Element> bool array(Element &&element);
    template <typename Item> bool container(char close, Item &&item);

    bool stringValue(Text *out, Type *type = nullptr);
    bool booleanValue(bool *out);
    bool integerValue(std::optional<qint64> *out);

    bool info();
    bool identitySet(IdentitySet *set, IdentitySet *asserted);
    bool identity(ParticipantBuilder::Identity *out);
    bool mediaStreams();

    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    ParticipantBuilder &m_b;
    Type m_idType = Type::Missing;
    IdentitySet m_identitySet;
    IdentitySet m_asserted;
    bool m_hasAsserted = false;
    Text m_infoEndpointType;
    Text m_countryCode;
};

// Once per key and object: a key read twice is left to Qt (where the last one wins).
struct SeenKeys
{
    quint32 bits = 0;
    bool once(int key)
    {
        const quint32 bit = 1u << key;
        if (bits & bit)
            return false;
        bits |= bit;
        return true;
    }
};

// At a byte of 0x80 or more: one well-formed UTF-8 sequence (no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool EntryReader::utf8(char32_t *c)
{
    const auto byte = [this](qsizetype i) { return uchar(m_p[i]); };
    const auto continuation = [&](qsizetype i) { return m_p + i < m_end && (byte(i) & 0xc0) == 0x80; };
    const uchar lead = byte(0);
    if (lead >= 0xc2 && lead <= 0xdf) {
        if (!continuation(1))
            return false;
        *c = (char32_t(lead & 0x1f) << 6) | (byte(1) & 0x3f);
        m_p += 2;
        return true;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
        if (!continuation(1) || !continuation(2))
            return false;
        *c = (char32_t(lead & 0x0f) << 12) | (char32_t(byte(1) & 0x3f) << 6) | (byte(2) & 0x3f);
        if (*c < 0x800 || (*c >= 0xd800 && *c <= 0xdfff))
            return false;
        m_p += 3;
        return true;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return false;
        *c = (char32_t(lead & 0x07) << 18) | (char32_t(byte(1) & 0x3f) << 12) | (char32_t(byte(2) & 0x3f) << 6)
             | (byte(3) & 0x3f);
        if (*c < 0x10000 || *c > 0x10ffff)
            return false;
        m_p += 4;
        return true;
    }
    return false;
}

// At '"': a string, decoded into the builder when \a out is given, else only checked.
bool EntryReader::string(Text *out)
{
    ++m_p;
    const qsizetype start = m_b.position();
    for (;;) {
        // A run of plain ASCII first: almost every string is one.
        const char *run = m_p;
        while (m_p < m_end && uchar(*m_p) >= 0x20 && uchar(*m_p) < 0x80 && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (out) {
            for (const char *c = run; c < m_p; ++c)
                m_b.append(char16_t(uchar(*c)));
        }
        if (m_p >= m_end)
            return false;
        const uchar c = uchar(*m_p);
        if (c == '"') {
            ++m_p;
            break;
        }
        if (c < 0x20)
            return false; // Qt takes control characters as they are; left to it
        if (c == '\\') {
            if (m_end - m_p < 2)
                return false;
            char16_t decoded = 0;
            switch (m_p[1]) {
            case '"': decoded = u'"'; break;
            case '\\': decoded = u'\\'; break;
            case '/': decoded = u'/'; break;
            case 'b': decoded = u'\b'; break;
            case 'f': decoded = u'\f'; break;
            case 'n': decoded = u'\n'; break;
            case 'r': decoded = u'\r'; break;
            case 't': decoded = u'\t'; break;
            case 'u': {
                if (m_end - m_p < 6)
                    return false;
                char32_t value = 0;
                for (int i = 2; i < 6; ++i) {
                    const char h = m_p[i];
                    value <<= 4;
                    if (h >= '0' && h <= '9')
                        value |= char32_t(h - '0');
                    else if (h >= 'a' && h <= 'f')
                        value |= char32_t(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F')
                        value |= char32_t(h - 'A' + 10);
                    else
                        return false;
                }
                if ((value >= 0xd800 && value <= 0xdfff) || isUnusualCharacter(value))
                    return false; // surrogates (paired or not) are left to Qt
                decoded = char16_t(value);
                m_p += 4;
                break;
            }
            default: return false; // Qt reads "\x" as "x"; left to it
            }
            m_p += 2;
            if (out)
                m_b.append(decoded);
            continue;
        }
        char32_t decoded = 0;
        if (!utf8(&decoded) || isUnusualCharacter(decoded))
            return false;
        if (out) {
            if (decoded < 0x10000) {
                m_b.append(char16_t(decoded));
            } else {
                m_b.append(char16_t(0xd800 + ((decoded - 0x10000) >> 10)));
                m_b.append(char16_t(0xdc00 + ((decoded - 0x10000) & 0x3ff)));
            }
        }
    }
    if (out)
        *out = m_b.since(start);
    return true;
}

// At '"': a key, as its bytes; keys with escapes are left to Qt.
bool EntryReader::key(QByteArrayView *out)
{
    if (m_p >= m_end || *m_p != '"')
        return false;
    const char *begin = ++m_p;
    while (m_p < m_end && *m_p != '"') {
        const uchar c = uchar(*m_p);
        if (c == '\\' || c < 0x20)
            return false;
        if (c < 0x80) {
            ++m_p;
            continue;
        }
        char32_t decoded = 0;
        if (!utf8(&decoded) || isUnusualCharacter(decoded))
            return false;
    }
    if (m_p >= m_end)
        return false;
    *out = QByteArrayView(begin, m_p - begin);
    ++m_p;
    return true;
}

// A number as RFC 8259 writes it. \a integer gets it when it is a short integer (at most 15
// digits, so exact as a double, and not "-0"); other numbers are only checked, and only where
// nothing reads them: at most 17 significant digits and a two-digit exponent, which Qt reads as
// finite doubles.
bool EntryReader::number(std::optional<qint64> *integer)
{
    integer->reset();
    const bool negative = m_p < m_end && *m_p == '-';
    if (negative)
        ++m_p;
    const char *digits = m_p;
    if (m_p >= m_end || !isDigit(*m_p))
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    const qsizetype integerDigits = m_p - digits;
    qsizetype fractionDigits = 0;
    qsizetype exponentDigits = 0;
    if (m_p < m_end && *m_p == '.') {
        const char *fraction = ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        fractionDigits = m_p - fraction;
        if (fractionDigits == 0)
            return false;
    }
    bool hasExponent = false;
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        hasExponent = true;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        const char *exponent = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        exponentDigits = m_p - exponent;
        if (exponentDigits == 0)
            return false;
    }
    if (integerDigits + fractionDigits > 17 || exponentDigits > 2)
        return false;
    if (fractionDigits == 0 && !hasExponent && integerDigits <= 15 && !(negative && *digits == '0')) {
        qint64 n = 0;
        for (const char *c = digits; c < m_p; ++c)
            n = n * 10 + (*c - '0');
        *integer = negative ? -n : n;
    }
    return true;
}

// Any value, checked and passed over.
bool EntryReader::skip()
{
    switch (peek()) {
    case '"': return string(nullptr);
    case '{': return object([this](QByteArrayView) { return skip(); });
    case '[': return array([this] { return skip(); });
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: {
        std::optional<qint64> ignored;
        return number(&ignored);
    }
    }
}

// At '{' or '[': calls item() at each entry until \a close, one level deeper; item() reads its
// entry and says whether it could.
template <typename Item> bool EntryReader::container(char close, Item &&item)
{
    if (++m_depth > MaxDepth)
        return false;
    ++m_p;
    if (!take(close)) {
        for (;;) {
            if (!item())
                return false;
            if (take(','))
                continue;
            if (take(close))
                break;
            return false;
        }
    }
    --m_depth;
    return true;
}

// At '{': calls member(key) at each value, which reads or skips it.
template <typename Member> bool EntryReader::object(Member &&member)
{
    return container('}', [&] {
        ws();
        QByteArrayView name;
        return key(&name) && take(':') && peek() != '\0' && member(name);
    });
}

// At '[': calls element() at each element, which reads or skips it.
template <typename Element> bool EntryReader::array(Element &&element)
{
    return container(']', [&] { return peek() != '\0' && element(); });
}

// json::string(): a string, or an integral number as text; anything else is empty.
bool EntryReader::stringValue(Text *out, Type *type)
{
    const char c = peek();
    *out = Text();
    if (c == '"') {
        if (type)
            *type = Type::String;
        return string(out);
    }
    if (c == '-' || isDigit(c)) {
        if (type)
            *type = Type::Number;
        const char *begin = m_p;
        std::optional<qint64> integer;
        if (!number(&integer) || !integer)
            return false; // a number json::string() might turn into text some other way: Qt's
        *out = m_b.addLatin1(QByteArrayView(begin, m_p - begin)); // as QString::number() writes it
        return true;
    }
    if (type)
        *type = typeAt(c);
    return skip();
}

// json::boolean().value_or(false): true/false, "true"/"false" in any case, 1/0.
bool EntryReader::booleanValue(bool *out)
{
    *out = false;
    switch (peek()) {
    case 't': *out = true; return literal("true");
    case 'f': return literal("false");
    case '"': {
        Text text;
        if (!string(&text))
            return false;
        *out = m_b.view(text).trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        return true;
    }
    default:
        if (peek() == '-' || isDigit(peek())) {
            std::optional<qint64> integer;
            if (!number(&integer) || !integer)
                return false;
            *out = *integer == 1;
            return true;
        }
        return skip();
    }
}

// json::integer(): a number that is a whole one, or a decimal string.
bool EntryReader::integerValue(std::optional<qint64> *out)
{
    out->reset();
    const char c = peek();
    if (c == '-' || isDigit(c)) {
        if (!number(out) || !*out)
            return false;
        return true;
    }
    if (c == '"') {
        Text text;
        if (!string(&text))
            return false;
        bool ok = false;
        const qint64 n = m_b.view(text).trimmed().toLongLong(&ok);
        if (ok)
            *out = n;
        return true;
    }
    return skip();
}

// At '{': one identity of an identitySet.
bool EntryReader::identity(ParticipantBuilder::Identity *out)
{
    SeenKeys seen;
    return object([&](QByteArrayView name) {
        if (name == "id")
            return seen.once(0) && stringValue(&out->id);
        if (name == "displayName")
            return seen.once(1) && stringValue(&out->displayName);
        if (name == "tenantId") {
            Text tenantId;
            if (!seen.once(2) || !stringValue(&tenantId))
                return false;
            out->tenantId = internString(m_b.view(tenantId));
            return true;
        }
        return skip();
    });
}

// At '{': an identitySet (parseIdentitySet()); \a asserted is where its assertedIdentity goes,
// nullptr when this is the assertedIdentity (whose displayName is read instead).
bool EntryReader::identitySet(IdentitySet *set, IdentitySet *asserted)
{
    SeenKeys seen;
    const auto &order = identityPickOrder();
    return object([&](QByteArrayView name) {
        for (size_t i = 0; i < order.size(); ++i) {
            if (name != identitySetKey(order[i]))
                continue;
            if (!seen.once(int(i)))
                return false;
            if (peek() != '{')
                return skip();
            ParticipantBuilder::Identity read;
            read.kind = order[i];
            if (!identity(&read))
                return false;
            if (read.id.size > 0 || read.displayName.size > 0) { // as !ParticipantIdentity::isEmpty()
                set->identities[i] = std::move(read);
                set->present[i] = true;
            }
            return true;
        }
        if (asserted && name == "assertedIdentity") {
            if (!seen.once(10))
                return false;
            if (peek() != '{')
                return skip();
            m_hasAsserted = true;
            return identitySet(asserted, nullptr);
        }
        if (asserted && name == "endpointType")
            return seen.once(11) && stringValue(&set->endpointType);
        if (!asserted && name == "displayName")
            return seen.once(12) && stringValue(&set->displayName);
        return skip();
    });
}

// At '{': the participant's info.
bool EntryReader::info()
{
    SeenKeys seen;
    return object([&](QByteArrayView name) {
        if (name == "identity") {
            if (!seen.once(0))
                return false;
            if (peek() != '{')
                return skip();
            return identitySet(&m_identitySet, &m_asserted);
        }
        if (name == "endpointType")
            return seen.once(1) && stringValue(&m_infoEndpointType);
        if (name == "countryCode")
            return seen.once(2) && stringValue(&m_countryCode);
        return skip();
    });
}

// At '[': the mediaStreams; entries that are not objects are passed over.
bool EntryReader::mediaStreams()
{
    return array([&] {
        if (peek() != '{')
            return skip();
        ParticipantBuilder::Stream stream;
        SeenKeys seen;
        const bool ok = object([&](QByteArrayView name) {
            Text text;
            if (name == "mediaType") {
                if (!seen.once(0) || !stringValue(&text))
                    return false;
                stream.type = mediaTypeFromName(m_b.view(text));
                return true;
            }
            if (name == "direction") {
                if (!seen.once(1) || !stringValue(&text))
                    return false;
                stream.direction = mediaDirectionFromName(m_b.view(text));
                return true;
            }
            if (name == "serverMuted")
                return seen.once(2) && booleanValue(&stream.serverMuted);
            if (name == "label") {
                if (!seen.once(3) || !stringValue(&text))
                    return false;
                stream.label = internString(m_b.view(text));
                return true;
            }
            if (name == "sourceId")
                return seen.once(4) && stringValue(&stream.sourceId);
            return skip();
        });
        if (ok)
            m_b.streams.push_back(std::move(stream));
        return ok;
    });
}

bool EntryReader::read()
{
    if (peek() != '{')
        return false;
    SeenKeys seen;
    const bool ok = object([&](QByteArrayView name) {
        if (name == "id")
            return seen.once(0) && stringValue(&m_b.id, &m_idType);
        if (name == "info") {
            if (!seen.once(1))
                return false;
            return peek() == '{' ? info() : skip();
        }
        if (name == "mediaStreams") {
            if (!seen.once(2))
                return false;
            return peek() == '[' ? mediaStreams() : skip();
        }
        if (name == "isMuted")
            return seen.once(3) && booleanValue(&m_b.muted);
        if (name == "isInLobby")
            return seen.once(4) && booleanValue(&m_b.inLobby);
        if (name == "metadata")
            return seen.once(5) && stringValue(&m_b.metadata);
        if (name == "removedState") {
            if (!seen.once(6))
                return false;
            if (peek() != '{')
                return skip();
            SeenKeys removedSeen;
            return object([&](QByteArrayView inner) {
                if (inner == "reason")
                    return removedSeen.once(0) && stringValue(&m_b.removedReason);
                return skip();
            });
        }
        if (name == "rosterSequenceNumber") {
            std::optional<qint64> n;
            if (!seen.once(7) || !integerValue(&n))
                return false;
            m_b.hasRosterSequenceNumber = n.has_value();
            m_b.rosterSequenceNumber = n.value_or(0);
            return true;
        }
        return skip();
    });
    // Only whitespace may follow the object: peek() also gives '\0' for a NUL byte, which Qt's
    // parser refuses as garbage after the value.
    ws();
    if (!ok || m_p != m_end)
        return false;

    // What Participant::fromJson() makes of the fields.
    for (size_t i = 0; i < m_identitySet.identities.size(); ++i) {
        if (m_identitySet.present[i])
            m_b.identities.push_back(std::move(m_identitySet.identities[i]));
    }
    Text assertedName;
    if (m_hasAsserted) {
        // assertedDisplayName(): its own displayName, else that of its first identity.
        assertedName = m_asserted.displayName;
        if (assertedName.size == 0) {
            for (size_t i = 0; i < m_asserted.identities.size(); ++i) {
                if (m_asserted.present[i]) {
                    assertedName = m_asserted.identities[i].displayName;
                    break;
                }
            }
        }
    }
    m_b.endpointType =
        internString(m_b.view(m_infoEndpointType.size > 0 ? m_infoEndpointType : m_identitySet.endpointType));
    m_b.countryCode = internString(m_b.view(m_countryCode));
    m_b.deriveFromIdentities(assertedName);
    return true;
}

} // namespace

std::optional<Participant> Participant::fromJsonBytes(QByteArrayView json, QString *problem)
{
    ParticipantBuilder &b = ParticipantBuilder::forThisThread();
    b.clear();
    EntryReader reader(json, b);
    if (!reader.read())
        return std::nullopt;
    if (b.id.size == 0) {
        if (problem) {
            *problem = QStringLiteral("participant has no id (id is %1)")
                           .arg(json::typeName(QJsonValue(jsonType(reader.idType()))));
        }
        return Participant();
    }
    return b.build();
}

} // namespace moderato
