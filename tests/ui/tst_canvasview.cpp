#include "canvas/canvasactions.h"
#include "canvas/carditem.h"
#include "canvas/connectionitem.h"
#include "canvas/emotioncurveitem.h"
#include "canvas/headeritems.h"
#include "canvas/npsbadgeitem.h"
#include "canvas/heatmapcolours.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/cardmime.h"
#include "commands/editentity.h"
#include "format/cardtransfer.h"
#include "format/journeyfiles.h"
#include "format/journeyjson.h"
#include "journeydocument.h"
#include "canvasfixture.h"
#include "testjourneys.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTest>

using namespace waymark;

using namespace waymark::canvastest;

class TestCanvasView : public QObject
{
    Q_OBJECT

private slots:
    void sceneShowsEveryCardWhereTheLayoutSays();
    void sampleRendersToPng();
    void heatmapColoursFollowEffort();
    void departmentFilterDimsOtherDepartments();
    void zoomKeysAndFit();
    void zoomToSelectionFillsTheViewWithTheCards();
    void laneHeadersNameTheirDepartmentThenTheirSide();
    void dataOverlayBadgesFollowTheirCards();
    void middleButtonAndSpaceDragPan();
};

void TestCanvasView::sceneShowsEveryCardWhereTheLayoutSays()
{
    Canvas canvas;
    QCOMPARE(canvas.scene.cardCount(), int(canvas.journey().touchpoints.size()));
    for (const Touchpoint &card : canvas.journey().touchpoints) {
        CardItem *item = canvas.scene.cardItem(card.id);
        QVERIFY(item);
        QCOMPARE(item->sceneBoundingRect().adjusted(2, 2, -2, -2), canvas.cardRect(card.id));
    }
    for (const Connection &connection : canvas.journey().connections)
        QVERIFY(canvas.scene.connectionItem(connection.id));
    QCOMPARE(canvas.scene.stageHeader(0)->text(), canvas.journey().stages[0].name);
}

void TestCanvasView::sampleRendersToPng()
{
    FormatError error;
    const auto loaded = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
    QVERIFY2(loaded, qPrintable(error.toString()));
    JourneyDocument document(*loaded);
    JourneyScene scene;
    scene.setDocument(&document);
    scene.ensureLayout();
    QCOMPARE(scene.cardCount(), int(document.journey().touchpoints.size()));
    QCOMPARE(scene.cardCount(), 40);

    const QRectF area = scene.canvasLayout().sceneRect();
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    painter.end();
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sample-canvas.png"));
    QVERIFY(image.save(path));

    // Not blank: many colours, and every card's centre is painted (not the background).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    for (const Touchpoint &card : document.journey().touchpoints) {
        const QPointF centre = scene.canvasLayout().cardRect(card.id).center() - area.topLeft();
        QVERIFY(qAlpha(image.pixel(centre.toPoint())) == 255);
    }
}

void TestCanvasView::heatmapColoursFollowEffort()
{
    Canvas canvas;
    canvas.scene.setHeatmap(EffortDimension::Time);
    // Expected colours straight from the scores: the card with the most minutes is the darkest.
    const auto fractions = heatFractions(canvas.journey(), EffortDimension::Time, EffortWeights{});
    const Touchpoint *most = nullptr;
    const Touchpoint *least = nullptr;
    for (const Touchpoint &card : canvas.journey().touchpoints) {
        if (!most || card.effort.minutes > most->effort.minutes)
            most = &card;
        if (!least || card.effort.minutes < least->effort.minutes)
            least = &card;
    }
    QCOMPARE(fractions.value(most->id), 1.0);
    const auto colourOf = [&](const QUuid &id) {
        CardItem *item = canvas.scene.cardItem(id);
        QImage shot(QSize(40, 20), QImage::Format_RGB32);
        shot.fill(Qt::black);
        QPainter painter(&shot);
        const QRectF rect = item->sceneBoundingRect();
        // A patch inside the card, away from text and badges.
        canvas.scene.render(&painter, QRectF(0, 0, 40, 20), QRectF(rect.right() - 50, rect.top() + 30, 20, 10));
        painter.end();
        return shot.pixelColor(20, 10);
    };
    QCOMPARE(colourOf(most->id), heatColour(1.0));
    QCOMPARE(colourOf(least->id), heatColour(fractions.value(least->id)));
    QVERIFY(luminance(colourOf(most->id)) < luminance(colourOf(least->id)));

    // Editing effort recolours live.
    Touchpoint changed = *least;
    changed.effort.minutes = most->effort.minutes * 2;
    canvas.document.push(new EditTouchpoint(&canvas.document, changed));
    QCOMPARE(colourOf(changed.id), heatColour(1.0));

    canvas.scene.setHeatmap(std::nullopt);
    QCOMPARE(colourOf(changed.id), QColor(Qt::white));
}

