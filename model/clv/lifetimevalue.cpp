#include "clv/lifetimevalue.h"

#include <cmath>

namespace waymark::clv {

std::optional<CustomerValue> customerValue(const ConditionalExpectation &expectedPurchases, double spendPerPurchase,
                                           const ClvHorizon &horizon)
{
    const double month = (365.25 / 12.0) / daysPerUnit(horizon.unit);
    CustomerValue value;
    double previous = 0;
    double discounted = 0;
    for (int k = 1; k <= horizon.months; ++k) {
        const auto cumulative = expectedPurchases(k * month);
        if (!cumulative)
            return std::nullopt;
        discounted += (*cumulative - previous) / std::pow(1.0 + horizon.annualDiscountRate, k / 12.0);
        previous = *cumulative;
    }
    value.expectedPurchases = previous;
    value.expectedSpend = spendPerPurchase * previous;
    value.lifetimeValue = spendPerPurchase * discounted;
    return value;
}

} // namespace waymark::clv
