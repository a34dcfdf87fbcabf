#include "core/calls/invite_back.h"

#include "core/calls/participant_model.h"

namespace moderato {

namespace {

//! Whether someone of \a present (the people in the call now) has \a identity's id.
bool isBackInCall(const ParticipantIdentity &identity, const QList<Participant> &present)
{
    if (identity.id.isEmpty())
        return false;
    return std::any_of(present.cbegin(), present.cend(), [&identity](const Participant &p) {
        const auto same = p.identity(identity.kind);
        return same && same->id.compare(identity.id, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

std::optional<Invitee> inviteeToBringBack(const ParticipantIdentity &identity, const QString &homeTenantId,
                                          QString *whyNot)
{
    const auto refuse = [&](const QString &sentence) -> std::optional<Invitee> {
        if (whyNot)
            *whyNot = sentence.arg(displayNameFor(identity));
        return std::nullopt;
    };
    switch (identity.kind) {
    case IdentityKind::User: {
        if (!Invitee::isObjectId(identity.id))
            return refuse(QCoreApplication::translate(
                "moderato::InviteBack", "%1 can rejoin with the meeting link: Moderato does not know their account."));
        Invitee invitee{Invitee::Kind::User, identity.id, identity.displayName};
        const bool otherTenant = !identity.tenantId.isEmpty() && !homeTenantId.isEmpty()
                                 && identity.tenantId.compare(homeTenantId, Qt::CaseInsensitive) != 0;
        if (otherTenant) {
            if (!Invitee::isObjectId(identity.tenantId))
                return refuse(QCoreApplication::translate(
                    "moderato::InviteBack", "%1 can rejoin with the meeting link: their organisation is not known."));
            invitee.tenantId = identity.tenantId;
        }
        return invitee;
    }
    case IdentityKind::Phone: {
        const QString number = Invitee::normalisedPhoneNumber(identity.id);
        if (number.isEmpty())
            return refuse(QCoreApplication::translate("moderato::InviteBack",
                                                      "%1 (phone) can dial in again: their number is hidden."));
        return Invitee{Invitee::Kind::Phone, number, identity.displayName};
    }
    case IdentityKind::Guest:
        // Teams already names anonymous guests "Name (Guest)".
        if (displayNameFor(identity).contains(QLatin1String("(guest)"), Qt::CaseInsensitive))
            return refuse(QCoreApplication::translate("moderato::InviteBack", "%1 can rejoin with the meeting link."));
        return refuse(
            QCoreApplication::translate("moderato::InviteBack", "%1 (guest) can rejoin with the meeting link."));
    case IdentityKind::Application:
    case IdentityKind::ApplicationInstance:
        return refuse(QCoreApplication::translate("moderato::InviteBack",
                                                  "%1 is an application: Moderato does not invite it back."));
    case IdentityKind::AcsUser:
    case IdentityKind::Encrypted:
    case IdentityKind::OnPremises:
    case IdentityKind::Device:
    case IdentityKind::Unknown: break;
    }
    return refuse(QCoreApplication::translate("moderato::InviteBack", "%1 can rejoin with the meeting link."));
}

InviteBackPlan planInviteBack(const QList<ParticipantIdentity> &people, const QString &homeTenantId,
                              const ParticipantModel *roster)
{
    InviteBackPlan plan;
    const QList<Participant> present = roster ? roster->activeParticipants() : QList<Participant>();
    for (const ParticipantIdentity &identity : people) {
        if (isBackInCall(identity, present)) {
            plan.notes.append(QCoreApplication::translate("moderato::InviteBack", "%1 is in the call again.")
                                  .arg(displayNameFor(identity)));
            continue;
        }
        QString whyNot;
        if (auto invitee = inviteeToBringBack(identity, homeTenantId, &whyNot)) {
            const bool twice = std::any_of(plan.invitees.cbegin(), plan.invitees.cend(), [&](const Invitee &other) {
                return other.kind == invitee->kind && other.id.compare(invitee->id, Qt::CaseInsensitive) == 0;
            });
            if (!twice)
                plan.invitees.append(*invitee);
        } else {
            plan.notes.append(whyNot);
        }
    }
    return plan;
}

} // namespace moderato
