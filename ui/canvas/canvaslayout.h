#pragma once

#include "uuidhash.h"
#include <QHash>
#include <QRectF>
#include <QUuid>

#include <optional>
#include <vector>

namespace waymark {

class Journey;

// Fixed sizes of the canvas grid, in scene units (pixels at 100% zoom).
struct CanvasMetrics {
    qreal headerColumnWidth = 180;
    qreal headerRowHeight = 48;
    qreal stageWidth = 220;
    qreal cardHeight = 64;
    qreal cardSpacing = 18; // room for the voting dots that hang from a card's bottom edge
    qreal cellPadding = 10;
    qreal totalsRowHeight = 56;
    qreal totalsColumnWidth = 150;
    qreal emotionRowHeight = 150; // room for the emotion curve, cards or not
    // A data layer's pills (NPS, CLV at risk, top complaint) get rows of their own inside the
    // card and under the stage name, so they never cover text, marks or a neighbour.
    qreal dataRowHeight = 18;
};

// A cell of the grid by position: stage column and lane row.
struct CellIndex {
    int stage = -1;
    int lane = -1;
    bool operator==(const CellIndex &) const = default;
};

// The geometry of the canvas, computed from the journey in one place so that the scene's items
// only read it: columns per stage, rows per lane (a row grows to its tallest stack of cards),
// the headers, the totals row and column, one rect per card, the line of visibility. No widgets.
class CanvasLayout
{
public:
    CanvasLayout() = default;
    explicit CanvasLayout(const Journey &journey, const CanvasMetrics &metrics = {});

    const CanvasMetrics &metrics() const { return mMetrics; }
    int stageCount() const { return int(mColumnX.size()); }
    int laneCount() const { return int(mRowY.size()); }

    qreal headerColumnWidth() const { return mMetrics.headerColumnWidth; }
    qreal headerRowHeight() const { return mMetrics.headerRowHeight; }
    qreal columnX(int stage) const { return mColumnX.at(std::size_t(stage)); }
    qreal columnWidth() const { return mMetrics.stageWidth; }
    qreal rowY(int lane) const { return mRowY.at(std::size_t(lane)); }
    qreal rowHeight(int lane) const { return mRowHeight.at(std::size_t(lane)); }

    QRectF stageHeaderRect(int stage) const;
    QRectF laneHeaderRect(int lane) const;
    QRectF cellRect(int stage, int lane) const;
    QRectF totalsRowRect() const;    // under the lanes, across the stages
    QRectF totalsColumnRect() const; // right of the stages, across the lanes
    QRectF sceneRect() const;

    // Null rect for an unknown id.
    QRectF cardRect(const QUuid &id) const { return mCards.value(id); }
    const UuidHash<QRectF> &cardRects() const { return mCards; }
    // Between the last customer/front-office lane and the first middle/back-office lane;
    // nullopt when one side is empty.
    std::optional<qreal> lineOfVisibilityY() const { return mLineOfVisibilityY; }

    // Hit tests in scene coordinates; nullopt / -1 outside the grid.
    std::optional<CellIndex> cellAt(const QPointF &scenePos) const;
    int stageAtX(qreal x) const;
    int laneAtY(qreal y) const;
    // Where a card dropped at `y` lands inside a cell holding `cardsInCell` cards: the
    // position of the first card whose middle lies below y.
    int insertionIndexAt(qreal y, int lane, int cardsInCell) const;
    // The y of the gap before position `index` of a cell (for the drop indicator).
    qreal insertionY(int lane, int index) const;

private:
    qreal gridRight() const;
    qreal gridBottom() const;

    CanvasMetrics mMetrics;
    std::vector<qreal> mColumnX;
    std::vector<qreal> mRowY;
    std::vector<qreal> mRowHeight;
    UuidHash<QRectF> mCards;
    std::optional<qreal> mLineOfVisibilityY;
};

} // namespace waymark
