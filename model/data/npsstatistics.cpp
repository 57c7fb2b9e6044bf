#include "data/npsstatistics.h"

#include "data/metrics/metric.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace waymark {

void NpsCounts::add(int score)
{
    if (score >= 9)
        ++promoters;
    else if (score >= 7)
        ++passives;
    else
        ++detractors;
}

NpsSummary summarize(const NpsCounts &counts)
{
    NpsSummary s;
    s.n = counts.n();
    s.promoters = counts.promoters;
    s.passives = counts.passives;
    s.detractors = counts.detractors;
    s.lowConfidence = s.n < 30;
    if (s.n == 0)
        return s; // all zero, flagged empty: no NaN leaks into tables or charts
    const double n = double(s.n);
    s.promoterShare = double(s.promoters) / n;
    s.passiveShare = double(s.passives) / n;
    s.detractorShare = double(s.detractors) / n;
    const double net = s.promoterShare - s.detractorShare;
    s.nps = 100.0 * net;
    // Variance of the per-answer score (+1, 0, −1): E[x²] − E[x]² = p⁺ + p⁻ − (p⁺ − p⁻)².
    const double variance = std::max(0.0, s.promoterShare + s.detractorShare - net * net);
    s.standardError = 100.0 * std::sqrt(variance / n);
    s.moe95 = 1.96 * s.standardError;
    return s;
}

std::vector<NpsGroup> groupNps(const AnswerTable &table, const std::vector<Dimension> &by, const Journey *journey)
{
    return npsGroups(groupAnswers(table, *metricByKey(QStringLiteral("nps")), by, journey));
}

std::vector<NpsGroup> npsGroups(const std::vector<MetricGroup> &metricGroups)
{
    std::vector<NpsGroup> groups;
    for (const MetricGroup &group : metricGroups) {
        NpsCounts counts;
        counts.detractors = qint64(std::llround(group.tally.bands[0]));
        counts.passives = qint64(std::llround(group.tally.bands[1]));
        counts.promoters = qint64(std::llround(group.tally.bands[2]));
        groups.push_back({group.key, summarize(counts)});
    }
    return groups;
}

NpsDifference compare(const NpsSummary &a, const NpsSummary &b)
{
    NpsDifference d;
    d.difference = a.nps - b.nps;
    d.halfWidth95 = 1.96 * std::sqrt(a.standardError * a.standardError + b.standardError * b.standardError);
    d.low = d.difference - d.halfWidth95;
    d.high = d.difference + d.halfWidth95;
    d.significant = !a.empty() && !b.empty() && (d.low > 0 || d.high < 0);
    return d;
}

} // namespace waymark
