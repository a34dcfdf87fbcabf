// The roster's filter and sort proxy: text filter, quick filters, icons and words for the
// identity kind, and no reset when the filter changes.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ui/main/roster_fixture.h"
#include "ui/roster_filter_model.h"
#include "support/test_columns.h"

using namespace moderato;
using namespace moderato::test;
using PM = ParticipantModel;
using QF = RosterFilterModel::QuickFilter;

namespace {

QStringList visibleIds(const RosterFilterModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(PM::IdRole).toString());
    return ids;
}

} // namespace

class TestRosterFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_source = fakeRoster(sampleRoster(), this);
        m_proxy = new RosterFilterModel(this);
        m_proxy->setSourceModel(m_source);
        m_proxy->sort(PM::NameColumn);
        m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }
    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_source;
    }

    void textFilter_data()
    {
        testing::addColumns<QString, QStringList>({"text", "expected"});
        QTest::newRow("empty shows everyone")
            << QString() << QStringList{QStringLiteral("p-dee"), QStringLiteral("p-ann"), QStringLiteral("p-bo"),
                                        QStringLiteral("p-cy"),  QStringLiteral("p-eve"), QStringLiteral("p-app")};
        QTest::newRow("part of a name, any case") << QStringLiteral("BERG") << QStringList{QStringLiteral("p-bo")};
        QTest::newRow("address") << QStringLiteral("fabrikam.com") << QStringList{QStringLiteral("p-bo")};
        QTest::newRow("phone digits") << QStringLiteral("5550123") << QStringList{QStringLiteral("p-dee")};
        QTest::newRow("participant id") << QStringLiteral("p-eve") << QStringList{QStringLiteral("p-eve")};
        QTest::newRow("every word must match") << QStringLiteral("contoso ann") << QStringList{QStringLiteral("p-ann")};
        QTest::newRow("surrounding spaces ignored")
            << QStringLiteral("  early  ") << QStringList{QStringLiteral("p-eve")};
        QTest::newRow("nothing matches") << QStringLiteral("zebra") << QStringList{};
    }
    void textFilter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setFilterText(text);
        QCOMPARE(visibleIds(*m_proxy), expected);
    }

    void quickFilter_data()
    {
        testing::addColumns<int, QStringList>({"filter", "expected"});
        QTest::newRow("in lobby") << int(QF::InLobby) << QStringList{QStringLiteral("p-cy")};
        QTest::newRow("guests and external")
            << int(QF::GuestsAndExternal) << QStringList{QStringLiteral("p-bo"), QStringLiteral("p-cy")};
        QTest::newRow("phone") << int(QF::Phone) << QStringList{QStringLiteral("p-dee")};
        QTest::newRow("muted") << int(QF::Muted) << QStringList{QStringLiteral("p-dee"), QStringLiteral("p-bo")};
        QTest::newRow("invited") << int(QF::Invited) << QStringList{QStringLiteral("p-eve")};
    }
    void quickFilter()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, expected);
        m_proxy->setQuickFilter(static_cast<QF>(filter));
        QCOMPARE(visibleIds(*m_proxy), expected);
    }

    void textAndQuickFilterCombine()
    {
        m_proxy->setQuickFilter(QF::Muted);
        m_proxy->setFilterText(QStringLiteral("bo"));
        QCOMPARE(visibleIds(*m_proxy), QStringList{QStringLiteral("p-bo")});
    }

    void filterChangesNeverReset()
    {
        QSignalSpy resets(m_proxy, &QAbstractItemModel::modelAboutToBeReset);
        m_proxy->setFilterText(QStringLiteral("a"));
        m_proxy->setQuickFilter(QF::Muted);
        m_proxy->setFilterText(QString());
        m_proxy->setQuickFilter(QF::Everyone);
        QCOMPARE(resets.count(), 0);
    }

    void kindColumnShowsIconWordsAndTooltip_data()
    {
        testing::addColumns<QString, QString>({"id", "label"});
        QTest::newRow("member") << QStringLiteral("p-ann") << QStringLiteral("Member");
        QTest::newRow("external") << QStringLiteral("p-bo") << QStringLiteral("External user");
        QTest::newRow("guest") << QStringLiteral("p-cy") << QStringLiteral("Guest");
        QTest::newRow("phone") << QStringLiteral("p-dee") << QStringLiteral("Phone");
        QTest::newRow("app") << QStringLiteral("p-app") << QStringLiteral("App");
    }
    void kindColumnShowsIconWordsAndTooltip()
    {
        QFETCH(QString, id);
        QFETCH(QString, label);
        m_proxy->setFilterText(id);
        QCOMPARE(m_proxy->rowCount(), 1);
        const QModelIndex kind = m_proxy->index(0, PM::KindColumn);
        QCOMPARE(kind.data(Qt::DisplayRole).toString(), label);
        QCOMPARE(kind.data(Qt::AccessibleTextRole).toString(), label);
        QVERIFY(!kind.data(Qt::ToolTipRole).toString().isEmpty());
        const QIcon icon = kind.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.pixmap(16, 16).isNull(), "the kind icon must load from the resources");
    }

    void mutedAndLobbyCellsCarryIcons()
    {
        m_proxy->setFilterText(QStringLiteral("p-bo"));
        QVERIFY(!m_proxy->index(0, PM::MutedColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!m_proxy->index(0, PM::LobbyColumn).data(Qt::DecorationRole).isValid());
        m_proxy->setFilterText(QStringLiteral("p-cy"));
        QVERIFY(!m_proxy->index(0, PM::LobbyColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void mediaColumnSpeaksItsIcons()
    {
        m_proxy->setFilterText(QStringLiteral("p-ann"));
        QCOMPARE(m_proxy->index(0, PM::MediaColumn).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Audio"));
    }

    void sortsByStateThenName()
    {
        m_proxy->sort(PM::StateColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds(*m_proxy).first(), QStringLiteral("p-eve"));
    }

    void newRowsObeyTheFilter()
    {
        m_proxy->setQuickFilter(QF::InLobby);
        m_source->appendRow(fakeRow({QStringLiteral("p-new"), QStringLiteral("Neo Lobby"), IdentityKind::Guest, false,
                                     false, true, PM::RowState::Active, QString()}));
        m_source->appendRow(fakeRow({QStringLiteral("p-new2"), QStringLiteral("Nia Joined"), IdentityKind::User, false,
                                     false, false, PM::RowState::Active, QString()}));
        QCOMPARE(visibleIds(*m_proxy), (QStringList{QStringLiteral("p-cy"), QStringLiteral("p-new")}));
    }

private:
    QStandardItemModel *m_source = nullptr;
    RosterFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QTEST_MAIN(TestRosterFilterModel)
#include "tst_roster_filter_model.moc"
