#pragma once

#include "effortscore.h"

#include <vector>

namespace waymark {

// The scale the effort heatmap colours cards on, robust to outliers.
//
// Time, money and weighted cost are heavy-tailed: one 48-hour wait beside 5-minute steps.
// Scaled to the costliest card (even logarithmically) every ordinary card lands in the same
// orange. So the scale runs logarithmically from the 10th to the 90th percentile of the cards
// that cost anything, and is capped at both ends: everything at or above the 90th percentile
// is hottest, everything at or below the 10th (and every card that costs nothing) palest.
// Log rather than linear because people compare waits and costs by ratio (10 → 20 min feels
// like 1 → 2 h); a capped value scale rather than pure ranks (quantiles) so that a colour
// still means an amount the legend can name ("≥ 50 min"), and editing one card does not
// recolour all the others. Emotion keeps its absolute 0–10 scale: a 3 is mild even when it
// is the worst card of the journey.
struct EffortHeatScale {
    EffortDimension dimension = EffortDimension::Time;
    double low = 0;  // the score at fraction 0 (and below it)
    double high = 0; // the score at fraction 1 (and above it)
    bool cappedBelow = false; // some card that costs anything scores below `low`
    bool cappedAbove = false; // some card scores above `high`

    // 0 (palest) .. 1 (hottest); 0 for scores <= 0, NaN or below `low`.
    double fraction(double score) const;
    bool isEmpty() const { return !(high > 0); } // no card costs anything
    bool operator==(const EffortHeatScale &) const = default;
};

// The percentiles that bound the logarithmic part of the scale.
inline constexpr double heatLowPercentile = 0.10;
inline constexpr double heatHighPercentile = 0.90;

// The scale for these scores (one per card; zeros and negatives are cards that cost nothing).
EffortHeatScale effortHeatScale(EffortDimension dimension, std::vector<double> scores);
// The scale for the journey's cards, with its weights.
EffortHeatScale effortHeatScale(const Journey &journey, EffortDimension dimension, const EffortWeights &weights);

} // namespace waymark
