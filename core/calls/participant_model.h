#pragma once
// ParticipantModel: the roster of the open call as a table, refreshed by diff, never by reset.

#include "core/calls/participant.h"
#include "core/calls/roster_parser.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace moderato {

//! An invitee still ringing, shown as a row until it joins or the invitation ends.
struct InvitedRow
{
    QString participantId; //!< the UUID we sent in the invite request
    QString displayName;
    IdentityKind kind = IdentityKind::User;
    QDateTime invitedAt;
    QString identityId;   //!< user object id or phone number, for search
    bool joining = false; //!< the invitation was accepted; the roster has not shown them yet
};

//! The roster keyed by participant id. apply() diffs a snapshot into the rows and emits only
//! rowsRemoved, rowsInserted (at the end) and dataChanged for what changed, so selections,
//! persistent indexes and scroll positions survive every refresh. The model never resets.
//! Sorting and filtering belong in a QSortFilterProxyModel (SortRole, SearchTextRole).
//!
//! While held (setHeld()), no row goes away and none arrives: people who leave stay as Left
//! rows and newcomers wait, so nothing moves under the moderator's pointer. Releasing the hold
//! catches up with the last roster.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        OrganisationColumn,
        MutedColumn,
        LobbyColumn,
        MediaColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    //! Column-independent roles; Qt::DisplayRole gives each column's translated text.
    enum Role {
        IdRole = Qt::UserRole + 1,
        DisplayNameRole,
        KindRole,     //!< IdentityKind as int
        KindNameRole, //!< identityKindName(): "user", "guest", …
        IdentityIdRole,
        TenantIdRole,
        IsExternalRole, //!< a user of another tenant than setHomeTenantId()
        IsMutedRole,
        IsInLobbyRole,
        MediaRole,            //!< QStringList of live mediaType names ("audio", "video", …)
        StateRole,            //!< RowState as int
        InvitedSinceRole,     //!< QDateTime for invited rows, invalid otherwise
        SearchTextRole,       //!< lower-case name, identity id, phone number and participant id
        ParticipantRole,      //!< the Participant (QVariant::fromValue; cheap, shared)
        SortRole,             //!< per column: the natural value to sort by
        IsOwnParticipantRole, //!< the app's own participant (setOwnApplicationId()): never a target
        NeedsAttentionRole,   //!< int, lower first: 0 waiting in the lobby, 1 ringing, 2 the rest
        HoldStateRole,        //!< HoldState as int: on hold with music, as Moderato knows it
    };
    Q_ENUM(Role)

    //! Left: gone from the call while the model was held; shown greyed until the hold ends.
    enum class RowState { Active, Invited, Removing, Cancelling, Muting, Left };
    Q_ENUM(RowState)

    //! On hold with music (startHoldMusic). Graph's participant resource does not say it, so
    //! Moderato keeps it from its own requests and their operations' outcomes; it ends when the
    //! person leaves the roster or the model is cleared.
    enum class HoldState {
        None,
        Starting,    //!< asked for; Graph has not confirmed it yet ("Putting on hold…")
        OnHold,      //!< Graph confirmed it (the operation completed)
        Unconfirmed, //!< Graph accepted it but its confirmation cannot come (no notifications) or did not
        Resuming,    //!< asked to come back; Graph has not confirmed it yet
    };
    Q_ENUM(HoldState)

    struct Counts
    {
        int inCall = 0; //!< roster rows not in the lobby
        int inLobby = 0;
        int invited = 0; //!< invited rows still ringing
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit ParticipantModel(QObject *parent = nullptr);
    ~ParticipantModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! The clock for "ringing for 12 s". Defaults to QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock);
    //! Decides IsExternalRole and the Organisation column.
    void setHomeTenantId(const QString &tenantId);
    QString homeTenantId() const;
    //! The client id of Moderato's application: its participant is marked and never a target.
    void setOwnApplicationId(const QString &clientId);
    //! Whether \a participantId is the participant whose identity is Moderato's own application.
    bool isOwnParticipant(const QString &participantId) const;
    QString ownApplicationId() const { return m_ownApplicationId; }

    //! Holds the rows still (see the class comment) or, with false, catches up with the roster.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    //! While held: lets the newcomers in (appended) but keeps the Left rows.
    void admitArrivals();
    //! Newcomers waiting for the hold to end.
    int waitingArrivals() const { return int(m_heldArrivals.size()); }

    //! Makes the roster rows equal to \a snapshot (ignored when !snapshot.ok). Rows of
    //! participants that left are removed, new ones appended, changed ones updated in place;
    //! an invited row whose id appears becomes that participant's row. O(n).
    void apply(const RosterSnapshot &snapshot);
    //! Sets the invitees still ringing. Ids already in the roster are ignored; invited rows not
    //! in \a rows leave.
    void setInvitedRows(const QList<InvitedRow> &rows);
    //! Marks rows as waiting for a request (Removing, Cancelling or Muting). Unknown ids are
    //! ignored. A pending row that leaves the roster simply goes.
    void setPending(const QStringList &ids, RowState pending);
    //! Restores rows to Active or Invited, e.g. after a failed request.
    void clearPending(const QStringList &ids);
    //! Sets \a participantId's hold state (ignored for ids not in the roster).
    void setHoldState(const QString &participantId, HoldState state);
    //! None for ids not in the roster.
    HoldState holdState(const QString &participantId) const;
    //! The participant whose hold state is not None (Graph allows one on hold), or empty.
    QString holdParticipant() const;
    //! Empties the model (every row removed) — only for switching to another call.
    void clear();
    //! Tells views the "ringing for N s" texts changed; call it from a one-second timer.
    void refreshElapsed();

    int rowOf(const QString &participantId) const; //!< -1 when absent
    QString idAt(int row) const;
    std::optional<Participant> participant(const QString &participantId) const;
    //! When a roster first showed \a participantId in the call: as near to "joined" as Moderato
    //! can tell. Invalid for whoever was already in the call's first roster, and for unknown ids.
    QDateTime firstSeen(const QString &participantId) const;
    //! When this call's first roster was applied; invalid before.
    QDateTime firstRosterAt() const { return m_firstRosterAt; }
    //! The model's clock (setClock()).
    QDateTime now() const { return m_clock(); }
    //! The participants of the Active rows, in row order: who is in the call to act on (not the
    //! invited, not those with a request pending, not those kept as Left).
    QList<Participant> activeParticipants() const;
    std::optional<RowState> state(const QString &participantId) const;
    Counts counts() const;

