#pragma once

#include "data/answerstatistics.h"
#include "data/datatables.h"
#include "data/utf8interner.h"

#include <QByteArrayView>

#include <array>
#include <vector>

namespace waymark {

// Counts whole answers per group while a file is read, keeping no row: what `waymark stats`
// needs from a CSV file of ten million answers in bounded memory. One counter per thread
// (per part of the file); the parts are merged by countedGroups(). A group is the row's value
// in each --by dimension; per group, how many answers gave each value of the metric's scale
// (NPS 0–10), which is exactly what groupAnswers() sums on its fast path, so both give the
// same figures to the last bit.
class GroupCounter
{
public:
    // `stable`: the bytes the cells are slices of (kept by pointer while they live), or empty.
    GroupCounter(const std::vector<Dimension> &by, const Metric &metric, QByteArrayView stable);

    // The import field whose text gives dimension `d` (AnswerTouchpoint, …), or -1 (periods,
    // the whole journey).
    int textField(std::size_t d) const { return mTextField[d]; }
    std::size_t dimensions() const { return mBy.size(); }

    // A respondent id not seen before by this counter (by a 64-bit hash of its text). False
    // means "maybe a repeat": the caller then takes the exact path, which names the lines.
    // The check of an id finishes a few ids later (its slot is fetched from memory meanwhile),
    // so a repeat may be found only by finishRespondents().
    bool firstTime(QByteArrayView respondent);
    // About how many ids are still to come: the set is sized once instead of growing.
    void expectRespondents(std::size_t count);
    // Checks the ids still waiting; call once the part is read.
    void finishRespondents();
    // One checked answer; `texts[d]` is the trimmed cell of textField(d) (empty for the others).
    void add(double score, qint64 day, const std::array<QByteArrayView, 16> &texts);

    // Something the counts cannot stand for (a respondent seen twice, a score off the scale):
    // the caller must count the exact way instead.
    bool unsure() const { return mUnsure; }
    qint64 answers() const { return mAnswers; }
    // Whether any answer had a value for dimension `d` (tableCarries()).
    bool carries(std::size_t d) const { return mCarries[d]; }
    // True when a respondent id of this counter was also seen by `other` (hash equality).
    bool sharesRespondentWith(const GroupCounter &other) const;

private:
    friend std::vector<MetricGroup> countedGroups(const std::vector<const GroupCounter *> &parts, const Metric &metric);
    quint32 periodCode(std::size_t d, qint64 day);
    quint32 slotFor(const quint32 *codes);
    void growGroups();
    bool containsRespondent(quint64 hash) const;
    void insertRespondent(quint64 hash);
    void growRespondents(std::size_t wanted);

    std::vector<Dimension> mBy;
    std::vector<int> mTextField;
    double mLowest = 0;
    std::size_t mValues = 0; // values on the metric's scale (11 for NPS)
    StringPool mPool;        // the texts of the group dimensions
    Utf8Interner mTexts;
    // Group table: open addressing over the dimension codes (0 = none) of each group.
    std::vector<quint32> mBucket;  // slot + 1, or 0 when empty
    std::vector<quint32> mKeys;    // slot * dimensions + d -> code
    std::vector<qint64> mCounts;   // slot * values + value index -> answers
    std::size_t mSlots = 0;
    // Day -> period code, per dimension: days repeat, QDate arithmetic per row would not pay.
    struct PeriodCache {
        std::array<qint64, 1024> day{};
        std::array<quint32, 1024> code{};
    };
    std::vector<PeriodCache> mPeriods;
    // Zeroed slots for the id set, in huge pages where the kernel gives them: a set of millions
    // of ids otherwise misses the TLB at nearly every look, not only the cache.
    class Slots
    {
    public:
        Slots() = default;
        explicit Slots(std::size_t count);
        ~Slots();
        Slots(Slots &&other) noexcept;
        Slots &operator=(Slots &&other) noexcept;
        Slots(const Slots &) = delete;
        Slots &operator=(const Slots &) = delete;
        quint64 &operator[](std::size_t i) { return mData[i]; }
        const quint64 &operator[](std::size_t i) const { return mData[i]; }
        std::size_t size() const { return mSize; }
        bool empty() const { return mSize == 0; }
        const quint64 *begin() const { return mData; }
        const quint64 *end() const { return mData + mSize; }

    private:
        quint64 *mData = nullptr;
        std::size_t mSize = 0;
        bool mMapped = false;
    };
    Slots mRespondents; // open addressing set of id hashes, 0 = empty
    std::size_t mRespondentCount = 0;
    // Ids hashed, their slots being fetched: a set of millions of ids misses the cache on
    // every insert, so the insert waits a few rows for its memory.
    std::array<quint64, 8> mPending{};
    std::size_t mPendingCount = 0;
    std::size_t mPendingNext = 0; // the oldest, once all eight wait
    std::vector<char> mCarries;
    qint64 mAnswers = 0;
    bool mUnsure = false;
};

// The groups of all parts, labelled, summarised and sorted as groupAnswers() gives them.
std::vector<MetricGroup> countedGroups(const std::vector<const GroupCounter *> &parts, const Metric &metric);

} // namespace waymark
