#include "ui/session_banners.h"

#include "core/calls/call_session.h"
#include "core/calls/invite_back.h"
#include "core/calls/participant_model.h"
#include "ui/call_header.h"
#include "ui/message_banner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace moderato {

SessionBanners::SessionBanners(CallSession *session, CallHeader *header, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_header(header)
    , m_connection(new MessageBanner(parent))
    , m_incomplete(new MessageBanner(parent))
    , m_action(new MessageBanner(parent))
{
    m_connection->setObjectName(QStringLiteral("connectionBanner"));
    m_incomplete->setObjectName(QStringLiteral("incompleteBanner"));
    m_action->setObjectName(QStringLiteral("actionBanner"));

    connect(m_connection, &MessageBanner::actionTriggered, this, [this] {
        if (m_session->connectionState() == CallSession::ConnectionState::Ended)
            Q_EMIT joinAgainRequested();
        else
            m_session->refresh();
    });
    connect(m_session, &CallSession::leaveFailed, this, [this](const QString &message) {
        m_adminHint.clear();
        m_undoable.clear();
        m_progressShown = false;
        m_action->showMessage(MessageBanner::Kind::Error, message);
    });
    connect(m_header, &CallHeader::countdownTicked, this, &SessionBanners::updateConnection);
    connect(m_incomplete, &MessageBanner::closed, this, [this] { m_incompleteDismissed = true; });
    connect(m_action, &MessageBanner::closed, this, [this] {
        m_adminHint.clear();
        m_undoable.clear();
        m_progressShown = false;
    });
    connect(m_session, &CallSession::actionProgress, this, &SessionBanners::showProgress);
    connect(m_action, &MessageBanner::actionTriggered, this, [this] {
        if (m_progressShown) {
            m_action->setActionText({});
            m_action->setText(tr("Stopping: nothing more is sent; requests already on their way finish."));
            m_session->stopActions(); // may complete the report at once: it then replaces this text
        } else if (!m_adminHint.isEmpty()) {
            QGuiApplication::clipboard()->setText(m_adminHint);
        } else if (!m_undoable.isEmpty()) {
            const QList<ParticipantIdentity> people = std::exchange(m_undoable, {});
            ++m_undoOffer;
            m_action->setActionText({});
            Q_EMIT undoRemovalRequested(people);
        }
    });
}

void SessionBanners::updateConnection()
{
    switch (m_session->connectionState()) {
    case CallSession::ConnectionState::Stale: {
        const QDateTime last = m_session->lastRefresh();
        QString text = last.isValid() ? tr("The roster could not be refreshed; it shows the state of %1.")
                                            .arg(last.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")))
                                      : tr("The roster could not be loaded.");
        if (!m_session->lastRefreshError().isEmpty())
            text += QLatin1Char(' ') + m_session->lastRefreshError();
        if (!m_connection->isVisible() || m_connection->text() != text) {
            m_connection->showMessage(MessageBanner::Kind::Warning, text);
            m_connection->setActionText(tr("Retry Now"));
        }
        break;
    }
    case CallSession::ConnectionState::RateLimited: {
        const QString text = tr("Microsoft Graph asked Moderato to slow down. %1")
                                 .arg(CallHeader::rateLimitText(m_header->secondsUntilRetry()));
        if (m_connection->isVisible() && m_connection->kind() == MessageBanner::Kind::Warning
            && m_connection->actionText().isEmpty()) {
            m_connection->setText(text);
        } else {
            m_connection->showMessage(MessageBanner::Kind::Warning, text);
            m_connection->setActionText({});
        }
        break;
    }
    case CallSession::ConnectionState::InLobby:
        showConnection(MessageBanner::Kind::Information,
                       tr("Waiting in the lobby — ask the organiser to admit Moderato's bot."), {});
        break;
    case CallSession::ConnectionState::Ended:
        showConnection(MessageBanner::Kind::Warning, m_session->endReason(), tr("Join Again"));
        break;
    default:
        if (!m_session->keepAliveProblem().isEmpty()) {
            showConnection(MessageBanner::Kind::Warning,
                           tr("Moderato could not tell Graph that it is still in the call; it tries again in "
                              "half a minute. %1")
                               .arg(m_session->keepAliveProblem()),
                           {});
        } else if (!m_listenerTrouble.isEmpty() && m_session->connectionState() != CallSession::ConnectionState::Idle) {
            showConnection(MessageBanner::Kind::Warning,
                           tr("Moderato cannot hear Graph's notifications: %1 The roster is read every few "
                              "seconds meanwhile.")
                               .arg(m_listenerTrouble),
                           {});
        } else if (!m_session->notificationsProblem().isEmpty()) {
            showConnection(MessageBanner::Kind::Information, m_session->notificationsProblem(), {});
        } else {
            m_connection->hide();
        }
        break;
    }
}

void SessionBanners::setListenerTrouble(const QString &text)
{
    if (m_listenerTrouble == text)
        return;
    m_listenerTrouble = text;
    updateConnection();
}

void SessionBanners::showConnection(MessageBanner::Kind kind, const QString &text, const QString &action)
{
    if (m_connection->isVisible() && m_connection->kind() == kind && m_connection->text() == text
        && m_connection->actionText() == action)
        return;
    m_connection->showMessage(kind, text);
    m_connection->setActionText(action);
}

void SessionBanners::updateIncomplete()
{
    if (!m_session->rosterMayBeIncomplete()) {
        m_incomplete->hide();
        return;
    }
    if (m_incompleteDismissed || m_incomplete->isVisible())
        return;
    m_incomplete->showMessage(
        MessageBanner::Kind::Information,
        m_session->notificationsInUse()
            ? tr("Graph lists only the first %n people, and notifications have not told the rest yet: the roster "
                 "may be incomplete.",
                 nullptr, m_session->participants()->rowCount())
            : tr("Graph lists only the first %n people: the roster may be incomplete. Turn on notifications "
                 "(Account…) to see everyone.",
                 nullptr, m_session->participants()->rowCount()));
}

void SessionBanners::showReport(const ActionReport &report)
{
    using R = ActionOutcome::Result;
    const QList<ActionOutcome> done = report.successes();
    const QList<ActionOutcome> problems = report.problems();
    // Invitations that went out are followed in the invitations panel; only problems come here.
    if ((report.action == ActionOutcome::Action::Invite && problems.isEmpty()) || report.outcomes.isEmpty())
        return;
    QStringList names;
    for (const ActionOutcome &outcome : done)
        names.append(outcome.who());
    const auto text = [&](bool expanded) {
        QStringList lines;
        if (done.size() == 1)
            lines << report.successSummary();
        else if (done.size() > 1)
            lines << report.successSummary() + QLatin1Char(' ')
                         + joinNames(names, expanded ? int(names.size()) : CollapsedNames);
        const qsizetype shown = expanded ? problems.size() : std::min<qsizetype>(problems.size(), CollapsedNames);
        for (qsizetype i = 0; i < shown; ++i)
            lines << problems.at(i).describe();
        if (shown < problems.size())
            lines << tr("… and %n more that did not go through.", nullptr, int(problems.size() - shown));
        return lines.join(QLatin1Char('\n'));
    };
    auto any = [&problems](std::initializer_list<R> results) {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const ActionOutcome &o) {
            return std::find(results.begin(), results.end(), o.result) != results.end();
        });
    };
    MessageBanner::Kind kind = MessageBanner::Kind::Positive;
    if (any({R::Failed, R::Refused}))
        kind = MessageBanner::Kind::Error;
    else if (any({R::Unknown}))
        kind = MessageBanner::Kind::Warning;
    else if (!problems.isEmpty())
        kind = MessageBanner::Kind::Information;
    m_adminHint.clear();
    for (const ActionOutcome &outcome : problems) {
        if (!outcome.adminHint.isEmpty())
            m_adminHint = outcome.adminHint;
    }
    m_progressShown = false;
    // Only people the request itself took out can be undone: those who had left did so on their own.
    m_undoable.clear();
    const int offer = ++m_undoOffer;
    if (report.action == ActionOutcome::Action::Remove && m_adminHint.isEmpty()) {
        for (const ActionOutcome &outcome : done) {
            if (outcome.result != R::Done)
                continue;
            ParticipantIdentity person = outcome.identity;
            if (person.displayName.isEmpty())
                person.displayName = outcome.who();
            m_undoable.append(person);
        }
    }
    const QString collapsed = text(false);
    m_action->showMessage(kind, collapsed, m_adminHint);
    m_action->setExpandableText(collapsed, text(true));
    m_action->setActionText(!m_adminHint.isEmpty() ? tr("Copy Command")
                            : m_undoable.isEmpty() ? QString()
                                                   : tr("Undo"));
    // Good news need not stay: it goes after a while (the undo window, when Undo is offered)
    // unless something replaced it.
    const int showFor = m_undoable.isEmpty() ? PositiveMessageMs : m_undoWindowMs;
    QTimer::singleShot(showFor, this, [this, offer, kind, collapsed] {
        if (offer != m_undoOffer)
            return;
        if (!m_undoable.isEmpty()) {
            m_undoable.clear();
            m_action->setActionText({});
        }
        if (kind == MessageBanner::Kind::Positive && m_action->kind() == MessageBanner::Kind::Positive
            && m_action->text() == collapsed)
            m_action->hide();
    });
}

