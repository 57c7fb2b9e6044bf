// Opening a journey with a large dataset as the window does (the summary first, the rows on
// a thread of their own) against reading it whole as commands do, in one run, as a ratio.
//   waymark_bench_open FILE.waymark [RUNS]
//   waymark_bench_open FILE.waymark --map-only   (one open in a fresh process, with its memory)
// "map ready" is the read plus the badges' statistics (NPS per touchpoint) from what the read
// gave; "rows read" is when the last dataset's rows are there. "CLV views" is what the window's
// views that join answers to lifetime values compute on its thread (the business case and the
// CLV join, as the overlay and the charts ask for it): right after map ready they must not wait
// for the rows (issue 20), and once the rows are there they give the figures. The file is read
// once before timing, so both sides start from the page cache.
#include "business/businesscase.h"
#include "business/businesssettings.h"
#include "clv/journeyclv.h"
#include "data/answerstatistics.h"
#include "data/pendinganswers.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace waymark;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void badges(JourneyDocument &document)
{
    for (const DatasetRef &dataset : document.journey().datasets)
        if (dataset->kind == DatasetKind::Answers)
            document.statistics().groups(dataset, {Dimension::Touchpoint}, &document.journey());
}

// The CLV side of the window's views; true when it had the CLV join. The document's cache
// fits and joins behind (no event loop runs here, so the result never comes back: what is
// timed is what the window's thread spends, bench_clvbehind.cpp times the whole).
bool clvViews(JourneyDocument &document)
{
    const Journey &journey = document.journey();
    computeBusinessCase(journey, BusinessSettings::fromSettings(journey.settings), nullptr, &document.statistics());
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    const std::optional<DatasetRef> clv = clv::lifetimeValuesIfReady(journey, document.statistics()).values;
    return nps && clv && document.statistics().clvJoinIfReady(*nps, *clv, journey.currency);
}

// Resident memory now, in MiB (Linux).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024;
    return 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: waymark_bench_open FILE.waymark [RUNS]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (argc > 2 && QByteArray(argv[2]) == "--map-only") { // a fresh process: its memory at map ready
        QElapsedTimer timer;
        timer.start();
        FormatError error;
        auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        if (!journey) {
            out << error.toString() << '\n';
            return 1;
        }
        JourneyDocument document(std::move(*journey));
        badges(document);
        out << "map ready " << msSince(timer) << " ms, resident " << residentMiB() << " MiB\n";
        return 0;
    }
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    FormatError error;
    if (!WaymarkFile::read(path, &error)) { // warms the page cache
        out << error.toString() << '\n';
        return 1;
    }
    std::vector<double> whole, mapReady, rowsRead, viewsReading, viewsRead;
    int joinedWhileReading = 0;

    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            auto journey = WaymarkFile::read(path, &error);
            JourneyDocument document(std::move(*journey));
            badges(document);
            whole.push_back(msSince(timer));
        }
        timer.restart();
        auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        JourneyDocument document(std::move(*journey));
        badges(document);
        mapReady.push_back(msSince(timer));
        QElapsedTimer views;
        views.start();
        joinedWhileReading += clvViews(document) ? 1 : 0;
        viewsReading.push_back(msSince(views));
        for (const DatasetRef &dataset : document.journey().datasets)
            if (dataset->pendingRows)
                dataset->pendingRows->outcome();
        rowsRead.push_back(msSince(timer));
        views.restart();
        clvViews(document);
        viewsRead.push_back(msSince(views));
    }
    out << "read whole + badges (commands, before)  " << median(whole) << " ms\n"
        << "summary + badges (the window: map ready) " << median(mapReady) << " ms\n"
        << "rows read behind, from the start          " << median(rowsRead) << " ms\n"
        << "map ready / read whole: " << median(mapReady) / median(whole) << "× (median of " << runs << ")\n"
        << "CLV views right after map ready          " << median(viewsReading) << " ms (" << joinedWhileReading << " of " << runs
        << " runs had the rows already)\n"
        << "CLV views once the rows are read         " << median(viewsRead) << " ms (the join, once)\n";
    return 0;
}
