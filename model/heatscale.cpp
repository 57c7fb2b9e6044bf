#include "heatscale.h"

#include <gsl/gsl_statistics_double.h>

#include <algorithm>
#include <cmath>

namespace waymark {

double EffortHeatScale::fraction(double score) const
{
    if (!(score > 0.0) || isEmpty())
        return 0.0;
    if (dimension == EffortDimension::Emotion)
        return std::clamp(score / double(maxEmotion), 0.0, 1.0);
    if (score >= high)
        return 1.0;
    if (score <= low)
        return 0.0;
    return std::clamp(std::log(score / low) / std::log(high / low), 0.0, 1.0);
}

EffortHeatScale effortHeatScale(EffortDimension dimension, std::vector<double> scores)
{
    EffortHeatScale scale;
    scale.dimension = dimension;
    if (dimension == EffortDimension::Emotion) {
        scale.low = 0;
        scale.high = maxEmotion;
        return scale;
    }
    std::erase_if(scores, [](double score) { return !(score > 0.0) || !std::isfinite(score); });
    if (scores.empty())
        return scale;
    std::sort(scores.begin(), scores.end());
    // Linear interpolation between order statistics (GSL; Hyndman & Fan type 7).
    scale.low = gsl_stats_quantile_from_sorted_data(scores.data(), 1, scores.size(), heatLowPercentile);
    scale.high = gsl_stats_quantile_from_sorted_data(scores.data(), 1, scores.size(), heatHighPercentile);
    scale.cappedBelow = scores.front() < scale.low;
    scale.cappedAbove = scores.back() > scale.high;
    return scale;
}

EffortHeatScale effortHeatScale(const Journey &journey, EffortDimension dimension, const EffortWeights &weights)
{
    std::vector<double> scores;
    scores.reserve(journey.touchpoints.size());
    for (const Touchpoint &card : journey.touchpoints)
        scores.push_back(effortScore(card, dimension, weights, journey.currency));
    return effortHeatScale(dimension, std::move(scores));
}

} // namespace waymark
