#include "guitermination.h"

#include "mainwindow/mainwindow.h"
#include "recovery/autosaver.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QWidget>

#include <cstdio>
#include <unistd.h>

namespace waymark {

void endOnTerminationSignals(UnixSignalWatcher *watcher)
{
    watcher->setDeadline(terminationDeadline);
    QObject::connect(watcher, &UnixSignalWatcher::terminationRequested, watcher, [](int signalNumber) {
        // Every window (File → New Window makes more than one), not just the first.
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->autosaver())
                window->autosaver()->writeNow();
        }
        std::fflush(nullptr);
        ::_exit(128 + signalNumber);
    });
}

} // namespace waymark
