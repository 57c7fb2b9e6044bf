#include "data/groupcounter.h"

#include "data/grouplabels.h"
#include "data/importmapping.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <functional>
#include <map>
#include <string_view>
#include <utility>

#include <sys/mman.h>

namespace waymark {

namespace {

int textFieldOf(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Stage: return AnswerStage;
    case Dimension::Touchpoint: return AnswerTouchpoint;
    case Dimension::Segment: return AnswerSegment;
    case Dimension::Channel: return AnswerChannel;
    case Dimension::Department: return AnswerDepartment;
    case Dimension::Location: return AnswerLocation;
    default: return -1;
    }
}

bool isPeriod(Dimension dimension)
{
    return dimension == Dimension::Month || dimension == Dimension::Quarter || dimension == Dimension::Year;
}

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

} // namespace

GroupCounter::GroupCounter(const std::vector<Dimension> &by, const Metric &metric, QByteArrayView stable)
    : mBy(by)
    , mLowest(metric.lowestAnswer())
    , mValues(std::size_t(metric.highestAnswer() - metric.lowestAnswer()) + 1)
    , mTexts(&mPool, stable, 64)
    , mBucket(64, 0)
    , mPeriods(by.size())
    , mCarries(by.size(), 0)
{
    for (Dimension dimension : by) {
        mTextField.push_back(textFieldOf(dimension));
        if (dimension == Dimension::Journey)
            mCarries[mTextField.size() - 1] = 1;
    }
    for (PeriodCache &cache : mPeriods)
        cache.day.fill(-1);
}

bool GroupCounter::containsRespondent(quint64 hash) const
{
    if (mRespondents.empty())
        return false;
    const std::size_t mask = mRespondents.size() - 1;
    for (std::size_t i = std::size_t(mix(hash)) & mask;; i = (i + 1) & mask) {
        if (mRespondents[i] == hash)
            return true;
        if (mRespondents[i] == 0)
            return false;
    }
}

GroupCounter::Slots::Slots(std::size_t count)
    : mSize(count)
{
    const std::size_t bytes = count * sizeof(quint64);
    if (bytes >= (4u << 20)) {
        // Anonymous memory comes zeroed, page by page as it is first touched.
        void *memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory != MAP_FAILED) {
            madvise(memory, bytes, MADV_HUGEPAGE);
            mData = static_cast<quint64 *>(memory);
            mMapped = true;
            return;
        }
    }
    mData = static_cast<quint64 *>(std::calloc(count, sizeof(quint64)));
    if (!mData)
        throw std::bad_alloc();
}

GroupCounter::Slots::~Slots()
{
    if (mMapped)
        munmap(mData, mSize * sizeof(quint64));
    else
        std::free(mData);
}

GroupCounter::Slots::Slots(Slots &&other) noexcept
    : mData(std::exchange(other.mData, nullptr))
    , mSize(std::exchange(other.mSize, 0))
    , mMapped(std::exchange(other.mMapped, false))
{
}

GroupCounter::Slots &GroupCounter::Slots::operator=(Slots &&other) noexcept
{
    std::swap(mData, other.mData);
    std::swap(mSize, other.mSize);
    std::swap(mMapped, other.mMapped);
    return *this;
}

void GroupCounter::growRespondents(std::size_t wanted)
{
    Slots old(std::bit_ceil(std::max<std::size_t>(1024, wanted)));
    std::swap(old, mRespondents);
    const std::size_t mask = mRespondents.size() - 1;
    for (quint64 h : old) {
        if (h == 0)
            continue;
        std::size_t i = std::size_t(mix(h)) & mask;
        while (mRespondents[i] != 0)
            i = (i + 1) & mask;
        mRespondents[i] = h;
    }
}

void GroupCounter::expectRespondents(std::size_t count)
{
    const std::size_t wanted = (mRespondentCount + count) * 10 / 7 + 1;
    if (wanted > mRespondents.size())
        growRespondents(wanted);
}

void GroupCounter::insertRespondent(quint64 hash)
{
    // At most 70 % full: 8 bytes per id, so ten million ids in two parts stay near 130 MB.
    if ((mRespondentCount + 1) * 10 > mRespondents.size() * 7)
        growRespondents(mRespondents.size() * 2);
    const std::size_t mask = mRespondents.size() - 1;
    std::size_t i = std::size_t(mix(hash)) & mask;
    for (; mRespondents[i] != 0; i = (i + 1) & mask) {
        if (mRespondents[i] == hash) {
            mUnsure = true;
            return;
        }
    }
    mRespondents[i] = hash;
    ++mRespondentCount;
}

