#include "core/calls/participant_rule.h"

namespace moderato {

namespace {

// Every kind, in the order they are offered: its name on the command line and what it means.
struct KindWords
{
    ParticipantRule::Kind kind;
    const char *name;
    const char *meaning; // translated in ParticipantRule's context
};

constexpr KindWords kKinds[] = {
    {ParticipantRule::Kind::Guest, "guest", QT_TRANSLATE_NOOP("moderato::ParticipantRule", "anonymous guests")},
    {ParticipantRule::Kind::External, "external",
     QT_TRANSLATE_NOOP("moderato::ParticipantRule", "people of other organisations")},
    {ParticipantRule::Kind::Phone, "phone", QT_TRANSLATE_NOOP("moderato::ParticipantRule", "phone dial-ins")},
    {ParticipantRule::Kind::Lobby, "lobby",
     QT_TRANSLATE_NOOP("moderato::ParticipantRule", "everyone waiting in the lobby")},
    {ParticipantRule::Kind::App, "app", QT_TRANSLATE_NOOP("moderato::ParticipantRule", "other applications and bots")},
};

const KindWords *wordsOf(ParticipantRule::Kind kind)
{
    for (const KindWords &words : kKinds) {
        if (words.kind == kind)
            return &words;
    }
    return nullptr;
}

bool isUser(const Participant &p)
{
    return p.kind() == IdentityKind::User || p.kind() == IdentityKind::OnPremises;
}

bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ParticipantRule::ParticipantRule(QList<Kind> kinds)
    : m_kinds(std::move(kinds))
{}

QString ParticipantRule::kindName(Kind kind)
{
    const KindWords *words = wordsOf(kind);
    return words ? QLatin1String(words->name) : QString();
}

QStringList ParticipantRule::kindNames()
{
    QStringList names;
    for (const KindWords &words : kKinds)
        names.append(QLatin1String(words.name));
    return names;
}

QString ParticipantRule::describe(Kind kind)
{
    const KindWords *words = wordsOf(kind);
    return words ? tr(words->meaning) : QString();
}

std::optional<ParticipantRule> ParticipantRule::parse(const QString &text, QString *error)
{
    QList<Kind> kinds;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        const auto known = std::find_if(std::begin(kKinds), std::end(kKinds),
                                        [&name](const KindWords &words) { return name == QLatin1String(words.name); });
        if (known == std::end(kKinds)) {
            *error = tr("\"%1\" is not a kind of participant; use %2.")
                         .arg(part.trimmed(), kindNames().join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!kinds.contains(known->kind))
            kinds.append(known->kind);
    }
    if (kinds.isEmpty()) {
        *error = tr("Name at least one kind of participant: %1.").arg(kindNames().join(QLatin1String(", ")));
        return std::nullopt;
    }
    return ParticipantRule(kinds);
}

bool ParticipantRule::matches(const Participant &p, const QString &homeTenantId, const QDateTime &firstSeen) const
{
    if (m_joinedSince.isValid() && firstSeen.isValid() && firstSeen >= m_joinedSince)
        return true;
    for (Kind kind : m_kinds) {
        switch (kind) {
        case Kind::Guest:
            if (p.kind() == IdentityKind::Guest)
                return true;
            break;
        case Kind::External:
            if (isUser(p) && !homeTenantId.isEmpty() && !p.tenantId().isEmpty()
                && p.tenantId().compare(homeTenantId, Qt::CaseInsensitive) != 0)
                return true;
            break;
        case Kind::Phone:
            if (p.kind() == IdentityKind::Phone)
                return true;
            break;
        case Kind::Lobby:
            if (p.isInLobby())
                return true;
            break;
        case Kind::App:
            if (p.kind() == IdentityKind::Application || p.kind() == IdentityKind::ApplicationInstance)
                return true;
            break;
        }
    }
    return false;
}

bool RuleExemptions::exempts(const Participant &p) const
{
    for (const ParticipantIdentity &identity : p.identities()) {
        const bool app =
            identity.kind == IdentityKind::Application || identity.kind == IdentityKind::ApplicationInstance;
        if (app && sameId(ownApplicationId, identity.id))
            return true;
        if (identity.kind == IdentityKind::User && sameId(organizerId, identity.id))
            return true;
    }
    return false;
}

QList<Participant> selectByRule(const QList<Participant> &roster, const ParticipantRule &rule,
                                const QString &homeTenantId, const RuleExemptions &exempt,
                                const std::function<QDateTime(const QString &)> &firstSeen)
{
    QList<Participant> selected;
    for (const Participant &p : roster) {
        const QDateTime seen = firstSeen ? firstSeen(p.id()) : QDateTime();
        if (rule.matches(p, homeTenantId, seen) && !exempt.exempts(p))
            selected.append(p);
    }
    return selected;
}

} // namespace moderato
