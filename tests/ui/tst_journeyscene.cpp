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
#include "testjourneys.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTest>

using namespace waymark;

namespace {

// A document on a canvas in a shown view, as the main window has it.
struct Canvas {
    explicit Canvas(Journey journey = test::smallJourney())
        : document(std::move(journey))
        , view(&scene)
        , actions(&scene, &view)
    {
        scene.setDocument(&document);
        actions.setConfirm([this](const QString &, const QString &) { ++confirmations; return confirmAnswer; });
        view.resize(1500, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        scene.ensureLayout();
    }
    QPoint viewPos(const QPointF &scenePos) const { return view.mapFromScene(scenePos); }
    QRectF cardRect(const QUuid &id) { return scene.canvasLayout().cardRect(id); }
    const Journey &journey() const { return document.journey(); }

    JourneyDocument document;
    JourneyScene scene;
    JourneyView view;
    CanvasActions actions;
    int confirmations = 0;
    bool confirmAnswer = true;
};

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

// A real drag: press, several moves (past the drag distance), release.
void drag(Canvas &canvas, const QPointF &fromScene, const QPointF &toScene, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *viewport = canvas.view.viewport();
    const QPoint from = canvas.viewPos(fromScene);
    const QPoint to = canvas.viewPos(toScene);
    mouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 6; ++i)
        mouse(viewport, QEvent::MouseMove, from + (to - from) * i / 6, Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

void click(Canvas &canvas, const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {})
{
    const QPoint pos = canvas.viewPos(scenePos);
    mouse(canvas.view.viewport(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(canvas.view.viewport(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton, modifiers);
}

void doubleClick(Canvas &canvas, const QPointF &scenePos)
{
    const QPoint pos = canvas.viewPos(scenePos);
    QWidget *viewport = canvas.view.viewport();
    mouse(viewport, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    mouse(viewport, QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

// QTest::keyClicks only knows ASCII; users type Cyrillic and Hangul.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

QList<QUuid> cellIds(const Journey &journey, int stage, int lane)
{
    QList<QUuid> ids;
    for (const Touchpoint *card : journey.cell(journey.stages[std::size_t(stage)].id, journey.lanes[std::size_t(lane)].id))
        ids.append(card->id);
    return ids;
}

// The first empty cell, scanning stages then lanes.
CellIndex emptyCell(const Journey &journey)
{
    for (int s = 0; s < int(journey.stages.size()); ++s)
        for (int l = 0; l < int(journey.lanes.size()); ++l)
            if (journey.lanes[std::size_t(l)].kind != LaneKind::Emotion && cellIds(journey, s, l).isEmpty())
                return {s, l};
    return {};
}

// A cell holding at least `count` cards.
CellIndex cellWith(const Journey &journey, int count)
{
    for (int s = 0; s < int(journey.stages.size()); ++s)
        for (int l = 0; l < int(journey.lanes.size()); ++l)
            if (cellIds(journey, s, l).size() >= count)
                return {s, l};
    return {};
}

double luminance(const QColor &colour)
{
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF();
}

} // namespace

class TestJourneyScene : public QObject
{
    Q_OBJECT

private slots:
    void sceneShowsEveryCardWhereTheLayoutSays();
    void sampleRendersToPng();
    void doubleClickCreatesCardAndTitleIsTypedInPlace();
    void escapeCancelsTitleEdit();
    void dragMovesCardToAnotherCellAsOneUndoStep();
    void dragReordersWithinCell();
    void escapeDuringDragLeavesNoTrace();
    void dragStageHeaderReorders();
    void dragLaneHeaderReorders();
    void altDragDrawsConnection();
    void deleteKeyRemovesSelectedCards();
    void copyPasteGoesThroughTheClipboard();
    void deleteStageAsksWhenItHoldsCards();
    void propertyEditsUpdateTheCardTotalsAndCurve();
    void heatmapColoursFollowEffort();
    void departmentFilterDimsOtherDepartments();
    void arrowKeysMoveTheSelection();
    void zoomKeysAndFit();
    void keyNAddsACardInTheCurrentCell();
    void laneHeadersNameTheirDepartmentThenTheirSide();
    void zoomToSelectionFillsTheViewWithTheCards();
    void dataOverlayBadgesFollowTheirCards();
    void aBrokenClipboardSaysWhyAndChangesNothing();
    void middleButtonAndSpaceDragPan();
};

void TestJourneyScene::sceneShowsEveryCardWhereTheLayoutSays()
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

void TestJourneyScene::sampleRendersToPng()
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

void TestJourneyScene::doubleClickCreatesCardAndTitleIsTypedInPlace()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    const CellIndex cell = emptyCell(before);
    QVERIFY(cell.stage >= 0);
    doubleClick(canvas, canvas.scene.canvasLayout().cellRect(cell.stage, cell.lane).center());

    QCOMPARE(canvas.journey().touchpoints.size(), before.touchpoints.size() + 1);
    const QList<QUuid> added = cellIds(canvas.journey(), cell.stage, cell.lane);
    QCOMPARE(added.size(), 1);
    QCOMPARE(canvas.scene.selectedTouchpoints(), added);
    QCOMPARE(canvas.scene.cardCount(), int(before.touchpoints.size()) + 1);

    QLineEdit *editor = canvas.view.inPlaceEditor();
    QVERIFY(editor);
    QVERIFY(editor->hasSelectedText()); // typing replaces "New card"
    typeText(editor, QStringLiteral("Потвердите адресу"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!canvas.view.inPlaceEditor());
    QCOMPARE(canvas.journey().touchpoint(added[0])->title, QStringLiteral("Потвердите адресу"));

    // One step, as for stages and lanes: one Undo takes the card away (no "New card" left
    // behind), one Redo brings it back titled.
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.journey() == before);
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.cardCount(), int(before.touchpoints.size()));
    canvas.document.undoStack()->redo();
    QCOMPARE(canvas.journey().touchpoint(added[0])->title, QStringLiteral("Потвердите адресу"));
    canvas.scene.ensureLayout();
    QVERIFY(canvas.scene.cardItem(added[0]));
}

void TestJourneyScene::escapeCancelsTitleEdit()
{
    Canvas canvas;
    const Touchpoint card = canvas.journey().touchpoints[0];
    doubleClick(canvas, canvas.cardRect(card.id).center());
    QLineEdit *editor = canvas.view.inPlaceEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), card.title);
    QTest::keyClicks(editor, QStringLiteral("changed"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!canvas.view.inPlaceEditor());
    QCOMPARE(canvas.journey().touchpoint(card.id)->title, card.title);
    QCOMPARE(canvas.document.undoStack()->count(), 0);

    // F2 on the selected card opens the editor again.
    canvas.scene.selectTouchpoints({card.id});
    canvas.actions.renameCard()->trigger();
    QVERIFY(canvas.view.inPlaceEditor());
}

void TestJourneyScene::dragMovesCardToAnotherCellAsOneUndoStep()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    const Touchpoint card = before.touchpoints[0];
    const CellIndex target = emptyCell(before);
    drag(canvas, canvas.cardRect(card.id).center(), canvas.scene.canvasLayout().cellRect(target.stage, target.lane).center());

    const Touchpoint *moved = canvas.journey().touchpoint(card.id);
    QCOMPARE(moved->stageId, before.stages[std::size_t(target.stage)].id);
    QCOMPARE(moved->laneId, before.lanes[std::size_t(target.lane)].id);
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.scene.ensureLayout();
    QVERIFY(canvas.scene.canvasLayout().cellRect(target.stage, target.lane).contains(canvas.scene.cardItem(card.id)->sceneBoundingRect().center()));

    canvas.document.undoStack()->undo();
    QVERIFY(canvas.journey() == before);
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.cardItem(card.id)->pos(), canvas.cardRect(card.id).topLeft());
    canvas.document.undoStack()->redo();
    QCOMPARE(canvas.journey().touchpoint(card.id)->stageId, before.stages[std::size_t(target.stage)].id);
}

void TestJourneyScene::dragReordersWithinCell()
{
    Canvas canvas;
    const CellIndex cell = cellWith(canvas.journey(), 2);
    QVERIFY(cell.stage >= 0);
    const QList<QUuid> before = cellIds(canvas.journey(), cell.stage, cell.lane);
    // The last card dropped above the first card's middle becomes the first.
    const QRectF first = canvas.cardRect(before.first());
    drag(canvas, canvas.cardRect(before.last()).center(), QPointF(first.center().x(), first.top() + 5));
    QList<QUuid> expected = before;
    expected.move(expected.size() - 1, 0);
    QCOMPARE(cellIds(canvas.journey(), cell.stage, cell.lane), expected);
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QCOMPARE(cellIds(canvas.journey(), cell.stage, cell.lane), before);
}

void TestJourneyScene::escapeDuringDragLeavesNoTrace()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    const Touchpoint card = before.touchpoints[0];
    QWidget *viewport = canvas.view.viewport();
    const QPoint from = canvas.viewPos(canvas.cardRect(card.id).center());
    mouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    mouse(viewport, QEvent::MouseMove, from + QPoint(120, 60), Qt::NoButton, Qt::LeftButton);
    mouse(viewport, QEvent::MouseMove, from + QPoint(240, 90), Qt::NoButton, Qt::LeftButton);
    QVERIFY(canvas.scene.cardItem(card.id)->pos() != canvas.cardRect(card.id).topLeft()); // preview follows
    QTest::keyClick(&canvas.view, Qt::Key_Escape);
    mouse(viewport, QEvent::MouseButtonRelease, from + QPoint(240, 90), Qt::LeftButton, Qt::NoButton);
    QVERIFY(canvas.journey() == before);
    QCOMPARE(canvas.document.undoStack()->count(), 0);
    QCOMPARE(canvas.scene.cardItem(card.id)->pos(), canvas.cardRect(card.id).topLeft());
}

void TestJourneyScene::dragStageHeaderReorders()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    const CanvasLayout &layout = canvas.scene.canvasLayout();
    drag(canvas, layout.stageHeaderRect(0).center(), layout.stageHeaderRect(2).center());
    QCOMPARE(canvas.journey().stages[2].id, before.stages[0].id);
    QCOMPARE(canvas.journey().stages[0].id, before.stages[1].id);
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.stageHeader(2)->text(), before.stages[0].name);
    // Cards travel with their stage.
    const Touchpoint card = *before.touchpointsInStage(before.stages[0].id).front();
    QVERIFY(canvas.scene.canvasLayout().cellRect(2, *before.laneIndex(card.laneId)).contains(canvas.cardRect(card.id)));
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.journey() == before);
}

