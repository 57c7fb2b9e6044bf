#include "sceneheat.h"

#include "carditem.h"
#include "heatmapcolours.h"
#include "journeydocument.h"

namespace waymark {

bool SceneHeat::apply(JourneyDocument *document, const UuidHash<CardItem *> &cards)
{
    const MetricScale before = mScale;
    const bool smallBefore = mSmallSamples;
    mScale = {};
    mSmallSamples = false;
    if (!document || mChoice.isOff()) {
        for (CardItem *item : cards)
            item->setHeat(std::nullopt);
    } else if (const auto dimension = mChoice.effort()) {
        const Journey &journey = document->journey();
        const auto fractions = heatFractions(journey, *dimension, EffortWeights::fromSettings(journey.settings));
        for (auto it = cards.cbegin(); it != cards.cend(); ++it)
            it.value()->setHeat(heatColour(fractions.value(it.key(), 0.0)));
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
    return !(mScale == before) || mSmallSamples != smallBefore;
}

} // namespace waymark
