#pragma once

#include "business/businesssettings.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace waymark {

class Journey;
class StatisticsCache;
struct Scenario;

// What fixing the journey is worth, made in the open. All amounts are in the journey's
// currency; anything in another currency is left out and named in `problems` (amounts in
// different currencies are never added).
//
// Per opportunity and year at full run rate (customers = the stage's customers per year ×
// the change's reach):
//   customer effort  = Σ cards customers × ((minutes before − after) / 60 × hour value
//                                            + (money before − money after))
//                      − Σ added cards customers × (minutes / 60 × hour value + money)
//   cost to serve    = Σ cards customers × contacts avoided (1 when removed) × cost per contact of the card's channel
//   retention        = max over cards of customers × detractor share at the card's touchpoint (its data key,
//                      newest NPS) × (to passives × (mean CLV passives − mean CLV detractors)
//                                     + to promoters × (mean CLV promoters − mean CLV detractors))
//                      (the largest, not the sum: a customer changes category once, however many
//                      of the opportunity's cards improve)
// Benefits and running costs start after the months to deliver; year y gets the share of its
// 12 months after delivery. One-off cost at the start (year 0).
//   NPV     = −one-off + Σ_y (benefits_y − running_y) / (1 + rate)^y
//   ROI     = NPV / (one-off + Σ_y running_y / (1 + rate)^y)
//   payback = the first month whose undiscounted cumulative net is ≥ 0 (none within the horizon: nullopt),
//             counting from the first month with any flow (nothing flowing, nothing paid back)
// Range: customer effort and cost to serve × (1 ∓ spread), spread 50 % / 25 % / 10 % for low /
// medium / high confidence; retention low = retention at the lower end of the detractor
// share's 95 % Wilson score interval × (1 − spread), high = at the upper end × (1 + spread).
// A line that is negative keeps low ≤ high. Costs have no range.
// The total adds up its opportunities (each valued on today's map); its ROI and payback come
// from the summed costs and monthly flows, not from adding ROIs.
// Only the money part of an effort in another currency is left out: time saved is valued
// at the hour value, which is in the journey's currency.
struct BenefitLines {
    double customerEffort = 0;
    double costToServe = 0;
    double retention = 0;
    double total() const { return customerEffort + costToServe + retention; }
    bool operator==(const BenefitLines &) const = default;
};

struct YearFlow {
    int year = 0;            // 1..horizon
    double benefits = 0;     // this year's share of the yearly benefits
    double runningCost = 0;
    double net = 0;          // benefits − running cost (the one-off cost is year 0's)
    double discountFactor = 1; // 1 / (1 + rate)^year
    double share = 0;        // an opportunity's year: 0..1 of its months after delivery (the total: 0)
};

// "How this number is made": the formula in words with its inputs filled in.
struct Explanation {
    QString figure;                       // "Customer effort saved — Branch visit"
    QString formula;                      // "customers × minutes saved / 60 × hour value"
    QList<QPair<QString, QString>> inputs; // ("customers", "120,000"), … formatted for people
    double value = 0;
};

struct OpportunityCase {
    QUuid opportunityId;                  // null for a scenario's total
    QString title;
    double oneOffCost = 0;
    double runningCostPerYear = 0;
    BenefitLines benefitsPerYear;         // at full run rate
    BenefitLines benefitsLow, benefitsHigh;
    std::vector<YearFlow> years;
    double npv = 0, npvLow = 0, npvHigh = 0;
    double roi = 0;                       // a fraction: 1.5 = 150 %
    std::optional<int> paybackMonths;
    double clvAtRisk = 0;                 // CLV of today's detractors at the linked touchpoints (bubble size)
    int votes = 0;                        // workshop dots on the linked cards (all vote rounds)
    std::vector<Explanation> explanations;
    QStringList problems;                 // parts left out and why (another currency, no NPS or CLV data)
};

struct BusinessCase {
    QUuid scenarioId;                     // null: every opportunity
    QString scenarioName;
    QString currency;
    int horizonYears = 3;
    double discountRate = 0.08;
    std::vector<OpportunityCase> opportunities; // in the scenario's order
    OpportunityCase total;                // the sum (overlapping changes of one card are named in problems)
    QStringList problems;
    // NPS answers whose rows are still being read (a large file just opened): retention and
    // CLV at risk are left out until they are (the window computes the case again then).
    qint64 answersBeingRead = 0;
    // With the window's cache, the lifetime-value fit and the CLV join run behind: customers
    // being fitted and answers being matched; retention waits for them the same way.
    qint64 clvCustomersBeingFitted = 0;
    qint64 clvAnswersBeingMatched = 0;
};

// The case of `scenario` (nullptr: every opportunity of the journey). `cache` may be null.
// Never waits for answers still being read (Dataset::rowsPending): see answersBeingRead.
BusinessCase computeBusinessCase(const Journey &journey, const BusinessSettings &settings, const Scenario *scenario,
                                 StatisticsCache *cache = nullptr);

enum class RankBy { Npv, Roi, Payback, Votes };
// Indices into `businessCase.opportunities`, best first (payback: soonest; none last).
std::vector<int> rankOpportunities(const BusinessCase &businessCase, RankBy by);

} // namespace waymark
