#include "core/calls/identity.h"

#include "core/calls/json_fields.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace moderato {

namespace {

struct KindNames
{
    IdentityKind kind;
    const char *name;   // ours, for the CLI
    const char *setKey; // Graph's identitySet key
};

constexpr std::array<KindNames, 10> kindNames{{
    {IdentityKind::User, "user", "user"},
    {IdentityKind::Guest, "guest", "guest"},
    {IdentityKind::Phone, "phone", "phone"},
    {IdentityKind::Application, "application", "application"},
    {IdentityKind::ApplicationInstance, "applicationInstance", "applicationInstance"},
    {IdentityKind::AcsUser, "acsUser", "azureCommunicationServicesUser"},
    {IdentityKind::Encrypted, "encrypted", "encrypted"},
    {IdentityKind::OnPremises, "onPremises", "onPremises"},
    {IdentityKind::Device, "device", "device"},
    {IdentityKind::Unknown, "unknown", ""},
}};

// The order in which an identity names the person.
constexpr std::array<IdentityKind, 9> pickOrder{
    IdentityKind::User,
    IdentityKind::Guest,
    IdentityKind::Phone,
    IdentityKind::AcsUser,
    IdentityKind::OnPremises,
    IdentityKind::Encrypted,
    IdentityKind::ApplicationInstance,
    IdentityKind::Application,
    IdentityKind::Device,
};

constexpr int maxInternedStrings = 4096;

} // namespace

QString identityKindName(IdentityKind kind)
{
    return QLatin1String(kindNames[static_cast<size_t>(kind)].name);
}

IdentityKind identityKindFromName(QStringView name)
{
    for (const auto &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return IdentityKind::Unknown;
}

QLatin1String identitySetKey(IdentityKind kind)
{
    return QLatin1String(kindNames[static_cast<size_t>(kind)].setKey);
}

const std::array<IdentityKind, 9> &identityPickOrder()
{
    return pickOrder;
}

QList<ParticipantIdentity> parseIdentitySet(const QJsonObject &identitySet)
{
    QList<ParticipantIdentity> identities;
    if (identitySet.isEmpty())
        return identities;
    for (const IdentityKind kind : pickOrder) {
        const QJsonValue value = identitySet.value(identitySetKey(kind));
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        ParticipantIdentity identity;
        identity.kind = kind;
        identity.id = json::string(object.value(QLatin1String("id")));
        identity.displayName = json::string(object.value(QLatin1String("displayName")));
        identity.tenantId = internString(json::string(object.value(QLatin1String("tenantId"))));
        if (!identity.isEmpty())
            identities.append(std::move(identity));
    }
    return identities;
}

QString assertedDisplayName(const QJsonObject &identitySet)
{
    const QJsonValue asserted = identitySet.value(QLatin1String("assertedIdentity"));
    if (!asserted.isObject())
        return {};
    // assertedIdentity is a communicationsUserIdentity or communicationsPhoneIdentity; some
    // payloads nest it one level deeper as an identitySet.
    const QJsonObject object = asserted.toObject();
    const QString direct = json::string(object.value(QLatin1String("displayName")));
    if (!direct.isEmpty())
        return direct;
    const auto nested = parseIdentitySet(object);
    return nested.isEmpty() ? QString() : nested.first().displayName;
}

ParticipantIdentity pickPrimaryIdentity(const QList<ParticipantIdentity> &identities)
{
    // parseIdentitySet() already returns the pick order, but callers may build lists by hand.
    for (const IdentityKind kind : pickOrder) {
        for (const auto &identity : identities) {
            if (identity.kind == kind && !identity.isEmpty())
                return identity;
        }
    }
    return {};
}

QString displayNameFor(const ParticipantIdentity &identity)
{
    if (!identity.displayName.isEmpty())
        return identity.displayName;
    if (identity.kind == IdentityKind::Guest)
        return QCoreApplication::translate("moderato::Participant", "Guest");
    return identity.id; // a phone identity's id is the number
}

namespace {
QHash<QString, QString> &internPool()
{
    thread_local QHash<QString, QString> pool;
    return pool;
}
} // namespace

QString internString(const QString &s)
{
    if (s.isEmpty())
        return {};
    QHash<QString, QString> &pool = internPool();
    const auto it = pool.constFind(s);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() >= maxInternedStrings)
        pool.clear(); // strings already handed out stay valid; only future sharing is lost
    pool.insert(s, s);
    return s;
}

QString internString(QStringView s)
{
    if (s.isEmpty())
        return {};
    QHash<QString, QString> &pool = internPool();
    // A key that borrows the characters: looking up allocates nothing.
    const auto it = pool.constFind(QString::fromRawData(s.data(), s.size()));
    if (it != pool.constEnd())
        return *it;
    return internString(s.toString());
}

} // namespace moderato
