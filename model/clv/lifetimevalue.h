#pragma once

#include "clv/customersummary.h"

#include <functional>
#include <optional>

namespace waymark::clv {

// Customer lifetime value over a horizon, the convention Waymark uses everywhere:
//  - the horizon is counted in calendar-average months of 365.25 / 12 days, converted into
//    the summary's time unit (so a 12-month horizon is 52.18 weeks or 365.25 days: the
//    time unit never changes the answer — unlike lifetimes' Quickstart, which steps 30
//    "days" through data measured in weeks);
//  - the discount rate is ANNUAL (0.08 = 8 % a year, like the business case), applied
//    monthly: month k's purchases are worth 1 / (1 + rate)^(k / 12), as if paid at its end;
//  - CLV = E[M] × Σ_k (E[Y(k months)] − E[Y((k−1) months)]) / (1 + rate)^(k/12), with E[Y]
//    the model's conditional expected purchases and E[M] the expected spend per purchase.
struct ClvHorizon {
    int months = 12;
    double annualDiscountRate = 0.08;
    TimeUnit unit = TimeUnit::Weeks;
};

struct CustomerValue {
    double expectedPurchases = 0; // E[Y(horizon)]
    double expectedSpend = 0;     // E[M] × E[Y(horizon)], undiscounted
    double lifetimeValue = 0;     // discounted, as above
};

// E[Y(t) | the customer's history] with t in the summary's unit.
using ConditionalExpectation = std::function<std::optional<double>(double t)>;

// nullopt when the model cannot evaluate E[Y] somewhere in the horizon.
std::optional<CustomerValue> customerValue(const ConditionalExpectation &expectedPurchases, double spendPerPurchase,
                                           const ClvHorizon &horizon);

} // namespace waymark::clv
