#pragma once

#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

class QChart;

namespace waymark {

// Plain inputs for the data dock's charts, filled from the statistics so the charts do not
// depend on how they are computed.
struct TrendPoint {
    QString quarter;  // "2024-Q1"
    double nps = 0;
    double moe95 = 0;
    qint64 n = 0;
};
struct TrendSeries {
    QString name;     // segment, or "All responses"
    std::vector<TrendPoint> points;
};
struct GoalLine {
    QString name;
    QString series;   // the trend line it is a goal for (drawn in its colour)
    std::vector<std::pair<QString, double>> points; // quarter -> goal
};
struct StageMix {
    QUuid stageId;
    QString stage;
    double promoters = 0, passives = 0, detractors = 0; // shares in percent
    qint64 n = 0;
};
struct TouchpointNps {
    QUuid cardId;
    QString title;
    double nps = 0;
    double moe95 = 0;
    qint64 n = 0;
};
struct ClvBar {
    QString category; // "Promoters", ...
    double mean = 0;
    qint64 customers = 0;
};

// NPS by quarter, one line per series with ±moe error bars, goal lines dashed, the
// benchmark as a flat grey line.
QChart *npsTrendChart(const std::vector<TrendSeries> &series, const std::vector<GoalLine> &goals,
                      std::optional<double> benchmark, const QString &benchmarkName);
// Promoter / passive / detractor shares per stage as stacked horizontal bars (100 %), the
// first stage on top: bar category i is stage (count − 1 − i).
QChart *stageMixChart(const std::vector<StageMix> &stages);
// Mean CLV per NPS category.
QChart *clvByCategoryChart(const std::vector<ClvBar> &bars, const QString &currency);

} // namespace waymark