void TestJourneyScene::dragLaneHeaderReorders()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    const CanvasLayout &layout = canvas.scene.canvasLayout();
    // The last lane dragged onto the first.
    const int last = int(before.lanes.size()) - 1;
    drag(canvas, layout.laneHeaderRect(last).center(), layout.laneHeaderRect(0).center());
    QCOMPARE(canvas.journey().lanes[0].id, before.lanes[std::size_t(last)].id);
    QCOMPARE(canvas.journey().lanes[1].id, before.lanes[0].id);
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.laneHeader(0)->text(), before.lanes[std::size_t(last)].name);
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.journey() == before);
}

void TestJourneyScene::altDragDrawsConnection()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    // Two cards with no connection between them yet.
    const QUuid from = before.touchpoints[0].id;
    QUuid to;
    for (const Touchpoint &card : before.touchpoints) {
        bool connected = card.id == from;
        for (const Connection &c : before.connections)
            connected = connected || (c.fromId == from && c.toId == card.id);
        if (!connected) {
            to = card.id;
            break;
        }
    }
    QVERIFY(!to.isNull());
    drag(canvas, canvas.cardRect(from).center(), canvas.cardRect(to).center(), Qt::AltModifier);
    QCOMPARE(canvas.journey().connections.size(), before.connections.size() + 1);
    const Connection &added = canvas.journey().connections.back();
    QCOMPARE(added.fromId, from);
    QCOMPARE(added.toId, to);
    QVERIFY(canvas.scene.connectionItem(added.id));
    // Neither card moved.
    QCOMPARE(canvas.journey().touchpoint(from)->stageId, before.touchpoint(from)->stageId);

    // Select the arrow and delete it.
    canvas.scene.clearSelection();
    canvas.scene.connectionItem(added.id)->setSelected(true);
    canvas.actions.deleteSelection()->trigger();
    QCOMPARE(canvas.journey().connections.size(), before.connections.size());
    canvas.document.undoStack()->undo();
    QCOMPARE(canvas.journey().connections.size(), before.connections.size() + 1);
}

