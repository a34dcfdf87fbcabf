#include "ui/meeting_options_dialog.h"

#include "core/calls/meeting_options_controller.h"
#include "ui/message_banner.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace moderato {

namespace {

using Setting = MeetingOptions::Setting;

QComboBox *comboOf(const QStringList &values, QString (*label)(const QString &), QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    // Long values (in German above all) must not push the labels out of sight.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    for (const QString &value : values)
        combo->addItem(label(value), value);
    return combo;
}

//! Selects \a value, adding it (disabled) when Moderato does not know it, so it is shown as it is.
void select(QComboBox *combo, const QString &value, QString (*label)(const QString &))
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(label(value), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString valueOf(const QComboBox *combo)
{
    return combo->currentData().toString();
}

std::optional<bool> checked(const QCheckBox *box)
{
    return box->checkState() == Qt::PartiallyChecked ? std::nullopt : std::optional<bool>(box->isChecked());
}

void setChecked(QCheckBox *box, std::optional<bool> value)
{
    box->setTristate(!value.has_value());
    box->setCheckState(!value ? Qt::PartiallyChecked : *value ? Qt::Checked : Qt::Unchecked);
}

} // namespace

MeetingOptionsDialog::MeetingOptionsDialog(MeetingOptionsController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_status(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_form(new QGroupBox(tr("Options"), this))
    , m_mic(new QCheckBox(MeetingOptions::settingName(Setting::AttendeeMic), m_form))
    , m_camera(new QCheckBox(MeetingOptions::settingName(Setting::AttendeeCamera), m_form))
    , m_presenters(comboOf(MeetingOptions::presenterValues(), &MeetingOptions::presentersLabel, m_form))
    , m_chat(comboOf(MeetingOptions::chatValues(), &MeetingOptions::chatLabel, m_form))
    , m_lobby(comboOf(MeetingOptions::lobbyScopes(), &MeetingOptions::lobbyLabel, m_form))
    , m_dialIn(new QCheckBox(MeetingOptions::settingName(Setting::DialInBypass), m_form))
    , m_announce(new QCheckBox(MeetingOptions::settingName(Setting::EntryExitAnnounced), m_form))
    , m_restoreNote(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_lockDown(new QPushButton(tr("&Lock Down"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_letIn(new QPushButton(tr("Let &Everyone In"), this))
    , m_useForLockDown(new QPushButton(tr("&Use for Lock Down"), this))
    , m_reload(new QPushButton(tr("Rel&oad"), this))
{
    setObjectName(QStringLiteral("meetingOptionsDialog"));
    setWindowTitle(tr("Meeting Options"));
    m_status->setObjectName(QStringLiteral("meetingOptionsStatus"));
    m_status->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("meetingOptionsBanner"));
    m_banner->hide();
    m_mic->setObjectName(QStringLiteral("allowAttendeeToEnableMic"));
    m_camera->setObjectName(QStringLiteral("allowAttendeeToEnableCamera"));
    m_presenters->setObjectName(QStringLiteral("allowedPresenters"));
    m_chat->setObjectName(QStringLiteral("allowMeetingChat"));
    m_lobby->setObjectName(QStringLiteral("lobbyScope"));
    m_dialIn->setObjectName(QStringLiteral("isDialInBypassEnabled"));
    m_announce->setObjectName(QStringLiteral("isEntryExitAnnounced"));
    m_restoreNote->setObjectName(QStringLiteral("restoreNote"));
    m_restoreNote->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_lockDown->setObjectName(QStringLiteral("lockDownButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_letIn->setObjectName(QStringLiteral("letEveryoneInButton"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_useForLockDown->setObjectName(QStringLiteral("useForLockDownButton"));
    m_useForLockDown->setToolTip(tr("From now on Lock Down applies the options shown here (kept in the settings)"));
    m_letIn->setToolTip(tr("Sets the lobby bypass to everyone: the people waiting come in, and so does anyone "
                           "who joins later. Graph cannot admit one person alone."));

    auto *form = new QFormLayout(m_form);
    form->addRow(m_mic);
    form->addRow(m_camera);
    form->addRow(MeetingOptions::settingName(Setting::Presenters) + QLatin1Char(':'), m_presenters);
    form->addRow(MeetingOptions::settingName(Setting::Chat) + QLatin1Char(':'), m_chat);
    form->addRow(MeetingOptions::settingName(Setting::LobbyScope) + QLatin1Char(':'), m_lobby);
    form->addRow(m_dialIn);
    form->addRow(m_announce);

    auto *quickRow = new QWidget(this);
    quickRow->setObjectName(QStringLiteral("quickActions"));
    auto *quick = new QHBoxLayout(quickRow);
    quick->setContentsMargins(0, 0, 0, 0);
    quick->addWidget(m_lockDown);
    quick->addWidget(m_restore);
    quick->addWidget(m_letIn);
    quick->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    buttons->addButton(m_useForLockDown, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(quickRow);
    layout->addWidget(m_restoreNote);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] { m_controller->apply(edited()); });
    connect(m_lockDown, &QPushButton::clicked, m_controller, &MeetingOptionsController::lockDown);
    connect(m_restore, &QPushButton::clicked, m_controller, &MeetingOptionsController::restore);
    connect(m_letIn, &QPushButton::clicked, m_controller, &MeetingOptionsController::letEveryoneIn);
    connect(m_reload, &QPushButton::clicked, this, &MeetingOptionsDialog::reload);
    connect(m_useForLockDown, &QPushButton::clicked, this, [this] {
        m_controller->setLockDownSet(edited());
        m_adminHint.clear();
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("Lock Down now applies: %1").arg(m_controller->lockDownSet().describeAll().join(QStringLiteral("; "))));
        m_banner->setActionText({});
        m_banner->show();
        updateState();
    });
    connect(m_controller, &MeetingOptionsController::stateChanged, this, &MeetingOptionsDialog::updateState);
    connect(m_controller, &MeetingOptionsController::loaded, this, [this] {
        m_banner->hide();
        showOptions(m_controller->current());
    });
    connect(m_controller, &MeetingOptionsController::applied, this, [this](const QString &sentence) {
        m_adminHint.clear();
        m_banner->showMessage(MessageBanner::Kind::Positive, sentence);
        m_banner->setActionText({});
        m_banner->show();
        showOptions(m_controller->current());
    });
    connect(m_controller, &MeetingOptionsController::failed, this, &MeetingOptionsDialog::onFailed);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (!m_adminHint.isEmpty())
            QGuiApplication::clipboard()->setText(m_adminHint);
    });
    if (m_controller->isLoaded())
        showOptions(m_controller->current());
    updateState();
    setMinimumWidth(600);
}

void MeetingOptionsDialog::reload()
{
    m_banner->hide();
    m_controller->load();
    updateState();
}

void MeetingOptionsDialog::onFailed(const QString &sentence, const QString &adminHint)
{
    // The same presentation as a refused removal's: the sentence, the lines, a Copy button.
    m_adminHint = adminHint;
    m_banner->showMessage(MessageBanner::Kind::Error, sentence, adminHint);
    m_banner->setActionText(adminHint.isEmpty() ? QString() : tr("Copy Commands"));
    m_banner->show();
    updateState();
}

void MeetingOptionsDialog::showOptions(const MeetingOptions &o)
{
    setChecked(m_mic, o.allowAttendeeToEnableMic);
    setChecked(m_camera, o.allowAttendeeToEnableCamera);
    select(m_presenters, o.allowedPresenters, &MeetingOptions::presentersLabel);
    select(m_chat, o.allowMeetingChat, &MeetingOptions::chatLabel);
    select(m_lobby, o.lobbyScope, &MeetingOptions::lobbyLabel);
    setChecked(m_dialIn, o.dialInBypass);
    setChecked(m_announce, o.isEntryExitAnnounced);
    updateState();
}

MeetingOptions MeetingOptionsDialog::edited() const
{
    MeetingOptions o;
    o.allowAttendeeToEnableMic = checked(m_mic);
    o.allowAttendeeToEnableCamera = checked(m_camera);
    o.allowedPresenters = valueOf(m_presenters);
    o.allowMeetingChat = valueOf(m_chat);
    o.lobbyScope = valueOf(m_lobby);
    o.dialInBypass = checked(m_dialIn);
    o.isEntryExitAnnounced = checked(m_announce);
    return o;
}

void MeetingOptionsDialog::updateState()
{
    using State = MeetingOptionsController::State;
    const State state = m_controller->state();
    const bool loaded = m_controller->isLoaded();
    const bool busy = m_controller->isBusy();
    switch (state) {
    case State::NoCall: m_status->setText(tr("No call is open.")); break;
    case State::NotLoaded: m_status->setText(tr("The meeting's options have not been read yet.")); break;
    case State::Loading: m_status->setText(tr("Reading the meeting's options…")); break;
    case State::Applying: m_status->setText(tr("Changing the meeting's options…")); break;
    case State::Unavailable: m_status->setText(m_controller->unavailableReason()); break;
    case State::Failed: m_status->setText(tr("The meeting's options could not be read.")); break;
    case State::Ready:
        m_status->setText(tr("These are the options of the meeting as Graph has them now. Changes apply at once, "
                             "also to the people already in it."));
        break;
    }
    m_form->setVisible(loaded);
    findChild<QWidget *>(QStringLiteral("quickActions"))->setVisible(loaded);
    m_form->setEnabled(loaded && !busy);
    m_apply->setEnabled(loaded && !busy);
    m_lockDown->setEnabled(loaded && !busy);
    m_letIn->setEnabled(loaded && !busy);
    m_restore->setEnabled(loaded && !busy && m_controller->canRestore());
    m_useForLockDown->setEnabled(loaded && !busy);
    m_lockDown->setToolTip(tr("Applies: %1").arg(m_controller->lockDownSet().describeAll().join(QStringLiteral("; "))));
    m_reload->setEnabled(state != State::NoCall && !busy);
    m_restoreNote->setVisible(m_controller->canRestore());
    if (m_controller->canRestore()) {
        QStringList lines{tr("Restore puts back:")};
        for (const QString &line : m_controller->beforeLockDown().describeAll())
            lines.append(QStringLiteral("  • ") + line);
        m_restoreNote->setText(lines.join(QLatin1Char('\n')));
    }
    if (state == State::NoCall || state == State::Unavailable)
        m_banner->hide();
    fitContents();
}

void MeetingOptionsDialog::fitContents()
{
    // Wrapped sentences and the administrator's lines come and go: grow to show them whole (a
    // window never grows by itself for a height that depends on its width).
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        const int needed =
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    });
}

} // namespace moderato
