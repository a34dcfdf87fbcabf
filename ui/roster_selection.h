#pragma once
// RosterSelection: what the moderator may do with the selected rows, and how to ask them first.
// Kept apart from the widgets so the rules (and their wording) are tested on their own.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace moderato {

//! One selected roster row, reduced to what the actions need.
struct SelectedRow
{
    //! Busy: an action on it is in flight, or the person has left.
    enum class State { Active, Invited, Busy };
    QString id;
    QString name;
    State state = State::Active;
    bool muted = false;
    bool own = false; //!< Moderato's own participant: never removed or muted from here
    bool inLobby = false;
    //! On hold with music, as Moderato knows it: Pending while Graph has not confirmed a change.
    enum class Hold { None, Pending, OnHold };
    Hold hold = Hold::None;
};

//! What the Delete key means for a selection: each row gets what its state allows.
enum class DeleteMeaning { Nothing, Remove, Cancel, RemoveAndCancel };

//! A question for the moderator before something irreversible.
struct Confirmation
{
    QString title;
    QString text;
};

class RosterSelection
{
    Q_DECLARE_TR_FUNCTIONS(moderato::RosterSelection)
public:
    RosterSelection() = default;
    explicit RosterSelection(const QList<SelectedRow> &rows);

    const QList<SelectedRow> &rows() const { return m_rows; }
    QList<SelectedRow> removable() const;   //!< active rows, not Moderato's own
    QList<SelectedRow> cancellable() const; //!< invited rows
    QList<SelectedRow> muteTargets() const; //!< active rows not yet muted, not Moderato's own

    bool canRemove() const { return !removable().isEmpty(); }
    bool canCancel() const { return !cancellable().isEmpty(); }
    bool canMute() const { return !muteTargets().isEmpty(); }
    bool canCopyId() const { return m_rows.size() == 1; }
    //! Put on Hold: exactly one person in the call (not in the lobby, not Moderato's own) who
    //! is not on hold.
    bool canHold() const;
    //! Resume: exactly one person in the call who is on hold (or may be).
    bool canResume() const;
    DeleteMeaning deleteMeaning() const;

    static QStringList ids(const QList<SelectedRow> &rows);

    //! "Remove Jane Doe from the call?", "Remove 3 participants from the call?" with the names,
    //! "Cancel the invitation to …?", or both lists for a mixed selection.
    static Confirmation deleteConfirmation(const QList<SelectedRow> &toRemove, const QList<SelectedRow> &toCancel);
    //! Names as a bulleted list, at most \a limit of them, then "… and N more".
    static QString bulletedNames(const QList<SelectedRow> &rows, int limit = 10);

private:
    QList<SelectedRow> m_rows;
};

} // namespace moderato
