#pragma once

#include "data/clvstatistics.h"
#include "data/dataset.h"
#include "npscharts.h"

#include <QHash>
#include <QPair>

namespace waymark {

class Journey;

// Everything the data dock's charts show, computed from the journey's newest NPS and CLV
// datasets and its NPS targets. Plain data, so tests check it without drawing.
struct ChartData {
    bool hasNps = false;
    bool hasClv = false;
    std::vector<TrendSeries> trend;   // all responses first, then one line per segment
    std::vector<GoalLine> goals;      // from each goal's start to the last quarter with data
    std::optional<double> benchmark;
    QString benchmarkName;
    std::vector<StageMix> stages;     // in journey order, stages with answers
    std::vector<TouchpointNps> touchpoints; // cards with answers, lowest NPS first
    QString clvCurrency;              // the currency most joined customers' CLV is in
    std::vector<ClvBar> clv;          // per NPS category, in that currency
    std::vector<ClvAtRisk> atRisk;    // per touchpoint key, most first
    QHash<QString, QString> cardTitles; // data key -> the title of the (first) card with it
    std::vector<QPair<QString, qint64>> unmatchedKeys; // answers' touchpoint keys no card has
    qint64 clvJoined = 0;
};
ChartData chartData(const Journey &journey);

// The newest NPS (Answers) or CLV dataset, or nullptr.
const Dataset *newestDataset(const Journey &journey, DatasetKind kind);

} // namespace waymark
