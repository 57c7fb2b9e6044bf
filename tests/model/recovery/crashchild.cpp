// Edits the small test journey, lets the autosaver write its copy, prints "saved" and then
// waits to be killed. Arguments: RECOVERY_DIR ORIGINAL_PATH.
#include "commands/editjourneyinfo.h"
#include "journeydocument.h"
#include "recovery/autosaver.h"
#include "testjourneys.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace waymark;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    JourneyDocument document(test::smallJourney());
    document.setFilePath(args[2]);
    Autosaver autosaver(&document, args[1], 50);
    document.push(new EditJourneyInfo(&document, {QStringLiteral("Unsaved title ✍"), QStringLiteral("d"), QStringLiteral("EUR")}));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (QFile::exists(autosaver.recoveryFilePath())) {
            std::puts("saved");
            std::fflush(stdout);
            poll.stop();
        }
    });
    poll.start(10);
    return app.exec();
}
