// Half a laptop screen: the main window works at 640 px wide, in English and German, with no text
// cut off and the roster keeping its room before the invitations panel; the Join Meeting dialog
// keeps every wrapped line when an error shows. Screenshots go to <build>/screenshots/ (look at them).
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include "core/calls/call_session.h"
#include "core/calls/participant_model.h"
#include "core/i18n/translations.h"
#include "ui/invitations_dock.h"
#include "ui/join_dialog.h"
#include "ui/main/ui_harness.h"
#include "ui/main_window.h"

using namespace moderato;
using namespace moderato::test;

namespace {

constexpr int NarrowWidth = 640;

QString shotPath(const QString &language, const QString &name)
{
    const QString dir = QStringLiteral(MODERATO_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + language + QStringLiteral("-narrow-") + name + QStringLiteral(".png");
}

//! Labels and buttons on screen whose text does not fit the room they were given.
QStringList clippedTexts(QWidget *top)
{
    QStringList clipped;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull())
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text()) + 2 * label->margin();
        if (label->contentsRect().width() < needed && !label->text().contains(QLatin1Char('<')))
            clipped.append(QStringLiteral("label %1 \"%2\": %3 < %4")
                               .arg(label->objectName(), label->text())
                               .arg(label->contentsRect().width())
                               .arg(needed));
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(top) || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            clipped.append(QStringLiteral("button %1 \"%2\": %3 < %4")
                               .arg(button->objectName(), button->text())
                               .arg(button->width())
                               .arg(button->sizeHint().width()));
    }
    return clipped;
}

} // namespace

class TestNarrowWindow : public QObject
{
    Q_OBJECT
private:
    void checkMainWindow(const QString &language)
    {
        UiHarness h;
        QString error;
        QVERIFY2(h.start(uiScenario(), &error), qPrintable(error));
        MainWindow *w = h.window();
        // Measured once the roster is in: the header then shows its counts and the time of the update.
        auto *updated = w->findChild<QLabel *>(QStringLiteral("lastRefresh"));
        QVERIFY(updated);
        QTRY_VERIFY(updated->text().contains(QLatin1Char(':')));
        QVERIFY2(w->minimumSizeHint().width() <= NarrowWidth,
                 qPrintable(QString::number(w->minimumSizeHint().width())));
        w->resize(NarrowWidth, 600);
        QTest::qWait(50);
        QCOMPARE(w->width(), NarrowWidth);
        const QStringList clipped = clippedTexts(w);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        // The roster keeps its room: at least as tall as the invitations panel.
        auto *table = w->findChild<QTableView *>(QStringLiteral("rosterView"));
        QVERIFY2(table->height() >= w->invitationsDock()->height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(table->height()).arg(w->invitationsDock()->height())));
        QVERIFY(w->grab().save(shotPath(language, QStringLiteral("main-window"))));
    }

    void checkJoinDialog(const QString &language)
    {
        JoinDialog dialog({}, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("joinTargetEdit"));
        edit->setPlainText(QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("joinError"));
        QTRY_VERIFY(error->isVisible());
        QTest::qWait(50);
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("\"%1\": %2 < %3")
                                    .arg(label->text())
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
        }
        QVERIFY(dialog.grab().save(shotPath(language, QStringLiteral("join-dialog"))));
    }

private Q_SLOTS:
    void english()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        checkMainWindow(QStringLiteral("en"));
        checkJoinDialog(QStringLiteral("en"));
    }

    void german()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        checkMainWindow(QStringLiteral("de"));
        checkJoinDialog(QStringLiteral("de"));
    }
};

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrow_window.moc"
