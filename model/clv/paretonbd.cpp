#include "clv/paretonbd.h"

#include "clv/hypergeometric.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace waymark::clv {

namespace {

ParetoNbdParameters paretoNbdFromVector(const std::vector<double> &v)
{
    return {v[0], v[1], v[2], v[3]};
}

// The log of an end point of the drop-out integral, ln 2F1(·; z(y)) − (r+s+x) ln(max(α, β) + y),
// written with 2F1 around the larger of α and β so its argument z(y) = |α − β| / (max + y)
// stays in [0, 1).
std::optional<double> dropOutEnd(const ParetoNbdParameters &p, int x, double y, double logLargerPlusY, long maxTerms)
{
    const auto [r, alpha, s, beta] = p;
    const double sum = r + s + x;
    const bool alphaLarger = alpha >= beta;
    const double larger = alphaLarger ? alpha : beta;
    const auto f = hypergeometric2F1(sum, alphaLarger ? s + 1 : r + x, sum + 1, std::abs(alpha - beta) / (larger + y), maxTerms);
    if (!f || *f <= 0)
        return std::nullopt;
    return std::log(*f) - sum * logLargerPlusY;
}

// Within a fit, a 2F1 needing more terms than this means parameters far from any optimum
// (z near 1 needs max(α, β) ≫ min(α, β)): the likelihood says "undefined" and the simplex
// steps back, instead of summing millions of terms per customer.
constexpr long fitMaxTerms = 20'000;

// ln of the likelihood after the factor Γ(r+x) α^r β^s / Γ(r):
//   ln[e^aliveAtT + s/(r+s+x) (e^droppedFrom − e^droppedTo)]
// where the difference is the integral over the moment of dropping out between t_x and T;
// droppedFrom ≥ droppedTo (the integral is over a non-negative density), so it is factored out.
std::optional<double> logBracket(const ParetoNbdParameters &p, int x, double aliveAtT, double droppedFrom, double droppedTo)
{
    const double inner = std::exp(aliveAtT - droppedFrom) + p.s / (p.r + p.s + x) * -std::expm1(droppedTo - droppedFrom);
    if (!(inner > 0))
        return std::nullopt;
    return droppedFrom + std::log(inner);
}

} // namespace

double paretoNbdLogLikelihood(const ParetoNbdParameters &p, const RfmData &data)
{
    const auto [r, alpha, s, beta] = p;
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0))
        return -std::numeric_limits<double>::infinity();
    const double constant = -std::lgamma(r) + r * std::log(alpha) + s * std::log(beta);
    // Per distinct time: the logarithms, and the drop-out end for the current x (groups come
    // sorted by x; a cohort shares few T values and every x = 0 customer has t_x = 0).
    const std::size_t n = data.times.size();
    std::vector<double> logAlphaPlus(n), logBetaPlus(n), ends(n);
    std::vector<int> endsOfX(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        logAlphaPlus[i] = std::log(alpha + data.times[i]);
        logBetaPlus[i] = std::log(beta + data.times[i]);
    }
    const std::vector<double> &logLargerPlus = alpha >= beta ? logAlphaPlus : logBetaPlus;
    const auto end = [&](int x, int index) -> std::optional<double> {
        const std::size_t i = std::size_t(index);
        if (endsOfX[i] != x) {
            const auto value = dropOutEnd(p, x, data.times[i], logLargerPlus[i], fitMaxTerms);
            if (!value)
                return std::nullopt;
            ends[i] = *value;
            endsOfX[i] = x;
        }
        return ends[i];
    };
    double total = 0;
    int currentX = -1;
    double lgRx = 0;
    for (const RfmGroup &g : data.groups) {
        if (g.x != currentX) {
            currentX = g.x;
            lgRx = std::lgamma(r + g.x);
        }
        const auto from = end(g.x, g.txIndex);
        const auto to = end(g.x, g.TIndex);
        if (!from || !to)
            return -std::numeric_limits<double>::infinity();
        const double aliveAtT = -(r + g.x) * logAlphaPlus[std::size_t(g.TIndex)] - s * logBetaPlus[std::size_t(g.TIndex)];
        const auto bracket = logBracket(p, g.x, aliveAtT, *from, *to);
        if (!bracket)
            return -std::numeric_limits<double>::infinity();
        total += g.weight * (lgRx + constant + *bracket);
    }
    return total;
}

ParetoNbdFit fitParetoNbd(const RfmData &data)
{
    double meanT = 0;
    for (const RfmGroup &g : data.groups)
        meanT += g.weight * g.T;
    meanT = data.customers > 0 ? std::max(meanT / data.customers, 1e-3) : 1.0;
    const LogLikelihood logLikelihood = [&data](const std::vector<double> &v) { return paretoNbdLogLikelihood(paretoNbdFromVector(v), data); };
    const MaximumLikelihoodFit fit = fitMaximumLikelihood(logLikelihood, {1.0, meanT, 1.0, meanT});
    return {paretoNbdFromVector(fit.parameters), paretoNbdFromVector(fit.standardErrors), fit.logLikelihood, fit.converged, fit.iterations, fit.warning};
}

double paretoNbdExpectedPurchases(const ParetoNbdParameters &p, double t)
{
    const auto [r, alpha, s, beta] = p;
    return r * beta / (alpha * (s - 1)) * (1.0 - std::pow(beta / (beta + t), s - 1));
}

std::optional<double> paretoNbdProbabilityAlive(const ParetoNbdParameters &p, int x, double tx, double T)
{
    const auto [r, alpha, s, beta] = p;
    const double larger = std::max(alpha, beta);
    const auto from = dropOutEnd(p, x, tx, std::log(larger + tx), defaultMaxTerms);
    const auto to = dropOutEnd(p, x, T, std::log(larger + T), defaultMaxTerms);
    if (!from || !to)
        return std::nullopt;
    const double aliveAtT = -(r + x) * std::log(alpha + T) - s * std::log(beta + T);
    const auto bracket = logBracket(p, x, aliveAtT, *from, *to);
    if (!bracket)
        return std::nullopt;
    return std::exp(aliveAtT - *bracket);
}

std::optional<double> paretoNbdConditionalExpectedPurchases(const ParetoNbdParameters &p, double t, int x, double tx, double T)
{
    const auto alive = paretoNbdProbabilityAlive(p, x, tx, T);
    if (!alive)
        return std::nullopt;
    const auto [r, alpha, s, beta] = p;
    return *alive * (r + x) * (beta + T) / ((alpha + T) * (s - 1)) * (1.0 - std::pow((beta + T) / (beta + T + t), s - 1));
}

} // namespace waymark::clv
