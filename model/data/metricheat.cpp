#include "data/metricheat.h"

#include "data/answerstatistics.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace waymark {

bool MetricScale::isValid() const
{
    return metric && std::isfinite(lowest) && std::isfinite(highest);
}

QString MetricScale::lowestText() const
{
    return isValid() ? metric->formatValue(lowest) : QString();
}

QString MetricScale::highestText() const
{
    return isValid() ? metric->formatValue(highest) : QString();
}

bool MetricScale::operator==(const MetricScale &other) const
{
    // NaN ends (no data) compare equal to each other.
    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return metric == other.metric && same(lowest, other.lowest) && same(highest, other.highest);
}

MetricHeat metricHeat(const Journey &journey, StatisticsCache &cache, const QString &metricKey)
{
    MetricHeat heat;
    const Metric *metric = metricByKey(metricKey);
    const DatasetRef *answers = journey.newestDataset(metricKey);
    if (!metric || !answers)
        return heat;
    heat.scale.metric = metric;

    // Each card's figure: by its data key, or (eNPS) by its department's name.
    const bool byDepartment = metric->aboutEmployees();
    const auto groups = cache.groups(*answers, {byDepartment ? Dimension::Department : Dimension::Touchpoint}, &journey);
    QHash<QString, const MetricSummary *> byLabel;
    for (const MetricGroup &group : *groups)
        if (group.summary.hasValue && group.key[0].second != noValueLabel())
            byLabel.insert(group.key[0].second, &group.summary);
    UuidHash<const MetricSummary *> figures;
    for (const Touchpoint &card : journey.touchpoints) {
        QString label = card.dataKey;
        if (byDepartment) {
            const Department *department = journey.department(card.departmentId);
            label = department ? department->name : QString();
        }
        if (!label.isEmpty())
            if (const MetricSummary *summary = byLabel.value(label))
                figures.insert(card.id, summary);
    }

    // The scale: the metric's own, or on an open scale the range of the cards' figures.
    heat.scale.lowest = metric->lowestValue();
    heat.scale.highest = metric->highestValue();
    if (std::isnan(heat.scale.lowest) || std::isnan(heat.scale.highest)) {
        if (figures.isEmpty())
            return heat;
        heat.scale.lowest = heat.scale.highest = figures.cbegin().value()->value;
        for (const MetricSummary *summary : std::as_const(figures)) {
            heat.scale.lowest = std::min(heat.scale.lowest, summary->value);
            heat.scale.highest = std::max(heat.scale.highest, summary->value);
        }
    }
    const double span = heat.scale.highest - heat.scale.lowest;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        const MetricSummary &summary = *it.value();
        const double fraction = span > 0 ? 1.0 - (summary.value - heat.scale.lowest) / span : 0.5;
        heat.fractions.insert(it.key(), std::clamp(fraction, 0.0, 1.0));
        heat.values.insert(it.key(), summary.value);
        heat.answers.insert(it.key(), summary.n);
        if (summary.smallSample)
            heat.smallSamples.insert(it.key());
    }
    return heat;
}

UuidHash<double> metricHeatFractions(const Journey &journey, StatisticsCache &cache, const QString &metric)
{
    return metricHeat(journey, cache, metric).fractions;
}

std::vector<RankedTouchpoint> rankByMetric(const Journey &journey, const MetricHeat &heat)
{
    UuidHash<int> stageRank;
    UuidHash<int> laneRank;
    for (std::size_t i = 0; i < journey.stages.size(); ++i)
        stageRank.insert(journey.stages[i].id, int(i));
    for (std::size_t i = 0; i < journey.lanes.size(); ++i)
        laneRank.insert(journey.lanes[i].id, int(i));
    struct Entry {
        RankedTouchpoint ranked;
        int stage;
        int lane;
    };
    std::vector<Entry> entries;
    for (const Touchpoint &card : journey.touchpoints)
        if (const auto value = heat.values.constFind(card.id); value != heat.values.cend())
            entries.push_back({{card.id, *value}, stageRank.value(card.stageId, INT_MAX), laneRank.value(card.laneId, INT_MAX)});
    // Stable: cards of one cell keep their cell order.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.ranked.score != b.ranked.score)
            return a.ranked.score < b.ranked.score;
        if (a.stage != b.stage)
            return a.stage < b.stage;
        return a.lane < b.lane;
    });
    std::vector<RankedTouchpoint> ranked;
    ranked.reserve(entries.size());
    for (const Entry &entry : entries)
        ranked.push_back(entry.ranked);
    return ranked;
}

HeatmapChoice HeatmapChoice::metric(const QString &key)
{
    HeatmapChoice choice;
    choice.mMetric = key;
    return choice;
}

QString HeatmapChoice::name() const
{
    if (mEffort)
        return effortDimensionName(*mEffort);
    if (const Metric *m = metricByKey(mMetric))
        return m->name();
    return mMetric;
}

UuidHash<double> heatmapFractions(const Journey &journey, StatisticsCache &cache, const HeatmapChoice &choice)
{
    if (const auto dimension = choice.effort())
        return heatFractions(journey, *dimension, EffortWeights::fromSettings(journey.settings));
    if (choice.isMetric())
        return metricHeatFractions(journey, cache, choice.metricKey());
    return {};
}

} // namespace waymark
