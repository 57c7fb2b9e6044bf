#include "printablemap.h"

#include "data/statisticscache.h"

#include "canvas/carditem.h"
#include "canvas/dataoverlay.h"
#include "canvas/emotioncurveitem.h"
#include "canvas/journeyscene.h"

#include <QPainter>

namespace waymark {

PrintableMap::PrintableMap(const Journey &journey, const MapLayers &layers, const QUuid &department)
    : mDocument(journey)
    , mScene(std::make_unique<JourneyScene>())
{
    mScene->setDocument(&mDocument);
    mScene->setHeatmap(layers.heatChoice());
    mScene->setDepartmentFilter(department);
    StatisticsCache statistics;
    DataOverlay overlay = dataOverlay(journey, statistics, layers.badgeMetric, layers.nps, layers.clv);
    if (layers.evidence)
        addEvidence(overlay, journey, statistics);
    mScene->setDataOverlay(overlay);
    mScene->ensureLayout();
    mScene->clearSelection();
    mScene->setCurrentCell(std::nullopt);
    for (const Touchpoint &card : journey.touchpoints) {
        if (CardItem *item = mScene->cardItem(card.id)) {
            item->setEffortShown(layers.effort);
            item->setFullDetail(true);
        }
    }
    for (int lane = 0; lane < int(journey.lanes.size()); ++lane)
        if (EmotionCurveItem *curve = mScene->emotionCurve(lane))
            curve->setVisible(layers.emotion);
    // The grid and its totals, with room for badges that straddle the outer edges.
    mBounds = mScene->canvasLayout().sceneRect().adjusted(-12, -12, 12, 12);
}

PrintableMap::~PrintableMap()
{
    mScene->setDocument(nullptr);
}

QRectF PrintableMap::bounds() const
{
    return mBounds;
}

PageDecor::HeatLegend PrintableMap::heatLegend() const
{
    return {mScene->heatScale(), mScene->heatHasSmallSamples()};
}

void PrintableMap::render(QPainter *painter, const QRectF &target, const QRectF &source) const
{
    mScene->render(painter, target, source, Qt::KeepAspectRatio);
}

} // namespace waymark
