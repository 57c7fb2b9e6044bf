#pragma once

#include "effort.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace waymark {

// What people type for a card's effort, parsed strictly: anything that is not clearly a
// time or an amount is refused with a translated message, so a typo never becomes data.

// Minutes from "90", "90 min", "90m", "1h 30m", "1h30", "2h", "1:30" (h:mm), "1,5 h" or
// "1.5h" (decimal hours), "3 days", "2d 4h", "1 week", "0". Case-insensitive, whitespace
// tolerant; also knows the Russian, Ukrainian, Serbian and Korean unit words (ч, мин, год,
// хв, сат, 시간, 분, дня, днів, дана, 일, недели, тижні, недеље, 주...). A day is 24 hours.
// Returns nullopt and sets *error (when given) for empty, negative or unreadable text.
std::optional<double> parseMinutes(const QString &text, QString *error = nullptr);

// A string parseMinutes reads back to the same value: "1h 30m", "45m", "2h", "2.5m".
// The units stay Latin on purpose: they read back in every language.
QString formatMinutesForEditing(double minutes);

// An amount of money as hundredths: "12.50", "1 500", "12,50" and "1.234,56" in German.
// Takes the locale's decimal and group separators and also '.' as the decimal point; at
// most two decimals; refuses negatives, amounts above Money::maxHundredths and garbage.
std::optional<qint64> parseMoneyAmount(const QString &text, const QLocale &locale, QString *error = nullptr);

// The amount with the locale's decimal separator and no grouping: "12,50", "1500".
QString formatMoneyForEditing(qint64 hundredths, const QLocale &locale);

} // namespace waymark
