#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace waymark {

// Where an answer falls on a metric that sorts answers into three bands: NPS detractors,
// passives, promoters; CSAT dissatisfied, neutral, satisfied; CES hard, neutral, easy.
enum class Band { Low = 0, Middle = 1, High = 2 };

// What a group of answers adds up to. Exact from raw answers, and from the aggregated
// tables warehouses export (band counts, or mean + n + sd), so both give the same figures.
struct MetricTally {
    double n = 0;                       // answers
    std::array<double, 3> bands{};      // answers per band (metrics with bands)
    double bandN = 0;                   // answers whose band is known
    double momentN = 0;                 // answers whose values entered the sums below
    double sum = 0;
    double sumOfSquares = 0;

    bool varianceUnknown = false;       // an aggregated row gave a mean without its sd

    void addAnswer(double value, std::optional<Band> band);
    // `count` answers of the same value.
    void addAnswers(double value, double count, std::optional<Band> band);
    // An aggregated row: `count` answers, the answers per band and their mean and sample
    // standard deviation, each NaN when the export does not give it.
    void addAggregate(double count, double low, double middle, double high, double mean, double sd);
    void add(const MetricTally &other);
    double mean() const { return momentN > 0 ? sum / momentN : 0; }
    // Sample variance (n − 1 in the denominator); 0 below two answers.
    double variance() const;
};

// One group's figure with its 95 % interval, in the metric's own scale.
struct MetricSummary {
    double n = 0;
    bool hasValue = false;          // false: no answers, or the data cannot give this metric's value
    double value = 0;
    double low95 = 0, high95 = 0;   // the 95 % interval (equal to value when it cannot be had)
    double standardError = 0;       // of `value`, for comparing groups
    double degreesOfFreedom = 0;    // t-based metrics: n − 1; 0 means a normal interval
    bool smallSample = true;        // fewer answers than the metric trusts
    std::array<double, 3> bandShares{}; // 0..1 of bandN (metrics with bands)
    double mean = 0, sd = 0;        // where the answers' values are known
    bool hasMean = false;
};

// Two groups compared: the difference of their values and its 95 % interval.
struct MetricDifference {
    double difference = 0;
    double low = 0, high = 0;
    bool significant = false;       // the interval excludes 0
};

// A CX measure: how an answer is read, how a group's figure and interval are computed, how
// the figure is written. Adding a metric is one subclass registered in metricregistry.cpp.
class Metric
{
public:
    virtual ~Metric() = default;
    virtual QString key() const = 0;            // "nps": files, command line, settings
    virtual QString name() const = 0;           // translated short name: "NPS", "CSAT"
    virtual QString description() const = 0;   // translated: what is asked and how it is scored
    // The valid answers; `wholeAnswers` refuses 7.5 on a 0–10 scale.
    virtual double lowestAnswer() const = 0;
    virtual double highestAnswer() const = 0;
    virtual bool wholeAnswers() const { return true; }
    // The band of an answer, for metrics with bands.
    virtual std::optional<Band> band(double answer) const;
    bool hasBands() const { return !bandKeys().isEmpty(); }
    virtual QStringList bandKeys() const { return {}; }   // import field keys, low to high: "detractors", …
    virtual QStringList bandNames() const { return {}; }  // translated, low to high
    virtual MetricSummary summarize(const MetricTally &tally) const = 0;
    virtual MetricDifference compare(const MetricSummary &a, const MetricSummary &b) const;
    // The figure as people read it: "+12", "84 %", "5.2".
    virtual QString formatValue(double value) const;
    // The range a figure can take (colour scales, axes).
    virtual double lowestValue() const = 0;
    virtual double highestValue() const = 0;
    // Below this many answers a figure is flagged as a small sample.
    virtual double trustedSample() const { return 30; }
    // Metrics about employees (eNPS) belong to departments, not to the customer's steps.
    virtual bool aboutEmployees() const { return false; }

protected:
    // What every banded metric reports before its own figure: n, the small-sample flag, the
    // band shares and, where values are known, the mean and sd.
    MetricSummary bandSummary(const MetricTally &tally) const;
};

// Every metric Waymark knows, in the order menus list them.
const std::vector<const Metric *> &allMetrics();
// The metric with this key, or nullptr.
const Metric *metricByKey(const QString &key);

// The 97.5 % quantile of Student's t with `df` degrees of freedom (GSL), for 95 % intervals.
double tQuantile975(double df);

} // namespace waymark