Q_SIGNALS:
    //! Emitted after any change that may change counts().
    void countsChanged();

private:
    struct Row
    {
        Participant participant;
        //! Invited: when the invitation went out. In the call: when a roster first showed them
        //! (invalid for those already in the call's first roster).
        QDateTime since;
        bool invited = false;
        RowState pending = RowState::Active; //!< Active = nothing pending
        bool left = false;                   //!< gone while held
        bool joining = false;                //!< an invited row whose invitation was accepted
        HoldState hold = HoldState::None;
    };

    const Row &rowAt(int row) const { return m_rows[row < m_gapStart ? row : row + m_gapLen]; }
    Row &rowAt(int row) { return m_rows[row < m_gapStart ? row : row + m_gapLen]; }
    int toRow(qsizetype slot) const { return int(slot < m_gapStart ? slot : slot - m_gapLen); }

    void removeSortedRows(const QList<qsizetype> &rows);
    void appendRows(QList<Row> &&rows);
    void emitChanged(const QList<quint16> &aspectsByRow);
    void emitChanged(int row, quint16 aspects);
    RowState rowState(const Row &row) const;
    bool isExternal(const Participant &p) const;
    bool isOwn(const Participant &p) const;
    //! While held: marks these rows Left instead of removing them.
    void markLeft(const QList<qsizetype> &leaving);
    QVariant displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString stateText(const Row &row) const;
    int attention(const Row &row) const;
    QString organisationText(const Participant &p) const;

    // m_rows is a gap buffer while rows are being removed: slots [m_gapStart, m_gapStart +
    // m_gapLen) are dead. Outside removeSortedRows() the gap is empty.
    QList<Row> m_rows;
    qsizetype m_gapStart = 0;
    qsizetype m_gapLen = 0;
    QHash<QString, qsizetype> m_slotById;
    QString m_homeTenantId;
    QString m_ownApplicationId;
    std::function<QDateTime()> m_clock;
    QDateTime m_firstRosterAt;
    bool m_held = false;
    QList<Row> m_heldArrivals; //!< the newcomers of the last roster applied while held
};

} // namespace moderato
