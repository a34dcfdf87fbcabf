#include "ui/meeting_presence.h"

#include "core/auth/account_settings.h"
#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"
#include "ui/join_dialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QWidget>

namespace moderato {

namespace {

using BotChoice = MeetingPresence::BotChoice;

//! A question with Leave / Keep the Bot In / Cancel; \a remember (if given) gets a check box.
BotChoice askAboutTheBot(QWidget *parent, const QString &title, const QString &text, const QString &leaveText,
                         const QString &stayText, bool *remember)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *leave = box.addButton(leaveText, QMessageBox::AcceptRole);
    QPushButton *stay = box.addButton(stayText, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    QCheckBox *dontAsk = nullptr;
    if (remember) {
        dontAsk = new QCheckBox(MeetingPresence::tr("Don't ask again"), &box);
        box.setCheckBox(dontAsk);
    }
    box.setDefaultButton(leave);
    box.exec();
    if (remember)
        *remember = dontAsk->isChecked();
    if (box.clickedButton() == leave)
        return BotChoice::Leave;
    if (box.clickedButton() == stay)
        return BotChoice::Stay;
    return BotChoice::Cancel;
}

} // namespace

MeetingPresence::MeetingPresence(CallSession *session, const Options &options, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_options(options)
    , m_window(window)
{
    connect(m_session, &CallSession::connectionStateChanged, this, [this] {
        if (m_afterLeaving && m_session->connectionState() == CallSession::ConnectionState::Ended) {
            const PendingJoin next = *std::exchange(m_afterLeaving, std::nullopt);
            start(next.target, next.text);
        }
    });
    // The bot could not hang up: it is still in the meeting, so the next one is not joined.
    connect(m_session, &CallSession::leaveFailed, this, [this] { m_afterLeaving.reset(); });
    connect(m_session, &CallSession::callInfoChanged, this, [this] {
        if (!m_session->callInfo().subject.isEmpty() && m_lastTarget)
            rememberMeeting(); // now with the meeting's subject
    });
}

bool MeetingPresence::inJoinedMeeting() const
{
    using State = CallSession::ConnectionState;
    const State state = m_session->connectionState();
    return m_joinedHere && state != State::Ended && state != State::Idle;
}

QUrl MeetingPresence::callbackUrl() const
{
    if (m_options.notificationCallback) {
        if (const QUrl heard = m_options.notificationCallback(); !heard.isEmpty())
            return heard;
    }
    return m_options.settings ? m_options.settings->callbackUrl() : m_options.callbackUrl;
}

QList<RecentMeeting> MeetingPresence::recentMeetings() const
{
    return m_options.settings ? RecentMeetings(m_options.settings->settings()).list() : m_recentInMemory;
}

void MeetingPresence::showJoinDialog()
{
    const QUrl callback = callbackUrl();
    const bool canJoinMeetings = callback.scheme() == QLatin1String("https") && !callback.host().isEmpty();
    auto *dialog = new JoinDialog(recentMeetings(), canJoinMeetings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JoinDialog::joinRequested, this, &MeetingPresence::join);
    dialog->open();
}

bool MeetingPresence::isCurrentMeeting(const JoinTarget &target) const
{
    if (target.kind == JoinTarget::Kind::CallId)
        return target.callId.compare(m_session->callId(), Qt::CaseInsensitive) == 0;
    if (!inJoinedMeeting() || !m_lastTarget || m_lastTarget->kind != target.kind)
        return false;
    if (target.kind == JoinTarget::Kind::MeetupLink)
        return target.meeting.threadId == m_lastTarget->meeting.threadId;
    return target.meeting.joinMeetingId == m_lastTarget->meeting.joinMeetingId;
}

void MeetingPresence::join(const JoinTarget &target, const QString &pastedText)
{
    using State = CallSession::ConnectionState;
    if (m_afterLeaving) {
        Q_EMIT notice(tr("Moderato is still leaving the meeting; join the next one when it has left."));
        return;
    }
    if (isCurrentMeeting(target) && m_session->connectionState() != State::Ended) {
        Q_EMIT notice(tr("Moderato is already in this meeting."));
        return;
    }
    if (!inJoinedMeeting()) {
        start(target, pastedText);
        return;
    }
    const QString subject = m_session->callInfo().subject;
    QString text = subject.isEmpty()
                       ? tr("Moderato's bot is in the meeting it joined. Leave that meeting before joining the "
                            "next one, or keep the bot in it?")
                       : tr("Moderato's bot is in \u201c%1\u201d. Leave that meeting before joining the next one, "
                            "or keep the bot in it?")
                             .arg(subject);
    if (const int ringing = int(m_session->invitations()->ringingRows().size()))
        text += QLatin1Char(' ')
                + tr("%n invitation(s) still ringing there will no longer be followed here.", nullptr, ringing);
    const BotChoice choice = m_switchHook
                                 ? m_switchHook(text)
                                 : askAboutTheBot(m_window, tr("Join Another Meeting"), text, tr("Leave and Join"),
                                                  tr("Keep the Bot In and Join"), nullptr);
    if (choice == BotChoice::Cancel)
        return;
    // Still waiting for Graph to answer the join: there is no call to hang up yet.
    if (choice == BotChoice::Stay || m_session->callId().isEmpty()) {
        start(target, pastedText);
        return;
    }
    // The next meeting is joined once Graph has let the bot hang up; if it refuses, the bot is
    // still in this one and the moderator is told (CallSession::leaveFailed).
    m_afterLeaving = PendingJoin{target, pastedText};
    m_session->leave();
}

void MeetingPresence::start(const JoinTarget &target, const QString &pastedText)
{
    m_lastTarget = target;
    m_lastText = pastedText.trimmed();
    if (target.kind == JoinTarget::Kind::CallId) {
        m_joinedHere = false;
        m_session->open(target.callId);
    } else {
        MeetingToJoin meeting = target.meeting;
        meeting.callbackUri = callbackUrl();
        m_joinedHere = true;
        m_session->join(meeting);
    }
    rememberMeeting();
}

void MeetingPresence::joinAgain()
{
    if (m_lastTarget)
        join(*m_lastTarget, m_lastText);
    else
        showJoinDialog();
}

void MeetingPresence::rememberMeeting()
{
    if (!m_lastTarget || m_lastText.isEmpty())
        return;
    RecentMeeting meeting{m_lastText, m_session->callInfo().subject, m_lastTarget->joinedBy(),
                          QDateTime::currentDateTimeUtc()};
    if (m_options.settings) {
        RecentMeetings(m_options.settings->settings()).add(meeting);
        m_options.settings->sync();
    } else {
        bool removed = false;
        meeting.target = RecentMeetings::withoutPasscode(meeting.target, &removed);
        meeting.needsPasscode = removed;
        m_recentInMemory.removeIf([&](const RecentMeeting &m) { return m.target == meeting.target; });
        m_recentInMemory.prepend(meeting);
    }
}

void MeetingPresence::leave()
{
    if (m_session->callId().isEmpty())
        return;
    const QString title = tr("Leave meeting");
    const QString text = tr("Leave the meeting? Moderato's bot hangs up; the meeting goes on for everyone else.");
    if (m_confirm && m_confirm(title, text))
        m_session->leave();
}

bool MeetingPresence::mayQuit()
{
    if (!inJoinedMeeting() || m_options.demo)
        return true;
    // Asked once, unless the moderator ticked "don't ask again".
    QSettings settings;
    const QString remembered = settings.value(QStringLiteral("quit/whenInMeeting")).toString();
    BotChoice choice = remembered == QLatin1String("leave")  ? BotChoice::Leave
                       : remembered == QLatin1String("stay") ? BotChoice::Stay
                                                             : BotChoice::Cancel;
    if (remembered.isEmpty()) {
        bool remember = false;
        choice = m_quitHook ? m_quitHook(&remember)
                            : askAboutTheBot(m_window, tr("Quit Moderato"),
                                             tr("Moderato's bot is in the meeting it joined. Leave the meeting, or "
                                                "keep the bot in it after Moderato quits?"),
                                             tr("Leave the Meeting"), tr("Keep the Bot In"), &remember);
        if (remember && choice != BotChoice::Cancel)
            settings.setValue(QStringLiteral("quit/whenInMeeting"),
                              choice == BotChoice::Leave ? QStringLiteral("leave") : QStringLiteral("stay"));
    }
    if (choice == BotChoice::Cancel)
        return false;
    if (choice == BotChoice::Leave)
        m_session->leave(); // sent before the window goes; the event loop ends after it
    return true;
}

} // namespace moderato
