// Times PDF export of the generated 40 x 12 x 2,000 journey (goal: <= 3 s): fitted to one A3
// page, with the executive summary, and tiled at full size on A3. Reference in the same run:
// the same cards as Qt's stock items (a rectangle and a text item each) printed to one A3
// page by QPdfWriter, as a ratio.
#include "benchtiming.h"
#include "print/journeyprint.h"
#include "testjourneys.h"

#include <QApplication>
#include <QFileInfo>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>

using namespace waymark;

namespace {

// Fewer runs than the canvas benchmark: each run writes a whole PDF.
double medianMs(const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Journey journey = test::generateJourney();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    std::printf("Journey: %zu stages x %zu lanes, %zu cards\n\n| %-52s | %10s | %8s | |\n| --- | ---: | ---: | --- |\n",
                journey.stages.size(), journey.lanes.size(), journey.touchpoints.size(), "operation", "median", "pages");

    const auto measure = [&](const char *what, ExportOptions options, double goalMs) {
        int pages = 0;
        const double ms = medianMs([&] {
            const JourneyPrint print(journey, options); // building the scene is part of an export
            QString error;
            if (!print.writePdf(pdf, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
            pages = int(print.pages().size());
        });
        std::printf("| %-52s | %7.0f ms | %8d | %s |\n", what, ms, pages, goalMs > 0 ? (ms <= goalMs ? "goal <= 3 s: met" : "goal <= 3 s: MISSED") : "");
        return ms;
    };
    ExportOptions fit;
    const double fitMs = measure("PDF, fit to one A3 page", fit, 3000);
    ExportOptions summary = fit;
    summary.summary = true;
    measure("PDF, fit to A3 with the executive summary", summary, 3000);
    ExportOptions tile = fit;
    tile.tile = true;
    measure("PDF, tiled on A3 at 100 %", tile, 3000);
    std::printf("\nfile size (fit): %.1f MB\n", double(QFileInfo(pdf).size()) / 1e6);

    // Reference: stock items for the same cards, one A3 page.
    const double stockMs = medianMs([&] {
        QGraphicsScene scene;
        int i = 0;
        for (const Touchpoint &card : journey.touchpoints) {
            const QPointF at(double(i % 200) * 230, double(i / 200) * 80);
            scene.addRect(QRectF(at, QSizeF(210, 64)), QPen(Qt::gray), Qt::white);
            scene.addSimpleText(card.title)->setPos(at + QPointF(8, 8));
            ++i;
        }
        QPdfWriter writer(pdf);
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape, QMarginsF()));
        QPainter painter(&writer);
        scene.render(&painter);
    });
    std::printf("\n| reference | median | ratio |\n| --- | ---: | --- |\n| Qt stock items (rect + text per card) to one A3 PDF page | %.0f ms | "
                "Waymark fit / stock = %.2f |\n", stockMs, fitMs / stockMs);
    return 0;
}
