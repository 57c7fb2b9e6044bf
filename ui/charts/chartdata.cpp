#include "chartdata.h"

#include "data/npsstatistics.h"
#include "data/npstargets.h"
#include "journey.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace waymark {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NpsCharts)
};
constexpr std::size_t maxSegmentLines = 5; // more lines than this are unreadable at dock size
} // namespace

const Dataset *newestDataset(const Journey &journey, DatasetKind kind)
{
    const DatasetRef *newest = journey.newestDataset(kind == DatasetKind::Clv ? QStringLiteral("clv") : QStringLiteral("nps"));
    return newest ? &**newest : nullptr;
}

ChartData chartData(const Journey &journey)
{
    ChartData data;
    const Dataset *nps = newestDataset(journey, DatasetKind::Answers);
    const Dataset *clv = newestDataset(journey, DatasetKind::Clv);
    data.hasNps = nps != nullptr;
    data.hasClv = clv != nullptr;
    const NpsTargets targets = NpsTargets::fromSettings(journey.settings);
    data.benchmark = targets.benchmark;
    data.benchmarkName = targets.benchmarkName;
    if (!nps)
        return data;

    // Trend: all responses, then the largest segments.
    TrendSeries all{Text::tr("All responses"), {}};
    QString lastQuarter;
    for (const NpsGroup &group : groupNps(nps->answers, {Dimension::Quarter})) {
        if (group.key[0].second == noValueLabel())
            continue; // undated answers have no place on a time axis
        all.points.push_back({group.key[0].second, group.summary.nps, group.summary.moe95, group.summary.n});
        lastQuarter = std::max(lastQuarter, group.key[0].second);
    }
    if (!all.points.empty())
        data.trend.push_back(all);
    std::map<QString, TrendSeries> bySegment;
    QHash<QString, qint64> segmentSize;
    for (const NpsGroup &group : groupNps(nps->answers, {Dimension::Segment, Dimension::Quarter})) {
        const QString &segment = group.key[0].second;
        const QString &quarter = group.key[1].second;
        if (segment == noValueLabel() || quarter == noValueLabel())
            continue;
        TrendSeries &series = bySegment[segment];
        series.name = segment;
        series.points.push_back({quarter, group.summary.nps, group.summary.moe95, group.summary.n});
        segmentSize[segment] += group.summary.n;
    }
    std::vector<TrendSeries> segments;
    for (auto &[name, series] : bySegment)
        segments.push_back(std::move(series));
    std::stable_sort(segments.begin(), segments.end(),
                     [&](const TrendSeries &a, const TrendSeries &b) { return segmentSize.value(a.name) > segmentSize.value(b.name); });
    if (segments.size() > 1) // one segment is the same line as all responses
        for (std::size_t i = 0; i < std::min(segments.size(), maxSegmentLines); ++i)
            data.trend.push_back(std::move(segments[i]));

    for (const NpsGoal &goal : targets.goals) {
        GoalLine line{goal.segment.isEmpty() ? Text::tr("Goal: all responses") : Text::tr("Goal: %1").arg(goal.segment),
                      goal.segment.isEmpty() ? all.name : goal.segment, {}};
        const auto from = quarterNumber(goal.startQuarter);
        const int to = std::max(*from, quarterNumber(lastQuarter).value_or(*from));
        for (int q = *from; q <= to; ++q)
            line.points.emplace_back(quarterName(q), *goal.at(quarterName(q)));
        data.goals.push_back(std::move(line));
    }

    QHash<QString, NpsSummary> byStage;
    for (const NpsGroup &group : groupNps(nps->answers, {Dimension::Stage}, &journey))
        byStage.insert(group.key[0].second, group.summary);
    for (const Stage &stage : journey.stages) {
        const auto it = byStage.constFind(stage.name);
        if (it == byStage.constEnd())
            continue;
        data.stages.push_back({stage.id, stage.name, 100 * it->promoterShare, 100 * it->passiveShare, 100 * it->detractorShare, it->n});
    }

    QHash<QString, NpsSummary> byKey;
    for (const NpsGroup &group : groupNps(nps->answers, {Dimension::Touchpoint}))
        byKey.insert(group.key[0].second, group.summary);
    for (const Touchpoint &card : journey.touchpoints) {
        const auto it = card.dataKey.isEmpty() ? byKey.constEnd() : byKey.constFind(card.dataKey);
        if (it != byKey.constEnd())
            data.touchpoints.push_back({card.id, card.title, it->nps, it->moe95, it->n});
    }
    for (const Touchpoint &card : journey.touchpoints)
        if (!card.dataKey.isEmpty() && !data.cardTitles.contains(card.dataKey))
            data.cardTitles.insert(card.dataKey, card.title);
    data.unmatchedKeys = unmatchedTouchpointKeys(nps->answers, journey);
    std::stable_sort(data.touchpoints.begin(), data.touchpoints.end(), [](const TouchpointNps &a, const TouchpointNps &b) { return a.nps < b.nps; });

    if (!clv)
        return data;
    const ClvJoin join = joinClv(nps->answers, clv->clv, clv->currency.isEmpty() ? journey.currency : clv->currency);
    data.clvJoined = join.customersJoined;
    QHash<QString, qint64> customersIn;
    for (const auto &amounts : join.byCategory)
        for (const ClvAmount &amount : amounts)
            customersIn[amount.currency] += amount.customers;
    for (auto it = customersIn.cbegin(); it != customersIn.cend(); ++it)
        if (data.clvCurrency.isEmpty() || it.value() > customersIn.value(data.clvCurrency))
            data.clvCurrency = it.key();
    for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor}) {
        ClvBar bar{categoryName(category), 0, 0};
        for (const ClvAmount &amount : join.byCategory[std::size_t(category)])
            if (amount.currency == data.clvCurrency)
                bar = {categoryName(category), amount.mean(), amount.customers};
        data.clv.push_back(bar);
    }
    data.atRisk = join.atRisk;
    return data;
}

} // namespace waymark
