#include "core/calls/participant_model.h"

#include "core/calls/roster_diff.h"

#include <vector>

namespace moderato {

using namespace rosterdiff;

namespace {

Participant invitedParticipant(const InvitedRow &invited)
{
    Participant p;
    p.setId(invited.participantId);
    const ParticipantIdentity identity{invited.kind, invited.identityId, invited.displayName, {}};
    if (!identity.isEmpty()) {
        p.setIdentities({identity});
    } else {
        p.setKind(invited.kind);
        p.setDisplayName(invited.participantId);
    }
    return p;
}

} // namespace

ParticipantModel::ParticipantModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

ParticipantModel::~ParticipantModel() = default;

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() - m_gapLen);
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ParticipantModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void ParticipantModel::setHomeTenantId(const QString &tenantId)
{
    if (tenantId == m_homeTenantId)
        return;
    m_homeTenantId = tenantId;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, OrganisationColumn), index(rowCount() - 1, OrganisationColumn),
                           rolesFor(Organisation));
    }
}

QString ParticipantModel::homeTenantId() const
{
    return m_homeTenantId;
}

void ParticipantModel::setOwnApplicationId(const QString &clientId)
{
    if (clientId == m_ownApplicationId)
        return;
    m_ownApplicationId = clientId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ParticipantModel::isOwn(const Participant &p) const
{
    if (m_ownApplicationId.isEmpty())
        return false;
    const auto app = p.identity(IdentityKind::Application);
    return app && app->id.compare(m_ownApplicationId, Qt::CaseInsensitive) == 0;
}

bool ParticipantModel::isOwnParticipant(const QString &participantId) const
{
    const int row = rowOf(participantId);
    return row >= 0 && isOwn(rowAt(row).participant);
}

void ParticipantModel::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held)
        return;
    // Catch up: the Left rows go, the newcomers come.
    QList<qsizetype> gone;
    for (qsizetype slot = 0; slot < m_rows.size(); ++slot) {
        if (m_rows[slot].left)
            gone.append(slot);
    }
    removeSortedRows(gone);
    admitArrivals();
    if (!gone.isEmpty())
        Q_EMIT countsChanged();
}

void ParticipantModel::admitArrivals()
{
    QList<Row> arrivals;
    for (Row &row : m_heldArrivals) {
        if (!m_slotById.contains(row.participant.id()))
            arrivals.append(std::move(row));
    }
    m_heldArrivals.clear();
    if (arrivals.isEmpty())
        return;
    appendRows(std::move(arrivals));
    Q_EMIT countsChanged();
}

void ParticipantModel::markLeft(const QList<qsizetype> &leaving)
{
    QList<quint16> aspects(m_rows.size(), 0);
    for (qsizetype slot : leaving) {
        Row &row = m_rows[slot];
        if (row.left)
            continue;
        row.left = true;
        row.hold = HoldState::None; // whoever leaves the call is no longer on hold
        aspects[slot] = State;
    }
    emitChanged(aspects);
}

void ParticipantModel::apply(const RosterSnapshot &snapshot)
{
    if (!snapshot.ok)
        return;
    const qsizetype existing = m_rows.size();
    QList<quint16> aspects(existing, 0);
    std::vector<char> seen(size_t(existing), 0);
    QList<Row> added;

    for (const Participant &p : snapshot.participants) {
        if (!p.isValid())
            continue;
        const auto it = m_slotById.constFind(p.id());
        if (it == m_slotById.constEnd()) {
            // Provisional slot past the end: lets a duplicate id in a hand-made snapshot find it.
            m_slotById.insert(p.id(), existing + added.size());
            added.append(Row{p, {}, false, RowState::Active});
            continue;
        }
        const qsizetype slot = *it;
        if (slot >= existing) {
            added[slot - existing].participant = p;
            continue;
        }
        seen[size_t(slot)] = 1;
        Row &row = m_rows[slot];
        quint16 changed = changedAspects(row.participant, p);
        if (row.invited) {
            row.invited = false;
            row.joining = false;
            row.since = m_clock(); // the invitation was answered: they joined now
            changed |= State | Other;
        }
        if (row.left) { // back before the hold ended
            row.left = false;
            changed |= State;
        }
        if (changed) {
            row.participant = p;
            aspects[slot] |= changed;
        }
    }
    emitChanged(aspects);

    QList<qsizetype> gone;
    for (qsizetype slot = 0; slot < existing; ++slot) {
        if (!seen[size_t(slot)] && !m_rows[slot].invited)
            gone.append(slot);
    }
    const bool countsMayChange =
        !gone.isEmpty() || !added.isEmpty()
        || std::any_of(aspects.cbegin(), aspects.cend(), [](quint16 a) { return a & (Lobby | State); });
    // The first roster of a call comes in whole, hold or not: there is nothing to keep still.
    const bool firstRoster = std::none_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.invited; });
    // Arrivals after the first roster are stamped: "who joined in the last N minutes".
    if (m_firstRosterAt.isValid()) {
        const QDateTime now = m_clock();
        for (Row &row : added)
            row.since = now;
    } else {
        m_firstRosterAt = m_clock();
    }
    if (m_held && !firstRoster) {
        markLeft(gone);
        for (const Row &row : std::as_const(added))
            m_slotById.remove(row.participant.id());
        m_heldArrivals = std::move(added);
    } else {
        removeSortedRows(gone);
        appendRows(std::move(added));
    }
    if (countsMayChange)
        Q_EMIT countsChanged();
}