void TestJourneyScene::deleteKeyRemovesSelectedCards()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    const QUuid a = before.touchpoints[0].id;
    const QUuid b = before.touchpoints[3].id;
    click(canvas, canvas.cardRect(a).center());
    click(canvas, canvas.cardRect(b).center(), Qt::ShiftModifier);
    QCOMPARE(canvas.scene.selectedTouchpoints().size(), 2);
    QTest::keyClick(&canvas.view, Qt::Key_Delete);
    QVERIFY(!canvas.journey().touchpoint(a));
    QVERIFY(!canvas.journey().touchpoint(b));
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.cardCount(), int(before.touchpoints.size()) - 2);
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.journey() == before);
}

void TestJourneyScene::copyPasteGoesThroughTheClipboard()
{
    Canvas source;
    const QUuid card = source.journey().touchpoints[0].id;
    source.scene.selectTouchpoints({card});
    QTest::keyClick(&source.view, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(mimeDataHasCards(QGuiApplication::clipboard()->mimeData()));

    // Paste into another journey (another window), in its current cell.
    Journey other;
    other.id = QUuid::createUuid();
    other.title = QStringLiteral("Other");
    other.stages = {{QUuid::createUuid(), QStringLiteral("Only stage"), {}}};
    other.lanes = {{QUuid::createUuid(), QStringLiteral("Only lane"), LaneKind::Touchpoints, OfficeZone::Customer, {}}};
    Canvas target(other);
    target.scene.setCurrentCell(CellIndex{0, 0});
    QTest::keyClick(&target.view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(target.journey().touchpoints.size(), std::size_t(1));
    const Touchpoint &pasted = target.journey().touchpoints[0];
    QCOMPARE(pasted.title, source.journey().touchpoint(card)->title);
    QVERIFY(pasted.id != card);
    QCOMPARE(target.scene.selectedTouchpoints(), QList<QUuid>{pasted.id});
    target.document.undoStack()->undo();
    QVERIFY(target.journey().touchpoints.empty());
}

void TestJourneyScene::deleteStageAsksWhenItHoldsCards()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    canvas.scene.setCurrentCell(CellIndex{0, 0});
    canvas.confirmAnswer = false;
    canvas.actions.deleteStage()->trigger();
    QCOMPARE(canvas.confirmations, 1);
    QVERIFY(canvas.journey() == before);
    canvas.confirmAnswer = true;
    canvas.scene.setCurrentCell(CellIndex{0, 0});
    canvas.actions.deleteStage()->trigger();
    QCOMPARE(canvas.journey().stages.size(), before.stages.size() - 1);
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.cardCount(), int(canvas.journey().touchpoints.size()));
    QCOMPARE(canvas.document.undoStack()->count(), 1);
    canvas.document.undoStack()->undo();
    QVERIFY(canvas.journey() == before);
    canvas.scene.ensureLayout();
    QCOMPARE(canvas.scene.cardCount(), int(before.touchpoints.size()));
    QCOMPARE(canvas.scene.stageHeader(0)->text(), before.stages[0].name);
}

