#pragma once

#include "clv/maximumlikelihood.h"
#include "clv/rfmdata.h"

#include <optional>

namespace waymark::clv {

// The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987; expressions as in Fader &
// Hardie's 2005 note "A Note on Deriving the Pareto/NBD Model and Related Expressions"):
// purchases at Poisson rate λ ~ Gamma(r, α) while alive, an exponential lifetime with rate
// μ ~ Gamma(s, β). Drop-out may happen at any time, not only after a purchase as in BG/NBD.
struct ParetoNbdParameters {
    double r = 0, alpha = 0, s = 0, beta = 0;
};

struct ParetoNbdFit {
    ParetoNbdParameters parameters;
    ParetoNbdParameters standardErrors;
    double logLikelihood = 0;
    bool converged = false;
    int iterations = 0;
    QString warning;
};

double paretoNbdLogLikelihood(const ParetoNbdParameters &p, const RfmData &data);
ParetoNbdFit fitParetoNbd(const RfmData &data);

// E[X(t)] for a new customer.
double paretoNbdExpectedPurchases(const ParetoNbdParameters &p, double t);
// P(alive | x, t_x, T); nullopt when 2F1 cannot be evaluated.
std::optional<double> paretoNbdProbabilityAlive(const ParetoNbdParameters &p, int x, double tx, double T);
// E[Y(t) | x, t_x, T].
std::optional<double> paretoNbdConditionalExpectedPurchases(const ParetoNbdParameters &p, double t, int x, double tx, double T);

} // namespace waymark::clv
