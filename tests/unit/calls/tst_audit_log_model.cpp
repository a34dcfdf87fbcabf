// AuditLogModel and AuditLogFilterModel: a growing log appends rows, a rotation that deleted the
// oldest file removes them from the front, anything else resets; labels; filters and the entries
// an export gets. A QAbstractItemModelTester watches every model for the whole test.
#include "core/calls/audit_log_filter_model.h"
#include "core/calls/audit_log_model.h"

#include "unit/calls/audit_entries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace moderato;
using namespace audittest;

namespace {

//! Removals of p1, p2, … one minute apart.
QList<AuditEntry> removals(int from, int to)
{
    QList<AuditEntry> entries;
    for (int n = from; n <= to; ++n)
        entries.append(removed(QStringLiteral("p%1").arg(n), n));
    return entries;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newLinesAreAppendedKeepingIndexes();
    void rotationRemovesTheOldestFromTheFront();
    void anyOtherChangeResets();
    void labelsFallBackToIds();
    void filterModelShowsNewestFirstAndExportsInLogOrder();
    void searchLooksAtEveryField();

private:
    //! A fresh model for each test, with the model tester and the spies on its row changes.
    std::unique_ptr<AuditLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    //! How the model changed since the spies were started (startSpying()): resets, inserts, removals.
    std::unique_ptr<QSignalSpy> m_resets, m_inserted, m_removed;
    void startSpying()
    {
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
        m_inserted = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_removed = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
    }
};

void TestAuditLogModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<AuditLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestAuditLogModel::newLinesAreAppendedKeepingIndexes()
{
    m_model->setEntries(removals(1, 2));
    const QPersistentModelIndex second = m_model->index(1, 0);
    startSpying();
    m_model->setEntries(removals(1, 4));
    QCOMPARE(m_resets->size(), 0);
    QCOMPARE(m_inserted->size(), 1);
    QCOMPARE(m_inserted->first().at(1).toInt(), 2);
    QCOMPARE(m_inserted->first().at(2).toInt(), 3);
    QCOMPARE(second.row(), 1);
    QCOMPARE(targetsOf(m_model->entries()), ids("p1 p2 p3 p4"));
}

void TestAuditLogModel::rotationRemovesTheOldestFromTheFront()
{
    m_model->setEntries(removals(1, 3));
    const QPersistentModelIndex third = m_model->index(2, 0);
    startSpying();
    m_model->setEntries(removals(3, 5));
    QCOMPARE(m_resets->size(), 0);
    QCOMPARE(m_removed->size(), 1);
    QCOMPARE(m_inserted->size(), 1);
    QCOMPARE(third.row(), 0);
    QCOMPARE(targetsOf(m_model->entries()), ids("p3 p4 p5"));
}

void TestAuditLogModel::anyOtherChangeResets()
{
    m_model->setEntries(removals(1, 3));
    startSpying();
    QList<AuditEntry> rewritten = removals(1, 3);
    rewritten[1].outcome = AuditEntry::Outcome::Failed;
    m_model->setEntries(rewritten);
    QCOMPARE(m_resets->size(), 1);
    QCOMPARE(m_model->entry(1).outcome, AuditEntry::Outcome::Failed);
    m_model->setEntries({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAuditLogModel::labelsFallBackToIds()
{
    AuditEntry entry = removed(QStringLiteral("p1"));
    QCOMPARE(AuditLogModel::callLabel(entry), QStringLiteral("call-1"));
    QCOMPARE(AuditLogModel::whoLabel(entry), QStringLiteral("Ada Lovelace"));
    entry.callSubject = QStringLiteral("Press briefing");
    entry.targetName.clear();
    QCOMPARE(AuditLogModel::callLabel(entry), QStringLiteral("Press briefing"));
    QCOMPARE(AuditLogModel::whoLabel(entry), QStringLiteral("p1"));
    AuditLogModel model;
    model.setEntries({entry});
    QCOMPARE(model.index(0, AuditLogModel::CallColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("call-1"));
    QCOMPARE(model.index(0, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data(AuditLogModel::SortRole).toDateTime(), entry.time);
}

void TestAuditLogModel::filterModelShowsNewestFirstAndExportsInLogOrder()
{
    AuditLogModel model;
    AuditLogFilterModel filtered(&model);
    QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<AuditEntry> entries = removals(1, 4);
    entries[2].callId = QStringLiteral("call-2");
    model.setEntries(entries);
    QCOMPARE(filtered.entryAt(filtered.index(0, 0)).targetId, QStringLiteral("p4"));
    AuditLogFilter filter;
    filter.callId = QStringLiteral("call-1");
    filtered.setFilter(filter);
    QCOMPARE(filtered.rowCount(), 3);
    QCOMPARE(targetsOf(filtered.shownEntries()), ids("p1 p2 p4"));
    model.setEntries(removals(1, 5));
    QCOMPARE(filtered.entryAt(filtered.index(0, 0)).targetId, QStringLiteral("p5"));
}

void TestAuditLogModel::searchLooksAtEveryField()
{
    AuditLogModel model;
    AuditLogFilterModel filtered(&model);
    QList<AuditEntry> entries = removals(1, 3);
    entries[0].message = QStringLiteral("403 Forbidden");
    entries[1].requestId = QStringLiteral("req-forbidden-id");
    model.setEntries(entries);
    filtered.setSearchText(QStringLiteral("  FORBIDDEN "));
    QCOMPARE(targetsOf(filtered.shownEntries()), ids("p1 p2"));
    filtered.setSearchText(QStringLiteral("p3"));
    QCOMPARE(targetsOf(filtered.shownEntries()), ids("p3"));
    filtered.setSearchText({});
    QCOMPARE(filtered.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_audit_log_model.moc"
