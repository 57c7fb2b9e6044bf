#include "clv/repeattracking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace waymark::clv {

RepeatTracking trackRepeatPurchases(const TransactionFile &file, const ClvAnalysis &analysis)
{
    RepeatTracking tracking;
    const TransactionSummary &summary = analysis.summary;
    if (summary.customers.empty())
        return tracking;
    constexpr int daysPerWeek = 7;
    const qint64 start = summary.firstDay;
    const int weeks = int((summary.lastDay - start) / daysPerWeek) + 1;
    tracking.calibrationWeeks = int((summary.calibrationEnd - start) / daysPerWeek) + 1;

    // Which customers the model knows, and each one's purchase days.
    std::vector<char> modelled(std::size_t(file.customerIds.size()), 0);
    std::map<qint64, qint64> cohorts; // first purchase day → customers
    for (const CustomerSummary &c : summary.customers) {
        modelled[std::size_t(c.customer)] = 1;
        ++cohorts[c.firstDay];
    }
    std::vector<std::pair<int, qint64>> days; // (customer, day) of every purchase kept
    days.reserve(file.transactions.size());
    for (const Transaction &t : file.transactions)
        if (t.amount >= 0 && t.customer >= 0 && std::size_t(t.customer) < modelled.size() && modelled[std::size_t(t.customer)])
            days.emplace_back(t.customer, t.day);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<double> repeatsInWeek(std::size_t(weeks), 0.0);
    for (std::size_t i = 0; i < days.size(); ++i) {
        const bool first = i == 0 || days[i - 1].first != days[i].first;
        if (!first)
            repeatsInWeek[std::size_t((days[i].second - start) / daysPerWeek)] += 1;
    }

    const double unitDays = daysPerUnit(summary.unit);
    const bool bg = analysis.model == PurchaseModel::BgNbd;
    double cumulative = 0;
    for (int week = 1; week <= weeks; ++week) {
        cumulative += repeatsInWeek[std::size_t(week - 1)];
        const qint64 end = start + qint64(week) * daysPerWeek; // the week's end, exclusive
        double expected = 0;
        for (const auto &[firstDay, customers] : cohorts) {
            // A purchase on day d counts in week k when d < end; the first purchase is day 0
            // of the customer's clock, so by `end` they have had end − 1 − firstDay days.
            const double t = double(end - 1 - firstDay) / unitDays;
            if (t <= 0)
                continue;
            const std::optional<double> perCustomer = bg ? bgnbdExpectedPurchases(analysis.bgnbd.parameters, t)
                                                         : std::optional<double>(paretoNbdExpectedPurchases(analysis.paretoNbd.parameters, t));
            if (!perCustomer || !std::isfinite(*perCustomer)) {
                expected = std::numeric_limits<double>::quiet_NaN();
                break;
            }
            expected += double(customers) * *perCustomer;
        }
        tracking.week.push_back(week);
        tracking.actual.push_back(cumulative);
        tracking.expected.push_back(expected);
    }
    return tracking;
}

} // namespace waymark::clv
