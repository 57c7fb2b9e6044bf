#include "data/metrics/metric.h"

#include <QLocale>

#include <gsl/gsl_cdf.h>

#include <algorithm>
#include <cmath>

namespace waymark {

void MetricTally::addAnswer(double value, std::optional<Band> band)
{
    n += 1;
    momentN += 1;
    sum += value;
    sumOfSquares += value * value;
    if (band) {
        bands[std::size_t(*band)] += 1;
        bandN += 1;
    }
}

void MetricTally::addAnswers(double value, double count, std::optional<Band> band)
{
    n += count;
    momentN += count;
    sum += count * value;
    sumOfSquares += count * value * value;
    if (band) {
        bands[std::size_t(*band)] += count;
        bandN += count;
    }
}

void MetricTally::addAggregate(double count, double low, double middle, double high, double mean, double sd)
{
    n += count;
    if (!std::isnan(low) && !std::isnan(middle) && !std::isnan(high)) {
        bands[0] += low;
        bands[1] += middle;
        bands[2] += high;
        bandN += low + middle + high;
    }
    if (!std::isnan(mean)) {
        // Σx = n·mean and Σx² = (n − 1)·sd² + n·mean², so groups merged from aggregates give
        // the same mean and variance as the answers themselves.
        if (std::isnan(sd)) {
            if (count > 1)
                varianceUnknown = true;
            sd = 0;
        }
        momentN += count;
        sum += count * mean;
        sumOfSquares += (count - 1) * sd * sd + count * mean * mean;
    }
}

void MetricTally::add(const MetricTally &other)
{
    n += other.n;
    for (std::size_t i = 0; i < bands.size(); ++i)
        bands[i] += other.bands[i];
    bandN += other.bandN;
    momentN += other.momentN;
    sum += other.sum;
    sumOfSquares += other.sumOfSquares;
    varianceUnknown = varianceUnknown || other.varianceUnknown;
}

double MetricTally::variance() const
{
    if (momentN < 2)
        return 0;
    const double centred = sumOfSquares - sum * sum / momentN;
    return std::max(0.0, centred / (momentN - 1));
}

std::optional<Band> Metric::band(double) const
{
    return std::nullopt;
}

MetricSummary Metric::bandSummary(const MetricTally &tally) const
{
    MetricSummary s;
    s.n = tally.bandN;
    s.smallSample = s.n < trustedSample();
    if (tally.momentN > 0) {
        s.hasMean = true;
        s.mean = tally.mean();
        s.sd = std::sqrt(tally.variance());
    }
    if (tally.bandN > 0)
        for (std::size_t i = 0; i < 3; ++i)
            s.bandShares[i] = tally.bands[i] / tally.bandN;
    return s;
}

MetricDifference Metric::compare(const MetricSummary &a, const MetricSummary &b) const
{
    MetricDifference d;
    d.difference = a.value - b.value;
    const double se = std::sqrt(a.standardError * a.standardError + b.standardError * b.standardError);
    double quantile = 1.959963984540054;
    if (a.degreesOfFreedom > 0 && b.degreesOfFreedom > 0 && se > 0) {
        // Welch–Satterthwaite degrees of freedom for two means with unequal variances.
        const double va = a.standardError * a.standardError, vb = b.standardError * b.standardError;
        const double df = (va + vb) * (va + vb) / (va * va / a.degreesOfFreedom + vb * vb / b.degreesOfFreedom);
        quantile = tQuantile975(df);
    }
    d.low = d.difference - quantile * se;
    d.high = d.difference + quantile * se;
    d.significant = a.hasValue && b.hasValue && (d.low > 0 || d.high < 0);
    return d;
}

QString Metric::formatValue(double value) const
{
    return QLocale().toString(value, 'f', 1);
}

double tQuantile975(double df)
{
    if (!(df > 0))
        return 0;
    return gsl_cdf_tdist_Pinv(0.975, df);
}

} // namespace waymark
