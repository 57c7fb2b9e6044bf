#include "sceneheat.h"

#include "carditem.h"
#include "heatmapcolours.h"
#include "journeydocument.h"

namespace waymark {

bool SceneHeat::apply(JourneyDocument *document, const UuidHash<CardItem *> &cards)
{
    const MetricScale before = mScale;
    const bool smallBefore = mSmallSamples;
    const EffortHeatScale effortBefore = mEffortScale;
    mScale = {};
    mEffortScale = {};
    mSmallSamples = false;
    if (!document || mChoice.isOff()) {
        for (CardItem *item : cards)
            item->setHeat(std::nullopt);
    } else if (const auto dimension = mChoice.effort()) {
        const Journey &journey = document->journey();
        const EffortWeights weights = EffortWeights::fromSettings(journey.settings);
        mEffortScale = effortHeatScale(journey, *dimension, weights);
        for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
            const Touchpoint *card = journey.touchpoint(it.key());
            const double score = card ? effortScore(*card, *dimension, weights, journey.currency) : 0.0;
            it.value()->setHeat(heatColour(mEffortScale.fraction(score)));
        }
    } else {
        const MetricHeat heat = metricHeat(document->journey(), document->statistics(), mChoice.metricKey());
        mScale = heat.scale;
        for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
            const auto fraction = heat.fractions.constFind(it.key());
            if (fraction == heat.fractions.cend()) {
                it.value()->setHeat(std::nullopt);
                continue;
            }
            const bool small = heat.smallSamples.contains(it.key());
            mSmallSamples = mSmallSamples || small;
            it.value()->setHeat(heatColour(*fraction), small);
        }
    }
    return !(mScale == before) || mSmallSamples != smallBefore || !(mEffortScale == effortBefore);
}

} // namespace waymark
