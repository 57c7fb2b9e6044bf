#include "business/findings.h"
#include "clv/journeyclv.h"

#include "data/answerstatistics.h"
#include "data/clvstatistics.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "effortscore.h"
#include "efforttotals.h"
#include "journey.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace waymark {

namespace {

struct FindingsText {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

const Touchpoint *cardWithKey(const Journey &journey, const QString &key)
{
    const auto it = std::find_if(journey.touchpoints.begin(), journey.touchpoints.end(),
                                 [&](const Touchpoint &card) { return card.dataKey == key; });
    return it == journey.touchpoints.end() ? nullptr : &*it;
}

std::optional<Finding> worstStage(const Journey &journey, StatisticsCache &cache)
{
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    const Metric *metric = metricByKey(QStringLiteral("nps"));
    if (!nps || !metric)
        return std::nullopt;
    const MetricGroup *worst = nullptr;
    const auto better = [&](const MetricGroup &candidate) {
        if (!worst)
            return true;
        if (candidate.summary.smallSample != worst->summary.smallSample) // a trusted sample wins over a weak one
            return !candidate.summary.smallSample;
        return candidate.summary.value < worst->summary.value;
    };
    const auto groups = cache.groups(*nps, {Dimension::Stage}, &journey, metric);
    for (const MetricGroup &group : *groups) {
        const bool known = std::any_of(journey.stages.begin(), journey.stages.end(),
                                       [&](const Stage &stage) { return stage.name == group.key[0].second; });
        if (known && group.summary.hasValue && better(group))
            worst = &group;
    }
    if (!worst)
        return std::nullopt;
    const QLocale locale;
    const MetricSummary &s = worst->summary;
    Finding finding;
    finding.kind = Finding::Kind::WorstStage;
    const QString name = worst->key[0].second;
    finding.headline = FindingsText::tr("Worst stage by NPS: %1").arg(name);
    finding.detail = FindingsText::tr("NPS %1 ± %2 (95 %), %3 answers")
                         .arg(metric->formatValue(s.value), locale.toString((s.high95 - s.low95) / 2, 'f', 0),
                              locale.toString(qint64(s.n)));
    if (s.smallSample)
        finding.detail += QLatin1Char(' ') + FindingsText::tr("— a small sample: a weak signal");
    for (const Stage &stage : journey.stages)
        if (stage.name == name)
            finding.stageId = stage.id;
    return finding;
}

std::optional<Finding> effortHotspot(const Journey &journey)
{
    const EffortWeights weights = EffortWeights::fromSettings(journey.settings);
    const auto ranked = rankTouchpoints(journey, EffortDimension::Composite, weights);
    if (ranked.empty())
        return std::nullopt;
    const Touchpoint *card = journey.touchpoint(ranked.front().id);
    if (!card)
        return std::nullopt;
    const QLocale locale;
    Finding finding;
    finding.kind = Finding::Kind::EffortHotspot;
    finding.cardId = card->id;
    finding.headline = FindingsText::tr("Biggest effort hotspot: %1").arg(card->title);
    QStringList parts;
    if (card->effort.minutes > 0)
        parts << formatMinutes(card->effort.minutes);
    if (card->effort.money.hundredths > 0)
        parts << formatMoneyTotals({{card->effort.money.currency, card->effort.money.hundredths}});
    if (card->effort.emotion > 0)
        parts << FindingsText::tr("emotion %1/10").arg(card->effort.emotion);
    finding.detail = FindingsText::tr("%1 per customer; weighted cost %2")
                         .arg(parts.join(QStringLiteral(", ")),
                              formatEffortScore(ranked.front().score, EffortDimension::Composite, journey.currency));
    return finding;
}

std::optional<Finding> largestClvAtRisk(const Journey &journey, StatisticsCache &cache)
{
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    const std::optional<DatasetRef> clv = clv::lifetimeValues(journey, cache); // modelled from purchases, else imported
    if (!nps || !clv)
        return std::nullopt;
    const QString currency = (*clv)->currency.isEmpty() ? journey.currency : (*clv)->currency;
    const auto join = cache.clvJoin(*nps, *clv, currency);
    if (join->atRisk.empty() || join->atRisk.front().largestTotal() <= 0)
        return std::nullopt;
    const ClvAtRisk &risk = join->atRisk.front();
    const Touchpoint *card = cardWithKey(journey, risk.touchpoint);
    Finding finding;
    finding.kind = Finding::Kind::ClvAtRisk;
    finding.cardId = card ? card->id : QUuid();
    finding.headline = FindingsText::tr("Largest CLV at risk: %1").arg(card ? card->title : risk.touchpoint);
    finding.detail = FindingsText::tr("%1 of lifetime value held by %2 detractors there")
                         .arg(formatAmounts(risk.amounts), QLocale().toString(risk.detractors));
    return finding;
}

} // namespace

std::vector<Finding> journeyFindings(const Journey &journey, StatisticsCache &cache)
{
    std::vector<Finding> findings;
    for (auto finding : {worstStage(journey, cache), effortHotspot(journey), largestClvAtRisk(journey, cache)})
        if (finding)
            findings.push_back(std::move(*finding));
    return findings;
}

} // namespace waymark
