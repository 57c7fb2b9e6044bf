#include "data/utf8interner.h"

#include <bit>
#include <cstring>
#include <functional>

namespace waymark {

Utf8Interner::Utf8Interner(StringPool *pool, QByteArrayView stable, std::size_t expected, bool copyTexts)
    : mPool(pool)
    , mStable(stable)
    , mCopyTexts(copyTexts)
    , mTable(std::bit_ceil(std::max<std::size_t>(64, expected * 10 / 7 + 1)))
{
}

quint32 Utf8Interner::add(int column, QByteArrayView text)
{
    return find(column, text, 0, text.data());
}

quint32 Utf8Interner::remember(int column, QByteArrayView text, quint32 value)
{
    Q_ASSERT(!mPool && value != 0);
    const std::size_t before = mUsed;
    const quint32 found = find(column, text, value, text.data());
    return mUsed > before ? 0 : found;
}

quint32 Utf8Interner::rememberCopy(QByteArrayView text, const char *inStable, quint32 value)
{
    Q_ASSERT(!mPool && value != 0);
    const std::size_t before = mUsed;
    const quint32 found = find(0, text, value, inStable ? inStable : text.data());
    return mUsed > before ? 0 : found;
}

// The index of `text`, entered with `valueIfNew` (0: the next index) if it is new.
quint32 Utf8Interner::find(int column, QByteArrayView text, quint32 valueIfNew, const char *keepAt)
{
    if (text.isEmpty())
        return 0;
    // FNV-1a over the first 16 bytes picks the cache slot: cheap, and enough to spread a
    // column's few values.
    quint32 quick = 2166136261u;
    for (qsizetype i = 0, n = std::min<qsizetype>(text.size(), 16); i < n; ++i)
        quick = (quick ^ uchar(text[i])) * 16777619u;
    CacheSlot &slot = mCache[std::size_t(column) % cachedColumns][quick % cacheSize];
    if (slot.quick == quick && slot.text.size() == text.size() && sameBytes(slot.text.data(), text.data(), std::size_t(text.size())))
        return slot.index;

    if (quint64(text.size()) > sizeMask) { // longer than any import cell: numbered, not looked up
        ++mUsed;
        return mPool ? mPool->append(QString::fromUtf8(text)) : valueIfNew ? valueIfNew : quint32(mUsed);
    }
    const std::size_t full = std::hash<std::string_view>{}(std::string_view(text.data(), std::size_t(text.size())));
    const auto hash = quint32(full);
    const quint32 sizeAndTag = quint32(text.size()) | (quint32(quint64(full) >> 32) << sizeBits);
    const std::size_t mask = mTable.size() - 1;
    quint32 index = 0;
    const char *stored = nullptr;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Entry &entry = mTable[i];
        if (entry.index == 0) {
            index = insertNew(QByteArrayView(keepAt, text.size()), hash, sizeAndTag, valueIfNew);
            stored = mLastStored;
            break;
        }
        if (entry.hash == hash && entry.sizeAndTag == sizeAndTag && sameBytes(dataOf(entry), text.data(), std::size_t(text.size()))) {
            index = entry.index;
            stored = dataOf(entry);
            break;
        }
    }
    // The cache remembers the interner's own copy: the caller's text may be a temporary.
    if (stored)
        slot = {QByteArrayView(stored, text.size()), index, quick};
    return index;
}

void Utf8Interner::prefetch(QByteArrayView text) const
{
    if (text.isEmpty() || quint64(text.size()) > sizeMask)
        return;
    const std::size_t full = std::hash<std::string_view>{}(std::string_view(text.data(), std::size_t(text.size())));
    __builtin_prefetch(&mTable[quint32(full) & (mTable.size() - 1)]);
}

