#include "ui/audit_log_filter_bar.h"

#include "core/calls/audit_log_model.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <utility>

namespace moderato {

namespace {

//! The earliest date the edits offer; showing it means "no limit".
const QDate kNoLimit(2000, 1, 1);

QDateEdit *makeDateEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoLimit);
    edit->setSpecialValueText(AuditLogFilterBar::tr("any day"));
    edit->setDate(kNoLimit);
    return edit;
}

QComboBox *makeCombo(const char *objectName, const QString &all, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->addItem(all);
    return combo;
}

QLabel *labelFor(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditLogFilterBar::AuditLogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_call(makeCombo("auditCallFilter", tr("All calls"), this))
    , m_from(makeDateEdit("auditFromDate", this))
    , m_to(makeDateEdit("auditToDate", this))
    , m_action(makeCombo("auditActionFilter", tr("All actions"), this))
    , m_outcome(makeCombo("auditOutcomeFilter", tr("All outcomes"), this))
    , m_search(new QLineEdit(this))
{
    m_call->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_call->setMinimumContentsLength(16);
    using Action = AuditEntry::Action;
    for (const Action action :
         {Action::Remove, Action::Mute, Action::Hold, Action::Resume, Action::Invite, Action::Cancel})
        m_action->addItem(AuditLogModel::actionLabel(action), int(action));
    using Outcome = AuditEntry::Outcome;
    for (const Outcome outcome : {Outcome::Done, Outcome::Failed, Outcome::AlreadyGone, Outcome::NotInCall,
                                  Outcome::Refused, Outcome::Stopped, Outcome::Unknown})
        m_outcome->addItem(AuditLogModel::outcomeLabel(outcome), int(outcome));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search names, ids, messages"));
    m_search->setClearButtonEnabled(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // Call and search above; the narrower filters in one row below.
    grid->addWidget(labelFor(tr("&Call:"), m_call), 0, 0);
    grid->addWidget(m_call, 0, 1, 1, 3);
    grid->addWidget(m_search, 0, 4, 1, 4);
    grid->addWidget(labelFor(tr("&Action:"), m_action), 1, 0);
    grid->addWidget(m_action, 1, 1);
    grid->addWidget(labelFor(tr("&Outcome:"), m_outcome), 1, 2);
    grid->addWidget(m_outcome, 1, 3);
    grid->addWidget(labelFor(tr("&From:"), m_from), 1, 4);
    grid->addWidget(m_from, 1, 5);
    grid->addWidget(labelFor(tr("&To:"), m_to), 1, 6);
    grid->addWidget(m_to, 1, 7);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    for (QComboBox *combo : {m_call, m_action, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogFilterBar::changed);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, &AuditLogFilterBar::changed);
}

void AuditLogFilterBar::setCalls(const QList<AuditEntry> &entries)
{
    const QString chosen = m_call->currentData().toString();
    QStringList ids;
    QHash<QString, QString> subjects;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (!ids.contains(it->callId))
            ids.append(it->callId);
        if (!it->callSubject.isEmpty() && !subjects.contains(it->callId))
            subjects.insert(it->callId, it->callSubject);
    }
    if (!chosen.isEmpty() && !ids.contains(chosen))
        ids.append(chosen); // rotation took its last line: the moderator's choice stays
    const QSignalBlocker quiet(m_call);
    while (m_call->count() > 1)
        m_call->removeItem(1);
    for (const QString &id : std::as_const(ids)) {
        const QString subject = subjects.value(id);
        m_call->addItem(subject.isEmpty() ? id : tr("%1 (%2)").arg(subject, id), id);
        m_call->setItemData(m_call->count() - 1, id, Qt::ToolTipRole);
    }
    m_call->setCurrentIndex(std::max(0, m_call->findData(chosen)));
}

AuditLogFilter AuditLogFilterBar::filter() const
{
    AuditLogFilter filter;
    filter.callId = m_call->currentData().toString();
    if (m_from->date() != kNoLimit)
        filter.since = m_from->date().startOfDay();
    if (m_to->date() != kNoLimit)
        filter.until = m_to->date().endOfDay();
    if (m_action->currentIndex() > 0)
        filter.action = AuditEntry::Action(m_action->currentData().toInt());
    if (m_outcome->currentIndex() > 0)
        filter.outcome = AuditEntry::Outcome(m_outcome->currentData().toInt());
    return filter;
}

QString AuditLogFilterBar::searchText() const
{
    return m_search->text();
}

} // namespace moderato
