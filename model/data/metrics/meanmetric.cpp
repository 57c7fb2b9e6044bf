#include "data/metrics/meanmetric.h"
#include "data/metrics/metricstext.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace waymark {

namespace {
} // namespace

QString MeanMetric::key() const { return QStringLiteral("mean"); }
QString MeanMetric::name() const { return MetricsText::tr("Mean"); }
QString MeanMetric::description() const { return MetricsText::tr("Any numeric measure: the mean of the values"); }
double MeanMetric::lowestAnswer() const { return -std::numeric_limits<double>::max(); }
double MeanMetric::highestAnswer() const { return std::numeric_limits<double>::max(); }
double MeanMetric::lowestValue() const { return std::numeric_limits<double>::quiet_NaN(); }
double MeanMetric::highestValue() const { return std::numeric_limits<double>::quiet_NaN(); }

MetricSummary MeanMetric::summarize(const MetricTally &tally) const
{
    MetricSummary s;
    s.n = hasBands() ? std::max(tally.momentN, tally.bandN) : tally.momentN;
    s.smallSample = s.n < trustedSample();
    if (hasBands() && tally.bandN > 0)
        for (std::size_t i = 0; i < 3; ++i)
            s.bandShares[i] = tally.bands[i] / tally.bandN;
    if (tally.momentN <= 0)
        return s; // band counts alone give the shares, not the mean
    s.hasMean = true;
    s.mean = tally.mean();
    s.sd = std::sqrt(tally.variance());
    s.hasValue = true;
    s.value = s.mean;
    s.low95 = s.high95 = s.value;
    if (tally.momentN >= 2 && !tally.varianceUnknown) {
        s.degreesOfFreedom = tally.momentN - 1;
        s.standardError = s.sd / std::sqrt(tally.momentN);
        const double half = tQuantile975(s.degreesOfFreedom) * s.standardError;
        s.low95 = s.value - half;
        s.high95 = s.value + half;
    }
    return s;
}

QString CesMetric::key() const { return QStringLiteral("ces"); }
QString CesMetric::name() const { return MetricsText::tr("CES"); }
QString CesMetric::description() const
{
    return MetricsText::tr("Customer Effort Score: how easy it was, 1–7; the mean (5–7 count as easy)");
}

std::optional<Band> CesMetric::band(double answer) const
{
    return answer >= 5 ? Band::High : answer >= 4 ? Band::Middle : Band::Low;
}

QStringList CesMetric::bandKeys() const
{
    return {QStringLiteral("hard"), QStringLiteral("neutral"), QStringLiteral("easy")};
}

QStringList CesMetric::bandNames() const
{
    return {MetricsText::tr("Hard"), MetricsText::tr("Neutral"), MetricsText::tr("Easy")};
}

QString AuditMetric::key() const { return QStringLiteral("audit"); }
QString AuditMetric::name() const { return MetricsText::tr("Audit"); }
QString AuditMetric::description() const
{
    return MetricsText::tr("Audits and mystery shopping: a visit's score 0–100 (or items met of items checked); the mean visit score");
}

} // namespace waymark