void Utf8Interner::prefetchStored(QByteArrayView text) const
{
    if (text.isEmpty() || quint64(text.size()) > sizeMask)
        return;
    const std::size_t full = std::hash<std::string_view>{}(std::string_view(text.data(), std::size_t(text.size())));
    const auto hash = quint32(full);
    const quint32 sizeAndTag = quint32(text.size()) | (quint32(quint64(full) >> 32) << sizeBits);
    const std::size_t mask = mTable.size() - 1;
    for (std::size_t i = hash & mask; mTable[i].index != 0; i = (i + 1) & mask) {
        if (mTable[i].hash == hash && mTable[i].sizeAndTag == sizeAndTag) {
            __builtin_prefetch(dataOf(mTable[i]));
            return;
        }
    }
}

const char *Utf8Interner::dataOf(const Entry &entry) const
{
    if (!(entry.where & ownedBit))
        return mStable.data() + entry.where;
    const quint32 offset = entry.where & ~ownedBit;
    return mOwned[offset >> blockBits].get() + (offset & ((1u << blockBits) - 1));
}

bool Utf8Interner::copy(QByteArrayView text, quint32 *where)
{
    constexpr quint32 blockSize = 1u << blockBits;
    quint32 offset = mOwnedEnd;
    if (mOwned.empty() || (offset & (blockSize - 1)) + quint32(text.size()) > blockSize) // a text never spans two blocks
        offset = quint32(mOwned.size()) << blockBits;
    if (quint64(offset) + quint64(text.size()) >= ownedBit)
        return false; // 2 GiB of copied texts
    if ((offset >> blockBits) == mOwned.size())
        mOwned.push_back(std::make_unique_for_overwrite<char[]>(blockSize));
    std::memcpy(mOwned[offset >> blockBits].get() + (offset & (blockSize - 1)), text.data(), std::size_t(text.size()));
    mOwnedEnd = offset + quint32(text.size());
    *where = ownedBit | offset;
    return true;
}

quint32 Utf8Interner::insertNew(QByteArrayView text, quint32 hash, quint32 sizeAndTag, quint32 valueIfNew)
{
    if ((mUsed + 1) * 10 > mTable.size() * 7) // at most 70 % full: short probes, little memory
        grow();
    // Text outside the file (an unescaped quoted cell; an interner with no file at all), or past
    // what an offset can say, is copied.
    const bool inFile = liesWithin(text, mStable);
    const quintptr offset = inFile ? quintptr(text.data()) - quintptr(mStable.data()) : 0;
    quint32 where = quint32(offset);
    if (mCopyTexts || !inFile || offset >= quintptr(ownedBit)) {
        if (!copy(text, &where)) { // numbered, never looked up again
            ++mUsed;
            mLastStored = nullptr;
            return mPool ? mPool->append(QString::fromUtf8(text)) : valueIfNew ? valueIfNew : quint32(mUsed);
        }
    }
    const std::size_t mask = mTable.size() - 1;
    std::size_t i = hash & mask;
    while (mTable[i].index != 0)
        i = (i + 1) & mask;
    const char *stored = dataOf(Entry{where, sizeAndTag, 1, hash});
    quint32 index = valueIfNew ? valueIfNew : quint32(mUsed + 1);
    if (mPool && mLater) { // copied (decodeLater() asks that): it stays while this interner does
        index = mPool->append(QString());
        mLater->add(index, QByteArrayView(stored, text.size()));
    } else if (mPool) {
        index = mPool->append(QString::fromUtf8(text));
    }
    mTable[i] = {where, sizeAndTag, index, hash};
    mLastStored = stored;
    ++mUsed;
    return index;
}

void Utf8Interner::grow()
{
    std::vector<Entry> old(mTable.size() * 2);
    old.swap(mTable);
    const std::size_t mask = mTable.size() - 1;
    for (const Entry &entry : old) {
        if (entry.index == 0)
            continue;
        std::size_t i = entry.hash & mask;
        while (mTable[i].index != 0)
            i = (i + 1) & mask;
        mTable[i] = entry;
    }
}

} // namespace waymark
