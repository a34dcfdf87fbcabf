#pragma once
// RosterView: the filter line, the quick filters and the roster table.

#include <QHash>
#include <QWidget>

#include "ui/roster_filter_model.h"
#include "ui/roster_selection.h"

class QAbstractItemModel;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace moderato {

class RosterHold;

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

    //! The selected rows, in view order, reduced to what the actions need. Only rows the filter
    //! shows can be selected: a filter that hides a selected row drops it from the selection.
    QList<SelectedRow> selectedRows() const;
    //! Keeps the rows still (see RosterHold) until letGo(): while a menu or a question is open.
    void holdStill();
    void letGo();
    RosterHold *hold() const { return m_hold; }
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
    void resizeEvent(QResizeEvent *event) override;

private:
    void sizeColumns();
    void fitColumnsToWidth();
    void updateEmptyHint();
    //! Quick filters as buttons where there is room, else as one drop-down list.
    void fitQuickFilters();

    QLineEdit *m_filterEdit;
    QButtonGroup *m_quickFilters;
    QComboBox *m_quickFilterList;
    int m_quickFilterButtonsWidth = 0;
    QHash<int, int> m_columnWidths; //!< each column's natural width, from sizeColumns()
    QTableView *m_table;
    QLabel *m_emptyHint;
    RosterFilterModel *m_filter;
    RosterHold *m_hold;
    bool m_columnsSized = false;
};

} // namespace moderato
