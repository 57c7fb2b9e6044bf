#include "canvaslayout.h"

#include "journey.h"

#include <algorithm>

namespace waymark {

CanvasLayout::CanvasLayout(const Journey &journey, const CanvasMetrics &metrics)
    : mMetrics(metrics)
{
    const qreal cardWidth = mMetrics.stageWidth - 2 * mMetrics.cellPadding;
    const qreal emptyRow = mMetrics.cardHeight + 2 * mMetrics.cellPadding;

    for (std::size_t s = 0; s < journey.stages.size(); ++s)
        mColumnX.push_back(mMetrics.headerColumnWidth + qreal(s) * mMetrics.stageWidth);

    qreal y = mMetrics.headerRowHeight;
    for (const Lane &lane : journey.lanes) {
        // A row is as tall as its tallest cell's stack, and never shorter than one card.
        qreal height = emptyRow;
        for (std::size_t s = 0; s < journey.stages.size(); ++s) {
            const auto cards = journey.cell(journey.stages[s].id, lane.id);
            qreal top = y + mMetrics.cellPadding;
            for (const Touchpoint *card : cards) {
                mCards.insert(card->id, QRectF(mColumnX[s] + mMetrics.cellPadding, top, cardWidth,
                                               mMetrics.cardHeight));
                top += mMetrics.cardHeight + mMetrics.cardSpacing;
            }
            if (!cards.empty())
                height = std::max(height, top - mMetrics.cardSpacing + mMetrics.cellPadding - y);
        }
        mRowY.push_back(y);
        mRowHeight.push_back(height);
        y += height;
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

} // namespace waymark
