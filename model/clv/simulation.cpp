#include "clv/simulation.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include <algorithm>
#include <memory>

namespace waymark::clv {

namespace {

struct RngDeleter {
    void operator()(gsl_rng *rng) const { gsl_rng_free(rng); }
};
using Rng = std::unique_ptr<gsl_rng, RngDeleter>;

Rng seeded(unsigned long seed)
{
    Rng rng(gsl_rng_alloc(gsl_rng_mt19937));
    gsl_rng_set(rng.get(), seed);
    return rng;
}

} // namespace

std::vector<RfmGroup> simulateBgNbd(const BgNbdParameters &p, int customers, unsigned long seed, double minT, double maxT)
{
    const Rng rng = seeded(seed);
    std::vector<RfmGroup> result;
    result.reserve(std::size_t(customers));
    for (int i = 0; i < customers; ++i) {
        const double T = minT + (maxT - minT) * gsl_rng_uniform(rng.get());
        const double rate = gsl_ran_gamma(rng.get(), p.r, 1.0 / p.alpha);
        const double dropOut = gsl_ran_beta(rng.get(), p.a, p.b);
        RfmGroup c{0, 0.0, T, 1.0};
        double now = 0;
        // Repeat purchases at the Poisson rate; after each, gone with probability dropOut.
        while (true) {
            now += gsl_ran_exponential(rng.get(), 1.0 / rate);
            if (now > T)
                break;
            ++c.x;
            c.tx = now;
            if (gsl_rng_uniform(rng.get()) < dropOut)
                break;
        }
        result.push_back(c);
    }
    return result;
}

std::vector<RfmGroup> simulateParetoNbd(const ParetoNbdParameters &p, int customers, unsigned long seed, double minT, double maxT)
{
    const Rng rng = seeded(seed);
    std::vector<RfmGroup> result;
    result.reserve(std::size_t(customers));
    for (int i = 0; i < customers; ++i) {
        const double T = minT + (maxT - minT) * gsl_rng_uniform(rng.get());
        const double rate = gsl_ran_gamma(rng.get(), p.r, 1.0 / p.alpha);
        const double deathRate = gsl_ran_gamma(rng.get(), p.s, 1.0 / p.beta);
        const double end = std::min(T, gsl_ran_exponential(rng.get(), 1.0 / deathRate));
        RfmGroup c{0, 0.0, T, 1.0};
        for (double now = gsl_ran_exponential(rng.get(), 1.0 / rate); now <= end; now += gsl_ran_exponential(rng.get(), 1.0 / rate)) {
            ++c.x;
            c.tx = now;
        }
        result.push_back(c);
    }
    return result;
}

} // namespace waymark::clv
