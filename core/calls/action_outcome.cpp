#include "core/calls/action_outcome.h"

#include <QCoreApplication>

namespace moderato {

namespace {

// What each action says when it worked and when it did not, in ActionOutcome's translation context.
struct ActionWords
{
    ActionOutcome::Action action;
    const char *done;
    const char *couldNot;
};

constexpr ActionWords kActionWords[] = {
    {ActionOutcome::Action::Remove, QT_TRANSLATE_NOOP("moderato::ActionOutcome", "%1 was removed from the call."),
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "Could not remove %1")},
    {ActionOutcome::Action::CancelInvitation,
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "The invitation to %1 was cancelled."),
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "Could not cancel the invitation to %1")},
    {ActionOutcome::Action::Invite, QT_TRANSLATE_NOOP("moderato::ActionOutcome", "%1 is being called."),
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "Could not invite %1")},
    {ActionOutcome::Action::Mute, QT_TRANSLATE_NOOP("moderato::ActionOutcome", "%1 was muted."),
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "Could not mute %1")},
    {ActionOutcome::Action::Hold, QT_TRANSLATE_NOOP("moderato::ActionOutcome", "%1 is on hold and hears music."),
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "Could not put %1 on hold")},
    {ActionOutcome::Action::Resume, QT_TRANSLATE_NOOP("moderato::ActionOutcome", "%1 is back in the call."),
     QT_TRANSLATE_NOOP("moderato::ActionOutcome", "Could not bring %1 back from hold")},
};

//! The sentence of \a action about \a who: what it did, or (\a worked false) the start of why not.
QString sentence(ActionOutcome::Action action, const QString &who, bool worked)
{
    for (const ActionWords &words : kActionWords) {
        if (words.action == action)
            return ActionOutcome::tr(worked ? words.done : words.couldNot).arg(who);
    }
    return who;
}

} // namespace

QString ActionOutcome::describe() const
{
    switch (result) {
    case Result::Done: return sentence(action, who(), true);
    case Result::AlreadyGone:
    case Result::NotInCall:
    case Result::Refused:
    case Result::Stopped:
    case Result::Unconfirmed: return message.isEmpty() ? sentence(action, who(), true) : message;
    case Result::Failed:
    case Result::Unknown: break;
    }
    QString line = sentence(action, who(), false);
    // The request id is what support asks for; next to the name it never separates a message
    // that ends in ":" from the command it introduces.
    if (!requestId.isEmpty())
        line += QLatin1Char(' ') + tr("(request id %1)").arg(requestId);
    return line + (message.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + message);
}

QList<ActionOutcome> ActionReport::successes() const
{
    QList<ActionOutcome> result;
    for (const ActionOutcome &outcome : outcomes)
        if (outcome.isSuccess())
            result.append(outcome);
    return result;
}

QList<ActionOutcome> ActionReport::problems() const
{
    QList<ActionOutcome> result;
    for (const ActionOutcome &outcome : outcomes)
        if (!outcome.isSuccess())
            result.append(outcome);
    return result;
}

QString ActionReport::successSummary() const
{
    const QList<ActionOutcome> done = successes();
    if (done.isEmpty())
        return {};
    if (done.size() == 1)
        return done.first().describe();
    const int n = int(done.size());
    switch (action) {
    case ActionOutcome::Action::Remove: return tr("%n people were removed from the call:", nullptr, n);
    case ActionOutcome::Action::CancelInvitation: return tr("%n invitations were cancelled:", nullptr, n);
    case ActionOutcome::Action::Invite: return tr("%n people are being called:", nullptr, n);
    case ActionOutcome::Action::Mute: return tr("%n people were muted:", nullptr, n);
    // One person at a time: a report of several holds or resumes is never made.
    case ActionOutcome::Action::Hold:
    case ActionOutcome::Action::Resume: break;
    }
    return {};
}

QString joinNames(const QStringList &names, int limit)
{
    if (names.isEmpty())
        return {};
    const qsizetype shown = std::min<qsizetype>(names.size(), std::max(1, limit));
    const qsizetype hidden = names.size() - shown;
    const QStringList head = names.first(shown);
    if (hidden > 0)
        return ActionReport::tr("%1 and %n more", nullptr, int(hidden)).arg(head.join(QStringLiteral(", ")));
    if (head.size() == 1)
        return head.first();
    return ActionReport::tr("%1 and %2").arg(head.first(head.size() - 1).join(QStringLiteral(", ")), head.last());
}

} // namespace moderato