// A 64-bit hash of an id. Ids are short: up to 16 bytes are read as two overlapping words and
// multiplied together (wyhash's way for short inputs, Wang Yi, public domain); longer ones go
// to std::hash. Two ids sharing a hash only send the caller to the exact path, so speed is all
// the hash must give.
namespace {

__extension__ using Unsigned128 = unsigned __int128; // GCC and Clang: the full product of two 64-bit words

quint64 idHash(QByteArrayView text)
{
    const auto size = std::size_t(text.size());
    if (size > 16)
        return std::hash<std::string_view>{}(std::string_view(text.data(), size));
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    quint64 a = 0, b = 0;
    if (size >= 8) {
        std::memcpy(&a, bytes, 8);
        std::memcpy(&b, bytes + size - 8, 8);
    } else if (size >= 4) {
        quint32 x = 0, y = 0;
        std::memcpy(&x, bytes, 4);
        std::memcpy(&y, bytes + size - 4, 4);
        a = x;
        b = y;
    } else if (size > 0) {
        a = (quint64(bytes[0]) << 16) | (quint64(bytes[size / 2]) << 8) | bytes[size - 1];
    }
    const Unsigned128 product = Unsigned128(a ^ 0xa0761d6478bd642fULL ^ size) * (b ^ 0xe7037ed1a0b428dbULL);
    return quint64(product) ^ quint64(product >> 64);
}

} // namespace

bool GroupCounter::firstTime(QByteArrayView respondent)
{
    quint64 hash = idHash(respondent);
    hash += hash == 0 ? 1 : 0; // 0 marks an empty slot
    if (mRespondents.empty())
        growRespondents(1024);
    __builtin_prefetch(&mRespondents[std::size_t(mix(hash)) & (mRespondents.size() - 1)], 1);
    if (mPendingCount < mPending.size()) {
        mPending[mPendingCount++] = hash;
        return !mUnsure;
    }
    insertRespondent(mPending[mPendingNext]); // the oldest: its slot has arrived by now
    mPending[mPendingNext] = hash;
    mPendingNext = (mPendingNext + 1) % mPending.size();
    return !mUnsure;
}

void GroupCounter::finishRespondents()
{
    for (std::size_t k = 0; k < mPendingCount; ++k)
        insertRespondent(mPending[k]);
    mPendingCount = 0;
    mPendingNext = 0;
}

bool GroupCounter::sharesRespondentWith(const GroupCounter &other) const
{
    const GroupCounter &small = mRespondentCount <= other.mRespondentCount ? *this : other;
    const GroupCounter &large = &small == this ? other : *this;
    const Slots &hashes = small.mRespondents;
    const std::size_t mask = large.mRespondents.size() - 1;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        // The large set misses the cache at every look: fetch a few looks ahead.
        if (i + 16 < hashes.size() && hashes[i + 16] != 0 && !large.mRespondents.empty())
            __builtin_prefetch(&large.mRespondents[std::size_t(mix(hashes[i + 16])) & mask]);
        if (hashes[i] != 0 && large.containsRespondent(hashes[i]))
            return true;
    }
    return false;
}

quint32 GroupCounter::periodCode(std::size_t d, qint64 day)
{
    if (day == noDate)
        return 0;
    PeriodCache &cache = mPeriods[d];
    const std::size_t at = std::size_t(day) & (cache.day.size() - 1);
    if (cache.day[at] != day) {
        cache.day[at] = day;
        cache.code[at] = quint32(periodOf(mBy[d], day));
    }
    return cache.code[at];
}

void GroupCounter::growGroups()
{
    std::vector<quint32> buckets(mBucket.size() * 2, 0);
    const std::size_t mask = buckets.size() - 1;
    const std::size_t dims = mBy.size();
    for (std::size_t slot = 0; slot < mSlots; ++slot) {
        quint64 h = 0;
        for (std::size_t d = 0; d < dims; ++d)
            h = mix(h + mKeys[slot * dims + d] + 1);
        std::size_t i = std::size_t(h) & mask;
        while (buckets[i] != 0)
            i = (i + 1) & mask;
        buckets[i] = quint32(slot + 1);
    }
    mBucket.swap(buckets);
}

