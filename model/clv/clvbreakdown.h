#pragma once

#include "clv/journeyclv.h"
#include "data/clvstatistics.h"

#include <array>
#include <vector>

namespace waymark::clv {

// Who is worth what and who is leaving: the model's per-customer predictions joined to survey
// answers by customer id (a customer's segment and NPS category are those of their latest
// answer, by date, as in the CLV join of data/clvstatistics).
//  - "Low P(alive)": below lowAliveProbability.
//  - "CLV if retained" = CLV ÷ P(alive): both models' conditional expectation is P(alive) times
//    the expectation for a customer who is still active, so this is what the customer is worth
//    if won back — the money at stake when they leave (CLV itself already counts them as
//    probably gone).
//  - "At risk": low P(alive) and a CLV if retained in the top quarter of all modelled customers.
inline constexpr double lowAliveProbability = 0.5;

struct ClvGroupFigures {
    QString name;           // segment, or the category's translated name; empty: everyone
    qint64 customers = 0;   // modelled customers in the group
    double meanAlive = 0;   // mean P(alive)
    double meanClv = 0;     // mean modelled CLV
    qint64 atRisk = 0;      // customers at risk
    double atRiskValue = 0; // their CLV if retained
};

// A touchpoint where customers who are probably gone answered as detractors.
struct LeavingTouchpoint {
    QString touchpoint;     // the answers' touchpoint key (a card's data key)
    qint64 customers = 0;   // distinct low-P(alive) customers who were detractors there
    double meanAlive = 0;
    double valueIfRetained = 0; // Σ CLV if retained of those customers
};

struct ClvBreakdown {
    ClvGroupFigures all;
    std::array<ClvGroupFigures, 3> byCategory;  // index: NpsCategory (customers who answered)
    ClvGroupFigures withoutAnswer;              // modelled customers who never answered
    std::vector<ClvGroupFigures> bySegment;     // largest first; customers without a segment left out
    std::vector<LeavingTouchpoint> leaving;     // most value first
    double atRiskThreshold = 0;                 // the CLV if retained that puts a customer in the top quarter
    QString currency;
};

// `nps` may be null (no survey answers): then only `all` and `atRiskThreshold` are filled.
ClvBreakdown breakDownClv(const JourneyClvModel &model, const AnswerTable *nps);

} // namespace waymark::clv
