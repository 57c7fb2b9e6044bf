#pragma once

// What the widget tests do before and around a main window: their own settings and recovery
// folder (never the user's, never another test's), and a window shown with a journey open.
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace waymark::test {

// Settings and recovery copies under `dir`, as application `name`, starting empty.
inline void isolateSettings(const QTemporaryDir &dir, const QString &name)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(dir.filePath(QStringLiteral("recovery"))));
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
}

// Opens `file` in `window`, shown at 1400×900 and exposed; false when it does not open.
inline bool showJourney(MainWindow &window, const QString &file)
{
    if (!window.openFile(file))
        return false;
    window.resize(1400, 900);
    window.show();
    const bool exposed = QTest::qWaitForWindowExposed(&window);
    QApplication::processEvents();
    return exposed;
}

} // namespace waymark::test
