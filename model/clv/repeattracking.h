#pragma once

#include "clv/clvanalysis.h"

#include <vector>

namespace waymark::clv {

// The fit at a glance, as Fader, Hardie & Lee (2005, figure 2) draw it: cumulative repeat
// purchases week by week, as they happened and as the model expects them, over the
// calibration period and the holdout after it.
//  - Actual: repeat purchase days (a customer's purchases of one day count once; negative
//    amounts left out, as in the summary) of the modelled customers, up to each week's end.
//  - Expected: Σ over customers of E[X(t − s)], the model's unconditional expected repeat
//    purchases t − s after their first purchase on day s (customers grouped by that day, so
//    the model is evaluated once per first day and week, not per customer).
struct RepeatTracking {
    std::vector<int> week;          // 1, 2, …: week k ends 7k days after the first purchase of anyone
    std::vector<double> actual;     // cumulative
    std::vector<double> expected;   // cumulative; NaN where the model cannot be evaluated
    int calibrationWeeks = 0;       // the calibration period ends within this week
};

RepeatTracking trackRepeatPurchases(const TransactionFile &file, const ClvAnalysis &analysis);

} // namespace waymark::clv
