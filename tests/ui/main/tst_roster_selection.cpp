// The rules behind the roster's actions: what each selection allows, what Delete means, and
// how the confirmation names the people concerned.
#include <QTest>

#include "ui/roster_selection.h"
#include "support/test_columns.h"

using namespace moderato;

namespace {

SelectedRow row(const char *id, const char *name, SelectedRow::State state, bool muted = false)
{
    return SelectedRow{QLatin1String(id), QString::fromUtf8(name), state, muted};
}

const auto Active = SelectedRow::State::Active;
const auto Invited = SelectedRow::State::Invited;
const auto Busy = SelectedRow::State::Busy;

} // namespace

class TestRosterSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deleteMeaning_data()
    {
        testing::addColumns<QList<SelectedRow>, int>({"rows", "meaning"});
        QTest::newRow("nothing selected") << QList<SelectedRow>{} << int(DeleteMeaning::Nothing);
        QTest::newRow("one active") << QList<SelectedRow>{row("a", "Ann", Active)} << int(DeleteMeaning::Remove);
        QTest::newRow("one invited") << QList<SelectedRow>{row("b", "Bo", Invited)} << int(DeleteMeaning::Cancel);
        QTest::newRow("active and invited") << QList<SelectedRow>{row("a", "Ann", Active), row("b", "Bo", Invited)}
                                            << int(DeleteMeaning::RemoveAndCancel);
        QTest::newRow("only rows already being acted on")
            << QList<SelectedRow>{row("a", "Ann", Busy)} << int(DeleteMeaning::Nothing);
        QTest::newRow("busy rows are left out")
            << QList<SelectedRow>{row("a", "Ann", Busy), row("b", "Bo", Invited)} << int(DeleteMeaning::Cancel);
    }
    void deleteMeaning()
    {
        QFETCH(QList<SelectedRow>, rows);
        QFETCH(int, meaning);
        QCOMPARE(int(RosterSelection(rows).deleteMeaning()), meaning);
    }

    void enablesEachActionFromTheRowStates()
    {
        const RosterSelection selection({row("a", "Ann", Active, true), row("b", "Bo", Invited)});
        QVERIFY(selection.canRemove());
        QVERIFY(selection.canCancel());
        QVERIFY2(!selection.canMute(), "Ann is muted already and Bo is not in the call yet");
        QVERIFY2(!selection.canCopyId(), "copying one id needs exactly one row");
        QCOMPARE(RosterSelection::ids(selection.removable()), QStringList{QStringLiteral("a")});
        QCOMPARE(RosterSelection::ids(selection.cancellable()), QStringList{QStringLiteral("b")});
    }

    void confirmationNamesTheOnePersonRemoved()
    {
        const Confirmation c = RosterSelection::deleteConfirmation({row("a", "Jane Doe", Active)}, {});
        QCOMPARE(c.text, QStringLiteral("Remove Jane Doe from the call?"));
        QCOMPARE(c.title, QStringLiteral("Remove participant"));
    }

    void confirmationCountsAndListsSeveralPeople()
    {
        const Confirmation c = RosterSelection::deleteConfirmation(
            {row("a", "Ann", Active), row("b", "Bo", Active), row("c", "Cy", Active)}, {});
        QVERIFY2(c.text.startsWith(QStringLiteral("Remove 3 participants from the call?")), qPrintable(c.text));
        for (const char *name : {"• Ann", "• Bo", "• Cy"})
            QVERIFY2(c.text.contains(QString::fromUtf8(name)), qPrintable(c.text));
    }

    void confirmationForACancelledInvitation()
    {
        const Confirmation c = RosterSelection::deleteConfirmation({}, {row("b", "Bo Berg", Invited)});
        QCOMPARE(c.text, QStringLiteral("Cancel the invitation to Bo Berg?"));
    }

    void confirmationForAMixedSelectionListsBoth()
    {
        const Confirmation c = RosterSelection::deleteConfirmation({row("a", "Ann", Active)},
                                                                   {row("b", "Bo", Invited), row("c", "Cy", Invited)});
        QVERIFY2(c.text.contains(QStringLiteral("will be removed from the call:\n• Ann")), qPrintable(c.text));
        QVERIFY2(c.text.contains(QStringLiteral("2 invitations will be cancelled:\n• Bo\n• Cy")), qPrintable(c.text));
    }

    void longListsAreCut()
    {
        QList<SelectedRow> rows;
        for (int i = 0; i < 14; ++i)
            rows.append(row("x", "Someone", Active));
        const QString names = RosterSelection::bulletedNames(rows, 10);
        QCOMPARE(names.count(QStringLiteral("•")), 10);
        QVERIFY2(names.endsWith(QStringLiteral("… and 4 more")), qPrintable(names));
    }
};

QTEST_GUILESS_MAIN(TestRosterSelection)
#include "tst_roster_selection.moc"
