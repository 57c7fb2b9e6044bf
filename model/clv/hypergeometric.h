#pragma once

#include <optional>

namespace waymark::clv {

// The Gaussian hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, as the BG/NBD and
// Pareto/NBD expressions need it. nullopt when the series does not converge within its
// term budget (z too close to 1) or the arguments are outside what it supports (c <= 0 at a
// pole, z outside [0, 1)). The reasons for our own series are in the .cpp.
// `maxTerms` bounds the work: likelihoods pass a small budget so an optimiser wandering to
// extreme parameters gets "cannot evaluate" quickly instead of millions of terms per customer.
inline constexpr long defaultMaxTerms = 20'000'000;
std::optional<double> hypergeometric2F1(double a, double b, double c, double z, long maxTerms = defaultMaxTerms);

} // namespace waymark::clv
