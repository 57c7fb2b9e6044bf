#pragma once

#include "data/clvstatistics.h"
#include "data/dataset.h"
#include "data/metrics/metric.h"
#include "npscharts.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace waymark {

class Journey;
class StatisticsCache;

// Everything the data dock's charts show for one metric, computed from the journey's newest
// dataset of that metric and its targets; CLV always beside NPS (customers' categories are
// NPS's). Plain data, so tests check it without drawing.
struct ChartData {
    QString metricKey = QStringLiteral("nps"); // whose figures these are
    ValueScale scale;                 // the axes: the metric's, or the data's range ("mean")
    bool hasAnswers = false;          // the metric has a dataset
    bool hasNps = false;              // NPS answers (CLV joins to them)
    bool hasClv = false;
    bool byDepartment = false;        // eNPS: departments instead of touchpoints and stages
    bool stagesAsMix = false;         // stages show band shares, else values with intervals
    std::vector<TrendSeries> trend;   // all responses first, then one line per segment (eNPS: department)
    std::vector<GoalLine> goals;      // from each goal's start to the last quarter with data
    std::optional<double> benchmark;
    QString benchmarkName;
    std::vector<StageMix> stages;     // in journey order, stages with answers (eNPS: departments)
    std::vector<TouchpointFigure> touchpoints; // cards with answers, worst first (eNPS: departments)
    QString clvCurrency;              // the currency most joined customers' CLV is in
    std::vector<ClvBar> clv;          // per NPS category, in that currency
    std::vector<ClvAtRisk> atRisk;    // per touchpoint key, most first
    QHash<QString, QString> cardTitles; // data key -> the title of the (first) card with it
    std::vector<QPair<QString, qint64>> unmatchedKeys; // answers' touchpoint keys no card has
    qint64 clvJoined = 0;
    // NPS answers whose rows are still being read: CLV is joined to them once they are (the
    // dock shows a note meanwhile; clv, atRisk and clvJoined stay empty).
    qint64 clvAnswersBeingRead = 0;
    // The same while the window fits the lifetime-value model or joins behind it (the dock
    // follows StatisticsBehind::ready()).
    qint64 clvCustomersBeingFitted = 0;
    qint64 clvAnswersBeingMatched = 0;
};
// The charts of `metricKey` (NPS for a key no metric has), grouped through `cache`. Never
// waits for answers still being read (see clvAnswersBeingRead).
ChartData chartData(StatisticsCache &cache, const Journey &journey, const QString &metricKey);
// NPS's charts, counted afresh (no document, no cache at hand).
ChartData chartData(const Journey &journey);

// The Stages chart of the data: the band mix per stage, or for metrics without bands (or data
// without band counts) the value per stage; eNPS per department.
QChart *stagesChart(const ChartData &data);

// The metric a view shows first: NPS when there are NPS answers, else the first with data
// (NPS when there is none).
QString defaultMetricKey(const Journey &journey);
// The whole journey's figure of a metric (its newest dataset), or nullopt without answers.
std::optional<MetricSummary> journeyFigure(StatisticsCache &cache, const Journey &journey, const QString &metricKey);
// The segments of the newest dataset of a metric (eNPS: its departments), for goals.
QStringList goalGroups(StatisticsCache &cache, const Journey &journey, const QString &metricKey);

// The newest NPS (Answers) or CLV dataset, or nullptr.
const Dataset *newestDataset(const Journey &journey, DatasetKind kind);

} // namespace waymark
