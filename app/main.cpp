// Waymark: the GUI, or the headless command line when the arguments ask for it.
#include "commandline.h"
#include "guitermination.h"
#include "i18n/translations.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace waymark;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::wantsCommandLine(arguments)) {
        if (arguments.first() == QLatin1String("export")) {
            // Drawing needs a QApplication, but never a display: the offscreen platform.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                // What Qt would pick anyway, without its warning on every export.
                const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
                QDir().mkpath(QString::fromLocal8Bit(runtime));
                QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime);
            }
            QApplication app(argc, argv);
            describeApplication();
            Translations::install(QString()); // the system's language; --lang may change it
            return CommandLine::run(arguments);
        }
        // No QApplication: subcommands must run without a display.
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(QString());
        return CommandLine::run(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    Translations::install(Translations::chosen()); // View → Language, else the system's
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    QApplication::setDesktopFileName(QStringLiteral("waymark"));

    MainWindow window;
    // On SIGTERM (logout, shutdown, `kill`) keep unsaved work as a recovery copy and leave
    // without questions, even with a dialog open: nobody is there to answer them.
    UnixSignalWatcher signalWatcher;
    endOnTerminationSignals(&signalWatcher);

    window.show();
    // Qt's own options (-platform …) are gone from QApplication's list.
    const QStringList windowArguments = QCoreApplication::arguments().mid(1);
    // Opening a file offers that file's recovery copies; with no file open, the copies no
    // file would bring up (journeys never saved, files that are gone) are offered instead.
    bool opened = false;
    if (windowArguments.size() == 2 && windowArguments.first() == QLatin1String("--review"))
        opened = window.openForReview(windowArguments.at(1)); // a department head reading a workshop's result
    else if (windowArguments.size() == 3 && windowArguments.first() == QLatin1String("--server"))
        opened = window.openServerJourney(windowArguments.at(1), windowArguments.at(2)); // shared live on a PostgreSQL server
    else if (windowArguments.size() == 1 && !windowArguments.first().startsWith(QLatin1Char('-')))
        opened = window.openFile(windowArguments.first());
    if (!opened) {
        window.showStartPage(); // a recovered journey takes its place
        window.offerRecovery();
    }
    return app.exec();
}