void SessionBanners::showProgress(ActionOutcome::Action action, int done, int total)
{
    // One person's outcome comes at once; invitations are followed in their own panel; the
    // last outcome brings the report.
    if (total < 2 || done >= total)
        return;
    QString text;
    switch (action) {
    case ActionOutcome::Action::Remove: text = tr("Removing people: %1 of %2 done."); break;
    case ActionOutcome::Action::Mute: text = tr("Muting people: %1 of %2 done."); break;
    case ActionOutcome::Action::CancelInvitation: text = tr("Cancelling invitations: %1 of %2 done."); break;
    case ActionOutcome::Action::Invite:
    case ActionOutcome::Action::Hold:
    case ActionOutcome::Action::Resume: return; // one person each
    }
    text = text.arg(done).arg(total);
    if (m_progressShown && m_action->isVisible()) {
        if (!m_action->actionText().isEmpty()) // not while stopping
            m_action->setText(text);
        return;
    }
    ++m_undoOffer;
    m_undoable.clear();
    m_adminHint.clear();
    m_progressShown = true;
    m_action->showMessage(MessageBanner::Kind::Information, text);
    m_action->setActionText(tr("Stop"));
}

void SessionBanners::showInviteBack(const InviteBackPlan &plan)
{
    ++m_undoOffer;
    m_progressShown = false;
    m_undoable.clear();
    m_adminHint.clear();
    QStringList lines;
    QStringList names;
    for (const Invitee &invitee : plan.invitees)
        names.append(invitee.displayName.isEmpty() ? invitee.id : invitee.displayName);
    if (!names.isEmpty())
        lines << tr("Inviting back %1. The invitations panel follows their answers.")
                     .arg(joinNames(names, int(names.size())));
    else if (m_session->connectionState() == CallSession::ConnectionState::Ended)
        lines << tr("Nobody was invited back: Moderato is no longer in the call.");
    else
        lines << tr("Nobody could be invited back.");
    lines << plan.notes;
    m_action->showMessage(MessageBanner::Kind::Information, lines.join(QLatin1Char('\n')));
}

} // namespace moderato
