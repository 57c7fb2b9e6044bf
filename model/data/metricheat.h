#pragma once

#include "uuidhash.h"
#include "effortscore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>

#include <limits>
#include <optional>
#include <vector>

namespace waymark {

class Journey;
class Metric;
class StatisticsCache;

// The heatmap by a survey metric: "where do customers rate us worst". Every metric reads
// higher as better (NPS, CSAT, CES "how easy", audit score, eNPS, and by convention a mean),
// so a card's heat is how far its figure sits from the best end of the metric's scale.

// The scale a metric heatmap is drawn on, in the metric's units: a figure at `lowest` is the
// hottest (fraction 1), one at `highest` the coolest (0). The metric's own range (NPS −100 …
// +100, CSAT 0 … 100 %, CES 1 … 7); an open scale (mean) spans the cards' figures.
struct MetricScale {
    const Metric *metric = nullptr; // nullptr: not a metric heatmap, or no dataset of it
    double lowest = std::numeric_limits<double>::quiet_NaN();
    double highest = std::numeric_limits<double>::quiet_NaN();
    bool isValid() const; // a metric and two finite ends
    // The ends as people read them ("−100", "+40", "84 %", "5.2"); empty when not valid.
    QString lowestText() const;
    QString highestText() const;
    bool operator==(const MetricScale &other) const;
};

struct MetricHeat {
    MetricScale scale;
    // 0 (the best end of the scale) .. 1 (the worst), for each card with answers; cards
    // without answers are absent, so they can be drawn as "no data" rather than as "fine".
    // On an open scale whose cards all have the same figure, every card is 0.5.
    UuidHash<double> fractions;
    UuidHash<double> values;  // each card's figure, in the metric's units
    UuidHash<double> answers; // how many answers each figure rests on
    UuidSet smallSamples;     // figures from fewer answers than the metric trusts
};

// Each card's figure on `metric` ("nps", "csat", "ces", "audit", "enps", "mean") from the
// journey's newest dataset of it, through `cache` (the document's, so an edit that changes no
// data key recounts nothing): by the card's data key, or for metrics about employees (eNPS) by
// the name of the card's department. Empty for an unknown metric or one without a dataset.
MetricHeat metricHeat(const Journey &journey, StatisticsCache &cache, const QString &metric);
// Just the fractions of metricHeat().
UuidHash<double> metricHeatFractions(const Journey &journey, StatisticsCache &cache, const QString &metric);

// The cards with answers, worst figure first (lowest), ties in journey order (stage, lane,
// then order in the cell) as rankTouchpoints(); `score` is the card's figure.
std::vector<RankedTouchpoint> rankByMetric(const Journey &journey, const MetricHeat &heat);

// What the heatmap colours the cards by: nothing, one effort dimension, or one survey metric.
// Converts from an EffortDimension (and from std::nullopt, for off), so code that only knows
// effort keeps working.
class HeatmapChoice
{
public:
    HeatmapChoice() = default; // off
    HeatmapChoice(std::nullopt_t) {} // NOLINT: off, as setHeatmap(std::nullopt) always meant
    HeatmapChoice(EffortDimension dimension) : mEffort(dimension) {} // NOLINT: implicit on purpose
    HeatmapChoice(std::optional<EffortDimension> dimension) : mEffort(dimension) {} // NOLINT
    static HeatmapChoice metric(const QString &key);

    bool isOff() const { return !mEffort && mMetric.isEmpty(); }
    bool isMetric() const { return !mMetric.isEmpty(); }
    std::optional<EffortDimension> effort() const { return mEffort; }
    const QString &metricKey() const { return mMetric; } // empty unless isMetric()
    // Translated: the effort dimension's or the metric's name; empty when off.
    QString name() const;

    bool operator==(const HeatmapChoice &) const = default;

private:
    std::optional<EffortDimension> mEffort;
    QString mMetric;
};

// Fractions 0..1 for any choice: effort through heatFractions() with the journey's weights,
// a metric through metricHeat() (cards without answers absent); empty when off.
UuidHash<double> heatmapFractions(const Journey &journey, StatisticsCache &cache, const HeatmapChoice &choice);

} // namespace waymark
