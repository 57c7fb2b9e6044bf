#pragma once

#include <QString>
#include <QtGlobal>

#include <map>

namespace waymark {

// Money as an integer count of hundredths of the currency unit, so totals are exact.
struct Money {
    qint64 hundredths = 0;
    QString currency; // ISO 4217 code, always set (new cards take the journey's currency)
    bool operator==(const Money &) const = default;

    double amount() const { return double(hundredths) / 100.0; }
    // Beyond 15 significant digits cents no longer survive a trip through a double (JSON
    // numbers), so no file format can promise to keep them.
    static constexpr qint64 maxHundredths = 999'999'999'999'999;
    static qint64 hundredthsFromAmount(double amount);
};

// What a touchpoint costs the customer.
struct Effort {
    double minutes = 0.0; // >= 0
    Money money;          // >= 0
    int emotion = 0;      // negative emotion, 0 (none) .. 10 (worst)
    bool operator==(const Effort &) const = default;
};

// The longest time a card can take (about 19 years); beyond it a number is a typo, and a
// file saying 1e308 minutes would print as "inf min".
inline constexpr double maxEffortMinutes = 10'000'000.0;

inline constexpr int minEmotion = 0;
inline constexpr int maxEmotion = 10;

bool isValidCurrencyCode(const QString &code);

} // namespace waymark
