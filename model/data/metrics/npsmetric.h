#pragma once

#include "data/metrics/metric.h"

namespace waymark {

// Net Promoter Score: "How likely are you to recommend …?" 0–10; % promoters (9–10) minus
// % detractors (0–6), −100..100, with the normal interval of a difference of shares.
class NpsMetric : public Metric
{
public:
    QString key() const override;
    QString name() const override;
    QString description() const override;
    double lowestAnswer() const override { return 0; }
    double highestAnswer() const override { return 10; }
    std::optional<Band> band(double answer) const override;
    QStringList bandKeys() const override;
    QStringList bandNames() const override;
    MetricSummary summarize(const MetricTally &tally) const override;
    QString formatValue(double value) const override;
    double lowestValue() const override { return -100; }
    double highestValue() const override { return 100; }
};

// Employee NPS: the same question and statistic asked of employees, by department.
class EnpsMetric : public NpsMetric
{
public:
    QString key() const override;
    QString name() const override;
    QString description() const override;
    bool aboutEmployees() const override { return true; }
};

} // namespace waymark
