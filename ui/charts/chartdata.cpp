#include "chartdata.h"
#include "clv/journeyclv.h"

#include "data/metrictargets.h"
#include "data/statisticscache.h"
#include "journey.h"
#include "charts/npschartstext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace waymark {

namespace {
constexpr std::size_t maxSegmentLines = 5; // more lines than this are unreadable at dock size

qint64 count(const MetricSummary &s)
{
    return qint64(std::llround(s.n));
}

TrendPoint trendPoint(const QString &quarter, const MetricSummary &s)
{
    return {quarter, s.value, (s.high95 - s.low95) / 2, count(s), s.low95, s.high95, s.smallSample};
}

// Trend: all responses, then the largest segments (eNPS: departments); goals to the last quarter.
void fillTrend(ChartData &data, StatisticsCache &cache, const Journey &journey, const DatasetRef &answers, const Metric &metric,
               const MetricTargets &targets)
{
    TrendSeries all{NpsChartsText::tr("All responses"), {}};
    QString lastQuarter;
    for (const MetricGroup &group : *cache.groups(answers, {Dimension::Quarter}, &journey)) {
        if (group.key[0].second == noValueLabel() || !group.summary.hasValue)
            continue; // undated answers have no place on a time axis
        all.points.push_back(trendPoint(group.key[0].second, group.summary));
        lastQuarter = std::max(lastQuarter, group.key[0].second);
    }
    if (!all.points.empty())
        data.trend.push_back(all);
    const Dimension lines = metric.aboutEmployees() ? Dimension::Department : Dimension::Segment;
    std::map<QString, TrendSeries> bySegment;
    QHash<QString, qint64> segmentSize;
    for (const MetricGroup &group : *cache.groups(answers, {lines, Dimension::Quarter}, &journey)) {
        const QString &segment = group.key[0].second;
        const QString &quarter = group.key[1].second;
        if (segment == noValueLabel() || quarter == noValueLabel() || !group.summary.hasValue)
            continue;
        TrendSeries &series = bySegment[segment];
        series.name = segment;
        series.points.push_back(trendPoint(quarter, group.summary));
        segmentSize[segment] += count(group.summary);
    }
    std::vector<TrendSeries> segments;
    for (auto &[name, series] : bySegment)
        segments.push_back(std::move(series));
    std::stable_sort(segments.begin(), segments.end(),
                     [&](const TrendSeries &a, const TrendSeries &b) { return segmentSize.value(a.name) > segmentSize.value(b.name); });
    if (segments.size() > 1) // one segment is the same line as all responses
        for (std::size_t i = 0; i < std::min(segments.size(), maxSegmentLines); ++i)
            data.trend.push_back(std::move(segments[i]));

    for (const MetricGoal &goal : targets.goals) {
        GoalLine line{goal.segment.isEmpty() ? NpsChartsText::tr("Goal: all responses") : NpsChartsText::tr("Goal: %1").arg(goal.segment),
                      goal.segment.isEmpty() ? all.name : goal.segment, {}};
        const auto from = quarterNumber(goal.startQuarter);
        const int to = std::max(*from, quarterNumber(lastQuarter).value_or(*from));
        for (int q = *from; q <= to; ++q)
            line.points.emplace_back(quarterName(q), *goal.at(quarterName(q), metric));
        data.goals.push_back(std::move(line));
    }
}

StageMix stageMix(const QUuid &id, const QString &name, const MetricSummary &s)
{
    return {id, name, 100 * s.bandShares[2], 100 * s.bandShares[1], 100 * s.bandShares[0], count(s),
            s.hasValue, s.value, s.low95, s.high95, s.smallSample};
}

TouchpointFigure figure(const QUuid &id, const QString &title, const MetricSummary &s)
{
    return {id, title, s.value, s.low95, s.high95, count(s), s.smallSample};
}

// Stages and touchpoints; eNPS: departments for both.
void fillPlaces(ChartData &data, StatisticsCache &cache, const Journey &journey, const DatasetRef &answers, const Metric &metric)
{
    if (metric.aboutEmployees()) {
        for (const MetricGroup &group : *cache.groups(answers, {Dimension::Department}, &journey)) {
            data.stages.push_back(stageMix({}, group.key[0].second, group.summary));
            if (group.summary.hasValue)
                data.touchpoints.push_back(figure({}, group.key[0].second, group.summary));
        }
    } else {
        QHash<QString, MetricSummary> byStage;
        for (const MetricGroup &group : *cache.groups(answers, {Dimension::Stage}, &journey))
            byStage.insert(group.key[0].second, group.summary);
        for (const Stage &stage : journey.stages)
            if (const auto it = byStage.constFind(stage.name); it != byStage.constEnd())
                data.stages.push_back(stageMix(stage.id, stage.name, *it));

        QHash<QString, MetricSummary> byKey;
        for (const MetricGroup &group : *cache.groups(answers, {Dimension::Touchpoint}, &journey))
            if (group.summary.hasValue)
                byKey.insert(group.key[0].second, group.summary);
        for (const Touchpoint &card : journey.touchpoints)
            if (const auto it = card.dataKey.isEmpty() ? byKey.constEnd() : byKey.constFind(card.dataKey); it != byKey.constEnd())
                data.touchpoints.push_back(figure(card.id, card.title, *it));
        data.unmatchedKeys = unmatchedTouchpointKeys(*cache.touchpointKeyCounts(answers), journey);
    }
    // Higher is better on every metric: the worst first, where it hurts.
    std::stable_sort(data.touchpoints.begin(), data.touchpoints.end(),
                     [](const TouchpointFigure &a, const TouchpointFigure &b) { return a.value < b.value; });
    // Band shares need band counts: aggregated means alone (or audits) show values instead.
    data.stagesAsMix = metric.hasBands() && std::any_of(data.stages.begin(), data.stages.end(), [](const StageMix &s) {
                           return s.high + s.middle + s.low > 0;
                       });
}

void fillClv(ChartData &data, StatisticsCache &cache, const Journey &journey, const DatasetRef &nps, const DatasetRef &clv)
{
    if (nps->rowsPending()) {
        data.clvAnswersBeingRead = qint64(nps->rows());
        return;
    }
    // The window's cache joins behind it: the dock shows a note and follows StatisticsBehind::ready().
    const auto join = cache.clvJoinIfReady(nps, clv, clv->currency.isEmpty() ? journey.currency : clv->currency);
    if (!join) {
        data.clvAnswersBeingMatched = qint64(nps->rows());
        return;
    }
    data.clvJoined = join->customersJoined;
    QHash<QString, qint64> customersIn;
    for (const auto &amounts : join->byCategory)
        for (const ClvAmount &amount : amounts)
            customersIn[amount.currency] += amount.customers;
    for (auto it = customersIn.cbegin(); it != customersIn.cend(); ++it)
        if (data.clvCurrency.isEmpty() || it.value() > customersIn.value(data.clvCurrency))
            data.clvCurrency = it.key();
    for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor}) {
        ClvBar bar{categoryName(category), 0, 0};
        for (const ClvAmount &amount : join->byCategory[std::size_t(category)])
            if (amount.currency == data.clvCurrency)
                bar = {categoryName(category), amount.mean(), amount.customers};
        data.clv.push_back(bar);
    }
    data.atRisk = join->atRisk;
}

