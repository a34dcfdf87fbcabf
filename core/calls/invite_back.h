#pragma once
// Inviting removed people back: who Moderato can invite (users by object id, with their tenant
// when they belong to another one; phone numbers by number) and, by name, who has to come back by
// themselves (guests, applications, people whose id Moderato never saw).

#include "core/calls/identity.h"
#include "core/graph/invitee.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace moderato {

class ParticipantModel;

//! What inviting a group of removed people back will do.
struct InviteBackPlan
{
    QList<Invitee> invitees; //!< to invite, in the order given
    QStringList notes;       //!< one sentence for each person Moderato does not invite
};

//! The invitation that brings back the person \a identity named when they were removed, or
//! nothing (with the sentence why in \a whyNot). \a homeTenantId: the signed-in tenant; a user of
//! another tenant is invited with their tenant id.
std::optional<Invitee> inviteeToBringBack(const ParticipantIdentity &identity, const QString &homeTenantId,
                                          QString *whyNot = nullptr);

//! The plan for \a people. Anyone \a roster shows in the call again (by identity) is left out with
//! a note: the same person cannot be invited while they are there.
InviteBackPlan planInviteBack(const QList<ParticipantIdentity> &people, const QString &homeTenantId,
                              const ParticipantModel *roster = nullptr);

} // namespace moderato
