#pragma once

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

class Metric;

// "2024-Q3" as a running quarter number (year × 4 + quarter − 1), or nullopt.
std::optional<int> quarterNumber(const QString &quarter);
QString quarterName(int number);

// A goal such as "Students: from −10 in 2024-Q1, +3 per quarter", in its metric's scale.
struct MetricGoal {
    QString segment;      // empty: all responses (eNPS: a department)
    QString startQuarter; // "2024-Q1"
    double start = 0;
    double perQuarter = 0;
    // The goal in a quarter, kept inside lowest..highest (NaN: no limit); nullopt before the
    // start or for a malformed quarter. The defaults are NPS's scale.
    std::optional<double> at(const QString &quarter, double lowest = -100, double highest = 100) const;
    std::optional<double> at(const QString &quarter, const Metric &metric) const;
    bool operator==(const MetricGoal &) const = default;
};

// What a workshop measures a metric against, kept in the journey's settings under the
// metric's key ("nps/benchmark", "nps/benchmarkName", "nps/goals" — the goals as a JSON
// array; "csat/…" likewise), so the targets travel with the file and every change is one
// undo step. Values outside the metric's scale are never read from a file.
struct MetricTargets {
    QString metric = QStringLiteral("nps"); // whose targets: a metricByKey() key
    std::optional<double> benchmark;        // industry average or a competitor, in the metric's scale
    QString benchmarkName;                  // "Retail banking, Germany 2024"
    std::vector<MetricGoal> goals;

    static MetricTargets fromSettings(const QMap<QString, QString> &settings, const QString &metricKey = QStringLiteral("nps"));
    // The settings to store; an empty value removes a key (as EditJourneySettings takes them).
    QMap<QString, QString> toSettings() const;
    // Whether a benchmark or a goal's start may take this value on the metric's scale.
    static bool inScale(const QString &metricKey, double value);
    bool operator==(const MetricTargets &) const = default;
};

// NPS was the only metric with targets once; its names stay for the code that means NPS.
using NpsGoal = MetricGoal;
using NpsTargets = MetricTargets;

} // namespace waymark
