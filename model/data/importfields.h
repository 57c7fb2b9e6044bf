#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace waymark {

// Cell values as survey and CRM exports write them, parsed from UTF-8 bytes (the importer's
// inner loop: no QString, no regular expressions).

QByteArrayView trimmedCell(QByteArrayView cell);

// A whole number 0..10 ("9", " 10 ", "7.0" is refused: scores are whole).
std::optional<int> parseScore(QByteArrayView cell);

// "1234.5", "1 234,50", "1.234,50", "1,234.50" (the last separator is the decimal one;
// spaces, no-break spaces and apostrophes group thousands). Finite values only.
std::optional<double> parseNumber(QByteArrayView cell);

// A Julian day from ISO 8601 ("2024-03-01", "2024-03-01T10:00:00Z"), "dd.mm.yyyy" or
// "d/m/yyyy" / "m/d/yyyy" (by `dayFirst`; two-digit years are 20yy), optionally followed by
// a time, or a period as aggregated exports name it ("2024-Q1", "2024-03", "2024": its first
// day). Empty → noDate (0); unreadable or impossible (31.02.2024) → nullopt.
std::optional<qint64> parseDay(QByteArrayView cell, bool dayFirst);

// Decides day/month order from slash dates one at a time: a first number above 12 means
// day first, a second above 12 means month first.
class SlashDateOrder
{
public:
    // Looks at one cell; returns true once the order is known.
    bool see(QByteArrayView cell);
    bool known() const { return mKnown; }
    bool dayFirst() const { return mDayFirst; }
    bool sawSlashDates() const { return mSawSlash; }
    bool sawOtherDates() const { return mSawOther; }

private:
    bool mKnown = false;
    bool mDayFirst = true;
    bool mSawSlash = false;
    bool mSawOther = false;
};

} // namespace waymark
