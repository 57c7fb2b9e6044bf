#include "canvaslayout.h"

#include "journey.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
struct CellKey {
    int stage;
    int lane;
    bool operator==(const CellKey &) const = default;
};
size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.stage, key.lane);
}
} // namespace

CanvasLayout::CanvasLayout(const Journey &journey, const CanvasMetrics &metrics)
    : mMetrics(metrics)
{
    const qreal cardWidth = mMetrics.stageWidth - 2 * mMetrics.cellPadding;
    const qreal emptyRow = mMetrics.cardHeight + 2 * mMetrics.cellPadding;

    // One pass over the cards, so a layout of 2,000 cards costs about as much as reading them.
    UuidHash<int> stageIndex;
    UuidHash<int> laneIndex;
    for (std::size_t s = 0; s < journey.stages.size(); ++s)
        stageIndex.insert(journey.stages[s].id, int(s));
    for (std::size_t l = 0; l < journey.lanes.size(); ++l)
        laneIndex.insert(journey.lanes[l].id, int(l));
    QHash<CellKey, int> cellCount;
    std::vector<int> tallestStack(journey.lanes.size(), 0);
    std::vector<std::pair<const Touchpoint *, CellKey>> placed;
    placed.reserve(journey.touchpoints.size());
    for (const Touchpoint &card : journey.touchpoints) {
        const CellKey key{stageIndex.value(card.stageId, -1), laneIndex.value(card.laneId, -1)};
        if (key.stage < 0 || key.lane < 0)
            continue;
        const int position = cellCount[key]++;
        tallestStack[std::size_t(key.lane)] = std::max(tallestStack[std::size_t(key.lane)], position + 1);
        placed.emplace_back(&card, CellKey{key.stage, position});
    }

    for (std::size_t s = 0; s < journey.stages.size(); ++s)
        mColumnX.push_back(mMetrics.headerColumnWidth + qreal(s) * mMetrics.stageWidth);

    qreal y = mMetrics.headerRowHeight;
    for (std::size_t l = 0; l < journey.lanes.size(); ++l) {
        // A row is as tall as its tallest cell's stack, and never shorter than one card.
        const int stack = tallestStack[l];
        qreal height = stack == 0 ? emptyRow
                                  : stack * mMetrics.cardHeight + (stack - 1) * mMetrics.cardSpacing
                + 2 * mMetrics.cellPadding;
        if (journey.lanes[l].kind == LaneKind::Emotion)
            height = std::max(height, mMetrics.emotionRowHeight);
        mRowY.push_back(y);
        mRowHeight.push_back(height);
        y += height;
    }

    for (const auto &[card, where] : placed) {
        const int lane = laneIndex.value(card->laneId);
        const qreal top = mRowY[std::size_t(lane)] + mMetrics.cellPadding
            + where.lane * (mMetrics.cardHeight + mMetrics.cardSpacing);
        mCards.insert(card->id, QRectF(mColumnX[std::size_t(where.stage)] + mMetrics.cellPadding, top, cardWidth,
                                       mMetrics.cardHeight));
    }

    const int visibility = journey.lineOfVisibilityIndex();
    if (visibility > 0 && visibility < laneCount())
        mLineOfVisibilityY = mRowY[std::size_t(visibility)];
}

qreal CanvasLayout::gridRight() const
{
    return mMetrics.headerColumnWidth + qreal(stageCount()) * mMetrics.stageWidth;
}

qreal CanvasLayout::gridBottom() const
{
    return mRowY.empty() ? mMetrics.headerRowHeight : mRowY.back() + mRowHeight.back();
}

QRectF CanvasLayout::stageHeaderRect(int stage) const
{
    return QRectF(columnX(stage), 0, mMetrics.stageWidth, mMetrics.headerRowHeight);
}

QRectF CanvasLayout::laneHeaderRect(int lane) const
{
    return QRectF(0, rowY(lane), mMetrics.headerColumnWidth, rowHeight(lane));
}

QRectF CanvasLayout::cellRect(int stage, int lane) const
{
    return QRectF(columnX(stage), rowY(lane), mMetrics.stageWidth, rowHeight(lane));
}

QRectF CanvasLayout::totalsRowRect() const
{
    return QRectF(mMetrics.headerColumnWidth, gridBottom(), gridRight() - mMetrics.headerColumnWidth,
                  mMetrics.totalsRowHeight);
}

QRectF CanvasLayout::totalsColumnRect() const
{
    return QRectF(gridRight(), mMetrics.headerRowHeight, mMetrics.totalsColumnWidth,
                  gridBottom() - mMetrics.headerRowHeight);
}

QRectF CanvasLayout::sceneRect() const
{
    return QRectF(0, 0, gridRight() + mMetrics.totalsColumnWidth, gridBottom() + mMetrics.totalsRowHeight);
}

int CanvasLayout::stageAtX(qreal x) const
{
    if (x < mMetrics.headerColumnWidth || x >= gridRight())
        return -1;
    return std::clamp(int(std::floor((x - mMetrics.headerColumnWidth) / mMetrics.stageWidth)), 0, stageCount() - 1);
}

int CanvasLayout::laneAtY(qreal y) const
{
    if (mRowY.empty() || y < mRowY.front() || y >= gridBottom())
        return -1;
    const auto it = std::upper_bound(mRowY.begin(), mRowY.end(), y);
    return int(it - mRowY.begin()) - 1;
}

std::optional<CellIndex> CanvasLayout::cellAt(const QPointF &scenePos) const
{
    const int stage = stageAtX(scenePos.x());
    const int lane = laneAtY(scenePos.y());
    if (stage < 0 || lane < 0)
        return std::nullopt;
    return CellIndex{stage, lane};
}

int CanvasLayout::insertionIndexAt(qreal y, int lane, int cardsInCell) const
{
    const qreal step = mMetrics.cardHeight + mMetrics.cardSpacing;
    const qreal first = rowY(lane) + mMetrics.cellPadding;
    const int index = int(std::floor((y - first - mMetrics.cardHeight / 2) / step)) + 1;
    return std::clamp(index, 0, cardsInCell);
}

qreal CanvasLayout::insertionY(int lane, int index) const
{
    const qreal step = mMetrics.cardHeight + mMetrics.cardSpacing;
    return rowY(lane) + mMetrics.cellPadding + index * step - mMetrics.cardSpacing / 2;
}

} // namespace waymark
