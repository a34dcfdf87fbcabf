// The roster view keeps the moderator's place: selection, current row and scroll position
// survive row-by-row refreshes and filter changes; clicks and quick filters work as seen.
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "ui/main/roster_fixture.h"
#include "ui/roster_view.h"

using namespace moderato;
using namespace moderato::test;
using PM = ParticipantModel;

namespace {

int sourceRowOf(QStandardItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PM::IdRole).toString() == id)
            return row;
    }
    return -1;
}

QModelIndex viewIndexOf(RosterView &view, const QString &id)
{
    auto *proxy = view.filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(PM::IdRole).toString() == id)
            return proxy->index(row, 0);
    }
    return {};
}

void clickRow(RosterView &view, const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex index = viewIndexOf(view, id);
    QVERIFY2(index.isValid(), qPrintable(id));
    QTest::mouseClick(view.tableView()->viewport(), Qt::LeftButton, modifiers,
                      view.tableView()->visualRect(index).center());
}

QStringList selectedIds(const RosterView &view)
{
    return RosterSelection::ids(view.selectedRows());
}

FakeParticipant person(int i)
{
    return {QStringLiteral("p-%1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0')),
            IdentityKind::User,
            false,
            false,
            false,
            PM::RowState::Active,
            QString()};
}

} // namespace

class TestRosterView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_view = new RosterView;
        m_source = fakeRoster(sampleRoster(), m_view);
        m_view->setSourceModel(m_source);
        m_view->resize(900, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }
    void cleanup() { delete m_view; }

    void clickAndControlClickSelectRows()
    {
        clickRow(*m_view, QStringLiteral("p-ann"));
        clickRow(*m_view, QStringLiteral("p-eve"), Qt::ControlModifier);
        QCOMPARE(selectedIds(*m_view), (QStringList{QStringLiteral("p-ann"), QStringLiteral("p-eve")}));
        QCOMPARE(m_view->currentParticipantId(), QStringLiteral("p-eve"));
        const QList<SelectedRow> rows = m_view->selectedRows();
        QCOMPARE(int(rows.at(1).state), int(SelectedRow::State::Invited));
        QCOMPARE(rows.at(0).name, QStringLiteral("Ann Archer"));
    }

    void selectionSurvivesRowsArrivingAndLeaving()
    {
        clickRow(*m_view, QStringLiteral("p-bo"));
        clickRow(*m_view, QStringLiteral("p-eve"), Qt::ControlModifier);
        m_source->insertRow(0, fakeRow(person(1)));
        m_source->removeRow(sourceRowOf(m_source, QStringLiteral("p-ann")));
        m_source->appendRow(fakeRow(person(2)));
        QCOMPARE(selectedIds(*m_view), (QStringList{QStringLiteral("p-bo"), QStringLiteral("p-eve")}));
        QCOMPARE(m_view->currentParticipantId(), QStringLiteral("p-eve"));
    }

    void selectionSurvivesRowChangesThatReorderTheView()
    {
        clickRow(*m_view, QStringLiteral("p-cy"));
        const int before = viewIndexOf(*m_view, QStringLiteral("p-cy")).row();
        // Cy's name changes so that the sorted view moves the row up, above Ann.
        const int row = sourceRowOf(m_source, QStringLiteral("p-cy"));
        m_source->item(row, PM::NameColumn)->setData(QStringLiteral("Aaron Cy"), PM::DisplayNameRole);
        const int after = viewIndexOf(*m_view, QStringLiteral("p-cy")).row();
        QVERIFY2(after < before && after < viewIndexOf(*m_view, QStringLiteral("p-ann")).row(), "the row moved");
        QCOMPARE(selectedIds(*m_view), QStringList{QStringLiteral("p-cy")});
    }

    void selectionOfRowsStillShownSurvivesFiltering()
    {
        clickRow(*m_view, QStringLiteral("p-bo"));
        clickRow(*m_view, QStringLiteral("p-dee"), Qt::ControlModifier);
        QTest::mouseClick(m_view->findChild<QToolButton *>(QStringLiteral("quickFilterGuests")), Qt::LeftButton);
        QCOMPARE(selectedIds(*m_view), QStringList{QStringLiteral("p-bo")});
        QTest::mouseClick(m_view->findChild<QToolButton *>(QStringLiteral("quickFilterEveryone")), Qt::LeftButton);
        QCOMPARE(m_view->filterModel()->rowCount(), m_source->rowCount());
        QVERIFY(selectedIds(*m_view).contains(QStringLiteral("p-bo")));
    }

    void typingFiltersTheRoster()
    {
        QTest::keyClicks(m_view->filterEdit(), QStringLiteral("fabrikam"));
        QCOMPARE(m_view->filterModel()->rowCount(), 1);
        QCOMPARE(viewIndexOf(*m_view, QStringLiteral("p-bo")).row(), 0);
    }

    void emptyResultSaysSo()
    {
        auto *hint = m_view->findChild<QWidget *>(QStringLiteral("rosterEmptyHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        QTest::keyClicks(m_view->filterEdit(), QStringLiteral("zebra"));
        QVERIFY(hint->isVisible());
        m_view->filterEdit()->clear();
        QVERIFY(!hint->isVisible());
    }

    void scrollPositionSurvivesChurnBelowTheFold()
    {
        for (int i = 10; i < 300; ++i)
            m_source->appendRow(fakeRow(person(i)));
        QScrollBar *bar = m_view->tableView()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const int before = bar->value();
        const QModelIndex top = m_view->tableView()->indexAt(QPoint(5, 5));
        const QString topId = top.data(PM::IdRole).toString();
        // Rows after the visible ones come and go; the rows on screen stay where they are.
        m_source->removeRow(sourceRowOf(m_source, QStringLiteral("p-0299")));
        m_source->appendRow(fakeRow(person(400)));
        QCOMPARE(bar->value(), before);
        QCOMPARE(m_view->tableView()->indexAt(QPoint(5, 5)).data(PM::IdRole).toString(), topId);
    }

    void stateChangesOfSelectedRowsAreAnnounced()
    {
        clickRow(*m_view, QStringLiteral("p-ann"));
        QSignalSpy changed(m_view, &RosterView::selectionChanged);
        const int row = sourceRowOf(m_source, QStringLiteral("p-ann"));
        for (int column = 0; column < PM::ColumnCount; ++column)
            m_source->item(row, column)->setData(int(PM::RowState::Removing), PM::StateRole);
        QVERIFY(changed.count() > 0);
        QCOMPARE(int(m_view->selectedRows().first().state), int(SelectedRow::State::Busy));
    }

    void headersAreNotTruncated()
    {
        auto *header = m_view->tableView()->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(m_source->headerData(column, Qt::Horizontal).toString()));
        }
    }

private:
    RosterView *m_view = nullptr;
    QStandardItemModel *m_source = nullptr;
};

QTEST_MAIN(TestRosterView)
#include "tst_roster_view.moc"
