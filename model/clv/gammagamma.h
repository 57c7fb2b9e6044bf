#pragma once

#include "clv/customersummary.h"
#include "clv/maximumlikelihood.h"

#include <vector>

namespace waymark::clv {

// The Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The Gamma-Gamma
// Model of Monetary Value"): a customer's spends are Gamma(p, ν) with ν ~ Gamma(q, γ), so
// their mean spend is p/ν; fitted on the repeat buyers' x and mean repeat spend.
struct GammaGammaParameters {
    double p = 0, q = 0, gamma = 0;
    // The population's mean spend per transaction, p γ / (q − 1) (infinite when q ≤ 1).
    double meanSpend() const;
};

struct SpendObservation {
    int x = 0;           // repeat transactions
    double meanSpend = 0; // their mean value
};

struct GammaGammaFit {
    GammaGammaParameters parameters;
    GammaGammaParameters standardErrors;
    double logLikelihood = 0;
    qint64 fittedOn = 0; // customers with x > 0 and a positive mean spend
    bool converged = false;
    int iterations = 0;
    QString warning;
};

// Customers with x = 0 say nothing about spend per repeat purchase; those whose repeat
// purchases were all worth 0 have no positive mean the gamma density can take: both are
// left out (fittedOn counts the rest).
std::vector<SpendObservation> spendObservations(const std::vector<CustomerSummary> &customers);
double gammaGammaLogLikelihood(const GammaGammaParameters &p, const std::vector<SpendObservation> &data);
GammaGammaFit fitGammaGamma(const std::vector<SpendObservation> &data);

// E[M | x, mean spend]: the customer's expected spend per transaction, a weighted average of
// the population mean and their own (the population mean for x = 0).
double gammaGammaExpectedSpend(const GammaGammaParameters &p, int x, double meanSpend);

} // namespace waymark::clv
