#pragma once

#include "data/datatables.h"

#include <QString>

#include <array>
#include <vector>

namespace waymark {

enum class NpsCategory { Promoter, Passive, Detractor };
NpsCategory npsCategory(int score);
QString categoryName(NpsCategory category); // translated plural: "Promoters", …
QString categoryKey(NpsCategory category);  // "promoters", … (command line, JSON)

// Lifetime value added up in one currency (values are never converted).
struct ClvAmount {
    QString currency;
    qint64 customers = 0;
    double total = 0;
    double mean() const { return customers > 0 ? total / double(customers) : 0.0; }
    bool operator==(const ClvAmount &) const = default;
};

// What the detractors of one touchpoint are worth.
struct ClvAtRisk {
    QString touchpoint;              // the responses' touchpoint key (a card's data key)
    qint64 detractors = 0;           // distinct customers with CLV who were detractors there
    std::vector<ClvAmount> amounts;  // per currency, largest total first
    double largestTotal() const { return amounts.empty() ? 0.0 : amounts.front().total; }
    bool operator==(const ClvAtRisk &) const = default;
};

// NPS responses joined to CLV rows by customer id.
//  - A customer's category is that of their latest response (by date; undated responses
//    and ties count in file order), so a customer who answered five times counts once.
//  - CLV at risk of a touchpoint: the CLV of the customers whose latest response at that
//    touchpoint was a detractor's (0–6).
//  - A customer with several CLV rows counts with the last one (imports refuse repeats).
struct ClvJoin {
    std::array<std::vector<ClvAmount>, 3> byCategory; // index: NpsCategory; per currency
    std::vector<ClvAtRisk> atRisk;                    // touchpoints with at-risk value, most first
    qint64 customersJoined = 0;          // answered and have a CLV
    qint64 customersWithoutClv = 0;      // answered (with a customer id) but have no CLV row
    qint64 responsesWithoutCustomer = 0; // responses that name no customer
    qint64 clvWithoutResponses = 0;      // customers with a CLV who never answered
};
// `defaultCurrency` is for CLV rows that name none (the dataset's, else the journey's).
ClvJoin joinClv(const AnswerTable &nps, const ClvTable &clv, const QString &defaultCurrency);

// "EUR 12,345 + RSD 1,200": amounts for a badge or a table cell, numbers in the user's locale
// (ISO codes, not symbols: "$" alone is not a currency in a workshop with guests from abroad).
QString formatAmounts(const std::vector<ClvAmount> &amounts, int decimals = 0);

} // namespace waymark