void ParticipantModel::setInvitedRows(const QList<InvitedRow> &rows)
{
    const qsizetype existing = m_rows.size();
    QList<quint16> aspects(existing, 0);
    std::vector<char> keep(size_t(existing), 0);
    QList<Row> added;

    for (const InvitedRow &invited : rows) {
        if (invited.participantId.isEmpty())
            continue;
        const Participant p = invitedParticipant(invited);
        const auto it = m_slotById.constFind(invited.participantId);
        if (it == m_slotById.constEnd()) {
            m_slotById.insert(invited.participantId, existing + added.size());
            added.append(Row{p, invited.invitedAt, true, RowState::Active, false, invited.joining});
            continue;
        }
        const qsizetype slot = *it;
        if (slot >= existing) {
            added[slot - existing] = Row{p, invited.invitedAt, true, RowState::Active, false, invited.joining};
            continue;
        }
        Row &row = m_rows[slot];
        if (!row.invited || row.left)
            continue; // already in the roster (the real participant wins), or ended while held
        keep[size_t(slot)] = 1;
        quint16 changed = changedAspects(row.participant, p);
        if (row.since != invited.invitedAt || row.joining != invited.joining)
            changed |= State;
        row.joining = invited.joining;
        if (changed) {
            row.participant = p;
            row.since = invited.invitedAt;
            aspects[slot] |= changed;
        }
    }
    emitChanged(aspects);

    QList<qsizetype> gone;
    for (qsizetype slot = 0; slot < existing; ++slot) {
        if (m_rows[slot].invited && !keep[size_t(slot)])
            gone.append(slot);
    }
    if (m_held)
        markLeft(gone);
    else
        removeSortedRows(gone);
    // New invitations come in even while held: the moderator just sent them, and they are
    // appended, so nothing above them moves.
    const bool countsMayChange = !gone.isEmpty() || !added.isEmpty();
    appendRows(std::move(added));
    if (countsMayChange)
        Q_EMIT countsChanged();
}

void ParticipantModel::setPending(const QStringList &ids, RowState pending)
{
    if (pending == RowState::Invited)
        pending = RowState::Active; // "invited" is not something one waits for
    for (const QString &id : ids) {
        const auto it = m_slotById.constFind(id);
        if (it == m_slotById.constEnd() || *it >= m_rows.size())
            continue;
        Row &row = m_rows[*it];
        if (row.pending == pending)
            continue;
        row.pending = pending;
        emitChanged(toRow(*it), State);
    }
}

void ParticipantModel::clearPending(const QStringList &ids)
{
    setPending(ids, RowState::Active);
}

void ParticipantModel::setHoldState(const QString &participantId, HoldState state)
{
    const auto it = m_slotById.constFind(participantId);
    if (it == m_slotById.constEnd() || *it >= m_rows.size())
        return;
    Row &row = m_rows[*it];
    if (row.hold == state || (row.left && state != HoldState::None))
        return;
    row.hold = state;
    emitChanged(toRow(*it), State);
}

ParticipantModel::HoldState ParticipantModel::holdState(const QString &participantId) const
{
    const int row = rowOf(participantId);
    return row < 0 ? HoldState::None : rowAt(row).hold;
}

QString ParticipantModel::holdParticipant() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row).hold != HoldState::None)
            return rowAt(row).participant.id();
    }
    return {};
}

void ParticipantModel::clear()
{
    // Used when another call is opened. One removal of every row rather than a reset: views and
    // proxies handle it as an ordinary change.
    m_heldArrivals.clear();
    m_firstRosterAt = {};
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_rows.clear();
    m_slotById.clear();
    m_heldArrivals.clear();
    m_gapStart = m_gapLen = 0;
    endRemoveRows();
    Q_EMIT countsChanged();
}

void ParticipantModel::refreshElapsed()
{
    QList<quint16> aspects(m_rows.size(), 0);
    for (qsizetype slot = 0; slot < m_rows.size(); ++slot) {
        if (m_rows[slot].invited && !m_rows[slot].left && !m_rows[slot].joining)
            aspects[slot] = Elapsed;
    }
    emitChanged(aspects);
}

