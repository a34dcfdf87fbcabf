// moderato-cli invite: sends the invitations, prints the participant ids, optionally waits.
#include "app/cli/cli_commands.h"
#include "app/cli/cli_text.h"
#include "app/cli/cli_user_lookup.h"

#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace moderato::cli {

namespace {

QJsonObject toJson(const Invitation &invitation)
{
    QJsonObject result;
    if (invitation.result.code)
        result.insert(QStringLiteral("code"), *invitation.result.code);
    if (invitation.result.subcode)
        result.insert(QStringLiteral("subcode"), *invitation.result.subcode);
    if (!invitation.result.message.isEmpty())
        result.insert(QStringLiteral("message"), invitation.result.message);
    return QJsonObject{{QStringLiteral("participantId"), invitation.participantId},
                       {QStringLiteral("invitee"), invitation.invitee.label()},
                       {QStringLiteral("kind"), identityKindName(invitation.invitee.kind)},
                       {QStringLiteral("operationId"), invitation.operationId},
                       {QStringLiteral("outcome"), outcomeName(invitation.outcome)},
                       {QStringLiteral("status"), describe(invitation.outcome, invitation.result)},
                       {QStringLiteral("source"), statusSourceName(invitation.source)},
                       {QStringLiteral("resultInfo"), result}};
}

QString outcomeLine(const Invitation &invitation)
{
    QString line =
        QStringLiteral("%1 (%2): %3")
            .arg(invitation.invitee.label(), invitation.participantId, describe(invitation.outcome, invitation.result));
    const QString codes = invitation.result.codeText();
    if (!codes.isEmpty() && !line.contains(codes) && invitation.outcome != InvitationOutcome::Connected)
        line += QStringLiteral(" [%1]").arg(codes);
    return line + QStringLiteral(" — %1").arg(CliText::tr("from the %1").arg(statusSourceName(invitation.source)));
}

void sendInvitations(CliEnvironment &env, const CliOptions &options, const QList<InviteTarget> &targets, Done done)
{
    auto *session = new CallSession(env.graph(), env.clientId(), &env);
    session->setRefreshInterval(2000);
    InvitationModel *invitations = session->invitations();
    auto ids = std::make_shared<QStringList>();
    auto sent = std::make_shared<int>(0);
    auto failures = std::make_shared<int>(0);

    auto finish = [invitations, ids, failures, options, done] {
        QJsonArray array;
        for (const QString &id : std::as_const(*ids)) {
            const auto invitation = invitations->invitation(id);
            if (!invitation)
                continue;
            array.append(toJson(*invitation));
        }
        if (options.json) {
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            out().flush();
        }
        // A declined or unanswered invitation is an answer, not a refusal by the service.
        done(*failures ? Refused : Success);
    };
    auto allEnded = [invitations, ids] {
        for (const QString &id : std::as_const(*ids))
            if (const auto inv = invitations->invitation(id); inv && inv->isPending())
                return false;
        return true;
    };

    QObject::connect(
        session, &CallSession::actionFinished, &env,
        [session, sent, failures, ids, options, finish, allEnded](const ActionOutcome &o) {
            if (o.action != ActionOutcome::Action::Invite)
                return;
            if (o.result == ActionOutcome::Result::Done) {
                if (!options.json)
                    out() << CliText::tr("Invited %1 as participant %2").arg(o.displayName, o.participantId)
                          << Qt::endl;
            } else {
                ++*failures;
                printError(QStringLiteral("%1 (%2): %3").arg(o.displayName, o.participantId, o.message), o.requestId);
            }
            if (++*sent < ids->size())
                return;
            if (options.waitSeconds <= 0 || *failures == int(ids->size()) || allEnded())
                finish();
            Q_UNUSED(session);
        });
    if (options.waitSeconds > 0) {
        QObject::connect(invitations, &InvitationModel::invitationFinished, &env,
                         [sent, ids, options, finish, allEnded](const Invitation &invitation) {
                             if (!ids->contains(invitation.participantId))
                                 return;
                             if (!options.json)
                                 out() << outcomeLine(invitation) << Qt::endl;
                             if (*sent >= ids->size() && allEnded())
                                 finish();
                         });
        QTimer::singleShot(options.waitSeconds * 1000, &env, [invitations, ids, options, finish] {
            for (const QString &id : std::as_const(*ids))
                if (const auto inv = invitations->invitation(id); inv && inv->isPending() && !options.json)
                    out() << CliText::tr("%1 (%2): still ringing after %3 s")
                                 .arg(inv->invitee.label(), id)
                                 .arg(options.waitSeconds)
                          << Qt::endl;
            finish();
        });
    }
    env.listenForNotifications(session, [session, options](NotificationHookup *) { session->open(options.callId); });
    *ids = session->invite(targets);
}

} // namespace

void runInvite(CliEnvironment &env, const CliOptions &options, Done done)
{
    resolveInviteUsers(env, options.inviteTargets,
                       [&env, options, done](const QList<InviteTarget> &targets, const QStringList &problems) {
                           if (problems.isEmpty()) {
                               sendInvitations(env, options, targets, done);
                               return;
                           }
                           for (const QString &problem : problems)
                               printError(problem);
                           err() << CliText::tr("No invitation was sent.") << Qt::endl;
                           done(Refused);
                       });
}

} // namespace moderato::cli
