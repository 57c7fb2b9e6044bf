// A stand-in for the editor that is told to quit while a modal dialog is open: the real
// main window, the real SIGTERM handling (guitermination.cpp), a journey with an unsaved
// edit, and a message box — opened before QApplication::exec() ("before-exec", like the
// "could not open" box of `waymark FILE`) or from inside it ("in-exec", like any dialog).
// Prints "dialog open" from inside the dialog's own event loop, so the test knows when.
// "busy" instead blocks the event loop for a minute (a long save, say): only the deadline
// can end the process then.
#include "commands/editjourneyinfo.h"
#include "guitermination.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace waymark;

namespace {

void runDialog(MainWindow *window)
{
    QTimer::singleShot(0, [] {
        std::puts("dialog open");
        std::fflush(stdout);
    });
    QMessageBox::warning(window, QStringLiteral("Waymark"), QStringLiteral("A question nobody will answer"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 2;
    MainWindow window;
    UnixSignalWatcher signalWatcher;
    endOnTerminationSignals(&signalWatcher);
    window.show();
    if (!window.openFile(arguments.at(1)))
        return 1;
    JourneyDocument *document = window.document();
    document->push(new EditJourneyInfo(document, {QStringLiteral("Edited before SIGTERM"), document->journey().description,
                                                  document->journey().currency}));
    if (arguments.at(2) == QLatin1String("busy")) {
        QTimer::singleShot(0, [] {
            std::puts("busy");
            std::fflush(stdout);
            std::this_thread::sleep_for(std::chrono::minutes(1));
        });
    } else if (arguments.at(2) == QLatin1String("before-exec")) {
        runDialog(&window);
    } else {
        QTimer::singleShot(0, &window, [&window] { runDialog(&window); });
    }
    return app.exec();
}
