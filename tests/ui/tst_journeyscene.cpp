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

class TestJourneyScene : public QObject
{
    Q_OBJECT

private slots:
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
    void arrowKeysMoveTheSelection();
    void keyNAddsACardInTheCurrentCell();
    void aBrokenClipboardSaysWhyAndChangesNothing();
};

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

QTEST_MAIN(TestJourneyScene)
#include "tst_journeyscene.moc"
