#pragma once

#include "clv/transactions.h"

#include <optional>
#include <vector>

namespace waymark::clv {

// The unit t_x, T and horizons are measured in. Months are calendar-average months,
// 365.25 / 12 = 30.4375 days, so a 12-month horizon is one year whatever the unit.
enum class TimeUnit { Days, Weeks, Months };
double daysPerUnit(TimeUnit unit);
QString timeUnitKey(TimeUnit unit); // "days", "weeks", "months"
std::optional<TimeUnit> timeUnitFromKey(const QString &key);

// One customer's purchase history as the BG/NBD / Pareto/NBD literature summarises it.
struct CustomerSummary {
    int customer = 0;           // index into TransactionFile::customerIds
    int x = 0;                  // repeat purchase days in the calibration period (the first day not counted)
    double tx = 0;              // last purchase day − first purchase day, in the unit
    double T = 0;               // calibration end − first purchase day, in the unit
    double meanRepeatSpend = 0; // mean spend of the repeat days (each day's purchases summed); 0 when x = 0
    qint64 firstDay = 0;        // Julian day of the first purchase
    int holdoutDays = 0;        // purchase days after the calibration end
    double holdoutSpend = 0;
};

struct SummaryOptions {
    std::optional<qint64> calibrationEnd; // Julian day, inclusive; none: the last purchase day
    TimeUnit unit = TimeUnit::Weeks;
    // Identical rows (customer, day, count, amount) are kept by default: CDNOW has customers
    // who bought the same CD twice on one day, and the published summaries count both.
    bool dropRepeatedRows = false;
};

// What happened to every row, so nothing is dropped silently.
struct SummaryCounts {
    qint64 rowsUsed = 0;              // in the calibration period and used
    qint64 zeroAmountRows = 0;        // kept: a purchase day worth 0 (free items, full discounts)
    qint64 negativeAmountRows = 0;    // left out: returns and refunds are not purchases
    qint64 repeatedRows = 0;          // identical to an earlier row: kept or dropped per SummaryOptions
    qint64 holdoutRows = 0;           // after the calibration end: compared with the forecast
    qint64 customersAfterCalibration = 0; // first purchase after the calibration end: not modelled
};

struct TransactionSummary {
    std::vector<CustomerSummary> customers; // in order of first appearance in the file
    TimeUnit unit = TimeUnit::Weeks;
    qint64 firstDay = 0;        // of any purchase
    qint64 calibrationEnd = 0;
    qint64 lastDay = 0;         // of any purchase
    double holdoutLength = 0;   // lastDay − calibrationEnd in the unit; 0 when nothing follows
    SummaryCounts counts;
    qint64 repeatBuyers() const;
};

TransactionSummary summariseTransactions(const TransactionFile &file, const SummaryOptions &options);

} // namespace waymark::clv