void TestJourneyScene::propertyEditsUpdateTheCardTotalsAndCurve()
{
    Canvas canvas;
    int emotionLane = -1;
    for (std::size_t l = 0; l < canvas.journey().lanes.size(); ++l)
        if (canvas.journey().lanes[l].kind == LaneKind::Emotion)
            emotionLane = int(l);
    QVERIFY(emotionLane >= 0);
    EmotionCurveItem *curve = canvas.scene.emotionCurve(emotionLane);
    QVERIFY(curve);

    Touchpoint card = canvas.journey().touchpoints[0];
    const int stage = *canvas.journey().stageIndex(card.stageId);
    const QStringList totalsBefore = canvas.scene.stageTotals(stage)->lines();
    card.effort.emotion = card.effort.emotion == 10 ? 0 : 10;
    card.effort.minutes += 600;
    canvas.document.push(new EditTouchpoint(&canvas.document, card));

    // The stage mean on the curve is the mean of the stage's cards, computed by hand here.
    double sum = 0;
    int count = 0;
    for (const Touchpoint *c : canvas.journey().touchpointsInStage(card.stageId)) {
        sum += c->effort.emotion;
        ++count;
    }
    QVERIFY(curve->means()[std::size_t(stage)].has_value());
    QCOMPARE(*curve->means()[std::size_t(stage)], sum / count);
    QVERIFY(canvas.scene.stageTotals(stage)->lines() != totalsBefore);
    QVERIFY(canvas.scene.stageTotals(stage)->lines().join(u' ').contains(QStringLiteral("10")));
}

void TestJourneyScene::heatmapColoursFollowEffort()
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

void TestJourneyScene::departmentFilterDimsOtherDepartments()
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

