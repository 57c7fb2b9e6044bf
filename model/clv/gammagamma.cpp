#include "clv/gammagamma.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace waymark::clv {

namespace {

struct SpendText {
    Q_DECLARE_TR_FUNCTIONS(ClvModel)
};

GammaGammaParameters gammaGammaFromVector(const std::vector<double> &v)
{
    return {v[0], v[1], v[2]};
}

} // namespace

double GammaGammaParameters::meanSpend() const
{
    return q > 1 ? p * gamma / (q - 1) : std::numeric_limits<double>::infinity();
}

std::vector<SpendObservation> spendObservations(const std::vector<CustomerSummary> &customers)
{
    std::vector<SpendObservation> data;
    for (const CustomerSummary &c : customers)
        if (c.x > 0 && c.meanRepeatSpend > 0)
            data.push_back({c.x, c.meanRepeatSpend});
    return data;
}

double gammaGammaLogLikelihood(const GammaGammaParameters &params, const std::vector<SpendObservation> &data)
{
    const auto [p, q, gamma] = params;
    if (!(p > 0 && q > 0 && gamma > 0))
        return -std::numeric_limits<double>::infinity();
    // The density of the mean of x spends (eq. 3 of the note), including its Jacobian
    // terms, so the value matches the published −4055.92 on CDNOW.
    const double constant = q * std::log(gamma) - std::lgamma(q);
    double total = 0;
    for (const SpendObservation &o : data) {
        const double px = p * o.x;
        total += std::lgamma(px + q) - std::lgamma(px) + constant + (px - 1) * std::log(o.meanSpend) + px * std::log(double(o.x))
            - (px + q) * std::log(gamma + o.x * o.meanSpend);
    }
    return total;
}

GammaGammaFit fitGammaGamma(const std::vector<SpendObservation> &data)
{
    GammaGammaFit result;
    result.fittedOn = qint64(data.size());
    if (data.empty()) {
        result.warning = SpendText::tr("no customer bought again with a positive amount: the spend model cannot be fitted");
        return result;
    }
    const LogLikelihood logLikelihood = [&data](const std::vector<double> &v) { return gammaGammaLogLikelihood(gammaGammaFromVector(v), data); };
    const MaximumLikelihoodFit fit = fitMaximumLikelihood(logLikelihood, {1.0, 1.0, 1.0});
    result.parameters = gammaGammaFromVector(fit.parameters);
    result.standardErrors = gammaGammaFromVector(fit.standardErrors);
    result.logLikelihood = fit.logLikelihood;
    result.converged = fit.converged;
    result.iterations = fit.iterations;
    result.warning = fit.warning;
    if (result.warning.isEmpty() && result.parameters.q <= 1)
        result.warning = SpendText::tr("the spend model's q is at most 1: the population has no finite mean spend, expected spends are unreliable");
    return result;
}

double gammaGammaExpectedSpend(const GammaGammaParameters &params, int x, double meanSpend)
{
    const auto [p, q, gamma] = params;
    const double px = p * x;
    return (gamma + x * meanSpend) * p / (px + q - 1);
}

} // namespace waymark::clv
