#pragma once

#include "data/metrics/metric.h"

namespace waymark {

// Any numeric measure: the mean with a Student-t interval, mean ± t(0.975, n − 1)·s/√n.
// CES and audits are means with their own scales.
class MeanMetric : public Metric
{
public:
    QString key() const override;
    QString name() const override;
    QString description() const override;
    double lowestAnswer() const override;
    double highestAnswer() const override;
    bool wholeAnswers() const override { return false; }
    MetricSummary summarize(const MetricTally &tally) const override;
    // An open scale: colour scales and axes follow the data (NaN here).
    double lowestValue() const override;
    double highestValue() const override;
};

// Customer Effort Score: "How easy was it …?" 1–7; the mean, and the share of 5–7 ("easy").
class CesMetric : public MeanMetric
{
public:
    QString key() const override;
    QString name() const override;
    QString description() const override;
    double lowestAnswer() const override { return 1; }
    double highestAnswer() const override { return 7; }
    bool wholeAnswers() const override { return true; }
    std::optional<Band> band(double answer) const override;
    QStringList bandKeys() const override;
    QStringList bandNames() const override;
    double lowestValue() const override { return 1; }
    double highestValue() const override { return 7; }
};

// Audits and mystery shopping: a visit's score 0–100 (or items met of items checked, as a
// percentage); the mean visit score.
class AuditMetric : public MeanMetric
{
public:
    QString key() const override;
    QString name() const override;
    QString description() const override;
    double lowestAnswer() const override { return 0; }
    double highestAnswer() const override { return 100; }
    double lowestValue() const override { return 0; }
    double highestValue() const override { return 100; }
    double trustedSample() const override { return 10; } // visits are few and each is long
};

} // namespace waymark
