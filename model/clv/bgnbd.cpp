#include "clv/bgnbd.h"

#include "clv/hypergeometric.h"

#include <gsl/gsl_sf_psi.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace waymark::clv {

namespace {

double logBeta(double x, double y)
{
    return std::lgamma(x) + std::lgamma(y) - std::lgamma(x + y);
}

// log(e^l + e^m) without overflow.
double logAddExp(double l, double m)
{
    const double top = std::max(l, m);
    return top + std::log1p(std::exp(-std::abs(l - m)));
}

BgNbdParameters bgNbdFromVector(const std::vector<double> &v)
{
    return {v[0], v[1], v[2], v[3]};
}

} // namespace

namespace {

double logLikelihood(const BgNbdParameters &p, const RfmData &data, BgNbdParameters *gradient)
{
    const auto [r, alpha, a, b] = p;
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0))
        return -std::numeric_limits<double>::infinity();
    // The terms that depend on x only, once per x (groups are sorted by x); ln(α + t) once
    // per distinct time.
    const double lgR = std::lgamma(r), lbAB = logBeta(a, b), logAlpha = std::log(alpha);
    std::vector<double> logAlphaPlus(data.times.size());
    for (std::size_t i = 0; i < data.times.size(); ++i)
        logAlphaPlus[i] = std::log(alpha + data.times[i]);
    const double psiR = gradient ? gsl_sf_psi(r) : 0.0, psiB = gradient ? gsl_sf_psi(b) : 0.0,
                 psiAB = gradient ? gsl_sf_psi(a + b) : 0.0;
    double total = 0;
    BgNbdParameters sum;
    int currentX = -1;
    double common = 0, stillAlive = 0, droppedOut = 0;
    // Per-x parts of the derivatives: of `common` by r, of the two beta terms by a and b.
    double dCommonR = 0, dAliveA = 0, dAliveB = 0, dDroppedA = 0, dDroppedB = 0;
    for (const RfmGroup &g : data.groups) {
        if (g.x != currentX) {
            currentX = g.x;
            common = std::lgamma(r + g.x) - lgR + r * logAlpha;
            stillAlive = logBeta(a, b + g.x) - lbAB;
            droppedOut = g.x > 0 ? logBeta(a + 1, b + g.x - 1) - lbAB : 0.0;
            if (gradient) {
                const double psiABX = gsl_sf_psi(a + b + g.x);
                dCommonR = gsl_sf_psi(r + g.x) - psiR + logAlpha;
                dAliveA = psiAB - psiABX;
                dAliveB = gsl_sf_psi(b + g.x) - psiABX - psiB + psiAB;
                dDroppedA = 1.0 / a + psiAB - psiABX;
                dDroppedB = g.x > 0 ? gsl_sf_psi(b + g.x - 1) - psiABX - psiB + psiAB : 0.0;
            }
        }
        const double logT = logAlphaPlus[std::size_t(g.TIndex)];
        const double aliveAtT = stillAlive - (r + g.x) * logT;
        double term = aliveAtT;
        double droppedTerm = 0;
        if (g.x > 0) {
            droppedTerm = droppedOut - (r + g.x) * logAlphaPlus[std::size_t(g.txIndex)];
            term = logAddExp(aliveAtT, droppedTerm);
        }
        total += g.weight * (common + term);
        if (gradient) {
            // The two branches (alive at T, dropped out after t_x) weighted by their shares.
            const double wAlive = g.x > 0 ? std::exp(aliveAtT - term) : 1.0;
            const double wDropped = 1.0 - wAlive;
            const double logTx = logAlphaPlus[std::size_t(g.txIndex)];
            sum.r += g.weight * (dCommonR - wAlive * logT - wDropped * logTx);
            sum.alpha += g.weight * (r / alpha - (r + g.x) * (wAlive / (alpha + g.T) + wDropped / (alpha + g.tx)));
            sum.a += g.weight * (wAlive * dAliveA + wDropped * dDroppedA);
            sum.b += g.weight * (wAlive * dAliveB + wDropped * dDroppedB);
        }
    }
    if (gradient)
        *gradient = sum;
    return total;
}

} // namespace

