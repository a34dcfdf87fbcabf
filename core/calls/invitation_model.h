#pragma once
// InvitationModel: every invitation sent in the open call, with its status and where it came from.

#include "core/calls/invitation.h"
#include "core/calls/participant_model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace moderato {

//! One row per invitee. Updates are row by row (dataChanged); rows are only ever appended, and
//! only clear() resets. Time comes from setClock() so nothing here needs real waiting.
class InvitationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhoColumn, SentColumn, StatusColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        InviteeNameRole, //!< InvitationInvitee::label()
        InviteeKindRole, //!< IdentityKind as int
        InviteeIdRole,
        ClientContextRole,
        OperationIdRole,
        OperationStatusRole, //!< OperationStatus as int
        OutcomeRole,         //!< InvitationOutcome as int
        SourceRole,          //!< StatusSource as int
        SentAtRole,
        EndedAtRole,
        ElapsedSecondsRole,
        ResultCodeRole, //!< int, or invalid QVariant
        ResultSubcodeRole,
        ResultMessageRole,
        IsPendingRole,    //!< still ringing
        IsCancellingRole, //!< a cancel request is in flight
        CanCancelRole,    //!< ringing and not already being cancelled
        CanRetryRole,     //!< ended without connecting
        InvitationRole,   //!< the Invitation as a QVariant
        SortRole,         //!< per column: the natural value to sort by
    };
    Q_ENUM(Role)

    explicit InvitationModel(QObject *parent = nullptr);
    ~InvitationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setClock(std::function<QDateTime()> clock); //!< default QDateTime::currentDateTimeUtc
    void setRingingTimeout(int seconds);             //!< default 60
    int ringingTimeout() const;

    //! Appends invitations (one batch of rowsInserted). An id already present is updated in place.
    void add(const QList<Invitation> &invitations);
    //! Applies what an operation says to the invitations it covers (same operation id, or same
    //! clientContext when the id is unknown or null). Terminal statuses set the outcome from
    //! resultInfo; an ended invitation keeps its outcome, except that a timed-out one may still
    //! turn out connected.
    void applyOperation(const OperationInfo &operation, StatusSource source);
    //! Our participantId appeared in the roster: the invitee is connected, whatever we thought.
    void markJoined(const QString &participantId);
    //! The DELETE of a ringing invitation succeeded.
    void markCancelled(const QString &participantId);
    //! Ends every invitation ringing for at least ringingTimeout() seconds at \a now as NoAnswer.
    void markTimedOut(const QDateTime &now);
    //! The invite request itself failed for these invitees.
    void markFailed(const QStringList &participantIds, const QString &message, const ResultInfo &result = {});
    //! Marks a cancel request as in flight (or no longer).
    void setCancelling(const QStringList &participantIds, bool cancelling);
    //! markTimedOut(clock()) and tells views the "Ringing — N s" texts changed; call every second.
    void tick();
    //! Forgets every invitation (every row removed) — only for switching to another call.
    void clear();

    QStringList pendingParticipantIds() const;
    std::optional<Invitation> invitation(const QString &participantId) const;
    int rowOf(const QString &participantId) const; //!< -1 when absent
    //! The invitations still ringing, as rows for ParticipantModel::setInvitedRows().
    QList<InvitedRow> ringingRows() const;
    //! The invitations that ended connected.
    QList<Invitation> connectedInvitations() const;

Q_SIGNALS:
    //! An invitation stopped ringing (connected, declined, cancelled, timed out, failed…).
    void invitationFinished(const moderato::Invitation &invitation);

private:
    struct Row
    {
        Invitation invitation;
        bool cancelling = false;
    };

    void changed(int row, const Row &before);
    void finish(int row, InvitationOutcome outcome, StatusSource source, const ResultInfo &result);
    QString statusText(const Row &row) const;
    QString statusDetails(const Row &row) const;
    QVariant displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    std::function<QDateTime()> m_clock;
    int m_ringingTimeout = 60;
};

} // namespace moderato
