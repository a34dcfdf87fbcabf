#include "ui/roster_view.h"

#include "core/calls/participant_model.h"
#include "ui/media_delegate.h"
#include "ui/roster_hold.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace moderato {

namespace {

using PM = ParticipantModel;
using QF = RosterFilterModel::QuickFilter;

SelectedRow::State selectedState(PM::RowState state)
{
    switch (state) {
    case PM::RowState::Active: return SelectedRow::State::Active;
    case PM::RowState::Invited: return SelectedRow::State::Invited;
    case PM::RowState::Removing:
    case PM::RowState::Cancelling:
    case PM::RowState::Muting:
    case PM::RowState::Left: break;
    }
    return SelectedRow::State::Busy;
}

SelectedRow::Hold selectedHold(PM::HoldState state)
{
    switch (state) {
    case PM::HoldState::None: return SelectedRow::Hold::None;
    case PM::HoldState::OnHold:
    case PM::HoldState::Unconfirmed: return SelectedRow::Hold::OnHold; // may be on hold: resume is offered
    case PM::HoldState::Starting:
    case PM::HoldState::Resuming: break;
    }
    return SelectedRow::Hold::Pending;
}

} // namespace

RosterView::RosterView(QWidget *parent)
    : QWidget(parent)
    , m_filterEdit(new QLineEdit(this))
    , m_quickFilters(new QButtonGroup(this))
    , m_quickFilterList(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(m_table->viewport()))
    , m_filter(new RosterFilterModel(this))
    , m_hold(new RosterHold(m_filter, m_table->viewport(), this))
{
    m_filterEdit->setObjectName(QStringLiteral("rosterFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, address or id (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the roster"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &RosterFilterModel::setFilterText);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_filterEdit, 1);
    filters->addSpacing(8);
    const struct
    {
        QF filter;
        const char *objectName;
        QString text;
        QString tip;
    } quick[] = {
        {QF::Everyone, "quickFilterEveryone", tr("Everyone"), tr("Show the whole roster")},
        {QF::InLobby, "quickFilterLobby", tr("In lobby"), tr("Only people waiting in the lobby")},
        {QF::GuestsAndExternal, "quickFilterGuests", tr("Guests and external"),
         tr("Only guests and users from other organisations")},
        {QF::Phone, "quickFilterPhone", tr("Phone"), tr("Only people on the phone")},
        {QF::Muted, "quickFilterMuted", tr("Muted"), tr("Only muted participants")},
        {QF::Invited, "quickFilterInvited", tr("Invited"), tr("Only invitations still ringing")},
    };
    m_quickFilters->setExclusive(true);
    for (const auto &q : quick) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(q.objectName));
        button->setText(q.text);
        button->setToolTip(q.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setChecked(q.filter == QF::Everyone);
        m_quickFilters->addButton(button, int(q.filter));
        filters->addWidget(button);
        m_quickFilterList->addItem(q.text, int(q.filter));
        m_quickFilterButtonsWidth += button->sizeHint().width() + filters->spacing();
    }
    m_quickFilterList->setObjectName(QStringLiteral("quickFilterList"));
    m_quickFilterList->setAccessibleName(tr("Show"));
    m_quickFilterList->hide();
    filters->addWidget(m_quickFilterList);
    connect(m_quickFilters, &QButtonGroup::idClicked, this, [this](int id) { setQuickFilter(static_cast<QF>(id)); });
    connect(m_quickFilterList, &QComboBox::activated, this,
            [this](int index) { setQuickFilter(static_cast<QF>(m_quickFilterList->itemData(index).toInt())); });

    m_table->setObjectName(QStringLiteral("rosterView"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PM::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setIconSize(QSize(16, 16));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(PM::MediaColumn, new MediaDelegate(PM::SortRole, m_table));
    m_table->setAccessibleName(tr("Roster"));
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos)); });

    m_emptyHint->setObjectName(QStringLiteral("rosterEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    m_table->viewport()->installEventFilter(this);
    m_table->viewport()->setMouseTracking(true);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &RosterView::updateEmptyHint);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RosterView::updateEmptyHint);
}

void RosterView::setSourceModel(QAbstractItemModel *model)
{
    m_filter->setSourceModel(model);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RosterView::selectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_columnsSized)
            sizeColumns();
    });
    // Rows change state (removing…, muted) without the selection changing: actions follow.
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &RosterView::selectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RosterView::selectionChanged);
    sizeColumns();
    updateEmptyHint();
}

