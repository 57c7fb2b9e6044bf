#pragma once

#include "clv/bgnbd.h"
#include "clv/paretonbd.h"
#include "clv/rfmdata.h"

#include <vector>

namespace waymark::clv {

// Customers drawn from the models themselves, for checking that fits recover the parameters
// and for benchmarks. Each customer's first purchase is at 0 and they are watched for a T
// drawn uniformly from [minT, maxT] (a cohort acquired over a period). GSL's MT19937, so a
// seed gives the same customers on every platform.
std::vector<RfmGroup> simulateBgNbd(const BgNbdParameters &p, int customers, unsigned long seed, double minT, double maxT);
std::vector<RfmGroup> simulateParetoNbd(const ParetoNbdParameters &p, int customers, unsigned long seed, double minT, double maxT);

} // namespace waymark::clv
