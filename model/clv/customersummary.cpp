#include "clv/customersummary.h"

#include <algorithm>
#include <numeric>

namespace waymark::clv {

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Days:
        return 1.0;
    case TimeUnit::Weeks:
        return 7.0;
    case TimeUnit::Months:
        return 365.25 / 12.0;
    }
    return 7.0;
}

QString timeUnitKey(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Days:
        return QStringLiteral("days");
    case TimeUnit::Weeks:
        return QStringLiteral("weeks");
    case TimeUnit::Months:
        return QStringLiteral("months");
    }
    return QStringLiteral("weeks");
}

std::optional<TimeUnit> timeUnitFromKey(const QString &key)
{
    for (TimeUnit unit : {TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months})
        if (key == timeUnitKey(unit))
            return unit;
    return std::nullopt;
}

qint64 TransactionSummary::repeatBuyers() const
{
    return std::count_if(customers.begin(), customers.end(), [](const CustomerSummary &c) { return c.x > 0; });
}

TransactionSummary summariseTransactions(const TransactionFile &file, const SummaryOptions &options)
{
    TransactionSummary summary;
    summary.unit = options.unit;
    const std::vector<Transaction> &rows = file.transactions;
    if (rows.empty())
        return summary;

    // Rows by customer, then day; identical rows end up next to each other.
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
        const Transaction &a = rows[l], &b = rows[r];
        if (a.customer != b.customer)
            return a.customer < b.customer;
        if (a.day != b.day)
            return a.day < b.day;
        if (a.amount != b.amount)
            return a.amount < b.amount;
        if (a.count != b.count)
            return a.count < b.count;
        return l < r;
    });

    summary.firstDay = rows[order.front()].day;
    summary.lastDay = summary.firstDay;
    for (const Transaction &t : rows) {
        summary.firstDay = std::min(summary.firstDay, t.day);
        summary.lastDay = std::max(summary.lastDay, t.day);
    }
    summary.calibrationEnd = options.calibrationEnd.value_or(summary.lastDay);
    const double unitDays = daysPerUnit(options.unit);
    summary.holdoutLength = std::max<qint64>(0, summary.lastDay - summary.calibrationEnd) / unitDays;

    SummaryCounts &counts = summary.counts;
    std::size_t i = 0;
    while (i < order.size()) {
        const int customer = rows[order[i]].customer;
        // Purchase days of this customer: day -> spend, in day order.
        std::vector<std::pair<qint64, double>> days;
        const Transaction *previous = nullptr;
        for (; i < order.size() && rows[order[i]].customer == customer; ++i) {
            const Transaction &t = rows[order[i]];
            const bool repeated = previous && previous->day == t.day && previous->amount == t.amount && previous->count == t.count;
            previous = &t;
            if (repeated) {
                ++counts.repeatedRows;
                if (options.dropRepeatedRows)
                    continue;
            }
            if (t.amount < 0) {
                ++counts.negativeAmountRows;
                continue;
            }
            if (t.amount == 0)
                ++counts.zeroAmountRows;
            if (days.empty() || days.back().first != t.day)
                days.emplace_back(t.day, t.amount);
            else
                days.back().second += t.amount;
            if (t.day > summary.calibrationEnd)
                ++counts.holdoutRows;
            else
                ++counts.rowsUsed;
        }
        if (days.empty())
            continue;
        if (days.front().first > summary.calibrationEnd) {
            ++counts.customersAfterCalibration;
            continue;
        }
        CustomerSummary c;
        c.customer = customer;
        const qint64 first = days.front().first;
        c.firstDay = first;
        qint64 last = first;
        double repeatSpend = 0;
        for (std::size_t d = 1; d < days.size(); ++d) {
            if (days[d].first > summary.calibrationEnd) {
                ++c.holdoutDays;
                c.holdoutSpend += days[d].second;
                continue;
            }
            ++c.x;
            repeatSpend += days[d].second;
            last = days[d].first;
        }
        c.tx = double(last - first) / unitDays;
        c.T = double(summary.calibrationEnd - first) / unitDays;
        c.meanRepeatSpend = c.x > 0 ? repeatSpend / c.x : 0.0;
        summary.customers.push_back(c);
    }
    // The sort grouped customers by index, which is their order of first appearance.
    return summary;
}

} // namespace waymark::clv
