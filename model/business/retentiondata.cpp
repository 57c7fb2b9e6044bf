#include "business/retentiondata.h"

#include "clv/journeyclv.h"
#include "data/answerstatistics.h"
#include "data/clvstatistics.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "journey.h"

namespace waymark {

RetentionData retentionData(const Journey &journey, StatisticsCache *cache)
{
    RetentionData data;
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    const Metric *metric = metricByKey(QStringLiteral("nps"));
    if (!nps || !metric)
        return data;
    data.hasNps = true;
    // Detractor shares are grouped counts: the summary of answers still being read has them.
    const std::vector<Dimension> by{Dimension::Touchpoint};
    std::vector<MetricGroup> computed;
    StatisticsCache::Groups cached;
    if (cache)
        cached = cache->groups(*nps, by, &journey, metric);
    else
        computed = groupAnswers((*nps)->answers, *metric, by, &journey);
    const std::vector<MetricGroup> &groups = cache ? *cached : computed;
    for (const MetricGroup &group : groups) {
        if (group.key.isEmpty() || group.tally.bandN <= 0)
            continue;
        // Band::Low of the NPS metric: the detractors (0–6).
        data.detractors.insert(group.key.front().second, {group.summary.bandShares[std::size_t(Band::Low)], group.tally.bandN});
    }
    // Modelled from purchases when the journey has them, else imported. The window's cache
    // fits and joins behind it (StatisticsCache::computeBehind); a scratch one waits.
    StatisticsCache scratch;
    StatisticsCache &statistics = cache ? *cache : scratch;
    const clv::LifetimeValuesNow lifetime = clv::lifetimeValuesIfReady(journey, statistics);
    if (lifetime.customersBeingFitted > 0) {
        data.hasClv = true;
        data.customersBeingFitted = lifetime.customersBeingFitted;
        return data;
    }
    const std::optional<DatasetRef> &clv = lifetime.values;
    if (!clv)
        return data;
    data.hasClv = true;
    // The join needs each answer's customer, which a summary has not. Not waited for: the
    // window computes the case while a large file's rows are read behind it, says so, and
    // computes it again when they are (printing waits for them first).
    if ((*nps)->rowsPending()) {
        data.answersBeingRead = qint64((*nps)->rows());
        return data;
    }
    const QString clvCurrency = (*clv)->currency.isEmpty() ? journey.currency : (*clv)->currency;
    const std::shared_ptr<const ClvJoin> join = statistics.clvJoinIfReady(*nps, *clv, clvCurrency);
    if (!join) {
        data.answersBeingMatched = qint64((*nps)->rows());
        return data;
    }
    for (std::size_t category = 0; category < 3; ++category)
        for (const ClvAmount &amount : join->byCategory[category]) {
            if (amount.currency == journey.currency && amount.customers > 0)
                data.meanClv[category] = amount.mean();
            else if (!data.clvCurrencies.contains(amount.currency))
                data.clvCurrencies << amount.currency;
        }
    for (const ClvAtRisk &risk : join->atRisk)
        for (const ClvAmount &amount : risk.amounts)
            if (amount.currency == journey.currency)
                data.atRisk.insert(risk.touchpoint, amount.total);
    return data;
}

} // namespace waymark
