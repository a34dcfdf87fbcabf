#include "core/calls/roster_diff.h"

#include "core/calls/participant_model.h"

namespace moderato::rosterdiff {

quint16 changedAspects(const Participant &before, const Participant &after)
{
    // Most participants are unchanged between refreshes: one member-wise compare settles them.
    if (before == after)
        return 0;
    quint16 aspects = 0;
    if (before.displayName() != after.displayName())
        aspects |= Name;
    if (before.kind() != after.kind())
        aspects |= Kind;
    if (before.identityId() != after.identityId() || before.tenantId() != after.tenantId()
        || before.identities() != after.identities()) {
        aspects |= Identity;
    }
    if (before.isMuted() != after.isMuted())
        aspects |= Muted;
    if (before.isInLobby() != after.isInLobby())
        aspects |= Lobby;
    if (before.mediaStreams() != after.mediaStreams())
        aspects |= Media;
    if (aspects == 0)
        aspects |= Other;
    return aspects;
}

QList<int> rolesFor(quint16 aspects)
{
    using M = ParticipantModel;
    QList<int> roles;
    if (aspects & (Name | Kind | Identity | Muted | Lobby | Media | Other))
        roles << M::ParticipantRole;
    if (aspects & (Name | Kind | Identity | Muted | Lobby | Media | State | Organisation))
        roles << Qt::DisplayRole << M::SortRole;
    if (aspects & Elapsed)
        roles << Qt::DisplayRole;
    if (aspects & Name)
        roles << M::DisplayNameRole << M::SearchTextRole;
    if (aspects & Kind)
        roles << M::KindRole << M::KindNameRole << M::IsExternalRole;
    if (aspects & Identity) {
        roles << M::IdentityIdRole << M::TenantIdRole << M::IsExternalRole;
        if (!(aspects & Name))
            roles << M::SearchTextRole;
    }
    if (aspects & Organisation)
        roles << M::IsExternalRole;
    if (aspects & Muted)
        roles << M::IsMutedRole;
    if (aspects & Lobby)
        roles << M::IsInLobbyRole;
    if (aspects & (Lobby | State))
        roles << M::NeedsAttentionRole;
    if (aspects & Media)
        roles << M::MediaRole;
    if (aspects & State)
        roles << M::StateRole << M::InvitedSinceRole << M::HoldStateRole;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

std::pair<int, int> columnsFor(quint16 aspects)
{
    using M = ParticipantModel;
    int first = M::ColumnCount;
    int last = -1;
    const auto cover = [&](int column) {
        first = std::min(first, column);
        last = std::max(last, column);
    };
    if (aspects & Name)
        cover(M::NameColumn);
    if (aspects & Kind) {
        cover(M::KindColumn);
        cover(M::OrganisationColumn);
    }
    if (aspects & (Identity | Organisation))
        cover(M::OrganisationColumn);
    if (aspects & Muted)
        cover(M::MutedColumn);
    if (aspects & Lobby) {
        cover(M::LobbyColumn);
        cover(M::StateColumn); // "Waiting in lobby"
    }
    if (aspects & Media)
        cover(M::MediaColumn);
    if (aspects & (State | Elapsed))
        cover(M::StateColumn);
    if (aspects & (Lobby | State))
        cover(M::NameColumn); // the default sort puts the lobby and ringing invitations first
    if (last < 0)             // Other: only ParticipantRole changed, which every column carries
        cover(M::NameColumn);
    return {first, last};
}

} // namespace moderato::rosterdiff