double bgnbdLogLikelihood(const BgNbdParameters &p, const RfmData &data)
{
    return logLikelihood(p, data, nullptr);
}

double bgnbdLogLikelihood(const BgNbdParameters &p, const RfmData &data, BgNbdParameters &gradient)
{
    return logLikelihood(p, data, &gradient);
}

BgNbdFit fitBgNbd(const RfmData &data)
{
    // Start: one purchase per mean observation period, a coin-flip drop-out; the search
    // works on log-parameters, so only the scale of α matters.
    double meanT = 0;
    for (const RfmGroup &g : data.groups)
        meanT += g.weight * g.T;
    meanT = data.customers > 0 ? meanT / data.customers : 1.0;
    const LogLikelihood logLikelihood = [&data](const std::vector<double> &v) { return bgnbdLogLikelihood(bgNbdFromVector(v), data); };
    const LogLikelihoodWithGradient withGradient = [&data](const std::vector<double> &v, std::vector<double> &gradient) {
        BgNbdParameters g;
        const double value = bgnbdLogLikelihood(bgNbdFromVector(v), data, g);
        gradient = {g.r, g.alpha, g.a, g.b};
        return value;
    };
    const MaximumLikelihoodFit fit = fitMaximumLikelihood(logLikelihood, {1.0, std::max(meanT, 1e-3), 1.0, 1.0}, withGradient);
    return {bgNbdFromVector(fit.parameters), bgNbdFromVector(fit.standardErrors), fit.logLikelihood, fit.converged, fit.iterations, fit.warning};
}

std::optional<double> bgnbdExpectedPurchases(const BgNbdParameters &p, double t)
{
    const auto [r, alpha, a, b] = p;
    const auto f = hypergeometric2F1(r, b, a + b - 1, t / (alpha + t));
    if (!f)
        return std::nullopt;
    return (a + b - 1) / (a - 1) * (1.0 - std::pow(alpha / (alpha + t), r) * *f);
}

double bgnbdPurchaseProbability(const BgNbdParameters &p, int n, double t)
{
    const auto [r, alpha, a, b] = p;
    const double lbAB = logBeta(a, b);
    const double logStay = std::log(alpha / (alpha + t));
    const double logBuy = std::log(t / (alpha + t));
    // Still alive after n purchases: NBD probability of exactly n.
    const double alive = std::exp(logBeta(a, b + n) - lbAB + std::lgamma(r + n) - std::lgamma(r) - std::lgamma(n + 1.0) + r * logStay + n * logBuy);
    if (n == 0)
        return alive;
    // Dropped out after the n-th purchase: P(NBD ≥ n) weighted by the beta term.
    double below = 0;
    for (int j = 0; j < n; ++j)
        below += std::exp(std::lgamma(r + j) - std::lgamma(r) - std::lgamma(j + 1.0) + r * logStay + j * logBuy);
    return alive + std::exp(logBeta(a + 1, b + n - 1) - lbAB) * (1.0 - below);
}

std::optional<double> bgnbdConditionalExpectedPurchases(const BgNbdParameters &p, double t, int x, double tx, double T)
{
    const auto [r, alpha, a, b] = p;
    const double z = t / (alpha + T + t);
    const auto f = hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
    if (!f || !std::isfinite(*f))
        return std::nullopt;
    // ((α+T)/(α+T+t))^(r+x) = (1 − z)^(r+x).
    const double stillToBuy = 1.0 - std::exp((r + x) * std::log1p(-z)) * *f;
    const double numerator = (a + b + x - 1) / (a - 1) * stillToBuy;
    if (x == 0)
        return numerator;
    const double logOdds = std::log(a / (b + x - 1)) + (r + x) * std::log((alpha + T) / (alpha + tx));
    return numerator / (1.0 + std::exp(logOdds));
}

double bgnbdProbabilityAlive(const BgNbdParameters &p, int x, double tx, double T)
{
    if (x == 0)
        return 1.0;
    const auto [r, alpha, a, b] = p;
    const double logOdds = std::log(a / (b + x - 1)) + (r + x) * std::log((alpha + T) / (alpha + tx));
    return 1.0 / (1.0 + std::exp(logOdds));
}

} // namespace waymark::clv
