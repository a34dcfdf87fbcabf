#include "app/window_memory.h"

#include "ui/main_window.h"
#include "ui/roster_view.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace moderato {

namespace {
// Bump when the columns or docks change in a way an old saved state would garble.
constexpr int LayoutVersion = 1;

QHeaderView *rosterHeader(const MainWindow *window)
{
    return window->rosterView()->tableView()->horizontalHeader();
}
} // namespace

void restoreWindowLayout(MainWindow *window, QSettings &settings)
{
    settings.beginGroup(QStringLiteral("window"));
    if (settings.value(QStringLiteral("layoutVersion")).toInt() == LayoutVersion) {
        window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
        window->restoreState(settings.value(QStringLiteral("state")).toByteArray(), LayoutVersion);
        if (QHeaderView *header = rosterHeader(window))
            header->restoreState(settings.value(QStringLiteral("rosterColumns")).toByteArray());
    }
    settings.endGroup();
}

void saveWindowLayout(const MainWindow *window, QSettings &settings)
{
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("layoutVersion"), LayoutVersion);
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState(LayoutVersion));
    if (const QHeaderView *header = rosterHeader(window))
        settings.setValue(QStringLiteral("rosterColumns"), header->saveState());
    settings.endGroup();
}

} // namespace moderato
