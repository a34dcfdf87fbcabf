#pragma once
// Small builders for roster tests: participants and snapshots without JSON.

#include "core/calls/roster_parser.h"

#include <QStringList>

namespace moderato::test {

inline Participant person(const QString &id, const QString &name, const QString &tenant = QString(),
                          IdentityKind kind = IdentityKind::User)
{
    Participant p;
    p.setId(id);
    p.setIdentities({ParticipantIdentity{kind, QStringLiteral("identity-") + id, name, tenant}});
    return p;
}

inline Participant muted(Participant p, bool on = true)
{
    p.setMuted(on);
    return p;
}

inline Participant inLobby(Participant p, bool on = true)
{
    p.setInLobby(on);
    return p;
}

inline RosterSnapshot snapshotOf(const QList<Participant> &participants)
{
    RosterSnapshot snapshot;
    snapshot.participants = participants;
    return snapshot;
}

//! n people with ids "p0".."p<n-1>", all in tenant "home".
inline QList<Participant> people(int n, int firstId = 0)
{
    QList<Participant> list;
    list.reserve(n);
    for (int i = firstId; i < firstId + n; ++i)
        list.append(person(QStringLiteral("p%1").arg(i), QStringLiteral("Person %1").arg(i), QStringLiteral("home")));
    return list;
}

} // namespace moderato::test
