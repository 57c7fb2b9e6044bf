#pragma once

#include "clv/customersummary.h"

#include <vector>

namespace waymark::clv {

// Customers with the same (x, t_x, T) contribute the same likelihood term, so the fits see
// each distinct triple once with a weight: a cohort such as CDNOW's 23,570 customers has
// far fewer distinct triples, and every one-time buyer of a day is one term.
struct RfmGroup {
    int x = 0;
    double tx = 0;
    double T = 0;
    double weight = 0;
    int txIndex = 0; // of tx and T in RfmData::times (set by RfmData)
    int TIndex = 0;
};

struct RfmData {
    std::vector<RfmGroup> groups; // ordered by x
    int maxX = 0;
    double customers = 0;
    // The distinct t_x and T values, ascending: a cohort has few (whole days), so the fits
    // take logarithms of α + t once per value, not twice per customer.
    std::vector<double> times;

    static RfmData fromSummaries(const std::vector<CustomerSummary> &customers);
    // For data already summarised elsewhere (the published CDNOW summary, simulations).
    static RfmData fromTriples(const std::vector<RfmGroup> &triples);
};

} // namespace waymark::clv
