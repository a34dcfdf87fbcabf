#pragma once
// RosterView: the filter line, the quick filters and the roster table.

#include <QWidget>

#include "ui/roster_filter_model.h"
#include "ui/roster_selection.h"

class QAbstractItemModel;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QTableView;

namespace moderato {

class RosterView : public QWidget
{
    Q_OBJECT
public:
    explicit RosterView(QWidget *parent = nullptr);

    //! \a model is a ParticipantModel (or a model with the same columns and roles).
    void setSourceModel(QAbstractItemModel *model);

    QTableView *tableView() const { return m_table; }
    RosterFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

    //! The selected rows, in view order, reduced to what the actions need.
    QList<SelectedRow> selectedRows() const;
    //! The participant id of the current row, or empty.
    QString currentParticipantId() const;
    void setQuickFilter(RosterFilterModel::QuickFilter filter);

public Q_SLOTS:
    void focusFilter();

Q_SIGNALS:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeColumns();
    void updateEmptyHint();

    QLineEdit *m_filterEdit;
    QButtonGroup *m_quickFilters;
    QTableView *m_table;
    QLabel *m_emptyHint;
    RosterFilterModel *m_filter;
    bool m_columnsSized = false;
};

} // namespace moderato
