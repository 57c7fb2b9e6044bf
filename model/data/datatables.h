#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QtGlobal>

#include <deque>
#include <vector>

namespace waymark {

// Interned strings: columns of survey data repeat a few values (segments, channels,
// touchpoint keys) a million times, so rows hold small indices instead of strings.
// Index 0 is always the empty string.
class StringPool
{
public:
    StringPool() { append(QString()); }
    quint32 add(const QString &text)
    {
        indexRest();
        const auto it = mIndex.constFind(text);
        if (it != mIndex.constEnd())
            return *it;
        const quint32 index = quint32(mStrings.size());
        mStrings.push_back(text);
        mIndex.insert(text, index);
        mIndexed = mStrings.size();
        return index;
    }
    // Appends without looking for an equal string: readers restore a stored table index for
    // index, and importers that intern themselves add only new texts. The lookup index is
    // built only if add() is called later (a million-row table never needs one).
    quint32 append(const QString &text)
    {
        mStrings.push_back(text);
        return quint32(mStrings.size() - 1);
    }
    // Empties the pool, even of the empty string at index 0 (readers start from a stored table).
    void clearForReading()
    {
        mStrings.clear();
        mIndex.clear();
        mIndexed = 0;
    }
    const QString &at(quint32 index) const { return mStrings[index]; }
    std::size_t size() const { return mStrings.size(); }
    bool operator==(const StringPool &other) const { return mStrings == other.mStrings; }

private:
    void indexRest()
    {
        for (; mIndexed < mStrings.size(); ++mIndexed)
            if (!mIndex.contains(mStrings[mIndexed])) // a repeated text keeps its first index
                mIndex.insert(mStrings[mIndexed], quint32(mIndexed));
    }

    std::deque<QString> mStrings; // a deque: growing never copies a million strings at once (peak memory)
    QHash<QString, quint32> mIndex;
    std::size_t mIndexed = 0; // strings [0, mIndexed) are in mIndex
};

// "No date" in a date column.
inline constexpr qint64 noDate = 0;
inline qint64 dayNumber(const QDate &date) { return date.isValid() ? date.toJulianDay() : noDate; }
inline QDate dateOf(qint64 day) { return day == noDate ? QDate() : QDate::fromJulianDay(day); }

// NPS survey responses, column by column (one entry per row in every vector).
struct NpsTable {
    std::vector<quint8> score;        // 0..10
    std::vector<qint64> day;          // Julian day, or noDate
    std::vector<quint32> respondent;  // string indices (0 = empty)
    std::vector<quint32> customer;
    std::vector<quint32> segment;
    std::vector<quint32> touchpoint;  // matches a card's data key
    std::vector<quint32> stage;
    std::vector<quint32> channel;
    std::vector<quint32> comment;
    StringPool strings;

    std::size_t size() const { return score.size(); }
    void reserve(std::size_t rows);
    bool operator==(const NpsTable &) const = default;
};

// Customer lifetime values, column by column.
struct ClvTable {
    std::vector<quint32> customer;    // string index, never 0 in valid data
    std::vector<double> value;        // in `currency` units
    std::vector<quint32> currency;    // string index (0 = the dataset's default)
    std::vector<quint32> segment;
    std::vector<qint64> acquired;     // Julian day, or noDate
    StringPool strings;

    std::size_t size() const { return customer.size(); }
    void reserve(std::size_t rows);
    bool operator==(const ClvTable &) const = default;
};

inline void NpsTable::reserve(std::size_t rows)
{
    for (auto *column : {&respondent, &customer, &segment, &touchpoint, &stage, &channel, &comment})
        column->reserve(rows);
    score.reserve(rows);
    day.reserve(rows);
}

inline void ClvTable::reserve(std::size_t rows)
{
    for (auto *column : {&customer, &currency, &segment})
        column->reserve(rows);
    value.reserve(rows);
    acquired.reserve(rows);
}

} // namespace waymark
