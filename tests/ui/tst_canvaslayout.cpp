#include "canvas/canvaslayout.h"
#include "testjourneys.h"

#include <QTest>

#include <algorithm>

using namespace waymark;

class TestCanvasLayout : public QObject
{
    Q_OBJECT

private slots:
    void cardsStackInCellOrderInsideTheirCell();
    void rowsFitTheTallestCell();
    void lineOfVisibilitySeparatesFrontFromMiddleAndBack();
    void isDeterministic();
    void hitTestsFindCellsAndDropPositions();
};

void TestCanvasLayout::cardsStackInCellOrderInsideTheirCell()
{
    const Journey journey = test::smallJourney();
    const CanvasLayout layout(journey);
    QCOMPARE(layout.stageCount(), int(journey.stages.size()));
    QCOMPARE(layout.laneCount(), int(journey.lanes.size()));
    int seen = 0;
    for (int s = 0; s < layout.stageCount(); ++s) {
        for (int l = 0; l < layout.laneCount(); ++l) {
            const QRectF cell = layout.cellRect(s, l);
            QRectF previous;
            for (const Touchpoint *card : journey.cell(journey.stages[std::size_t(s)].id,
                                                       journey.lanes[std::size_t(l)].id)) {
                const QRectF rect = layout.cardRect(card->id);
                QVERIFY(!rect.isNull());
                QVERIFY2(cell.contains(rect), qPrintable(card->title));
                if (!previous.isNull()) {
                    QVERIFY(rect.top() >= previous.bottom()); // below, not overlapping
                    QVERIFY(!rect.intersects(previous));
                }
                previous = rect;
                ++seen;
            }
        }
    }
    QCOMPARE(seen, int(journey.touchpoints.size()));
    QVERIFY(layout.cardRect(QUuid::createUuid()).isNull());
}

void TestCanvasLayout::rowsFitTheTallestCell()
{
    const Journey journey = test::smallJourney();
    const CanvasLayout layout(journey);
    const CanvasMetrics &m = layout.metrics();
    bool someStack = false;
    for (int l = 0; l < layout.laneCount(); ++l) {
        std::size_t tallest = 1;
        for (const Stage &stage : journey.stages)
            tallest = std::max(tallest, journey.cell(stage.id, journey.lanes[std::size_t(l)].id).size());
        someStack = someStack || tallest > 1;
        qreal expected = qreal(tallest) * m.cardHeight + qreal(tallest - 1) * m.cardSpacing
            + 2 * m.cellPadding;
        if (journey.lanes[std::size_t(l)].kind == LaneKind::Emotion) // room for the curve
            expected = std::max(expected, m.emotionRowHeight);
        QCOMPARE(layout.rowHeight(l), expected);
        if (l > 0)
            QCOMPARE(layout.rowY(l), layout.rowY(l - 1) + layout.rowHeight(l - 1));
    }
    QVERIFY(someStack); // the fixture has a cell with more than one card
    QCOMPARE(layout.totalsRowRect().top(), layout.rowY(layout.laneCount() - 1)
                                              + layout.rowHeight(layout.laneCount() - 1));
    QVERIFY(layout.sceneRect().contains(layout.totalsRowRect()));
    QVERIFY(layout.sceneRect().contains(layout.totalsColumnRect()));
}

void TestCanvasLayout::lineOfVisibilitySeparatesFrontFromMiddleAndBack()
{
    const Journey journey = test::smallJourney();
    const CanvasLayout layout(journey);
    const int first = journey.lineOfVisibilityIndex();
    QVERIFY(first > 0 && first < int(journey.lanes.size()));
    QVERIFY(layout.lineOfVisibilityY().has_value());
    const qreal y = *layout.lineOfVisibilityY();
    for (int l = 0; l < layout.laneCount(); ++l) {
        const bool above = journey.lanes[std::size_t(l)].zone == OfficeZone::Customer
            || journey.lanes[std::size_t(l)].zone == OfficeZone::Front;
        if (l < first) {
            QVERIFY(above);
            QVERIFY(layout.rowY(l) + layout.rowHeight(l) <= y);
        } else {
            QVERIFY(layout.rowY(l) >= y);
        }
    }
}

void TestCanvasLayout::isDeterministic()
{
    const Journey journey = test::smallJourney();
    const CanvasLayout a(journey);
    const CanvasLayout b(journey);
    QCOMPARE(a.sceneRect(), b.sceneRect());
    for (const Touchpoint &card : journey.touchpoints)
        QCOMPARE(a.cardRect(card.id), b.cardRect(card.id));
}

void TestCanvasLayout::hitTestsFindCellsAndDropPositions()
{
    const Journey journey = test::smallJourney();
    const CanvasLayout layout(journey);
    for (int s = 0; s < layout.stageCount(); ++s) {
        for (int l = 0; l < layout.laneCount(); ++l) {
            const QRectF cell = layout.cellRect(s, l);
            QCOMPARE(layout.cellAt(cell.center()), (CellIndex{s, l}));
            QCOMPARE(layout.cellAt(cell.topLeft()), (CellIndex{s, l}));
        }
    }
    QVERIFY(!layout.cellAt(QPointF(1, 1)).has_value());                       // corner header
    QVERIFY(!layout.cellAt(layout.totalsRowRect().center()).has_value());     // totals row
    QVERIFY(!layout.cellAt(layout.totalsColumnRect().center()).has_value());  // totals column

    // Drop positions: above the first card's middle is 0, between the middles of cards
    // i-1 and i is i, below the last card's middle is the end.
    const CanvasMetrics &m = layout.metrics();
    const qreal first = layout.rowY(0) + m.cellPadding;
    const qreal step = m.cardHeight + m.cardSpacing;
    QCOMPARE(layout.insertionIndexAt(first - 5, 0, 3), 0);
    QCOMPARE(layout.insertionIndexAt(first + m.cardHeight / 2 - 1, 0, 3), 0);
    QCOMPARE(layout.insertionIndexAt(first + m.cardHeight / 2 + 1, 0, 3), 1);
    QCOMPARE(layout.insertionIndexAt(first + step + m.cardHeight / 2 + 1, 0, 3), 2);
    QCOMPARE(layout.insertionIndexAt(first + 10 * step, 0, 3), 3);
    QVERIFY(layout.insertionY(0, 1) > first + m.cardHeight);
    QVERIFY(layout.insertionY(0, 1) < first + step);
}

QTEST_GUILESS_MAIN(TestCanvasLayout)
#include "tst_canvaslayout.moc"
