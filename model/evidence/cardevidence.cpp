#include "evidence/cardevidence.h"

#include "data/answerstatistics.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>
#include <numeric>

namespace waymark {

int JourneyEvidence::painPointCount() const
{
    return std::accumulate(painPoints.begin(), painPoints.end(), 0);
}

int JourneyEvidence::measuredPainPointPercent() const
{
    const int total = painPointCount();
    if (total == 0)
        return -1;
    return int(std::lround(100.0 * painPoints[std::size_t(Evidence::Measured)] / total));
}

namespace {

// The most answers a data key has in one customer survey, and which survey that is.
struct Answers {
    double n = 0;
    QString metric;
};

// Every data key's answers (employee surveys speak of departments, not cards).
template <typename Visit>
void forEachKeyCount(const Journey &journey, StatisticsCache &cache, Visit visit)
{
    for (const Metric *metric : journey.metricsWithData()) {
        if (metric->aboutEmployees())
            continue;
        const DatasetRef *dataset = journey.newestDataset(metric->key());
        for (const MetricGroup &group : *cache.groups(*dataset, {Dimension::Touchpoint}, &journey))
            if (group.key[0].second != noValueLabel())
                visit(group.key[0].second, Answers{group.summary.n, metric->key()});
    }
}

CardEvidence evidenceOf(const Touchpoint &card, const Answers &answers)
{
    CardEvidence evidence;
    evidence.stated = evidence.level = card.evidence;
    evidence.answers = answers.n;
    evidence.metricKey = answers.metric;
    if (answers.n >= measuredEvidenceAnswers)
        evidence.level = Evidence::Measured;
    return evidence;
}

} // namespace

CardEvidence cardEvidence(const Journey &journey, StatisticsCache &cache, const Touchpoint &card)
{
    Answers best;
    if (!card.dataKey.isEmpty())
        forEachKeyCount(journey, cache, [&](const QString &key, const Answers &answers) {
            if (key == card.dataKey && answers.n > best.n)
                best = answers;
        });
    return evidenceOf(card, best);
}

JourneyEvidence journeyEvidence(const Journey &journey, StatisticsCache &cache)
{
    QHash<QString, Answers> byKey;
    forEachKeyCount(journey, cache, [&](const QString &key, const Answers &answers) {
        Answers &best = byKey[key];
        if (answers.n > best.n)
            best = answers;
    });

    JourneyEvidence result;
    for (const Touchpoint &card : journey.touchpoints) {
        const CardEvidence evidence = evidenceOf(card, card.dataKey.isEmpty() ? Answers{} : byKey.value(card.dataKey));
        result.cards.insert(card.id, evidence);
        const auto level = std::size_t(evidence.level);
        ++result.allCards[level];
        const Lane *lane = journey.lane(card.laneId);
        if (card.painPoint || (lane && lane->kind == LaneKind::PainPoints))
            ++result.painPoints[level];
    }
    return result;
}

QString describeEvidence(const CardEvidence &evidence)
{
    if (evidence.answers <= 0 || evidence.metricKey.isEmpty())
        return displayName(evidence.level);
    const Metric *metric = metricByKey(evidence.metricKey);
    const QString survey = metric ? metric->name() : evidence.metricKey.toUpper();
    //: %1: what the card rests on ("Measured data"), %2: a number of answers, %3: the survey ("NPS")
    return QCoreApplication::translate("Evidence", "%1 (%2 %3 answers)")
        .arg(displayName(evidence.level), QLocale().toString(std::llround(evidence.answers)), survey);
}

} // namespace waymark
