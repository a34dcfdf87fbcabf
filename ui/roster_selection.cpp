#include "ui/roster_selection.h"

#include <QCoreApplication>

namespace moderato {

namespace {

QList<SelectedRow> rowsWhere(const QList<SelectedRow> &rows, auto predicate)
{
    QList<SelectedRow> result;
    for (const SelectedRow &row : rows) {
        if (predicate(row))
            result.append(row);
    }
    return result;
}

} // namespace

RosterSelection::RosterSelection(const QList<SelectedRow> &rows)
    : m_rows(rows)
{}

QList<SelectedRow> RosterSelection::removable() const
{
    return rowsWhere(m_rows, [](const SelectedRow &r) { return r.state == SelectedRow::State::Active && !r.own; });
}

QList<SelectedRow> RosterSelection::cancellable() const
{
    return rowsWhere(m_rows, [](const SelectedRow &r) { return r.state == SelectedRow::State::Invited; });
}

QList<SelectedRow> RosterSelection::muteTargets() const
{
    return rowsWhere(m_rows,
                     [](const SelectedRow &r) { return r.state == SelectedRow::State::Active && !r.muted && !r.own; });
}

bool RosterSelection::canHold() const
{
    if (m_rows.size() != 1)
        return false;
    const SelectedRow &row = m_rows.first();
    return row.state == SelectedRow::State::Active && !row.own && !row.inLobby && row.hold == SelectedRow::Hold::None;
}

bool RosterSelection::canResume() const
{
    return m_rows.size() == 1 && m_rows.first().state == SelectedRow::State::Active
           && m_rows.first().hold == SelectedRow::Hold::OnHold;
}

DeleteMeaning RosterSelection::deleteMeaning() const
{
    const bool remove = canRemove();
    const bool cancel = canCancel();
    if (remove && cancel)
        return DeleteMeaning::RemoveAndCancel;
    if (remove)
        return DeleteMeaning::Remove;
    if (cancel)
        return DeleteMeaning::Cancel;
    return DeleteMeaning::Nothing;
}

QStringList RosterSelection::ids(const QList<SelectedRow> &rows)
{
    QStringList result;
    result.reserve(rows.size());
    for (const SelectedRow &row : rows)
        result.append(row.id);
    return result;
}

QString RosterSelection::bulletedNames(const QList<SelectedRow> &rows, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i)
        lines.append(QStringLiteral("• ") + rows.at(i).name);
    if (rows.size() > limit)
        lines.append(tr("… and %n more", nullptr, int(rows.size() - limit)));
    return lines.join(QLatin1Char('\n'));
}

Confirmation RosterSelection::deleteConfirmation(const QList<SelectedRow> &toRemove, const QList<SelectedRow> &toCancel)
{
    Confirmation c;
    if (!toRemove.isEmpty() && !toCancel.isEmpty()) {
        c.title = tr("Remove participants and cancel invitations");
        c.text = tr("%n participants will be removed from the call:", nullptr, int(toRemove.size())) + QLatin1Char('\n')
                 + bulletedNames(toRemove) + QStringLiteral("\n\n")
                 + tr("%n invitations will be cancelled:", nullptr, int(toCancel.size())) + QLatin1Char('\n')
                 + bulletedNames(toCancel) + QStringLiteral("\n\n") + tr("Continue?");
    } else if (toRemove.size() == 1) {
        c.title = tr("Remove participant");
        c.text = tr("Remove %1 from the call?").arg(toRemove.first().name);
    } else if (!toRemove.isEmpty()) {
        c.title = tr("Remove participants");
        c.text = tr("Remove %n participants from the call?", nullptr, int(toRemove.size())) + QStringLiteral("\n\n")
                 + bulletedNames(toRemove);
    } else if (toCancel.size() == 1) {
        c.title = tr("Cancel invitation");
        c.text = tr("Cancel the invitation to %1?").arg(toCancel.first().name);
    } else if (!toCancel.isEmpty()) {
        c.title = tr("Cancel invitations");
        c.text = tr("Cancel %n invitations?", nullptr, int(toCancel.size())) + QStringLiteral("\n\n")
                 + bulletedNames(toCancel);
    }
    return c;
}

} // namespace moderato
