#pragma once
// Remembers the main window's geometry, docks and roster column layout between runs.

class QSettings;

namespace moderato {

class MainWindow;

void restoreWindowLayout(MainWindow *window, QSettings &settings);
void saveWindowLayout(const MainWindow *window, QSettings &settings);

} // namespace moderato