void RosterView::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() == 0)
        return;
    const QFontMetrics fm = m_table->fontMetrics();
    auto fit = [&](int column, const QStringList &samples) {
        // Room for the header text and its sort arrow, and for the widest typical cell with its icon.
        int width = header->sectionSizeHint(column) + 8;
        for (const QString &sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample) + 16 + 24);
        header->resizeSection(column, width);
    };
    fit(PM::KindColumn, {RosterFilterModel::tr("Moderato — this app"), tr("External user")});
    fit(PM::OrganisationColumn, {QStringLiteral("Fabrikam Ltd. (external)")});
    fit(PM::MutedColumn, {tr("Muted")});
    header->resizeSection(PM::MediaColumn, std::max(header->sectionSizeHint(PM::MediaColumn) + 8, 80));
    fit(PM::StateColumn, {tr("Waiting in lobby"), tr("Ringing — 59 s"), tr("Invitation ended")});
    for (int column = 0; column < header->count(); ++column)
        m_columnWidths[column] = header->sectionSize(column);
    // The State column says who waits in the lobby, and they come first: no column of its own.
    header->setSectionHidden(PM::LobbyColumn, true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PM::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("MMMM")));
    m_columnsSized = m_filter->rowCount() > 0;
    fitColumnsToWidth();
}

void RosterView::fitColumnsToWidth()
{
    // On a narrow window the least needed columns give way, so that names keep their room and
    // no column is cut off at the edge: the organisation first (Kind says external), then media.
    QHeaderView *header = m_table->horizontalHeader();
    if (m_columnWidths.isEmpty())
        return;
    const int nameRoom = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12;
    int needed = nameRoom;
    for (int column = 0; column < header->count(); ++column) {
        if (column != PM::NameColumn && column != PM::LobbyColumn)
            needed += m_columnWidths.value(column);
    }
    const int available = m_table->viewport()->width();
    for (int column : {int(PM::OrganisationColumn), int(PM::MediaColumn)}) {
        const bool hide = needed > available;
        if (header->isSectionHidden(column) != hide) {
            header->setSectionHidden(column, hide);
            if (!hide)
                header->resizeSection(column, m_columnWidths.value(column));
        }
        if (hide)
            needed -= m_columnWidths.value(column);
    }
}

void RosterView::updateEmptyHint()
{
    const bool empty = m_filter->sourceModel() && m_filter->rowCount() == 0;
    if (!empty) {
        m_emptyHint->hide();
        return;
    }
    const bool filtered = !m_filter->filterText().isEmpty() || m_filter->quickFilter() != QF::Everyone;
    m_emptyHint->setText(filtered ? tr("Nobody matches the filter.") : tr("Nobody is in the call."));
    m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    m_emptyHint->show();
}

bool RosterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        switch (event->type()) {
        case QEvent::Resize:
            m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
            fitColumnsToWidth();
            break;
        case QEvent::Enter: // the moderator is aiming at a row: nothing moves
            m_hold->setPointerInside(true);
            break;
        case QEvent::Leave: m_hold->setPointerInside(false); break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RosterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitQuickFilters();
}

void RosterView::fitQuickFilters()
{
    const int filterRoom = m_filterEdit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14;
    const bool buttons = width() >= filterRoom + m_quickFilterButtonsWidth;
    for (QAbstractButton *button : m_quickFilters->buttons())
        button->setVisible(buttons);
    m_quickFilterList->setVisible(!buttons);
}

void RosterView::holdStill()
{
    m_hold->hold();
}

void RosterView::letGo()
{
    m_hold->release();
}

void RosterView::setQuickFilter(RosterFilterModel::QuickFilter filter)
{
    if (auto *button = m_quickFilters->button(int(filter)))
        button->setChecked(true);
    m_quickFilterList->setCurrentIndex(m_quickFilterList->findData(int(filter)));
    m_filter->setQuickFilter(filter);
    updateEmptyHint();
}

void RosterView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QList<SelectedRow> RosterView::selectedRows() const
{
    QList<SelectedRow> rows;
    if (!m_table->selectionModel())
        return rows;
    QModelIndexList selected = m_table->selectionModel()->selectedRows(PM::NameColumn);
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected)) {
        SelectedRow row{index.data(PM::IdRole).toString(), index.data(PM::DisplayNameRole).toString(),
                        selectedState(static_cast<PM::RowState>(index.data(PM::StateRole).toInt())),
                        index.data(PM::IsMutedRole).toBool(), index.data(PM::IsOwnParticipantRole).toBool()};
        row.inLobby = index.data(PM::IsInLobbyRole).toBool();
        row.hold = selectedHold(static_cast<PM::HoldState>(index.data(PM::HoldStateRole).toInt()));
        rows.append(row);
    }
    return rows;
}

QString RosterView::currentParticipantId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(PM::NameColumn).data(PM::IdRole).toString() : QString();
}

} // namespace moderato
