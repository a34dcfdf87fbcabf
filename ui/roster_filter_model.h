#pragma once
// RosterFilterModel: filters and sorts the roster for the view and dresses it with icons.
// It never resets: filter changes remove and insert rows, so selection and the current row of
// rows still shown survive, as they survive the source model's row-by-row refreshes.

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace moderato {

class RosterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class QuickFilter { Everyone, InLobby, GuestsAndExternal, Phone, Muted, Invited };
    Q_ENUM(QuickFilter)

    explicit RosterFilterModel(QObject *parent = nullptr);

    //! Every word of \a text must appear in the row's search text (name, address, ids),
    //! ignoring case.
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quickFilter; }

    //! Whether a source row passes \a filter (ignoring the filter text); used for counts too.
    static bool matchesQuickFilter(const QModelIndex &sourceRow, QuickFilter filter);

    //! Keeps the rows shown where they are: they stay shown and in their order whatever changes,
    //! and rows that come later are sorted after them. A new filter freezes the new picture.
    void freezeOrder();
    //! Sorts and filters everything again.
    void thawOrder();
    bool isFrozen() const { return m_frozen; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QStringList m_words;
    bool m_frozen = false;
    QHash<QString, int> m_frozenRows; //!< participant id → row while frozen
    QuickFilter m_quickFilter = QuickFilter::Everyone;
};

} // namespace moderato
