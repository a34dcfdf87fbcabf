#pragma once
// Who a participant is: Graph's identitySet flattened into a list of typed identities.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace moderato {

//! The kind of identity that names a participant. The order is not the pick order; see
//! pickPrimaryIdentity().
enum class IdentityKind : quint8 {
    User,
    Guest,
    Phone,
    Application,
    ApplicationInstance,
    AcsUser,
    Encrypted,
    OnPremises,
    Device,
    Unknown,
};

//! Stable lower-camel name for scripts and the CLI's JSON ("user", "acsUser", …).
QString identityKindName(IdentityKind kind);
//! The inverse of identityKindName(); anything else gives IdentityKind::Unknown.
IdentityKind identityKindFromName(QStringView name);
//! The key of this kind inside a Graph identitySet ("azureCommunicationServicesUser" for AcsUser).
QLatin1String identitySetKey(IdentityKind kind);

//! One entry of an identitySet. Fields Graph left out or sent as null are empty.
struct ParticipantIdentity
{
    IdentityKind kind = IdentityKind::Unknown;
    QString id;
    QString displayName;
    QString tenantId;

    bool isEmpty() const { return id.isEmpty() && displayName.isEmpty(); }
    friend bool operator==(const ParticipantIdentity &, const ParticipantIdentity &) = default;
};

//! Every known identity of an identitySet, in the pick order of pickPrimaryIdentity().
//! Unknown keys, nulls and non-object values are ignored; identities with neither an id nor a
//! display name are dropped. "assertedIdentity" is not returned (it is what the participant
//! wants shown, not who they are) — see assertedDisplayName().
QList<ParticipantIdentity> parseIdentitySet(const QJsonObject &identitySet);

//! The display name in identitySet.assertedIdentity, if any.
QString assertedDisplayName(const QJsonObject &identitySet);

//! The identity that names the person: user > guest > phone > acsUser > onPremises > encrypted
//! > applicationInstance > application > device, the first with an id or a display name.
//! Returns an Unknown identity when there is none.
ParticipantIdentity pickPrimaryIdentity(const QList<ParticipantIdentity> &identities);

//! The kinds pickPrimaryIdentity() tries, in its order.
const std::array<IdentityKind, 9> &identityPickOrder();

//! The name to show for \a identity: its display name, else the phone number for phones,
//! "Guest" for guests, else the id.
QString displayNameFor(const ParticipantIdentity &identity);

//! Returns a shared copy of \a s for strings that repeat across a roster (tenant ids, labels),
//! so that 10,000 participants of one tenant hold one tenant id. Per thread, bounded.
QString internString(const QString &s);
//! The same for a string that is not a QString yet: a QString is made only when \a s is new.
QString internString(QStringView s);

} // namespace moderato
