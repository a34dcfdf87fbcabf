#include "ui/roster_filter_model.h"

#include "core/calls/participant_model.h"
#include "ui/identity_presentation.h"

#include <QCollator>

#include <QPalette>
#include <limits>

namespace moderato {

namespace {

using PM = ParticipantModel;

IdentityKind kindOf(const QModelIndex &index)
{
    return static_cast<IdentityKind>(index.data(PM::KindRole).toInt());
}

ParticipantModel::RowState stateOf(const QModelIndex &index)
{
    return static_cast<ParticipantModel::RowState>(index.data(PM::StateRole).toInt());
}

// MediaRole holds Graph's names; the media column's SortRole holds the same as MediaKinds flags.
MediaKinds mediaOf(const QModelIndex &index)
{
    return MediaKinds::fromInt(index.siblingAtColumn(PM::MediaColumn).data(PM::SortRole).toInt());
}

} // namespace

RosterFilterModel::RosterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RosterFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void RosterFilterModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quickFilter)
        return;
    m_quickFilter = filter;
    refilter();
}

void RosterFilterModel::refilter()
{
    // The moderator changed what to see: that is the picture to keep still from now on.
    if (m_frozen) {
        m_frozenRows.clear();
        invalidate();
        freezeOrder();
    } else {
        invalidateFilter();
    }
}

void RosterFilterModel::freezeOrder()
{
    m_frozen = true;
    m_frozenRows.clear();
    m_frozenRows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        m_frozenRows.insert(index(row, 0).data(PM::IdRole).toString(), row);
}

void RosterFilterModel::thawOrder()
{
    if (!m_frozen)
        return;
    m_frozen = false;
    m_frozenRows.clear();
    invalidate();
}

bool RosterFilterModel::matchesQuickFilter(const QModelIndex &row, QuickFilter filter)
{
    switch (filter) {
    case QuickFilter::Everyone: return true;
    case QuickFilter::InLobby: return row.data(PM::IsInLobbyRole).toBool();
    case QuickFilter::GuestsAndExternal: {
        const IdentityKind kind = kindOf(row);
        return kind == IdentityKind::Guest || kind == IdentityKind::AcsUser || row.data(PM::IsExternalRole).toBool();
    }
    case QuickFilter::Phone: return kindOf(row) == IdentityKind::Phone;
    case QuickFilter::Muted: return row.data(PM::IsMutedRole).toBool();
    case QuickFilter::Invited: {
        const auto state = stateOf(row);
        return state == PM::RowState::Invited || state == PM::RowState::Cancelling;
    }
    }
    return true;
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_frozen && m_frozenRows.contains(row.data(PM::IdRole).toString()))
        return true; // shown when the order was frozen: stays
    if (!matchesQuickFilter(row, m_quickFilter))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = row.data(PM::SearchTextRole).toString().toCaseFolded();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool RosterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_frozen) {
        // Rows keep the places they had; later ones go below them. The view reverses lessThan()
        // for a descending sort, so the comparison follows the sort order.
        constexpr int Later = std::numeric_limits<int>::max();
        const int a = m_frozenRows.value(left.data(PM::IdRole).toString(), Later);
        const int b = m_frozenRows.value(right.data(PM::IdRole).toString(), Later);
        if (a != b || a != Later)
            return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
    }
    static thread_local QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    auto byName = [&] {
        return collator.compare(left.data(PM::DisplayNameRole).toString(), right.data(PM::DisplayNameRole).toString())
               < 0;
    };
    auto tieBreak = [&](auto a, auto b) { return a == b ? byName() : a < b; };
    switch (left.column()) {
    case PM::KindColumn:
        return tieBreak(data(mapFromSource(left), Qt::DisplayRole).toString(),
                        data(mapFromSource(right), Qt::DisplayRole).toString());
    case PM::MutedColumn: return tieBreak(left.data(PM::IsMutedRole).toBool(), right.data(PM::IsMutedRole).toBool());
    case PM::LobbyColumn:
        return tieBreak(left.data(PM::IsInLobbyRole).toBool(), right.data(PM::IsInLobbyRole).toBool());
    case PM::MediaColumn: return tieBreak(mediaOf(left).toInt(), mediaOf(right).toInt());
    case PM::StateColumn: return tieBreak(left.data(PM::StateRole).toInt(), right.data(PM::StateRole).toInt());
    case PM::NameColumn: {
        // Attention first, whichever way the names run: the lobby, then ringing invitations.
        const int a = left.data(PM::NeedsAttentionRole).toInt();
        const int b = right.data(PM::NeedsAttentionRole).toInt();
        if (a != b)
            return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
        return byName();
    }
    default: break;
    }
    const QString a = left.data(Qt::DisplayRole).toString();
    const QString b = right.data(Qt::DisplayRole).toString();
    return a == b ? byName() : collator.compare(a, b) < 0;
}

QVariant RosterFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    if (role == Qt::ForegroundRole && stateOf(source) == PM::RowState::Left)
        return QPalette().brush(QPalette::Disabled, QPalette::Text); // gone: greyed, row and all
    switch (index.column()) {
    case PM::KindColumn: {
        const IdentityKind kind = kindOf(source);
        const bool external = source.data(PM::IsExternalRole).toBool();
        if (source.data(PM::IsOwnParticipantRole).toBool()) {
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return tr("Moderato — this app");
            if (role == Qt::ToolTipRole)
                return tr("How Moderato is in this call: never removed or muted from here.");
        }
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return IdentityPresentation::kindLabel(kind, external);
        case Qt::DecorationRole: return IdentityPresentation::kindIcon(kind, external);
        case Qt::ToolTipRole: return IdentityPresentation::kindDescription(kind, external);
        default: break;
        }
        break;
    }
    case PM::MutedColumn:
        if (role == Qt::DecorationRole && source.data(PM::IsMutedRole).toBool())
            return IdentityPresentation::mutedIcon();
        break;
    case PM::LobbyColumn:
        if (role == Qt::DecorationRole && source.data(PM::IsInLobbyRole).toBool())
            return IdentityPresentation::lobbyIcon();
        break;
    case PM::MediaColumn:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return IdentityPresentation::mediaList(mediaOf(source));
        break;
    case PM::StateColumn:
        if (role == Qt::ForegroundRole && stateOf(source) != PM::RowState::Active)
            return QPalette().brush(QPalette::PlaceholderText);
        break;
    default: break;
    }
    if (role == Qt::ToolTipRole && index.column() == PM::NameColumn) {
        const QVariant tip = QSortFilterProxyModel::data(index, role);
        if (tip.isValid())
            return tip;
        const QString identityId = source.data(PM::IdentityIdRole).toString();
        const QString name = source.data(PM::DisplayNameRole).toString();
        return identityId.isEmpty() || identityId == name ? name : name + QLatin1Char('\n') + identityId;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace moderato
