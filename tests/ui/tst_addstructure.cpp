// Adding stages and lanes where the facilitator is looking (issue 18, item 6): a new stage
// lands right after the selected card's stage, a new lane right after the selected lane in its
// office zone; the view scrolls to it, the name editor opens with the default name selected,
// and the addition plus the typed name are one undo step. Real mouse and key events on the
// bundled sample workshop.
#include "canvas/canvasactions.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "format/formaterror.h"
#include "i18n/samplejourney.h"
#include "journeydocument.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTest>

using namespace waymark;

namespace {

Journey sampleJourney()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FormatError error;
    std::optional<Journey> journey = SampleJourney::read(&error);
    [&] { QVERIFY2(journey, qPrintable(error.toString())); }();
    return journey ? *journey : Journey{};
}

// The sample on a canvas in a shown view at 100 %, smaller than the map so that parts of it
// are off screen, scrolled to the top left like a freshly opened file.
struct Canvas {
    Canvas()
        : document(sampleJourney())
        , view(&scene)
        , actions(&scene, &view)
    {
        scene.setDocument(&document);
        actions.updateEnabled(); // as the main window does after opening a file
        view.resize(900, 600);
        view.show();
        [this] { QVERIFY(QTest::qWaitForWindowExposed(&view)); }();
        view.setFocus();
        view.resetZoom();
        scene.ensureLayout();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->minimum());
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->minimum());
    }
    const Journey &journey() const { return document.journey(); }
    QRectF visibleSceneRect() const { return view.mapToScene(view.viewport()->rect()).boundingRect(); }

    // A real click on an item's centre, after bringing it into view.
    void click(const QRectF &sceneRect)
    {
        view.ensureVisible(sceneRect, 10, 10);
        const QPoint pos = view.mapFromScene(sceneRect.center());
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(pos), view.viewport()->mapToGlobal(QPointF(pos)),
                          Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &press);
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(pos), view.viewport()->mapToGlobal(QPointF(pos)),
                            Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &release);
    }

    JourneyDocument document;
    JourneyScene scene;
    JourneyView view;
    CanvasActions actions;
};

// A card of the sample in a stage, in a lane that holds cards (not the emotion curve).
QUuid cardInStage(const Journey &journey, int stage)
{
    for (const Touchpoint &card : journey.touchpoints) {
        const Lane *lane = journey.lane(card.laneId);
        if (card.stageId == journey.stages[std::size_t(stage)].id && lane && lane->kind != LaneKind::Emotion)
            return card.id;
    }
    return {};
}

int laneIn(const Journey &journey, OfficeZone zone)
{
    for (std::size_t i = 0; i < journey.lanes.size(); ++i)
        if (journey.lanes[i].zone == zone)
            return int(i);
    return -1;
}

} // namespace