void TestCanvasView::departmentFilterDimsOtherDepartments()
{
    Canvas canvas;
    const QUuid department = canvas.journey().departments[0].id;
    canvas.scene.setDepartmentFilter(department);
    int dimmed = 0;
    for (const Touchpoint &card : canvas.journey().touchpoints) {
        QCOMPARE(canvas.scene.cardItem(card.id)->isDimmed(), card.departmentId != department);
        dimmed += card.departmentId != department ? 1 : 0;
    }
    QVERIFY(dimmed > 0 && dimmed < int(canvas.journey().touchpoints.size()));
    canvas.scene.setDepartmentFilter({});
    for (const Touchpoint &card : canvas.journey().touchpoints)
        QVERIFY(!canvas.scene.cardItem(card.id)->isDimmed());
}

void TestCanvasView::zoomKeysAndFit()
{
    Canvas canvas;
    QCOMPARE(canvas.view.zoom(), 1.0);
    canvas.actions.zoomIn()->trigger();
    QVERIFY(canvas.view.zoom() > 1.0);
    canvas.actions.zoomReset()->trigger();
    QCOMPARE(canvas.view.zoom(), 1.0);
    canvas.view.resize(400, 300);
    canvas.actions.zoomFit()->trigger();
    QVERIFY(canvas.view.zoom() < 1.0);
    const QRectF visible = canvas.view.mapToScene(canvas.view.viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(canvas.scene.canvasLayout().sceneRect()));
}

void TestCanvasView::zoomToSelectionFillsTheViewWithTheCards()
{
    Canvas canvas;
    QAction *zoom = canvas.actions.zoomSelection();
    canvas.scene.selectTouchpoints({});
    QVERIFY(!zoom->isEnabled()); // nothing to zoom to
    canvas.view.resetZoom();

    // Two cards of different stages: both in view, side by side, larger than at 100 %.
    const Journey &journey = canvas.journey();
    const QUuid first = journey.touchpoints.front().id;
    QUuid other;
    for (const Touchpoint &card : journey.touchpoints)
        if (card.stageId != journey.touchpoints.front().stageId)
            other = card.id;
    QVERIFY(!other.isNull());
    canvas.scene.selectTouchpoints({first, other});
    QVERIFY(zoom->isEnabled());
    canvas.view.addAction(zoom); // in the window, the View menu carries it
    QTest::keyClick(&canvas.view, Qt::Key_9, Qt::ControlModifier | Qt::ShiftModifier);
    const QRect viewport = canvas.view.viewport()->rect();
    for (const QUuid &id : {first, other}) {
        const QRect shown = canvas.view.mapFromScene(canvas.cardRect(id)).boundingRect();
        QVERIFY2(viewport.contains(shown), qPrintable(id.toString()));
    }
    const QRectF both = canvas.cardRect(first) | canvas.cardRect(other);
    const QRect shownBoth = canvas.view.mapFromScene(both).boundingRect();
    QVERIFY2(shownBoth.width() > viewport.width() * 0.8 || shownBoth.height() > viewport.height() * 0.8,
             qPrintable(QStringLiteral("%1×%2 in %3×%4").arg(shownBoth.width()).arg(shownBoth.height()).arg(viewport.width()).arg(viewport.height())));

    // One card: twice its size at most, and in view (centred as far as the map's edge allows).
    canvas.scene.selectTouchpoints({first});
    zoom->trigger();
    QCOMPARE(canvas.view.zoom(), 2.0);
    QVERIFY(viewport.contains(canvas.view.mapFromScene(canvas.cardRect(first)).boundingRect()));
}

void TestCanvasView::laneHeadersNameTheirDepartmentThenTheirSide()
{
    // One vocabulary (issue 18, item 3): a department lane says which department owns it, as
    // the filter and the legend do; "front office" is the side of the line of visibility.
    Canvas canvas;
    const Journey &journey = canvas.journey();
    bool sawDepartment = false;
    for (std::size_t l = 0; l < journey.lanes.size(); ++l) {
        const Lane &lane = journey.lanes[l];
        const Department *department = journey.department(lane.departmentId);
        const QString subtitle = canvas.scene.laneHeader(int(l))->subtitle();
        if (department) {
            sawDepartment = true;
            QCOMPARE(subtitle, department->name + QStringLiteral(" · ") + displayName(lane.zone));
        } else {
            QCOMPARE(subtitle, displayName(lane.zone));
        }
    }
    QVERIFY(sawDepartment);
    // Renaming the department renames the lanes' subtitles.
    const int lane = 3;
    QVERIFY(journey.department(journey.lanes[lane].departmentId));
    Department renamed = *journey.department(journey.lanes[lane].departmentId);
    renamed.name = QStringLiteral("Служба подршке");
    canvas.document.push(new waymark::EditDepartment(&canvas.document, renamed, QStringLiteral("rename")));
    QVERIFY(canvas.scene.laneHeader(lane)->subtitle().startsWith(QStringLiteral("Служба подршке · ")));
}

