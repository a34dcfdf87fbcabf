#include "ui/group_action_dialog.h"

#include "core/calls/participant_model.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace moderato {

namespace {

using PM = ParticipantModel;

QString kindObjectName(ParticipantRule::Kind kind)
{
    return QStringLiteral("kind_") + ParticipantRule::kindName(kind);
}

} // namespace

GroupActionDialog::GroupActionDialog(Action action, const ParticipantModel *roster, const QAbstractItemModel *shown,
                                     const RuleExemptions &exempt, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_roster(roster)
    , m_shown(shown)
    , m_exempt(exempt)
{
    setObjectName(QStringLiteral("groupActionDialog"));
    setWindowTitle(action == Action::Remove ? tr("Remove a Group") : tr("Mute a Group"));
    m_byFilter = new QRadioButton(tr("Everyone the roster's filter shows"), this);
    m_byFilter->setObjectName(QStringLiteral("byFilter"));
    m_byKind = new QRadioButton(tr("Everyone who is one of:"), this);
    m_byKind->setObjectName(QStringLiteral("byKind"));
    m_byKind->setChecked(true);

    auto *kinds = new QGridLayout;
    kinds->setContentsMargins(24, 0, 0, 0);
    const ParticipantRule::Kind all[] = {ParticipantRule::Kind::Guest, ParticipantRule::Kind::External,
                                         ParticipantRule::Kind::Phone, ParticipantRule::Kind::Lobby,
                                         ParticipantRule::Kind::App};
    for (ParticipantRule::Kind kind : all) {
        QString label = ParticipantRule::describe(kind); // a phrase for sentences: capitalised as a label
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        auto *box = new QCheckBox(label, this);
        box->setObjectName(kindObjectName(kind));
        kinds->addWidget(box, int(m_kinds.size()) / 2, int(m_kinds.size()) % 2);
        m_kinds.append({kind, box});
        connect(box, &QCheckBox::toggled, this, [this] {
            m_byKind->setChecked(true);
            updateList();
        });
    }
    // Who joined lately: Moderato knows only what its own rosters showed.
    m_recent = new QCheckBox(tr("People who joined in the last"), this);
    m_recent->setObjectName(QStringLiteral("kind_recent"));
    m_recentMinutes = new QSpinBox(this);
    m_recentMinutes->setObjectName(QStringLiteral("recentMinutes"));
    m_recentMinutes->setRange(1, 24 * 60);
    m_recentMinutes->setValue(10);
    m_recentMinutes->setSuffix(tr(" min"));
    auto *recent = new QHBoxLayout;
    recent->addWidget(m_recent);
    recent->addWidget(m_recentMinutes);
    recent->addStretch(1);
    kinds->addLayout(recent, int(m_kinds.size() + 1) / 2, 0, 1, 2);
    m_recentNote = new QLabel(this);
    m_recentNote->setObjectName(QStringLiteral("recentNote"));
    m_recentNote->setWordWrap(true);
    const QDateTime since = roster->firstRosterAt();
    m_recentNote->setText(
        since.isValid()
            ? tr("Moderato has seen people join since %1; whoever was already in the call then does not count as "
                 "having joined lately.")
                  .arg(QLocale().toString(since.toLocalTime().time(), QLocale::ShortFormat))
            : QString());
    kinds->addWidget(m_recentNote, int(m_kinds.size() + 1) / 2 + 1, 0, 1, 2);
    connect(m_recent, &QCheckBox::toggled, this, [this] {
        m_byKind->setChecked(true);
        updateList();
    });
    connect(m_recentMinutes, &QSpinBox::valueChanged, this, [this] {
        if (m_recent->isChecked())
            updateList();
    });
    connect(m_byFilter, &QRadioButton::toggled, this, &GroupActionDialog::updateList);

    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("groupPeople"));
    m_people->setMinimumHeight(180);
    connect(m_people, &QListWidget::itemChanged, this, &GroupActionDialog::updateButton);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("groupCount"));
    auto *note = new QLabel(tr("Moderato's own participant and the organiser are never included. Untick anyone "
                               "to leave them out; people who join after this list was made are not touched."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("groupGo"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_byKind);
    layout->addLayout(kinds);
    layout->addWidget(m_byFilter);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_count);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 460);
    updateList();
}

QList<Participant> GroupActionDialog::shownPeople() const
{
    QList<Participant> people;
    for (int row = 0; row < m_shown->rowCount(); ++row) {
        const QModelIndex index = m_shown->index(row, PM::NameColumn);
        if (index.data(PM::StateRole).toInt() != int(PM::RowState::Active))
            continue;
        if (const auto p = m_roster->participant(index.data(PM::IdRole).toString()); p && !m_exempt.exempts(*p))
            people.append(*p);
    }
    return people;
}

ParticipantRule GroupActionDialog::chosenRule() const
{
    QList<ParticipantRule::Kind> kinds;
    for (const auto &[kind, box] : m_kinds)
        if (box->isChecked())
            kinds.append(kind);
    ParticipantRule rule(kinds);
    if (m_recent->isChecked())
        rule.setJoinedSince(m_roster->now().addSecs(-60 * qint64(m_recentMinutes->value())));
    return rule;
}

void GroupActionDialog::updateList()
{
    QList<Participant> people;
    if (m_byFilter->isChecked()) {
        people = shownPeople();
    } else {
        people = selectByRule(m_roster->activeParticipants(), chosenRule(), m_roster->homeTenantId(), m_exempt,
                              [this](const QString &id) { return m_roster->firstSeen(id); });
    }
    const QSignalBlocker quiet(m_people);
    m_people->clear();
    for (const Participant &p : std::as_const(people)) {
        // As the roster says who they are: "Omar Haddad — Member, External (9d8c7b6a…)".
        const int row = m_roster->rowOf(p.id());
        const QString kind = m_roster->index(row, PM::KindColumn).data().toString();
        const QString organisation = m_roster->index(row, PM::OrganisationColumn).data().toString();
        const QString who = organisation.isEmpty() ? kind : kind + QStringLiteral(", ") + organisation;
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(p.displayName(), who), m_people);
        item->setData(Qt::UserRole, p.id());
        item->setToolTip(p.id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    updateButton();
}

QStringList GroupActionDialog::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            ids.append(m_people->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void GroupActionDialog::updateButton()
{
    const int n = int(chosenIds().size());
    m_go->setText(m_action == Action::Remove ? tr("Remove %n People", nullptr, n) : tr("Mute %n People", nullptr, n));
    m_go->setEnabled(n > 0);
    m_count->setText(m_people->count() == 0 ? tr("Nobody in the call matches.")
                                            : tr("%1 of %n ticked.", nullptr, m_people->count()).arg(n));
}

} // namespace moderato