class TestAddStructure : public QObject
{
    Q_OBJECT

private slots:
    void newStageFollowsTheSelectedCard()
    {
        Canvas canvas;
        const Journey before = canvas.journey();
        QVERIFY(before.stages.size() >= 4);
        const QUuid card = cardInStage(before, 1);
        QVERIFY(!card.isNull());
        canvas.click(canvas.scene.canvasLayout().cardRect(card));
        QCOMPARE(canvas.scene.selectedTouchpoints(), QList<QUuid>{card});
        const int steps = canvas.document.undoStack()->count();

        canvas.actions.addStage()->trigger();

        const Journey &after = canvas.journey();
        QCOMPARE(after.stages.size(), before.stages.size() + 1);
        QCOMPARE(after.stages[2].name, QStringLiteral("New stage"));
        QCOMPARE(after.stages[3].id, before.stages[2].id); // the old third stage moved one on
        QLineEdit *editor = canvas.view.inPlaceEditor();
        QVERIFY(editor);
        QCOMPARE(canvas.view.window()->focusWidget(), editor); // typing goes there (even in an inactive window)
        QCOMPARE(editor->selectedText(), QStringLiteral("New stage"));
        QVERIFY(canvas.visibleSceneRect().contains(canvas.scene.stageHeader(2)->rect()));
        QVERIFY(canvas.view.viewport()->rect().contains(editor->geometry()));

        QTest::keyClicks(editor, QStringLiteral("Compare offers"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!canvas.view.inPlaceEditor());
        QCOMPARE(canvas.journey().stages[2].name, QStringLiteral("Compare offers"));
        // Adding and naming are one step: one Undo takes the stage away, one Redo brings it back named.
        QCOMPARE(canvas.document.undoStack()->count(), steps + 1);
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.journey().stages, before.stages);
        canvas.document.undoStack()->redo();
        QCOMPARE(canvas.journey().stages[2].name, QStringLiteral("Compare offers"));

        // The new stage is what comes next acts on: its header is selected, a new card lands in it,
        // and another Add Stage goes after it rather than in front of it.
        QVERIFY(canvas.scene.stageHeader(2)->isSelected());
        canvas.actions.newCard()->trigger();
        QVERIFY(canvas.view.inPlaceEditor());
        QTest::keyClick(canvas.view.inPlaceEditor(), Qt::Key_Escape);
        const QList<QUuid> newCard = canvas.scene.selectedTouchpoints();
        QCOMPARE(newCard.size(), 1);
        QCOMPARE(canvas.journey().touchpoint(newCard.first())->stageId, canvas.journey().stages[2].id);
        canvas.actions.addStage()->trigger();
        QVERIFY(canvas.view.inPlaceEditor());
        QTest::keyClick(canvas.view.inPlaceEditor(), Qt::Key_Escape);
        QCOMPARE(canvas.journey().stages[2].name, QStringLiteral("Compare offers"));
        QCOMPARE(canvas.journey().stages[3].name, QStringLiteral("New stage"));
        canvas.document.undoStack()->undo(); // the second stage
        canvas.document.undoStack()->undo(); // the card

        // A later rename of that stage is a step of its own.
        canvas.click(canvas.scene.stageHeader(2)->rect());
        canvas.actions.renameStage()->trigger();
        QVERIFY(canvas.view.inPlaceEditor());
        QTest::keyClicks(canvas.view.inPlaceEditor(), QStringLiteral("Compare fees"));
        QTest::keyClick(canvas.view.inPlaceEditor(), Qt::Key_Return);
        QCOMPARE(canvas.document.undoStack()->count(), steps + 2);
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.journey().stages[2].name, QStringLiteral("Compare offers"));
    }

    void newStageWithNothingSelectedIsAppendedAndScrolledTo()
    {
        Canvas canvas;
        const std::size_t count = canvas.journey().stages.size();
        QVERIFY(canvas.scene.selectedItems().isEmpty());
        QVERIFY(!canvas.scene.currentCell());
        // The last column starts off screen: the scroll below is the view's doing.
        QVERIFY(!canvas.visibleSceneRect().intersects(canvas.scene.stageHeader(int(count) - 1)->rect()));

        canvas.actions.addStage()->trigger();

        QCOMPARE(canvas.journey().stages.size(), count + 1);
        QCOMPARE(canvas.journey().stages.back().name, QStringLiteral("New stage"));
        QVERIFY(canvas.visibleSceneRect().contains(canvas.scene.stageHeader(int(count))->rect()));
        QVERIFY(canvas.view.inPlaceEditor());
        QCOMPARE(canvas.view.inPlaceEditor()->selectedText(), QStringLiteral("New stage"));
    }

    void newLaneFollowsTheSelectedBackOfficeLane()
    {
        Canvas canvas;
        const Journey before = canvas.journey();
        const int back = laneIn(before, OfficeZone::Back);
        QVERIFY(back >= 0);
        canvas.click(canvas.scene.laneHeader(back)->rect());
        QVERIFY(canvas.scene.laneHeader(back)->isSelected());
        const int steps = canvas.document.undoStack()->count();

        canvas.actions.addLane()->trigger();

        const Journey &after = canvas.journey();
        QCOMPARE(after.lanes.size(), before.lanes.size() + 1);
        const Lane &added = after.lanes[std::size_t(back) + 1];
        QCOMPARE(added.name, QStringLiteral("New lane"));
        QCOMPARE(added.zone, OfficeZone::Back);
        QCOMPARE(added.kind, LaneKind::Touchpoints);
        QVERIFY(canvas.visibleSceneRect().contains(canvas.scene.laneHeader(back + 1)->rect()));
        QLineEdit *editor = canvas.view.inPlaceEditor();
        QVERIFY(editor);
        QCOMPARE(editor->selectedText(), QStringLiteral("New lane"));

        // Escape keeps the default name; the lane stays, still one step.
        QTest::keyClicks(editor, QStringLiteral("Ledger"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!canvas.view.inPlaceEditor());
        QCOMPARE(canvas.journey().lanes[std::size_t(back) + 1].name, QStringLiteral("New lane"));
        QCOMPARE(canvas.document.undoStack()->count(), steps + 1);

        // A second lane follows the first, still in the back office.
        canvas.actions.addLane()->trigger();
        QVERIFY(canvas.view.inPlaceEditor());
        QTest::keyClick(canvas.view.inPlaceEditor(), Qt::Key_Return); // the default name: no extra step
        QCOMPARE(canvas.journey().lanes[std::size_t(back) + 2].name, QStringLiteral("New lane"));
        QCOMPARE(canvas.journey().lanes[std::size_t(back) + 2].zone, OfficeZone::Back);
        QCOMPARE(canvas.document.undoStack()->count(), steps + 2);
        canvas.document.undoStack()->undo();
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.journey().lanes, before.lanes);
    }

    void newLaneFollowsTheSelectedCardsLaneInItsZone()
    {
        Canvas canvas;
        const Journey before = canvas.journey();
        const int middle = laneIn(before, OfficeZone::Middle);
        QVERIFY(middle >= 0 && middle + 1 < int(before.lanes.size())); // not the last lane
        QUuid card;
        for (const Touchpoint &candidate : before.touchpoints)
            if (candidate.laneId == before.lanes[std::size_t(middle)].id)
                card = candidate.id;
        QVERIFY(!card.isNull());
        canvas.click(canvas.scene.canvasLayout().cardRect(card));
        QCOMPARE(canvas.scene.selectedTouchpoints(), QList<QUuid>{card});

        canvas.actions.addLane()->trigger();
        QVERIFY(canvas.view.inPlaceEditor());
        QTest::keyClicks(canvas.view.inPlaceEditor(), QStringLiteral("Fraud checks"));
        QTest::keyClick(canvas.view.inPlaceEditor(), Qt::Key_Return);

        const Lane &added = canvas.journey().lanes[std::size_t(middle) + 1];
        QCOMPARE(added.name, QStringLiteral("Fraud checks"));
        QCOMPARE(added.zone, OfficeZone::Middle);
        QCOMPARE(canvas.journey().lanes[std::size_t(middle) + 2].id, before.lanes[std::size_t(middle) + 1].id);
        // The line of visibility still sits above the middle office.
        QCOMPARE(canvas.journey().lineOfVisibilityIndex(), before.lineOfVisibilityIndex());
    }

    void newLaneWithNothingSelectedJoinsTheLastLanesZone()
    {
        Canvas canvas;
        const Journey before = canvas.journey();
        canvas.actions.addLane()->trigger();
        QCOMPARE(canvas.journey().lanes.size(), before.lanes.size() + 1);
        QCOMPARE(canvas.journey().lanes.back().zone, before.lanes.back().zone);
        QVERIFY(canvas.visibleSceneRect().contains(canvas.scene.laneHeader(int(before.lanes.size()))->rect()));
    }
};

QTEST_MAIN(TestAddStructure)
#include "tst_addstructure.moc"