void TestJourneyScene::arrowKeysMoveTheSelection()
{
    Canvas canvas;
    const CellIndex cell = cellWith(canvas.journey(), 2);
    const QList<QUuid> ids = cellIds(canvas.journey(), cell.stage, cell.lane);
    canvas.scene.selectTouchpoints({ids[0]});
    QTest::keyClick(&canvas.view, Qt::Key_Down);
    QCOMPARE(canvas.scene.selectedTouchpoints(), QList<QUuid>{ids[1]});
    QTest::keyClick(&canvas.view, Qt::Key_Up);
    QCOMPARE(canvas.scene.selectedTouchpoints(), QList<QUuid>{ids[0]});
    // Right goes to a card in a later stage.
    QTest::keyClick(&canvas.view, Qt::Key_Right);
    const QList<QUuid> now = canvas.scene.selectedTouchpoints();
    QCOMPARE(now.size(), 1);
    QVERIFY(*canvas.journey().stageIndex(canvas.journey().touchpoint(now[0])->stageId) > cell.stage);
}

void TestJourneyScene::zoomKeysAndFit()
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

void TestJourneyScene::keyNAddsACardInTheCurrentCell()
{
    Canvas canvas;
    const CellIndex cell = cellWith(canvas.journey(), 2);
    const QList<QUuid> before = cellIds(canvas.journey(), cell.stage, cell.lane);
    // Select the first card of the cell: the new one goes right after it.
    canvas.scene.selectTouchpoints({before[0]});
    QTest::keyClick(&canvas.view, Qt::Key_N);
    const QList<QUuid> after = cellIds(canvas.journey(), cell.stage, cell.lane);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after[0], before[0]);
    QCOMPARE(canvas.journey().touchpoint(after[1])->title, QStringLiteral("New card"));
    QVERIFY(canvas.view.inPlaceEditor());
    QTest::keyClicks(canvas.view.inPlaceEditor(), QStringLiteral("Queue at the branch"));
    QTest::keyClick(canvas.view.inPlaceEditor(), Qt::Key_Return);
    QCOMPARE(canvas.journey().touchpoint(after[1])->title, QStringLiteral("Queue at the branch"));
    // A card in a department lane belongs to that department from the start.
    const Lane &lane = canvas.journey().lanes[std::size_t(cell.lane)];
    QCOMPARE(canvas.journey().touchpoint(after[1])->departmentId, lane.departmentId);
}

void TestJourneyScene::aBrokenClipboardSaysWhyAndChangesNothing()
{
    Canvas canvas;
    const Journey before = canvas.journey();
    QStringList notes;
    canvas.actions.setNotify([&](const QString &text) { notes << text; });

    QGuiApplication::clipboard()->setText(QStringLiteral("just some words"));
    QVERIFY(!mimeDataHasCards(QGuiApplication::clipboard()->mimeData()));
    canvas.actions.updateEnabled();
    QVERIFY(!canvas.actions.paste()->isEnabled());

    // JSON that claims to be Waymark's but is cut off: the message names line and column.
    QGuiApplication::clipboard()->setText(QStringLiteral("{\n  \"format\": \"waymark-journey\",\n  \"version\": 1,\n  \"stages\": [\n"));
    QVERIFY(mimeDataHasCards(QGuiApplication::clipboard()->mimeData()));
    canvas.scene.setCurrentCell(CellIndex{0, 0});
    canvas.actions.paste()->trigger();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].contains(QStringLiteral("line 5")), qPrintable(notes[0]));
    QVERIFY(canvas.journey() == before);
    QCOMPARE(canvas.document.undoStack()->count(), 0);

    // A card with emotion 12: refused with the JSON pointer of the value.
    Journey cards = copyCards(before, {before.touchpoints[0].id});
    QByteArray json = JourneyJson::toJson(cards);
    json.replace("\"emotion\": 1", "\"emotion\": 12");
    QGuiApplication::clipboard()->setText(QString::fromUtf8(json));
    canvas.actions.paste()->trigger();
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes[1].contains(QStringLiteral("/emotion")), qPrintable(notes[1]));
    QVERIFY(canvas.journey() == before);
}

void TestJourneyScene::zoomToSelectionFillsTheViewWithTheCards()
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

void TestJourneyScene::laneHeadersNameTheirDepartmentThenTheirSide()
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

void TestJourneyScene::dataOverlayBadgesFollowTheirCards()
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

void TestJourneyScene::middleButtonAndSpaceDragPan()
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

QTEST_MAIN(TestJourneyScene)
#include "tst_journeyscene.moc"
