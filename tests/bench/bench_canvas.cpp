// Times the canvas on the generated 40 x 12 x 2,000 journey: building the scene, rendering
// it whole into a QImage (what "fit to window" repaints) and a screen-sized part at 100%,
// and the time from a model change to the updated scene. Reference in the same run: the same
// cards drawn by Qt's stock items (a rectangle and a text item per card), as a ratio.
#include "canvas/journeyscene.h"
#include "commands/editentity.h"
#include "commands/movetouchpoints.h"
#include "journeydocument.h"
#include "benchtiming.h"
#include "testjourneys.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace waymark;

namespace {

using bench::medianMs;

void row(const char *what, double ms, double goalMs = 0)
{
    if (goalMs > 0)
        std::printf("| %-58s | %8.1f ms | goal <= %.0f ms: %s |\n", what, ms, goalMs, ms <= goalMs ? "met" : "MISSED");
    else
        std::printf("| %-58s | %8.1f ms | |\n", what, ms);
}

void render(QGraphicsScene &scene, const QRectF &source, QImage &image)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Journey journey = test::generateJourney();
    std::printf("Journey: %zu stages x %zu lanes, %zu cards, %zu connections\n\n", journey.stages.size(),
                journey.lanes.size(), journey.touchpoints.size(), journey.connections.size());
    std::printf("| %-58s | %11s | |\n| --- | ---: | --- |\n", "operation", "median");

    JourneyDocument document(journey);
    row("build the scene (every item, one layout)", medianMs([&] {
            JourneyScene scene;
            scene.setDocument(&document);
        }));

    JourneyScene scene;
    scene.setDocument(&document);
    const QRectF whole = scene.canvasLayout().sceneRect();
    std::printf("| scene size | %.0f x %.0f px | |\n", whole.width(), whole.height());
    QImage fit(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double fitMs = medianMs([&] { render(scene, whole, fit); });
    row("render the whole scene into a 1920x1080 QImage (fit)", fitMs, 50);
    const QRectF screen(whole.topLeft(), QSizeF(1920, 1080));
    QImage actual(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double screenMs = medianMs([&] { render(scene, screen, actual); });
    row("render a 1920x1080 part at 100% (cards with text)", screenMs, 50);

    // Model change to updated scene: a card's effort (repaint, totals, curve), then a move
    // (layout, repositioning only what moved). Alternating values so every run changes something.
    Touchpoint card = journey.touchpoints[1000];
    int flip = 0;
    row("edit one card's effort -> scene updated", medianMs([&] {
            card.effort.minutes = (++flip % 2) ? 5 : 50;
            document.push(new EditTouchpoint(&document, card));
        }));
    scene.setHeatmap(EffortDimension::Composite);
    row("the same with the weighted-cost heatmap on (recolours all)", medianMs([&] {
            card.effort.minutes = (++flip % 2) ? 5 : 50;
            document.push(new EditTouchpoint(&document, card));
        }));
    scene.setHeatmap(std::nullopt);
    const QUuid moving = journey.touchpoints[10].id;
    row("move one card to another cell -> scene re-laid out", medianMs([&] {
            const Stage &stage = journey.stages[std::size_t(++flip % 2 ? 3 : 7)];
            document.push(new MoveTouchpoints(&document, {moving}, stage.id, journey.lanes[2].id));
            scene.ensureLayout();
        }));

    // Reference: Qt's stock items for the same cards (rect + text), same renders.
    QGraphicsScene stock;
    const CanvasLayout &layout = scene.canvasLayout();
    for (const Touchpoint &t : document.journey().touchpoints) {
        const QRectF rect = layout.cardRect(t.id);
        stock.addRect(rect, QPen(Qt::gray), QBrush(Qt::white));
        auto *text = stock.addSimpleText(t.title);
        text->setPos(rect.topLeft() + QPointF(6, 6));
    }
    stock.setSceneRect(whole);
    const double stockFitMs = medianMs([&] { render(stock, whole, fit); });
    const double stockScreenMs = medianMs([&] { render(stock, screen, actual); });
    std::printf("\nReference (Qt stock QGraphicsRectItem + QGraphicsSimpleTextItem per card, same renders):\n\n");
    std::printf("| reference | median | ratio |\n| --- | ---: | --- |\n");
    std::printf("| stock items, whole scene into 1920x1080 | %.1f ms | Waymark / stock = %.2f |\n", stockFitMs,
                fitMs / stockFitMs);
    std::printf("| stock items, 1920x1080 part at 100%% | %.1f ms | Waymark / stock = %.2f |\n", stockScreenMs,
                screenMs / stockScreenMs);
    return 0;
}
