#pragma once

#include <QString>
#include <QUuid>

#include <vector>

namespace waymark {

class Journey;
class StatisticsCache;

// What the data says before anyone proposes a fix: the three findings the leadership summary
// opens with. Each is derived from the journey's own figures, never typed in, so the PDF
// and the screen agree and a finding disappears when its data does.
struct Finding {
    enum class Kind { WorstStage, EffortHotspot, ClvAtRisk };
    Kind kind = Kind::WorstStage;
    QString headline; // translated: "Worst stage by NPS: Apply"
    QString detail;   // translated: the figure with its margin and sample, or the effort
    QUuid stageId;    // WorstStage
    QUuid cardId;     // EffortHotspot, ClvAtRisk (the first card with the touchpoint's data key)
};

// In this order, each only when the journey has what it needs:
//  - the stage with the lowest NPS among stages with a trusted sample (else among all stages
//    with answers), with its 95 % margin and n;
//  - the card with the highest weighted effort (the heatmap's composite score);
//  - the touchpoint whose detractors carry the most CLV.
std::vector<Finding> journeyFindings(const Journey &journey, StatisticsCache &cache);

} // namespace waymark
