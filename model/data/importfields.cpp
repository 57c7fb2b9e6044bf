#include "data/importfields.h"

#include "data/datatables.h"

#include <QDate>

#include <charconv>
#include <cmath>
#include <string>

namespace waymark {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads up to `maxDigits` digits at `pos`; nullopt if none.
std::optional<int> digits(QByteArrayView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (pos < text.size() && count < maxDigits && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return value;
}

// After the date: nothing, or a time part ("T10:00", " 10:00:00").
bool endsDate(QByteArrayView text, qsizetype pos)
{
    return pos == text.size() || text[pos] == 'T' || text[pos] == ' ';
}

struct DateParts {
    int a = 0, b = 0, year = 0;
    char separator = 0; // '-' ISO (a = month, b = day), '.' day first, '/' either
};

std::optional<DateParts> dateParts(QByteArrayView text)
{
    qsizetype pos = 0;
    const qsizetype start = pos;
    const auto first = digits(text, pos, 4);
    if (!first || pos >= text.size())
        return std::nullopt;
    const qsizetype firstLength = pos - start;
    const char separator = text[pos];
    if (separator != '-' && separator != '.' && separator != '/')
        return std::nullopt;
    ++pos;
    const auto second = digits(text, pos, 2);
    if (!second || pos >= text.size() || text[pos] != separator)
        return std::nullopt;
    ++pos;
    const qsizetype yearStart = pos;
    const auto third = digits(text, pos, separator == '-' ? 2 : 4);
    if (!third || !endsDate(text, pos))
        return std::nullopt;
    DateParts parts;
    parts.separator = separator;
    if (separator == '-') {
        if (firstLength != 4)
            return std::nullopt;
        parts = {*second, *third, *first, '-'};
    } else {
        if (firstLength > 2)
            return std::nullopt;
        const qsizetype yearLength = pos - yearStart;
        if (yearLength != 4 && !(separator == '/' && yearLength == 2))
            return std::nullopt;
        parts = {*first, *second, yearLength == 2 ? 2000 + *third : *third, separator};
    }
    return parts;
}

} // namespace

QByteArrayView trimmedCell(QByteArrayView cell)
{
    qsizetype begin = 0;
    qsizetype end = cell.size();
    while (begin < end && (cell[begin] == ' ' || cell[begin] == '\t'))
        ++begin;
    while (end > begin && (cell[end - 1] == ' ' || cell[end - 1] == '\t'))
        --end;
    return cell.sliced(begin, end - begin);
}

std::optional<int> parseScore(QByteArrayView cell)
{
    cell = trimmedCell(cell);
    if (cell.isEmpty() || cell.size() > 2)
        return std::nullopt;
    qsizetype pos = 0;
    const auto value = digits(cell, pos, 2);
    if (!value || pos != cell.size() || *value > 10)
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(QByteArrayView cell)
{
    cell = trimmedCell(cell);
    // Scores are one or two digits in nearly every row: read them without the general path.
    if (!cell.isEmpty() && cell.size() <= 4) {
        int whole = 0;
        qsizetype i = 0;
        while (i < cell.size() && isDigit(cell[i]))
            whole = whole * 10 + (cell[i++] - '0');
        if (i == cell.size())
            return double(whole);
    }
    std::string text;
    text.reserve(std::size_t(cell.size()));
    qsizetype lastComma = -1, lastDot = -1;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == ' ' || c == '\'')
            continue;
        if (c == '\xC2' && i + 1 < cell.size() && cell[i + 1] == '\xA0') { // no-break space
            ++i;
            continue;
        }
        if (c == '\xE2' && i + 2 < cell.size() && cell[i + 1] == '\x80' && cell[i + 2] == '\xAF') { // narrow no-break space
            i += 2;
            continue;
        }
        if (c == ',')
            lastComma = qsizetype(text.size());
        if (c == '.')
            lastDot = qsizetype(text.size());
        text.push_back(c);
    }
    // "1.234,50" / "1,234.50": the last separator is the decimal one.
    const char decimal = lastComma > lastDot ? ',' : '.';
    std::string plain;
    plain.reserve(text.size());
    for (char c : text) {
        if (c == ',' || c == '.') {
            if (c == decimal)
                plain.push_back('.');
            continue;
        }
        plain.push_back(c);
    }
    if (plain.empty())
        return std::nullopt;
    const char *begin = plain.data();
    if (*begin == '+')
        ++begin;
    double value = 0;
    const auto [end, error] = std::from_chars(begin, plain.data() + plain.size(), value);
    if (error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Periods as aggregated exports name them: "2024-Q1", "2024-03", "2024": their first day.
std::optional<qint64> parsePeriod(QByteArrayView cell)
{
    const auto digits = [&](qsizetype from, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (i >= cell.size() || cell[i] < '0' || cell[i] > '9')
                return -1;
            value = value * 10 + (cell[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    if (year < 1)
        return std::nullopt;
    if (cell.size() == 4)
        return QDate(year, 1, 1).toJulianDay();
    if (cell.size() == 7 && cell[4] == '-' && (cell[5] == 'Q' || cell[5] == 'q') && cell[6] >= '1' && cell[6] <= '4')
        return QDate(year, (cell[6] - '1') * 3 + 1, 1).toJulianDay();
    if (cell.size() == 7 && cell[4] == '-') {
        const int month = digits(5, 2);
        if (month >= 1 && month <= 12)
            return QDate(year, month, 1).toJulianDay();
    }
    return std::nullopt;
}

std::optional<qint64> parseDay(QByteArrayView cell, bool dayFirst)
{
    cell = trimmedCell(cell);
    if (cell.isEmpty())
        return noDate;
    if (cell.size() <= 7)
        if (const auto period = parsePeriod(cell))
            return period;
    const auto parts = dateParts(cell);
    if (!parts)
        return std::nullopt;
    QDate date;
    if (parts->separator == '-')
        date = QDate(parts->year, parts->a, parts->b);
    else if (parts->separator == '.' || dayFirst)
        date = QDate(parts->year, parts->b, parts->a);
    else
        date = QDate(parts->year, parts->a, parts->b);
    if (!date.isValid())
        return std::nullopt;
    return date.toJulianDay();
}

bool SlashDateOrder::see(QByteArrayView cell)
{
    if (mKnown)
        return true;
    cell = trimmedCell(cell);
    if (cell.isEmpty())
        return false;
    const auto parts = dateParts(cell);
    if (!parts || parts->separator != '/') {
        mSawOther = true;
        return false;
    }
    mSawSlash = true;
    if (parts->a > 12) {
        mKnown = true;
        mDayFirst = true;
    } else if (parts->b > 12) {
        mKnown = true;
        mDayFirst = false;
    }
    return mKnown;
}

} // namespace waymark