int ParticipantModel::rowOf(const QString &participantId) const
{
    const auto it = m_slotById.constFind(participantId);
    if (it == m_slotById.constEnd() || *it >= m_rows.size())
        return -1;
    return toRow(*it);
}

QString ParticipantModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return rowAt(row).participant.id();
}

QList<Participant> ParticipantModel::activeParticipants() const
{
    QList<Participant> people;
    for (int row = 0; row < rowCount(); ++row) {
        const QString id = idAt(row);
        if (state(id) == RowState::Active)
            if (const auto p = participant(id))
                people.append(*p);
    }
    return people;
}

QDateTime ParticipantModel::firstSeen(const QString &participantId) const
{
    const auto it = m_slotById.constFind(participantId);
    if (it == m_slotById.constEnd() || *it >= m_rows.size())
        return {};
    const Row &row = m_rows.at(*it);
    return row.invited ? QDateTime() : row.since;
}

std::optional<Participant> ParticipantModel::participant(const QString &participantId) const
{
    const int row = rowOf(participantId);
    if (row < 0)
        return std::nullopt;
    return rowAt(row).participant;
}

std::optional<ParticipantModel::RowState> ParticipantModel::state(const QString &participantId) const
{
    const int row = rowOf(participantId);
    if (row < 0)
        return std::nullopt;
    return rowState(rowAt(row));
}

ParticipantModel::Counts ParticipantModel::counts() const
{
    Counts counts;
    for (int row = 0; row < rowCount(); ++row) {
        const Row &r = rowAt(row);
        if (r.left)
            continue;
        if (r.invited)
            ++counts.invited;
        else if (r.participant.isInLobby())
            ++counts.inLobby;
        else
            ++counts.inCall;
    }
    return counts;
}

ParticipantModel::RowState ParticipantModel::rowState(const Row &row) const
{
    if (row.left)
        return RowState::Left;
    if (row.pending != RowState::Active)
        return row.pending;
    return row.invited ? RowState::Invited : RowState::Active;
}

// Removes rows given as ascending doomed (no gap on entry), one rowsRemoved per contiguous range.
// Ranges go front to back while a gap buffer closes behind them, so every row moves at most once:
// O(n) however scattered the removals are. Between signals, rowAt()/rowOf() see the gap.
void ParticipantModel::removeSortedRows(const QList<qsizetype> &doomed)
{
    if (doomed.isEmpty())
        return;
    Q_ASSERT(m_gapLen == 0);
    qsizetype write = 0; // first dead slot
    qsizetype read = 0;  // first live slot after the gap
    const auto closeGapUpTo = [&](qsizetype end) {
        if (read == write) {
            read = write = end;
            return;
        }
        for (; read < end; ++read, ++write) {
            m_rows[write] = std::move(m_rows[read]);
            m_slotById[m_rows[write].participant.id()] = write;
        }
    };
    qsizetype removed = 0;
    for (qsizetype i = 0; i < doomed.size();) {
        const qsizetype first = doomed[i];
        qsizetype last = first;
        while (++i < doomed.size() && doomed[i] == last + 1)
            ++last;
        closeGapUpTo(first);
        m_gapStart = write;
        m_gapLen = read - write;
        beginRemoveRows({}, int(first - removed), int(last - removed));
        for (qsizetype slot = first; slot <= last; ++slot)
            m_slotById.remove(m_rows[slot].participant.id());
        read = last + 1;
        m_gapLen = read - write;
        removed += last - first + 1;
        endRemoveRows();
    }
    closeGapUpTo(m_rows.size());
    m_rows.resize(write);
    m_gapStart = m_gapLen = 0;
}

void ParticipantModel::appendRows(QList<Row> &&rows)
{
    if (rows.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.reserve(m_rows.size() + rows.size());
    for (Row &row : rows) {
        m_slotById.insert(row.participant.id(), m_rows.size());
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

// One dataChanged per run of adjacent changed rows, spanning the columns and roles that changed.
void ParticipantModel::emitChanged(const QList<quint16> &aspectsBySlot)
{
    Q_ASSERT(m_gapLen == 0);
    for (qsizetype slot = 0; slot < aspectsBySlot.size();) {
        if (!aspectsBySlot[slot]) {
            ++slot;
            continue;
        }
        const qsizetype first = slot;
        quint16 aspects = 0;
        for (; slot < aspectsBySlot.size() && aspectsBySlot[slot]; ++slot)
            aspects |= aspectsBySlot[slot];
        const auto [firstColumn, lastColumn] = columnsFor(aspects);
        Q_EMIT dataChanged(index(int(first), firstColumn), index(int(slot - 1), lastColumn), rolesFor(aspects));
    }
}

void ParticipantModel::emitChanged(int row, quint16 aspects)
{
    const auto [firstColumn, lastColumn] = columnsFor(aspects);
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn), rolesFor(aspects));
}

} // namespace moderato
