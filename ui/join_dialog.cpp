#include "ui/join_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace moderato {

namespace {

QLabel *wrappedLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setErrorColour(QLabel *label)
{
    // Red that stays readable on light and dark palettes alike.
    QPalette pal = label->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(pal);
}

QString recentLabel(const RecentMeeting &m)
{
    const QString when = m.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString what = m.subject.isEmpty() ? m.target.left(60) : m.subject;
    return JoinDialog::tr("%1 — %2", "meeting — when").arg(what, when);
}

} // namespace

JoinDialog::JoinDialog(const QList<RecentMeeting> &recent, bool canJoinMeetings, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_understood(wrappedLabel("joinUnderstood", this))
    , m_error(wrappedLabel("joinError", this))
    , m_recent(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_recentMeetings(recent)
    , m_canJoinMeetings(canJoinMeetings)
{
    setObjectName(QStringLiteral("joinDialog"));
    setWindowTitle(tr("Join Meeting"));
    auto *intro = wrappedLabel("joinIntro", this);
    intro->setText(tr("Paste the meeting link, or the invitation with its meeting ID and passcode, or a Graph "
                      "call id:"));
    m_edit->setObjectName(QStringLiteral("joinTargetEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("https://teams.microsoft.com/l/meetup-join/…"));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_edit->setAccessibleName(tr("Meeting to join"));
    intro->setBuddy(m_edit);
    setErrorColour(m_error);
    m_understood->setForegroundRole(QPalette::WindowText);

    auto *recentLabelWidget = wrappedLabel("recentMeetingsLabel", this);
    recentLabelWidget->setText(tr("Recent meetings:"));
    m_recent->setObjectName(QStringLiteral("recentMeetings"));
    for (const RecentMeeting &meeting : recent) {
        auto *item = new QListWidgetItem(recentLabel(meeting), m_recent);
        item->setToolTip(meeting.target);
    }
    recentLabelWidget->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 6);
    // A click (or Enter) on a recent meeting fills it in; tabbing through the list leaves what the
    // moderator pasted alone. Enter joins at once unless the passcode has to be typed again.
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { useRecent(item); });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (useRecent(item) && m_target)
            accept();
    });

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("joinButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JoinDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_understood);
    layout->addWidget(m_error);
    layout->addWidget(recentLabelWidget);
    layout->addWidget(m_recent);
    layout->addWidget(m_buttons);
    // A dialog that grows with its error line never cuts a wrapped line.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(560, sizeHint().height());
    updateState();
}

bool JoinDialog::useRecent(QListWidgetItem *item)
{
    const int row = m_recent->row(item);
    if (row < 0 || row >= m_recentMeetings.size())
        return false;
    const RecentMeeting &m = m_recentMeetings.at(row);
    // The passcode was never stored: the moderator types it again.
    setText(m.needsPasscode ? m.target + QLatin1Char('\n') + tr("Passcode:") + QLatin1Char(' ') : m.target);
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
    return !m.needsPasscode;
}

void JoinDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString JoinDialog::text() const
{
    return m_edit->toPlainText();
}

void JoinDialog::updateState()
{
    const QString text = m_edit->toPlainText();
    QString problem;
    m_target = text.trimmed().isEmpty() ? std::nullopt : parseJoinTarget(text, &problem);
    if (m_target && m_target->kind != JoinTarget::Kind::CallId && !m_canJoinMeetings) {
        problem = tr("Joining a meeting needs a callback address (https) that Graph can reach: set it in "
                     "Account… first. A Graph call id can be opened without one.");
        m_target.reset();
    }
    m_understood->setText(m_target ? tr("Understood: %1").arg(m_target->description()) : QString());
    m_understood->setVisible(m_target.has_value());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && !text.trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target.has_value());
}

void JoinDialog::accept()
{
    if (!m_target)
        return;
    // Closed first: a question about the meeting the bot is in comes over the main window alone.
    const JoinTarget target = *m_target;
    const QString pasted = text();
    QDialog::accept();
    Q_EMIT joinRequested(target, pasted);
}

} // namespace moderato
