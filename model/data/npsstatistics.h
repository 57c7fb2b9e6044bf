#pragma once

#include "data/answerstatistics.h"

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace waymark {

class Journey;

// Counts of answers by NPS category: promoters 9–10, passives 7–8, detractors 0–6.
struct NpsCounts {
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    void add(int score);
    qint64 n() const { return promoters + passives + detractors; }
};

struct NpsSummary {
    qint64 n = 0, promoters = 0, passives = 0, detractors = 0;
    double promoterShare = 0, passiveShare = 0, detractorShare = 0; // 0..1
    double nps = 0;           // 100 × (p⁺ − p⁻), −100..100
    double standardError = 0; // in NPS points: 100 × sqrt((p⁺ + p⁻ − (p⁺ − p⁻)²) / n)
    double moe95 = 0;         // 1.96 × standardError
    bool lowConfidence = true; // n < 30
    bool empty() const { return n == 0; }
};
NpsSummary summarize(const NpsCounts &counts);


struct NpsGroup {
    QList<QPair<Dimension, QString>> key;
    NpsSummary summary;
};

// NPS per group of one or more dimensions (touchpoint × quarter, segment × quarter, …) in one
// pass over the rows. A row's stage is its own stage column, else the stage of the card whose
// data key is the row's touchpoint (needs `journey`). Rows without a value for a dimension form
// a "(none)" group instead of vanishing. Groups come sorted by key.
std::vector<NpsGroup> groupNps(const AnswerTable &table, const std::vector<Dimension> &by, const Journey *journey = nullptr);
// The same from groups of NPS answers already counted (groupAnswers(), countAnswers()).
std::vector<NpsGroup> npsGroups(const std::vector<MetricGroup> &groups);


// Two groups compared: the difference of their NPS with a 95 % interval
// ±1.96 × sqrt(se₁² + se₂²); significant when the interval excludes 0.
struct NpsDifference {
    double difference = 0;
    double halfWidth95 = 0;
    double low = 0, high = 0;
    bool significant = false;
};
NpsDifference compare(const NpsSummary &a, const NpsSummary &b);

} // namespace waymark
