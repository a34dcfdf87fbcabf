#include "ui/invite_dialog.h"

#include "ui/invitee_entry.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace moderato {

namespace {

constexpr int TargetIdRole = Qt::UserRole + 1;
constexpr int TargetNameRole = Qt::UserRole + 2;
constexpr int SendTimeoutMs = 30000;

bool sameTarget(const InviteTarget &a, const InviteTarget &b)
{
    return a.kind == b.kind && a.id.compare(b.id, Qt::CaseInsensitive) == 0;
}

QLabel *inlineMessage(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    // Red that stays readable on light and dark palettes alike.
    QPalette pal = label->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(pal);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void showNote(QLabel *label, const QString &text)
{
    label->setPalette(QPalette());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

InviteDialog::InviteDialog(CallSession *session, DirectorySearch *search, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_search(search)
    , m_debounce(new QTimer(this))
    , m_sendTimeout(new QTimer(this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite People"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(buildSearchColumn(), 1);
    columns->addWidget(buildChosenColumn(), 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_error = inlineMessage("inviteError", this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send Invitations"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sendInvitationsButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(QIcon(QStringLiteral(":/icons/invite.svg")));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InviteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &InviteDialog::runSearch);
    m_sendTimeout->setSingleShot(true);
    m_sendTimeout->setInterval(SendTimeoutMs);
    // Without an answer in time the requests may still succeed: sending again could ring people
    // twice, so close and let the invitations panel tell what becomes of them.
    connect(m_sendTimeout, &QTimer::timeout, this, [this] {
        m_pending.clear();
        QDialog::accept();
    });
    connect(m_session, &CallSession::actionFinished, this, &InviteDialog::onActionFinished);
    if (m_search) {
        connect(m_search, &DirectorySearch::resultsReady, this, &InviteDialog::onResults);
        connect(m_search, &DirectorySearch::failed, this, &InviteDialog::onSearchFailed);
        connect(m_search, &DirectorySearch::lookUpFinished, this, &InviteDialog::onLookUpFinished);
    } else {
        onSearchFailed(QString(), tr("Directory search is not available."), false);
    }
    refreshChosenList();
    resize(900, 540);
}

QWidget *InviteDialog::buildSearchColumn()
{
    auto *box = new QGroupBox(tr("Search the directory"), this);
    m_searchEdit = new QLineEdit(box);
    m_searchEdit->setObjectName(QStringLiteral("directorySearch"));
    m_searchEdit->setPlaceholderText(tr("Name or email address"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchStatus = new QLabel(box);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    m_searchStatus->setText(tr("Type at least two letters."));
    m_results = new QListWidget(box);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results; tick the people to invite"));
    connect(m_searchEdit, &QLineEdit::textChanged, this, &InviteDialog::onSearchTextChanged);
    connect(m_results, &QListWidget::itemChanged, this, &InviteDialog::onResultChanged);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_searchStatus);
    layout->addWidget(m_results, 1);
    return box;
}

QWidget *InviteDialog::buildChosenColumn()
{
    auto *column = new QWidget(this);
    auto *manualBox = new QGroupBox(tr("Add by hand"), column);
    m_manualKind = new QComboBox(manualBox);
    m_manualKind->setObjectName(QStringLiteral("manualKind"));
    m_manualKind->addItem(tr("User"), ManualUser);
    m_manualKind->addItem(tr("Phone number"), ManualPhone);
    m_manualEntry = new QLineEdit(manualBox);
    m_manualEntry->setObjectName(QStringLiteral("manualEntry"));
    m_addManual = new QPushButton(tr("Add"), manualBox);
    m_addManual->setObjectName(QStringLiteral("addManualButton"));
    m_manualError = inlineMessage("manualError", manualBox);
    connect(m_manualKind, &QComboBox::currentIndexChanged, this, &InviteDialog::updateManualPlaceholder);
    connect(m_manualEntry, &QLineEdit::returnPressed, this, &InviteDialog::addManual);
    connect(m_manualEntry, &QLineEdit::textChanged, this, [this] { showError(m_manualError, {}); });
    connect(m_addManual, &QPushButton::clicked, this, &InviteDialog::addManual);
    m_manualKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manualKind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_manualEntry->setMinimumWidth(
        m_manualEntry->fontMetrics().horizontalAdvance(QStringLiteral("Object id or name@example.com")) + 24);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manualKind);
    manualRow->addWidget(m_manualEntry, 1);
    manualRow->addWidget(m_addManual);
    auto *manualLayout = new QVBoxLayout(manualBox);
    manualLayout->addLayout(manualRow);
    manualLayout->addWidget(m_manualError);
    manualLayout->addLayout(buildMeetingLinkRow(manualBox));
    updateManualPlaceholder();

    auto *chosenBox = new QGroupBox(tr("To invite"), column);
    m_chosenList = new QListWidget(chosenBox);
    m_chosenList->setObjectName(QStringLiteral("chosenList"));
    m_chosenList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_removeChosen = new QPushButton(tr("Remove from List"), chosenBox);
    m_removeChosen->setObjectName(QStringLiteral("removeChosenButton"));
    m_removeChosen->setEnabled(false);
    connect(m_removeChosen, &QPushButton::clicked, this, &InviteDialog::removeSelectedChosen);
    connect(m_chosenList, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeChosen->setEnabled(!m_chosenList->selectedItems().isEmpty()); });
    auto *chosenLayout = new QVBoxLayout(chosenBox);
    chosenLayout->addWidget(m_chosenList, 1);
    chosenLayout->addWidget(m_removeChosen, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(manualBox);
    layout->addWidget(chosenBox, 1);
    return column;
}

QLayout *InviteDialog::buildMeetingLinkRow(QWidget *parent)
{
    // Graph invites users and phone numbers only: someone without an account joins with the link.
    auto *note = new QLabel(tr("People without an account join with the meeting link."), parent);
    note->setObjectName(QStringLiteral("meetingLinkNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Meeting Link"), parent);
    copy->setObjectName(QStringLiteral("copyMeetingLinkButton"));
    const QString link = m_session->callInfo().joinWebUrl;
    copy->setEnabled(!link.isEmpty());
    copy->setToolTip(link.isEmpty() ? tr("Graph did not give this call's meeting link.") : link);
    connect(copy, &QPushButton::clicked, this, [link] { QGuiApplication::clipboard()->setText(link); });
    auto *row = new QHBoxLayout;
    row->addWidget(note, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    return row;
}

void InviteDialog::updateManualPlaceholder()
{
    switch (m_manualKind->currentData().toInt()) {
    case ManualPhone: m_manualEntry->setPlaceholderText(tr("+14255550123")); break;
    default: m_manualEntry->setPlaceholderText(tr("Object id or name@example.com")); break;
    }
    m_manualEntry->setAccessibleName(m_manualKind->currentText());
}

void InviteDialog::onSearchTextChanged()
{
    if (m_searchUnavailable)
        return;
    m_debounce->start();
}

void InviteDialog::runSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    m_lastQuery = text;
    if (text.size() < 2) {
        m_results->clear();
        m_searchStatus->setText(tr("Type at least two letters."));
        return;
    }
    m_searchStatus->setText(tr("Searching…"));
    m_search->search(text);
}

void InviteDialog::onResults(const QString &text, const QList<DirectoryUser> &users)
{
    if (text != m_lastQuery)
        return;
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const DirectoryUser &user : users) {
        const QString label =
            user.userPrincipalName.isEmpty()
                ? user.displayName
                : tr("%1 — %2", "name — user principal name").arg(user.displayName, user.userPrincipalName);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/kind-member.svg")), label, m_results);
        item->setData(TargetIdRole, user.id);
        item->setData(TargetNameRole, user.displayName);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const InviteTarget target{InviteTarget::Kind::User, user.id, user.displayName};
        const bool chosen = std::any_of(m_chosen.cbegin(), m_chosen.cend(),
                                        [&](const InviteTarget &t) { return sameTarget(t, target); });
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_searchStatus->setText(users.isEmpty() ? tr("Nobody found.")
                                            : tr("%n found; tick the people to invite.", nullptr, int(users.size())));
}

void InviteDialog::onSearchFailed(const QString &text, const QString &message, bool permissionMissing)
{
    if (!text.isEmpty() && text != m_lastQuery)
        return;
    if (permissionMissing) {
        m_searchUnavailable = true;
        m_searchEdit->setEnabled(false);
        m_results->setEnabled(false);
        m_searchStatus->setText(tr("This app may not search the directory: it lacks the User.Read.All permission. "
                                   "Add people by object id, email address or phone number instead."));
    } else {
        m_searchStatus->setText(message);
        if (!m_search) {
            m_searchUnavailable = true;
            m_searchEdit->setEnabled(false);
        }
    }
    m_searchStatus->setForegroundRole(QPalette::WindowText);
}

void InviteDialog::onResultChanged(QListWidgetItem *item)
{
    const InviteTarget target{InviteTarget::Kind::User, item->data(TargetIdRole).toString(),
                              item->data(TargetNameRole).toString()};
    if (item->checkState() == Qt::Checked)
        addTarget(target);
    else
        removeTarget(target);
}

void InviteDialog::addManual()
{
    InviteTarget target;
    QString error;
    bool ok = false;
    switch (m_manualKind->currentData().toInt()) {
    case ManualPhone: ok = InviteeEntry::phoneTarget(m_manualEntry->text(), &target, &error); break;
    default: ok = InviteeEntry::userTarget(m_manualEntry->text(), &target, &error); break;
    }
    if (!ok) {
        showError(m_manualError, error);
        return;
    }
    if (target.kind == InviteTarget::Kind::User && !Invitee::isObjectId(target.id)) {
        lookUpManualUser(target.id);
        return;
    }
    addManualTarget(target);
}

void InviteDialog::addManualTarget(const InviteTarget &target)
{
    if (!addTarget(target)) {
        showError(m_manualError, tr("%1 is on the list already.").arg(target.displayName));
        return;
    }
    m_manualEntry->clear();
}

void InviteDialog::lookUpManualUser(const QString &who)
{
    if (!m_search) {
        showError(m_manualError, tr("Without the directory “%1” cannot be invited: type the object id.").arg(who));
        return;
    }
    m_lookingUp = who;
    m_manualEntry->setEnabled(false);
    m_addManual->setEnabled(false);
    showNote(m_manualError, tr("Looking up “%1” in the directory…").arg(who));
    m_search->lookUp(who);
}

void InviteDialog::onLookUpFinished(const QString &who, const QList<DirectoryUser> &users, const QString &error)
{
    if (who != m_lookingUp)
        return;
    m_lookingUp.clear();
    m_manualEntry->setEnabled(true);
    m_addManual->setEnabled(true);
    m_manualEntry->setFocus();
    if (!error.isEmpty())
        showError(m_manualError, tr("Could not look up “%1”: %2").arg(who, error));
    else if (users.isEmpty())
        showError(m_manualError, tr("Nobody in the directory has the sign-in name or email address “%1”.").arg(who));
    else if (users.size() > 1)
        showError(m_manualError,
                  tr("“%1” matches several people: pick the right one from the search results.").arg(who));
    else
        addManualTarget(InviteTarget{InviteTarget::Kind::User, users.first().id, users.first().displayName});
}

bool InviteDialog::addTarget(const InviteTarget &target)
{
    for (const InviteTarget &t : std::as_const(m_chosen)) {
        if (sameTarget(t, target))
            return false;
    }
    m_chosen.append(target);
    refreshChosenList();
    return true;
}

void InviteDialog::removeTarget(const InviteTarget &target)
{
    m_chosen.removeIf([&](const InviteTarget &t) { return sameTarget(t, target); });
    refreshChosenList();
}

void InviteDialog::removeSelectedChosen()
{
    QList<int> rows;
    for (QListWidgetItem *item : m_chosenList->selectedItems())
        rows.append(m_chosenList->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<InviteTarget> removed;
    for (int row : rows)
        removed.append(m_chosen.takeAt(row));
    refreshChosenList();
    // Untick the search results of the people taken off the list.
    const QSignalBlocker blocker(m_results);
    for (int i = 0; i < m_results->count(); ++i) {
        QListWidgetItem *item = m_results->item(i);
        const InviteTarget t{InviteTarget::Kind::User, item->data(TargetIdRole).toString(), QString()};
        if (std::any_of(removed.cbegin(), removed.cend(), [&](const InviteTarget &r) { return sameTarget(r, t); }))
            item->setCheckState(Qt::Unchecked);
    }
}

void InviteDialog::refreshChosenList()
{
    m_chosenList->clear();
    for (const InviteTarget &target : std::as_const(m_chosen)) {
        QString label;
        QString icon;
        switch (target.kind) {
        case InviteTarget::Kind::Phone:
            label = tr("%1 (phone)").arg(target.id);
            icon = QStringLiteral("kind-phone");
            break;
        case InviteTarget::Kind::User:
            label = target.displayName == target.id || target.displayName.isEmpty() ? target.id : target.displayName;
            icon = QStringLiteral("kind-member");
            break;
        }
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")), label, m_chosenList);
    }
    m_summary->setText(InviteeEntry::requestSummary(int(m_chosen.size())));
    if (auto *ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(!m_chosen.isEmpty() && !isSending());
}

void InviteDialog::accept()
{
    if (m_chosen.isEmpty() || isSending())
        return;
    showError(m_error, {});
    m_failed.clear();
    m_failureLines.clear();
    const QList<InviteTarget> targets = m_chosen;
    const QStringList ids = m_session->invite(targets);
    if (ids.size() != targets.size()) {
        showError(m_error, tr("The invitations could not be sent: no call is open."));
        return;
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_pending.insert(ids.at(i), targets.at(i));
    setSending(true);
    m_sendTimeout->start();
}

void InviteDialog::setSending(bool sending)
{
    for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        child->setEnabled(!sending);
    // The summary says what is happening while everything else is disabled.
    m_summary->setEnabled(true);
    if (sending)
        m_summary->setText(tr("Sending %n invitations…", nullptr, int(m_pending.size())));
    else
        refreshChosenList();
}

void InviteDialog::onActionFinished(const ActionOutcome &outcome)
{
    if (outcome.action != ActionOutcome::Action::Invite || !m_pending.contains(outcome.participantId))
        return;
    const InviteTarget target = m_pending.take(outcome.participantId);
    if (outcome.result == ActionOutcome::Result::Failed) {
        m_failed.append(target);
        m_failureLines.append(outcome.describe());
    }
    if (m_pending.isEmpty())
        finishSending();
}

void InviteDialog::finishSending()
{
    m_sendTimeout->stop();
    if (m_failureLines.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Keep only who still needs inviting, so "Send" again retries exactly those.
    if (!m_failed.isEmpty())
        m_chosen = m_failed;
    setSending(false);
    showError(m_error, m_failureLines.join(QLatin1Char('\n')));
}

} // namespace moderato
