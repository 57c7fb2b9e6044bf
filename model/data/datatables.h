#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
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
        Q_ASSERT(mFirst == 0);
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
        return quint32(mFirst + mStrings.size() - 1);
    }
    // Gives a text appended empty its value: a streaming import numbers respondent ids as it
    // reads them and decodes them on the chunk's writing thread (data/respondentrepeats.h).
    void fill(quint32 index, QString text) { mStrings[index - mFirst] = std::move(text); }
    // A streaming import (data/answerchunks.h) writes the texts as it goes: this lets go of
    // the ones held so far; later texts keep counting from where they stopped. Only for a pool
    // filled with append() (add() would not find the texts let go).
    void forgetHeld()
    {
        mFirst += mStrings.size();
        mStrings.clear();
        mIndex.clear();
        mIndexed = 0;
    }
    // forgetHeld() handing the texts over instead of dropping them: a pool with the held texts
    // at their indices; this one numbers on after them.
    StringPool takeHeld()
    {
        StringPool held;
        held.clearForReading(); // not even the empty text a new pool starts with
        held.mStrings.swap(mStrings);
        held.mFirst = mFirst;
        forgetHeld();
        mFirst += held.mStrings.size();
        return held;
    }
    // The first index still held (0 unless forgetHeld() was called).
    std::size_t firstHeld() const { return mFirst; }
    // Empties the pool, even of the empty string at index 0 (readers start from a stored table).
    void clearForReading()
    {
        mStrings.clear();
        mIndex.clear();
        mIndexed = 0;
        mFirst = 0;
    }
    const QString &at(quint32 index) const { return mStrings[index - mFirst]; }
    std::size_t size() const { return mFirst + mStrings.size(); }
    bool operator==(const StringPool &other) const { return mFirst == other.mFirst && mStrings == other.mStrings; }

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
    std::size_t mFirst = 0;   // the index of mStrings.front()
};

// "No date" in a date column.
inline constexpr qint64 noDate = 0;
inline qint64 dayNumber(const QDate &date) { return date.isValid() ? date.toJulianDay() : noDate; }
inline QDate dateOf(qint64 day) { return day == noDate ? QDate() : QDate::fromJulianDay(day); }

// Equal, NaN included: aggregated tables mark missing figures with NaN, and a table read back
// from a file must still equal the one written.
inline bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); });
}

// Rows of an aggregated export (a warehouse's or survey platform's counts per period and
// key): one entry per row in each vector; NaN where the export does not give a figure.
struct AggregateColumns {
    std::vector<double> count;   // answers in the row's group
    std::vector<double> low;     // answers per band (NPS detractors, CSAT dissatisfied, …)
    std::vector<double> middle;
    std::vector<double> high;
    std::vector<double> sd;      // sample standard deviation of the answers (the mean is in `score`)
    bool operator==(const AggregateColumns &o) const
    {
        return sameValues(count, o.count) && sameValues(low, o.low) && sameValues(middle, o.middle) && sameValues(high, o.high)
            && sameValues(sd, o.sd);
    }
};

// Survey answers of one metric (NPS, CSAT, CES, audit, eNPS, any number), column by column
// (one entry per row in every vector). Either one answer per row, or, when `aggregate` is
// filled, one aggregated group per row whose `score` is the group's mean (NaN if unknown).
struct AnswerTable {
    std::vector<double> score;        // the answer (0..10 for NPS, 1..5 CSAT, …)
    std::vector<qint64> day;          // Julian day, or noDate
    std::vector<quint32> respondent;  // string indices (0 = empty)
    std::vector<quint32> customer;
    std::vector<quint32> segment;
    std::vector<quint32> touchpoint;  // matches a card's data key
    std::vector<quint32> stage;
    std::vector<quint32> channel;
    std::vector<quint32> department;
    std::vector<quint32> location;
    std::vector<quint32> comment;
    AggregateColumns aggregate;       // empty for answers given one by one
    StringPool strings;

    std::size_t size() const { return score.size(); }
    bool isAggregated() const { return !aggregate.count.empty(); }
    // Answers the table stands for (rows, or the sum of aggregated counts).
    double answers() const;
    void reserve(std::size_t rows);
    // The rows and the texts they added, handed over (a streaming import's chunk): this table
    // is left empty, its pool numbering on (StringPool::takeHeld()).
    AnswerTable takeRows();
    bool operator==(const AnswerTable &o) const
    {
        return sameValues(score, o.score) && day == o.day && respondent == o.respondent && customer == o.customer
            && segment == o.segment && touchpoint == o.touchpoint && stage == o.stage && channel == o.channel
            && department == o.department && location == o.location && comment == o.comment && aggregate == o.aggregate
            && strings == o.strings;
    }
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

// Purchases, for the lifetime value models (clv/): one row per purchase as the file listed it
// (customers' purchases of one day are merged when the models summarise them).
struct TransactionTable {
    std::vector<quint32> customer;    // string index, never 0 in valid data
    std::vector<qint64> day;          // Julian day (always given)
    std::vector<double> amount;       // in the dataset's currency
    std::vector<double> count;        // items, 1 when the file says nothing
    StringPool strings;

    std::size_t size() const { return customer.size(); }
    void reserve(std::size_t rows)
    {
        customer.reserve(rows);
        day.reserve(rows);
        amount.reserve(rows);
        count.reserve(rows);
    }
    bool operator==(const TransactionTable &) const = default;
};

inline double AnswerTable::answers() const
{
    if (!isAggregated())
        return double(size());
    double total = 0;
    for (double count : aggregate.count)
        total += count;
    return total;
}

inline void AnswerTable::reserve(std::size_t rows)
{
    for (auto *column : {&respondent, &customer, &segment, &touchpoint, &stage, &channel, &department, &location, &comment})
        column->reserve(rows);
    score.reserve(rows);
    day.reserve(rows);
}

inline AnswerTable AnswerTable::takeRows()
{
    AnswerTable rows;
    rows.strings = strings.takeHeld();
    rows.score.swap(score);
    rows.day.swap(day);
    for (auto [to, from] : {std::pair{&rows.respondent, &respondent}, {&rows.customer, &customer}, {&rows.segment, &segment},
                            {&rows.touchpoint, &touchpoint}, {&rows.stage, &stage}, {&rows.channel, &channel},
                            {&rows.department, &department}, {&rows.location, &location}, {&rows.comment, &comment}})
        to->swap(*from);
    return rows;
}

inline void ClvTable::reserve(std::size_t rows)
{
    for (auto *column : {&customer, &currency, &segment})
        column->reserve(rows);
    value.reserve(rows);
    acquired.reserve(rows);
}

} // namespace waymark
