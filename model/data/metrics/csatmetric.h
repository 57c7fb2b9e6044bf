#pragma once

#include "data/metrics/metric.h"

namespace waymark {

// Customer satisfaction: 1–5; the share of 4s and 5s (top-2-box) with a Wilson score interval,
// which stays inside 0–100 % and behaves at small n and shares near 0 or 100 %.
class CsatMetric : public Metric
{
public:
    QString key() const override;
    QString name() const override;
    QString description() const override;
    double lowestAnswer() const override { return 1; }
    double highestAnswer() const override { return 5; }
    std::optional<Band> band(double answer) const override;
    QStringList bandKeys() const override;
    QStringList bandNames() const override;
    MetricSummary summarize(const MetricTally &tally) const override;
    QString formatValue(double value) const override;
    double lowestValue() const override { return 0; }
    double highestValue() const override { return 100; }
};

} // namespace waymark
