#include "ui/invitations_dock.h"

#include "core/calls/call_session.h"
#include "core/calls/invitation_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace moderato {

using IM = InvitationModel;

InvitationsDock::InvitationsDock(CallSession *session, QWidget *parent)
    : QDockWidget(tr("Invitations"), parent)
    , m_session(session)
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel Invitation"), this))
    , m_retry(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Invite Again"), this))
{
    setObjectName(QStringLiteral("invitationsDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    // A proxy only for sorting; the model never resets, and neither does the proxy.
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(session->invitations());
    proxy->setDynamicSortFilter(true);
    proxy->setSortRole(IM::SortRole);

    m_table->setObjectName(QStringLiteral("invitationsView"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IM::SentColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_table->fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(IM::WhoColumn, fm.horizontalAdvance(QLatin1Char('M')) * 16);
    header->resizeSection(IM::SentColumn, std::max(header->sectionSizeHint(IM::SentColumn),
                                                   fm.horizontalAdvance(QStringLiteral("00:00:00")) + 40));
    header->resizeSection(IM::StatusColumn, fm.horizontalAdvance(QLatin1Char('M')) * 22);
    header->setStretchLastSection(true);
    // Where a status comes from is in its tooltip: plain words in the column.
    header->setSectionHidden(IM::SourceColumn, true);
    m_table->setAccessibleName(tr("Invitations"));

    m_cancel->setObjectName(QStringLiteral("cancelInvitationButton"));
    m_retry->setObjectName(QStringLiteral("retryInvitationButton"));
    m_cancel->setToolTip(tr("Stop ringing the selected invitees"));
    m_retry->setToolTip(tr("Send the selected invitations again"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);

    auto *content = new QWidget(this);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvitationsDock::updateButtons);
    // An invitation that stops ringing can no longer be cancelled: follow the model.
    connect(proxy, &QAbstractItemModel::dataChanged, this, &InvitationsDock::updateButtons);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &InvitationsDock::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvitationsDock::selectionChanged);
    connect(proxy, &QAbstractItemModel::dataChanged, this, &InvitationsDock::selectionChanged);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds(IM::CanCancelRole);
        if (!ids.isEmpty())
            m_session->cancelInvitations(ids);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedIds(IM::CanRetryRole))
            m_session->retryInvitation(id);
    });
    updateButtons();
}

QList<SelectedRow> InvitationsDock::selectedRows() const
{
    QList<SelectedRow> rows;
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected)) {
        // Only a ringing invitation is something to act on; an ended one is history.
        const auto state =
            index.data(IM::CanCancelRole).toBool() ? SelectedRow::State::Invited : SelectedRow::State::Busy;
        rows.append(SelectedRow{index.data(IM::ParticipantIdRole).toString(),
                                index.data(IM::InviteeNameRole).toString(), state, false, false});
    }
    return rows;
}

QStringList InvitationsDock::selectedIds(int capabilityRole) const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.data(capabilityRole).toBool())
            ids.append(index.data(IM::ParticipantIdRole).toString());
    }
    return ids;
}

void InvitationsDock::updateButtons()
{
    m_cancel->setEnabled(!selectedIds(IM::CanCancelRole).isEmpty());
    m_retry->setEnabled(!selectedIds(IM::CanRetryRole).isEmpty());
}

} // namespace moderato
