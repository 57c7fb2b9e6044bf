#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

class QChart;

namespace waymark {

class Metric;

// The scale a metric's figures are drawn on: −100..100 for NPS, 0..100 % for CSAT, 1..7 for
// CES, 0..100 for audits, and the data's range for an open scale ("mean").
struct ValueScale {
    QString metricKey = QStringLiteral("nps");
    double low = -100, high = 100;

    static ValueScale forMetric(const Metric &metric, double dataLow, double dataHigh);
    const Metric &metric() const;      // NPS for an unknown key
    QString name() const;              // translated: "NPS", "CSAT"
    QString format(double value) const; // as people read it: "+12", "84 %", "5.2"
    // Bars start at 0 on scales that run through it (NPS), else at the scale's bottom.
    double base() const { return low < 0 && high > 0 ? 0.0 : low; }
    double position(double value) const { return high > low ? (value - low) / (high - low) : 0.5; }
    // Axis ticks at round steps: −100, −50, … for NPS, 1, 2, … 7 for CES.
    int tickCount() const;
    QString axisLabelFormat() const;   // "%.0f", "%.1f", "%.0f %%"
    bool operator==(const ValueScale &) const = default;
};

// Plain inputs for the data dock's charts, filled from the statistics so the charts do not
// depend on how they are computed. Values are in the metric's scale.
struct TrendPoint {
    QString quarter;  // "2024-Q1"
    double value = 0;
    double moe95 = 0; // half the interval, when it is symmetric (NPS)
    qint64 n = 0;
    // The interval's ends where it is not symmetric (CSAT's Wilson interval); NaN: value ± moe95.
    double low95 = std::numeric_limits<double>::quiet_NaN();
    double high95 = std::numeric_limits<double>::quiet_NaN();
    bool smallSample = false;
    double low() const { return std::isnan(low95) ? value - moe95 : low95; }
    double high() const { return std::isnan(high95) ? value + moe95 : high95; }
    // NaN ends count as equal, so an unchanged chart is recognised and not redrawn.
    bool operator==(const TrendPoint &other) const;
};
struct TrendSeries {
    QString name;     // segment (eNPS: department), or "All responses"
    std::vector<TrendPoint> points;
    bool operator==(const TrendSeries &) const = default;
};
struct GoalLine {
    QString name;
    QString series;   // the trend line it is a goal for (drawn in its colour)
    std::vector<std::pair<QString, double>> points; // quarter -> goal
    bool operator==(const GoalLine &) const = default;
};
// One stage's answers (eNPS: one department's): the shares of the metric's bands and its
// value with the 95 % interval.
struct StageMix {
    QUuid stageId;    // null for a department
    QString stage;
    double high = 0, middle = 0, low = 0; // band shares in percent: promoters, passives, detractors for NPS
    qint64 n = 0;
    bool hasValue = false;
    double value = 0, low95 = 0, high95 = 0;
    bool smallSample = false;
    bool operator==(const StageMix &) const = default;
};
// One card's figure (eNPS: one department's).
struct TouchpointFigure {
    QUuid cardId;     // null for a department
    QString title;
    double value = 0;
    double low95 = 0, high95 = 0;
    qint64 n = 0;
    bool smallSample = false;
    bool operator==(const TouchpointFigure &) const = default;
};
struct ClvBar {
    QString category; // "Promoters", ...
    double mean = 0;
    qint64 customers = 0;
    bool operator==(const ClvBar &) const = default;
};

// A metric by quarter, one line per series with interval bars, goal lines dashed, the
// benchmark as a flat grey line; the vertical axis is the scale's.
QChart *trendChart(const ValueScale &scale, const std::vector<TrendSeries> &series, const std::vector<GoalLine> &goals,
                   std::optional<double> benchmark, const QString &benchmarkName);
QChart *npsTrendChart(const std::vector<TrendSeries> &series, const std::vector<GoalLine> &goals,
                      std::optional<double> benchmark, const QString &benchmarkName);
// Band shares per stage as stacked horizontal bars (100 %), the first stage on top: bar
// category i is stage (count − 1 − i). `bandNames` low to high.
QChart *bandMixChart(const std::vector<StageMix> &stages, const QString &title, const QStringList &bandNames);
// NPS's promoters, passives and detractors per stage.
QChart *stageMixChart(const std::vector<StageMix> &stages);
// The value per stage as horizontal bars with their 95 % intervals (metrics without bands),
// the first stage on top as in bandMixChart; small samples grey.
QChart *stageValueChart(const std::vector<StageMix> &stages, const ValueScale &scale, const QString &title);
// Mean CLV per NPS category.
// An empty chart in the house style (title, no animation, legend below, small margins).
QChart *newChart(const QString &title);

QChart *clvByCategoryChart(const std::vector<ClvBar> &bars, const QString &currency);

} // namespace waymark
