#include "data/metrics/csatmetric.h"
#include "data/metrics/metricstext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace waymark {

namespace {
constexpr double z95 = 1.959963984540054;
} // namespace

QString CsatMetric::key() const { return QStringLiteral("csat"); }
QString CsatMetric::name() const { return MetricsText::tr("CSAT"); }
QString CsatMetric::description() const
{
    return MetricsText::tr("Customer satisfaction, 1–5: the share of satisfied answers (4 or 5)");
}

std::optional<Band> CsatMetric::band(double answer) const
{
    return answer >= 4 ? Band::High : answer >= 3 ? Band::Middle : Band::Low;
}

QStringList CsatMetric::bandKeys() const
{
    return {QStringLiteral("dissatisfied"), QStringLiteral("neutral"), QStringLiteral("satisfied")};
}

QStringList CsatMetric::bandNames() const
{
    return {MetricsText::tr("Dissatisfied"), MetricsText::tr("Neutral"), MetricsText::tr("Satisfied")};
}

MetricSummary CsatMetric::summarize(const MetricTally &tally) const
{
    MetricSummary s = bandSummary(tally);
    if (tally.bandN <= 0)
        return s;
    const double n = tally.bandN;
    const double p = s.bandShares[2];
    // Wilson score interval: centre (p + z²/2n) / (1 + z²/n), half-width
    // z·sqrt(p(1 − p)/n + z²/4n²) / (1 + z²/n).
    const double z2 = z95 * z95;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z95 * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    s.hasValue = true;
    s.value = 100 * p;
    s.low95 = 100 * (centre - half);
    s.high95 = 100 * (centre + half);
    s.standardError = 100 * std::sqrt(p * (1 - p) / n);
    return s;
}

QString CsatMetric::formatValue(double value) const
{
    return QLocale().toString(value, 'f', 0) + QStringLiteral("\u00a0%");
}

} // namespace waymark
