// Saves journey A (seed 1) and journey B (seed 2) to the file named on the command line, in
// turn, until it is killed. Prints "ready" once both journeys are built and "saved A" or
// "saved B" after each save, so the test knows how far it got.
#include "format/waymarkfile.h"
#include "testjourneys.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace waymark;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QFile::decodeName(argv[1]);
    const Journey journeys[] = {test::generateJourney({.touchpoints = 2000, .seed = 1}),
                                test::generateJourney({.touchpoints = 2000, .seed = 2})};
    std::puts("ready");
    std::fflush(stdout);
    for (int i = 0;; i = 1 - i) {
        FormatError error;
        if (!WaymarkFile::write(journeys[i], path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        std::puts(i == 0 ? "saved A" : "saved B");
        std::fflush(stdout);
    }
}
