#include "ui/session_banners.h"

#include "core/calls/call_session.h"
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

    connect(m_connection, &MessageBanner::actionTriggered, m_session, &CallSession::refresh);
    connect(m_header, &CallHeader::countdownTicked, this, &SessionBanners::updateConnection);
    connect(m_incomplete, &MessageBanner::closed, this, [this] { m_incompleteDismissed = true; });
    connect(m_action, &MessageBanner::closed, this, [this] {
        m_failureLines.clear();
        m_adminHint.clear();
    });
    connect(m_action, &MessageBanner::actionTriggered, this, [this] {
        if (!m_adminHint.isEmpty())
            QGuiApplication::clipboard()->setText(m_adminHint);
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
    default:
        m_connection->hide();
        break;
    }
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
        tr("The service returned %n entries without a link to more: the roster may be incomplete.", nullptr,
           m_session->participants()->rowCount()));
}

void SessionBanners::showOutcome(const ActionOutcome &outcome)
{
    using A = ActionOutcome::Action;
    const QString name = outcome.displayName.isEmpty() ? outcome.participantId : outcome.displayName;
    auto successText = [this, &name](A action) {
        switch (action) {
        case A::Remove: return tr("%1 was removed from the call.").arg(name);
        case A::CancelInvitation: return tr("The invitation to %1 was cancelled.").arg(name);
        case A::Invite: return tr("%1 is being called.").arg(name);
        case A::Mute: return tr("%1 was muted.").arg(name);
        }
        return name;
    };
    auto failureVerb = [this, &name](A action) {
        switch (action) {
        case A::Remove: return tr("Could not remove %1").arg(name);
        case A::CancelInvitation: return tr("Could not cancel the invitation to %1").arg(name);
        case A::Invite: return tr("Could not invite %1").arg(name);
        case A::Mute: return tr("Could not mute %1").arg(name);
        }
        return name;
    };
    if (outcome.result == ActionOutcome::Result::Done || outcome.result == ActionOutcome::Result::AlreadyGone) {
        if (m_failureLines.isEmpty() && outcome.action != ActionOutcome::Action::Invite) {
            const QString text = successText(outcome.action);
            m_action->showMessage(MessageBanner::Kind::Positive, text);
            m_action->setActionText({});
            // Good news need not stay: it goes after a while unless something replaced it.
            QTimer::singleShot(PositiveMessageMs, m_action, [banner = m_action, text] {
                if (banner->kind() == MessageBanner::Kind::Positive && banner->text() == text)
                    banner->hide();
            });
        }
        return;
    }
    QString line = failureVerb(outcome.action);
    // The request id is what support asks for; next to the name it never separates a message
    // that ends in ":" from the command it introduces.
    if (!outcome.requestId.isEmpty())
        line += QLatin1Char(' ') + tr("(request id %1)").arg(outcome.requestId);
    line += outcome.message.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + outcome.message;
    m_failureLines.append(line);
    while (m_failureLines.size() > 4)
        m_failureLines.removeFirst();
    if (!outcome.adminHint.isEmpty())
        m_adminHint = outcome.adminHint;
    QString text = m_failureLines.join(QLatin1Char('\n'));
    if (!m_adminHint.isEmpty() && outcome.message.isEmpty())
        text += QLatin1Char('\n') + tr("A tenant administrator has to allow this app to remove participants, once, in PowerShell:");
    const auto kind = outcome.result == ActionOutcome::Result::Unknown ? MessageBanner::Kind::Warning
                                                                      : MessageBanner::Kind::Error;
    m_action->showMessage(kind, text, m_adminHint);
    m_action->setActionText(m_adminHint.isEmpty() ? QString() : tr("Copy Command"));
}

void SessionBanners::showSkipped(int count)
{
    m_action->showMessage(MessageBanner::Kind::Information,
                          tr("%n of the selected people left or changed state meanwhile and were skipped.", nullptr, count));
    m_action->setActionText({});
}

} // namespace moderato