quint32 GroupCounter::slotFor(const quint32 *codes)
{
    const std::size_t dims = mBy.size();
    quint64 h = 0;
    for (std::size_t d = 0; d < dims; ++d)
        h = mix(h + codes[d] + 1);
    const std::size_t mask = mBucket.size() - 1;
    std::size_t i = std::size_t(h) & mask;
    for (; mBucket[i] != 0; i = (i + 1) & mask) {
        const quint32 slot = mBucket[i] - 1;
        if (std::equal(codes, codes + dims, mKeys.begin() + std::ptrdiff_t(slot * dims)))
            return slot;
    }
    const auto slot = quint32(mSlots++);
    mKeys.insert(mKeys.end(), codes, codes + dims);
    mCounts.resize(mSlots * mValues, 0);
    mBucket[i] = slot + 1;
    if (mSlots * 2 > mBucket.size())
        growGroups();
    return slot;
}

void GroupCounter::add(double score, qint64 day, const std::array<QByteArrayView, 16> &texts)
{
    const double offset = score - mLowest;
    if (!(offset >= 0 && offset < double(mValues) && offset == std::floor(offset))) {
        mUnsure = true; // not a whole value of the scale: groupAnswers() would add it as it is
        return;
    }
    std::array<quint32, 16> codes;
    for (std::size_t d = 0; d < mBy.size(); ++d) {
        codes[d] = 0;
        if (mTextField[d] >= 0)
            codes[d] = mTexts.add(int(d), texts[d]);
        else if (isPeriod(mBy[d]))
            codes[d] = periodCode(d, day);
        if (codes[d] != 0)
            mCarries[d] = 1;
    }
    // Rows of one file mostly repeat the previous row's group only by chance: no last-group
    // shortcut, the table is small and stays in cache.
    ++mCounts[std::size_t(slotFor(codes.data())) * mValues + std::size_t(offset)];
    ++mAnswers;
}

std::vector<MetricGroup> countedGroups(const std::vector<const GroupCounter *> &parts, const Metric &metric)
{
    if (parts.empty())
        return {};
    const GroupCounter &first = *parts.front();
    const std::size_t dims = first.mBy.size();
    const std::size_t values = first.mValues;
    // A group is known by its labels; "no value" is told apart from a text that reads "(none)".
    using Label = std::pair<bool, QString>; // (has a value, text)
    std::map<std::vector<Label>, std::vector<qint64>> merged;
    for (const GroupCounter *part : parts) {
        for (std::size_t slot = 0; slot < part->mSlots; ++slot) {
            std::vector<Label> key(dims);
            for (std::size_t d = 0; d < dims; ++d) {
                const quint32 code = part->mKeys[slot * dims + d];
                const Dimension dimension = part->mBy[d];
                if (dimension == Dimension::Journey)
                    key[d] = {true, allResponsesLabel()};
                else if (code == 0)
                    key[d] = {false, noValueLabel()};
                else if (part->mTextField[d] >= 0)
                    key[d] = {true, part->mPool.at(code)};
                else
                    key[d] = {true, periodLabel(dimension, qint64(code))};
            }
            std::vector<qint64> &counts = merged[key];
            counts.resize(values, 0);
            for (std::size_t v = 0; v < values; ++v)
                counts[v] += part->mCounts[slot * values + v];
        }
    }
    std::vector<MetricGroup> groups;
    groups.reserve(merged.size());
    const double lowest = metric.lowestAnswer();
    for (const auto &[key, counts] : merged) {
        MetricGroup group;
        for (std::size_t d = 0; d < dims; ++d)
            group.key.append({first.mBy[d], key[d].second});
        // As groupAnswers() does: per value in ascending order, then into the group's tally.
        MetricTally perValue;
        for (std::size_t v = 0; v < values; ++v)
            if (counts[v] > 0)
                perValue.addAnswers(lowest + double(v), double(counts[v]), metric.band(lowest + double(v)));
        group.tally.add(perValue);
        groups.push_back(std::move(group));
    }
    finishGroups(groups, metric);
    return groups;
}

} // namespace waymark
