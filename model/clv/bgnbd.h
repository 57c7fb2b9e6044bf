#pragma once

#include "clv/maximumlikelihood.h"
#include "clv/rfmdata.h"

#include <optional>

namespace waymark::clv {

// The beta-geometric/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy
// Way"): while alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase
// they drop out with probability p ~ Beta(a, b). Times are in the summary's unit.
struct BgNbdParameters {
    double r = 0, alpha = 0, a = 0, b = 0;
};

struct BgNbdFit {
    BgNbdParameters parameters;
    BgNbdParameters standardErrors; // NaN where unknown
    double logLikelihood = 0;
    bool converged = false;
    int iterations = 0;
    QString warning;
};

double bgnbdLogLikelihood(const BgNbdParameters &p, const RfmData &data);
// The same, and its gradient d log L / d(r, α, a, b) (for the BFGS fit; tested against
// central differences).
double bgnbdLogLikelihood(const BgNbdParameters &p, const RfmData &data, BgNbdParameters &gradient);
BgNbdFit fitBgNbd(const RfmData &data);

// E[X(t)]: expected purchases of a new customer in (0, t] (eq. 9 of the paper).
std::optional<double> bgnbdExpectedPurchases(const BgNbdParameters &p, double t);
// P(X(t) = n) (eq. 8).
double bgnbdPurchaseProbability(const BgNbdParameters &p, int n, double t);
// E[Y(t) | x, t_x, T]: expected purchases in the next t of a customer with that history
// (eq. 10). nullopt when 2F1 cannot be evaluated (t extremely long against α + T).
std::optional<double> bgnbdConditionalExpectedPurchases(const BgNbdParameters &p, double t, int x, double tx, double T);
// P(alive | x, t_x, T) (appendix of the paper; 1 for customers who never bought again).
double bgnbdProbabilityAlive(const BgNbdParameters &p, int x, double tx, double T);

} // namespace waymark::clv
