// Times open, save and JSON conversion of the generated 40 x 12 x 2,000 journey, and the
// same work done by reference tools on the same files in the same run (the sqlite3 shell
// reading every table; Python's json module parsing the JSON), reported as ratios.
#include "format/journeyjson.h"
#include "format/waymarkfile.h"
#include "benchtiming.h"
#include "testjourneys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace waymark;

namespace {

using bench::medianMs;

void runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        std::fprintf(stderr, "bench: %s failed\n", qPrintable(program));
}

void row(const char *what, double ms, double goalMs = 0)
{
    if (goalMs > 0)
        std::printf("| %-44s | %9.1f ms | goal <= %.0f ms: %s |\n", what, ms, goalMs, ms <= goalMs ? "met" : "MISSED");
    else
        std::printf("| %-44s | %9.1f ms | |\n", what, ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const Journey journey = test::generateJourney();
    const QString native = dir.filePath(QStringLiteral("large.waymark"));
    const QString json = dir.filePath(QStringLiteral("large.waymark.json"));
    FormatError error;
    if (!WaymarkFile::write(journey, native, &error) || !JourneyJson::write(journey, json, &error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error.toString()));
        return 1;
    }

    std::printf("Journey: %zu stages x %zu lanes, %zu cards, %zu connections; .waymark %lld KiB, .json %lld KiB\n",
                journey.stages.size(), journey.lanes.size(), journey.touchpoints.size(), journey.connections.size(),
                QFile(native).size() / 1024, QFile(json).size() / 1024);
    std::printf("Machine: %s, %d cores; median of %d runs\n\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), bench::runs);
    std::printf("| operation | median | |\n| --- | ---: | --- |\n");

    const double open = medianMs([&] {
        if (!WaymarkFile::read(native, &error))
            std::fprintf(stderr, "bench: %s\n", qPrintable(error.toString()));
    });
    row("open .waymark (read + check invariants)", open, 300);
    const QString saveTarget = dir.filePath(QStringLiteral("save.waymark"));
    const double save = medianMs([&] { WaymarkFile::write(journey, saveTarget, &error); });
    row("save .waymark (atomic, fsync)", save, 300);
    const QByteArray bytes = JourneyJson::toJson(journey);
    row("journey -> JSON text", medianMs([&] { JourneyJson::toJson(journey); }));
    row("JSON text -> journey (parse + check)", medianMs([&] { JourneyJson::fromJson(bytes, &error); }));
    const double convert = medianMs([&] {
        const auto loaded = WaymarkFile::read(native, &error);
        JourneyJson::write(*loaded, json, &error);
        const auto back = JourneyJson::read(json, &error);
        WaymarkFile::write(*back, saveTarget, &error);
    });
    row("convert .waymark -> .json -> .waymark", convert);

    std::printf("\nReference tools on the same files:\n\n| tool | median | Waymark / tool |\n| --- | ---: | ---: |\n");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        const QStringList query{native, QStringLiteral("SELECT * FROM touchpoints; SELECT * FROM stages; "
                                                       "SELECT * FROM lanes; SELECT * FROM connections;")};
        const double reference = medianMs([&] { runTool(sqlite3, query); });
        std::printf("| sqlite3 shell: read every row | %9.1f ms | open %.2f |\n", reference, open / reference);
    }
    const QString python = QStringLiteral("/usr/bin/python3");
    if (QFile::exists(python)) {
        const QStringList script{QStringLiteral("-c"), QStringLiteral("import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))"), json};
        const double startup = medianMs([&] { runTool(python, {QStringLiteral("-c"), QStringLiteral("pass")}); });
        const double reference = medianMs([&] { runTool(python, script); }) - startup;
        const double ours = medianMs([&] { JourneyJson::read(json, &error); });
        std::printf("| python3 json.load (minus interpreter start) | %9.1f ms | JSON read %.2f |\n", reference,
                    ours / reference);
    }
    return 0;
}
