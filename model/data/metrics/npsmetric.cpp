#include "data/metrics/npsmetric.h"
#include "data/metrics/metricstext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
} // namespace

QString NpsMetric::key() const { return QStringLiteral("nps"); }
QString NpsMetric::name() const { return MetricsText::tr("NPS"); }
QString NpsMetric::description() const
{
    return MetricsText::tr("Net Promoter Score: likelihood to recommend, 0–10; % promoters (9–10) minus % detractors (0–6)");
}

std::optional<Band> NpsMetric::band(double answer) const
{
    return answer >= 9 ? Band::High : answer >= 7 ? Band::Middle : Band::Low;
}

QStringList NpsMetric::bandKeys() const
{
    return {QStringLiteral("detractors"), QStringLiteral("passives"), QStringLiteral("promoters")};
}

QStringList NpsMetric::bandNames() const
{
    return {MetricsText::tr("Detractors"), MetricsText::tr("Passives"), MetricsText::tr("Promoters")};
}

MetricSummary NpsMetric::summarize(const MetricTally &tally) const
{
    MetricSummary s = bandSummary(tally);
    if (tally.bandN <= 0)
        return s;
    const double net = s.bandShares[2] - s.bandShares[0];
    // Variance of one answer scored +1 / 0 / −1: E[x²] − E[x]² = p⁺ + p⁻ − (p⁺ − p⁻)².
    const double variance = std::max(0.0, s.bandShares[2] + s.bandShares[0] - net * net);
    s.hasValue = true;
    s.value = 100.0 * net;
    s.standardError = 100.0 * std::sqrt(variance / tally.bandN);
    s.low95 = s.value - 1.96 * s.standardError;
    s.high95 = s.value + 1.96 * s.standardError;
    return s;
}

QString NpsMetric::formatValue(double value) const
{
    const QString number = QLocale().toString(std::abs(value), 'f', 0);
    if (std::lround(value) == 0)
        return number;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + number;
}

QString EnpsMetric::key() const { return QStringLiteral("enps"); }
QString EnpsMetric::name() const { return MetricsText::tr("eNPS"); }
QString EnpsMetric::description() const
{
    return MetricsText::tr("Employee NPS: employees' likelihood to recommend their workplace, 0–10, by department");
}

} // namespace waymark
