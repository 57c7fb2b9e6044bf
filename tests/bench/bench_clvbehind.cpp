// How long the window's event loop stands still when the CLV-at-risk layer is turned on for a
// journey whose lifetime values are modelled from purchases (issue 20):
//   waymark_bench_clvbehind FILE.waymark [RUNS]
// The journey is read whole (the rows are there, as a while after opening) and the badges'
// statistics are computed first, so what is timed is the CLV layer alone: a 10 ms timer ticks
// on the event loop while the layer is computed as MainWindow::updateDataOverlay does it, and
// the longest gap between ticks is how long the window froze.
//  - "on the window's thread" (before): a cache that does not compute behind, so the
//    lifetime-value fit and the CLV join run where they are asked for, as they used to;
//  - "behind" (now): the document's cache, which fits and joins on a worker; the layer is
//    computed again on StatisticsBehind::ready() until the amounts are there.
// Both end with the same amounts on the same cards (checked).
#include "canvas/dataoverlay.h"
#include "data/answerstatistics.h"
#include "data/statisticsbehind.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace waymark;

namespace {

struct Outcome {
    double longestGapMs = 0;
    double amountsAfterMs = 0;
    DataOverlay overlay;
};

void badges(JourneyDocument &document)
{
    for (const DatasetRef &dataset : document.journey().datasets)
        if (dataset->kind == DatasetKind::Answers)
            document.statistics().groups(dataset, {Dimension::Touchpoint}, &document.journey());
}

// Turns the CLV layer on with `cache` while a 10 ms timer ticks; returns when the amounts show.
Outcome turnOnClvLayer(JourneyDocument &document, StatisticsCache &cache)
{
    Outcome outcome;
    QEventLoop loop;
    QElapsedTimer clock, sinceTick;
    QTimer ticks;
    ticks.setInterval(10);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        outcome.longestGapMs = std::max(outcome.longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    const auto update = [&] {
        outcome.overlay = dataOverlay(document.journey(), cache, QStringLiteral("nps"), true, true);
        if (!outcome.overlay.clvAtRisk.isEmpty() && outcome.overlay.clvReading.isEmpty()) {
            outcome.amountsAfterMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    };
    if (StatisticsBehind *behind = cache.behind())
        QObject::connect(behind, &StatisticsBehind::ready, &loop, update);
    ticks.start();
    // Let the timer tick a few times first, then "click" the layer from the event loop.
    QTimer::singleShot(50, &loop, [&] {
        clock.start();
        update();
    });
    sinceTick.start();
    loop.exec();
    // The gap in which the amounts arrived counts too (on the window's thread it is the freeze).
    outcome.longestGapMs = std::max(outcome.longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
    return outcome;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: waymark_bench_clvbehind FILE.waymark [RUNS]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    std::vector<double> beforeGap, beforeAmounts, behindGap, behindAmounts;
    for (int run = 0; run < runs; ++run) {
        FormatError error;
        auto journey = WaymarkFile::read(path, &error);
        if (!journey) {
            out << error.toString() << '\n';
            return 1;
        }
        JourneyDocument document(std::move(*journey));
        badges(document);
        Outcome before;
        {
            StatisticsCache onThread; // as before: computes where it is asked
            before = turnOnClvLayer(document, onThread);
        } // gone with its fit: the document's cache cannot take it (clv/livefits.h), it fits anew
        const Outcome behind = turnOnClvLayer(document, document.statistics());
        if (before.overlay.clvAtRisk != behind.overlay.clvAtRisk) {
            out << "the amounts differ between the two ways\n";
            return 1;
        }
        beforeGap.push_back(before.longestGapMs);
        beforeAmounts.push_back(before.amountsAfterMs);
        behindGap.push_back(behind.longestGapMs);
        behindAmounts.push_back(behind.amountsAfterMs);
        out << "run " << run + 1 << ": " << behind.overlay.clvAtRisk.size() << " cards with CLV at risk; before: freeze "
            << before.longestGapMs << " ms; behind: freeze " << behind.longestGapMs << " ms, amounts after " << behind.amountsAfterMs
            << " ms\n";
        out.flush();
    }
    out << "on the window's thread (before): longest freeze " << median(beforeGap) << " ms, amounts after "
        << median(beforeAmounts) << " ms\n"
        << "behind (now):                    longest freeze " << median(behindGap) << " ms, amounts after "
        << median(behindAmounts) << " ms   (median of " << runs << ")\n";
    return 0;
}
