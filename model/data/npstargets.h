#pragma once

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

// "2024-Q3" as a running quarter number (year × 4 + quarter − 1), or nullopt.
std::optional<int> quarterNumber(const QString &quarter);
QString quarterName(int number);

// A goal such as "Students: from −10 in 2024-Q1, +3 per quarter".
struct NpsGoal {
    QString segment;      // empty: all responses
    QString startQuarter; // "2024-Q1"
    double start = 0;
    double perQuarter = 0;
    // The goal in a quarter; nullopt before the start or for a malformed quarter.
    std::optional<double> at(const QString &quarter) const;
    bool operator==(const NpsGoal &) const = default;
};

// What a workshop measures its NPS against, kept in the journey's settings (keys
// "nps/benchmark", "nps/benchmarkName", "nps/goals" — the goals as a JSON array), so the
// targets travel with the file and every change is one undo step.
struct NpsTargets {
    std::optional<double> benchmark; // industry average or a competitor, −100..100
    QString benchmarkName;           // "Retail banking, Germany 2024"
    std::vector<NpsGoal> goals;

    static NpsTargets fromSettings(const QMap<QString, QString> &settings);
    // The settings to store; an empty value removes a key (as EditJourneySettings takes them).
    QMap<QString, QString> toSettings() const;
    bool operator==(const NpsTargets &) const = default;
};

} // namespace waymark