// The scale: the metric's, or for an open scale the range of everything drawn on it.
ValueScale scaleOf(const ChartData &data, const Metric &metric)
{
    double low = std::numeric_limits<double>::quiet_NaN(), high = low;
    const auto take = [&](double value) {
        if (!std::isfinite(value))
            return;
        low = std::isnan(low) ? value : std::min(low, value);
        high = std::isnan(high) ? value : std::max(high, value);
    };
    for (const TrendSeries &series : data.trend)
        for (const TrendPoint &point : series.points) {
            take(point.low());
            take(point.high());
        }
    for (const GoalLine &goal : data.goals)
        for (const auto &point : goal.points)
            take(point.second);
    for (const StageMix &stage : data.stages)
        if (stage.hasValue) {
            take(stage.low95);
            take(stage.high95);
        }
    for (const TouchpointFigure &card : data.touchpoints)
        take(card.value);
    if (data.benchmark)
        take(*data.benchmark);
    return ValueScale::forMetric(metric, low, high);
}

} // namespace

const Dataset *newestDataset(const Journey &journey, DatasetKind kind)
{
    const DatasetRef *newest = journey.newestDataset(kind == DatasetKind::Clv ? QStringLiteral("clv") : QStringLiteral("nps"));
    return newest ? &**newest : nullptr;
}