void TestCanvasView::dataOverlayBadgesFollowTheirCards()
{
    Canvas canvas;
    const Journey &journey = canvas.journey();
    const QUuid card = journey.touchpoints[0].id;
    DataOverlay overlay;
    overlay.cards.insert(card, NpsBadge{23.4, 8.2, 140, false});
    overlay.stages.insert(journey.stages[0].id, NpsBadge{-12, 31, 12, true});
    overlay.clvAtRisk.insert(card, QStringLiteral("EUR 12,300.00"));
    canvas.scene.setDataOverlay(overlay);
    const auto badgesOf = [](QGraphicsItem *item) {
        QStringList texts;
        for (QGraphicsItem *child : item->childItems())
            if (auto *badge = dynamic_cast<NpsBadgeItem *>(child))
                texts << badge->text();
        return texts;
    };
    QCOMPARE(badgesOf(canvas.scene.cardItem(card)),
             (QStringList{QStringLiteral("NPS +23 ±8 · n 140"), QStringLiteral("EUR 12,300.00")}));
    QCOMPARE(badgesOf(canvas.scene.stageHeader(0)), QStringList{QStringLiteral("NPS -12 ±31 · n 12")});
    QVERIFY(badgesOf(canvas.scene.cardItem(journey.touchpoints[1].id)).isEmpty());

    // The badge moves with its card and survives a re-layout.
    const CellIndex target = emptyCell(journey);
    drag(canvas, canvas.cardRect(card).center(), canvas.scene.canvasLayout().cellRect(target.stage, target.lane).center());
    canvas.scene.ensureLayout();
    QCOMPARE(badgesOf(canvas.scene.cardItem(card)).size(), 2);

    // A long figure gives way to the amount, which is shown whole (in Korean the figure and a
    // large sum in won do not both fit a card's row).
    overlay.cards.insert(card, NpsBadge{-23.4, 1.2, 1'234'567, false});
    overlay.clvAtRisk.insert(card, QStringLiteral("₩1,234,567,890"));
    canvas.scene.setDataOverlay(overlay);
    const QRectF body = canvas.scene.cardItem(card)->sceneBoundingRect();
    QList<NpsBadgeItem *> pills;
    for (QGraphicsItem *child : canvas.scene.cardItem(card)->childItems())
        if (auto *badge = dynamic_cast<NpsBadgeItem *>(child))
            pills << badge;
    QCOMPARE(pills.size(), 2);
    NpsBadgeItem *figure = pills[0]->text().startsWith(QLatin1String("NPS")) ? pills[0] : pills[1];
    NpsBadgeItem *money = figure == pills[0] ? pills[1] : pills[0];
    QCOMPARE(money->shownText(), QStringLiteral("₩1,234,567,890"));
    // Shortened, not the amount: the count goes first, then the margin; the figure stays whole.
    QVERIFY2(figure->shownText() == QStringLiteral("NPS -23 ±1") || figure->shownText() == QLatin1String("NPS -23")
                 || figure->shownText() == QLatin1String("-23"),
             qPrintable(figure->shownText()));
    QVERIFY(body.contains(money->sceneBoundingRect()) && body.contains(figure->sceneBoundingRect()));
    QVERIFY(!money->sceneBoundingRect().intersects(figure->sceneBoundingRect()));

    canvas.scene.setDataOverlay({});
    QVERIFY(badgesOf(canvas.scene.cardItem(card)).isEmpty());
    QVERIFY(badgesOf(canvas.scene.stageHeader(0)).isEmpty());
    // Colours run from red through amber to green.
    QVERIFY(NpsBadgeItem::npsColour(-100).hue() < NpsBadgeItem::npsColour(0).hue());
    QVERIFY(NpsBadgeItem::npsColour(0).hue() < NpsBadgeItem::npsColour(100).hue());
}

void TestCanvasView::middleButtonAndSpaceDragPan()
{
    Canvas canvas;
    canvas.view.resize(500, 400);
    canvas.view.setZoom(1.5);
    QApplication::processEvents();
    QScrollBar *horizontal = canvas.view.horizontalScrollBar();
    QScrollBar *vertical = canvas.view.verticalScrollBar();
    horizontal->setValue(horizontal->maximum() / 2);
    vertical->setValue(vertical->maximum() / 2);
    const int x = horizontal->value();
    const int y = vertical->value();
    QWidget *viewport = canvas.view.viewport();
    mouse(viewport, QEvent::MouseButtonPress, QPoint(200, 200), Qt::MiddleButton, Qt::MiddleButton);
    mouse(viewport, QEvent::MouseMove, QPoint(150, 170), Qt::NoButton, Qt::MiddleButton);
    mouse(viewport, QEvent::MouseButtonRelease, QPoint(150, 170), Qt::MiddleButton, Qt::NoButton);
    QCOMPARE(horizontal->value(), x + 50);
    QCOMPARE(vertical->value(), y + 30);

    // Space held: a left drag pans instead of rubber-band selecting.
    QTest::keyPress(&canvas.view, Qt::Key_Space);
    QCOMPARE(canvas.view.dragMode(), QGraphicsView::ScrollHandDrag);
    QTest::keyRelease(&canvas.view, Qt::Key_Space);
    QCOMPARE(canvas.view.dragMode(), QGraphicsView::RubberBandDrag);
    QCOMPARE(canvas.document.undoStack()->count(), 0);
}

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
