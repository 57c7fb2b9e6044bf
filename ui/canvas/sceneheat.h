#pragma once

#include "uuidhash.h"
#include "data/metricheat.h"
#include "heatscale.h"

#include <QHash>
#include <QUuid>

namespace waymark {

class CardItem;
class JourneyDocument;

// The canvas's heatmap: what it colours the cards by and the colour each card gets. Effort
// (model/effortscore.h): every card, pale to red by its score. A survey metric
// (model/data/metricheat.h): how bad the card's figure is on the metric's scale, the worst
// hottest; cards without answers stay plain white (no data is not "fine"), and figures from
// too few answers are hatched, as their badges are.
class SceneHeat
{
public:
    const HeatmapChoice &choice() const { return mChoice; }
    void setChoice(const HeatmapChoice &choice) { mChoice = choice; }

    // Colours `cards` for the document's journey as it is now. True when the metric scale
    // (what a legend writes at its ends) changed.
    bool apply(JourneyDocument *document, const UuidHash<CardItem *> &cards);

    // The scale the cards are coloured on when a metric is chosen (not valid otherwise).
    const MetricScale &scale() const { return mScale; }
    // The scale the cards are coloured on when an effort dimension is chosen (its ends name the
    // legend's; empty otherwise).
    const EffortHeatScale &effortScale() const { return mEffortScale; }
    // Whether any coloured card is hatched (a legend explains the hatching then).
    bool hasSmallSamples() const { return mSmallSamples; }

private:
    HeatmapChoice mChoice;
    MetricScale mScale;
    EffortHeatScale mEffortScale;
    bool mSmallSamples = false;
};

} // namespace waymark