QString defaultMetricKey(const Journey &journey)
{
    const auto present = journey.metricsWithData();
    const bool hasNps = std::any_of(present.begin(), present.end(), [](const Metric *m) { return m->key() == QLatin1String("nps"); });
    return hasNps || present.empty() ? QStringLiteral("nps") : present.front()->key();
}

std::optional<MetricSummary> journeyFigure(StatisticsCache &cache, const Journey &journey, const QString &metricKey)
{
    const DatasetRef *answers = journey.newestDataset(metricKey);
    if (!answers || !metricByKey(metricKey))
        return std::nullopt;
    const auto groups = cache.groups(*answers, {Dimension::Journey}, &journey);
    if (groups->empty() || !groups->front().summary.hasValue)
        return std::nullopt;
    return groups->front().summary;
}

QStringList goalGroups(StatisticsCache &cache, const Journey &journey, const QString &metricKey)
{
    QStringList names;
    const DatasetRef *answers = journey.newestDataset(metricKey);
    const Metric *metric = metricByKey(metricKey);
    if (!answers || !metric)
        return names;
    for (const MetricGroup &group : *cache.groups(*answers, {metric->aboutEmployees() ? Dimension::Department : Dimension::Segment}, &journey))
        if (group.key[0].second != noValueLabel())
            names << group.key[0].second;
    return names;
}

ChartData chartData(StatisticsCache &cache, const Journey &journey, const QString &metricKey)
{
    ChartData data;
    const Metric *metric = metricByKey(metricKey);
    if (!metric)
        metric = metricByKey(QStringLiteral("nps"));
    data.metricKey = metric->key();
    data.byDepartment = metric->aboutEmployees();
    const DatasetRef *answers = journey.newestDataset(data.metricKey);
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    // Modelled from purchases, else imported; the window's cache fits the model behind it.
    const clv::LifetimeValuesNow lifetime = clv::lifetimeValuesIfReady(journey, cache);
    const std::optional<DatasetRef> &clv = lifetime.values;
    data.hasAnswers = answers != nullptr;
    data.hasNps = nps != nullptr;
    data.hasClv = clv.has_value() || lifetime.customersBeingFitted > 0;
    data.clvCustomersBeingFitted = nps ? lifetime.customersBeingFitted : 0;
    const MetricTargets targets = MetricTargets::fromSettings(journey.settings, data.metricKey);
    data.benchmark = targets.benchmark;
    data.benchmarkName = targets.benchmarkName;
    for (const Touchpoint &card : journey.touchpoints)
        if (!card.dataKey.isEmpty() && !data.cardTitles.contains(card.dataKey))
            data.cardTitles.insert(card.dataKey, card.title);
    if (answers) {
        fillTrend(data, cache, journey, *answers, *metric, targets);
        fillPlaces(data, cache, journey, *answers, *metric);
    }
    if (nps && clv)
        fillClv(data, cache, journey, *nps, *clv);
    data.scale = scaleOf(data, *metric);
    return data;
}

QChart *stagesChart(const ChartData &data)
{
    const Metric &metric = data.scale.metric();
    if (data.stagesAsMix || (metric.hasBands() && data.stages.empty())) {
        if (data.metricKey == QLatin1String("nps"))
            return stageMixChart(data.stages);
        return bandMixChart(data.stages,
                            data.byDepartment ? NpsChartsText::tr("%1 answers by department").arg(metric.name()) : NpsChartsText::tr("%1 answers by stage").arg(metric.name()),
                            metric.bandNames());
    }
    return stageValueChart(data.stages, data.scale,
                           data.byDepartment ? NpsChartsText::tr("%1 by department").arg(metric.name()) : NpsChartsText::tr("%1 by stage").arg(metric.name()));
}

ChartData chartData(const Journey &journey)
{
    StatisticsCache cache;
    return chartData(cache, journey, QStringLiteral("nps"));
}

} // namespace waymark
